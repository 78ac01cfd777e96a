package org.leavingcare.ssda903;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SSDA903 collection year: 1 April to 31 March, named by the year it ends, as the DfE validator
 * names it ({@code 2023} is 1 April 2022 to 31 March 2023, also written {@code 2022-23} or
 * {@code 2022/23}).
 *
 * @param endingYear the calendar year in which the collection year ends, 1992 to 2100
 */
public record CollectionYear(int endingYear) implements Comparable<CollectionYear> {

  private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

  /**
   * Checks the year.
   *
   * @throws IllegalArgumentException if the year is before the first return (1992) or after 2100
   */
  public CollectionYear {
    if (endingYear < 1992 || endingYear > 2100) {
      throw new IllegalArgumentException(
          "collection year must end between 1992 and 2100, was " + endingYear);
    }
  }

  /**
   * The collection year ending in {@code endingYear}.
   *
   * @param endingYear for example 2023 for 2022-23
   * @return the year
   * @throws IllegalArgumentException if out of range
   */
  public static CollectionYear of(int endingYear) {
    return new CollectionYear(endingYear);
  }

  /**
   * The collection year containing a date.
   *
   * @param date any date, not null
   * @return the year from the 1 April on or before the date
   */
  public static CollectionYear containing(LocalDate date) {
    return of(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
  }

  /**
   * Reads {@code 2023}, {@code 2022-23}, {@code 2022/23} or {@code 2022-2023}.
   *
   * @param text the year as written, not null
   * @return the year
   * @throws IllegalArgumentException if the text is none of these forms, or the two years do not
   *     follow each other
   */
  public static CollectionYear parse(String text) {
    String t = text.strip();
    if (t.matches("\\d{4}")) {
      return of(Integer.parseInt(t));
    }
    Matcher m = SPAN.matcher(t);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      int ending = m.group(2).length() == 2 ? (first / 100) * 100 + second : second;
      if (ending != first + 1) {
        throw new IllegalArgumentException("collection year '" + text
            + "' names two years that do not follow each other; write it as 2023 or 2022-23");
      }
      return of(ending);
    }
    throw new IllegalArgumentException("collection year '" + text
        + "' is not a year; write the year it ends (2023) or the span (2022-23)");
  }

  /**
   * The first day of the year.
   *
   * @return 1 April of the previous calendar year
   */
  public LocalDate start() {
    return LocalDate.of(endingYear - 1, 4, 1);
  }

  /**
   * The last day of the year (inclusive).
   *
   * @return 31 March of the ending year
   */
  public LocalDate end() {
    return LocalDate.of(endingYear, 3, 31);
  }

  /**
   * Whether a date falls in the year.
   *
   * @param date the date, not null
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * The year before this one.
   *
   * @return the previous collection year
   */
  public CollectionYear previous() {
    return of(endingYear - 1);
  }

  @Override
  public int compareTo(CollectionYear o) {
    return Integer.compare(endingYear, o.endingYear);
  }

  /**
   * The usual written form, for example {@code 2022-23}.
   *
   * @return the span form
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d-%02d", endingYear - 1, endingYear % 100);
  }
}
