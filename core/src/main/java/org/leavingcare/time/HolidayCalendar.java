package org.leavingcare.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The days that are not working days for a count of working days: weekends plus the bank and
 * public holidays of each year the calendar covers. Immutable and thread-safe.
 *
 * <p>Holidays cannot be computed by formula (substitute days, days moved by proclamation, one-off
 * holidays), so a calendar only answers for the years it was given and throws
 * {@link CalendarNotCoveredException} for any other: it never extrapolates. Each covered year has
 * a {@link Coverage}: {@link Coverage#REFERENCE} for the years the law vectors were agreed on,
 * {@link Coverage#EXTENSION} for further years, which the rules report with the flag
 * {@code CALENDAR_EXTENSION_USED} (LAW.md §3.5).
 *
 * <p>Hosts with a fresher list (for example the gov.uk bank-holidays feed) build their own with
 * {@link #builder(String)} and pass it to the rules.
 */
public final class HolidayCalendar {

  /** How a year is covered. */
  public enum Coverage {
    /** A year of the reference calendar the law vectors use (2020-2027 in the bundled calendar). */
    REFERENCE,
    /** A covered year outside the reference years: published, or projected where so documented. */
    EXTENSION,
    /** The calendar does not cover the year. */
    NOT_COVERED
  }

  private final String name;
  private final int firstYear;
  private final long firstEpochDay;
  private final boolean[] holiday;
  private final Coverage[] coverage;
  /** Per day from the first covered year: 0 weekday, 1 weekend or holiday, 2 year not covered. */
  private final byte[] kind;
  /** {@code workingBefore[i]}: the working days among the days before day {@code i} (of {@link #kind}). */
  private final int[] workingBefore;
  /** {@code working[k]}: the day (of {@link #kind}) of the {@code k}th working day, from 0. */
  private final int[] working;
  /**
   * {@code coveredUntil[i]}: the first day on or after day {@code i} in a year not covered, or the
   * length; null when every year from the first to the last is covered (the usual case).
   */
  private final int @Nullable [] coveredUntil;

  private HolidayCalendar(String name, int firstYear, boolean[] holiday, Coverage[] coverage) {
    this.name = name;
    this.firstYear = firstYear;
    this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.holiday = holiday;
    this.coverage = coverage;
    this.kind = new byte[holiday.length];
    for (int i = 0; i < holiday.length; i++) {
      LocalDate day = LocalDate.ofEpochDay(firstEpochDay + i);
      DayOfWeek dow = day.getDayOfWeek();
      kind[i] = coverage[day.getYear() - firstYear] == Coverage.NOT_COVERED ? (byte) 2
          : holiday[i] || dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? (byte) 1 : (byte) 0;
    }
    int days = kind.length;
    this.workingBefore = new int[days + 1];
    int count = 0;
    for (int i = 0; i < days; i++) {
      workingBefore[i] = count;
      if (kind[i] == 0) {
        count++;
      }
    }
    workingBefore[days] = count;
    this.working = new int[count];
    for (int i = 0, k = 0; i < days; i++) {
      if (kind[i] == 0) {
        working[k++] = i;
      }
    }
    boolean gaps = false;
    for (Coverage c : coverage) {
      gaps |= c == Coverage.NOT_COVERED;
    }
    if (gaps) {
      int[] until = new int[days + 1];
      until[days] = days;
      for (int i = days - 1; i >= 0; i--) {
        until[i] = kind[i] == 2 ? i : until[i + 1];
      }
      this.coveredUntil = until;
    } else {
      this.coveredUntil = null;
    }
  }

  /**
   * The {@code n}th working day after the epoch day {@code day}, as an epoch day (the fast path of
   * {@link WorkingDays#plus}), looked up in the calendar's tables of working days. Counting starts
   * on the day after {@code day}; {@code day} itself when {@code n < 1}.
   *
   * @throws CalendarNotCoveredException if the count reaches a day in a year not covered before the
   *     {@code n}th working day: the year of the first such day
   */
  long plusWorkingDays(long day, int n) {
    if (n < 1) {
      return day;
    }
    long from = day + 1 - firstEpochDay; // the first day looked at
    if (from >= 0 && from < kind.length) {
      int i = (int) from;
      long k = (long) workingBefore[i] + n - 1; // the nth working day on or after day i
      if (k < working.length) {
        int found = working[(int) k];
        int[] until = coveredUntil;
        if (until == null || found < until[i]) {
          return firstEpochDay + found;
        }
      }
    }
    // Fewer than n working days before the first day not covered from `from` on: that day's year.
    long d = from;
    while (d >= 0 && d < kind.length && kind[(int) d] != 2) {
      d++;
    }
    throw new CalendarNotCoveredException(name, LocalDate.ofEpochDay(firstEpochDay + d).getYear());
  }

  /**
   * The England and Wales calendar bundled with the library: the published bank holidays of
   * 2011-2027 and the dates the usual pattern gives for 2028-2030 (not yet published, liable to be
   * moved by proclamation). 2020-2027 are {@link Coverage#REFERENCE}; 2011-2019 and 2028-2030 are
   * {@link Coverage#EXTENSION}. Christmas Day and Good Friday are included (common-law holidays).
   *
   * @return the bundled calendar
   */
  public static HolidayCalendar englandAndWales() {
    return EnglandAndWalesBankHolidays.CALENDAR;
  }

  /**
   * A builder for a calendar of the given name.
   *
   * @param name a name for messages, for example {@code "gov.uk feed 2025-11-01"}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /**
   * The calendar's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * How {@code year} is covered.
   *
   * @param year the year
   * @return its coverage; {@link Coverage#NOT_COVERED} outside the calendar
   */
  public Coverage coverage(int year) {
    int i = year - firstYear;
    return i < 0 || i >= coverage.length ? Coverage.NOT_COVERED : coverage[i];
  }

  /**
   * Whether {@code date} is a working day: not a Saturday, Sunday or holiday.
   *
   * @param date the date, not null
   * @return true for a working day
   * @throws CalendarNotCoveredException if the calendar does not cover the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    if (coverage(date.getYear()) == Coverage.NOT_COVERED) {
      throw new CalendarNotCoveredException(name, date.getYear());
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
        && !holiday[(int) (date.toEpochDay() - firstEpochDay)];
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + name + "]";
  }

  /** Builds a {@link HolidayCalendar}, one year at a time. */
  public static final class Builder {
    private final String name;
    private final Map<Integer, Coverage> years = new TreeMap<>();
    private final List<LocalDate> dates = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a year with its holidays (weekdays that are not working days).
     *
     * @param year the year
     * @param coverage {@link Coverage#REFERENCE} or {@link Coverage#EXTENSION}
     * @param holidays the holidays, each in {@code year}
     * @return this builder
     * @throws IllegalArgumentException if the year was already added, the coverage is
     *     {@link Coverage#NOT_COVERED}, or a holiday is in another year
     */
    public Builder year(int year, Coverage coverage, Collection<LocalDate> holidays) {
      requireNonNull(coverage, "coverage");
      if (coverage == Coverage.NOT_COVERED) {
        throw new IllegalArgumentException("a year added to a calendar is covered; leave " + year + " out instead");
      }
      if (years.putIfAbsent(year, coverage) != null) {
        throw new IllegalArgumentException("year " + year + " was already added to calendar " + name);
      }
      for (LocalDate d : holidays) {
        if (d.getYear() != year) {
          throw new IllegalArgumentException("holiday " + d + " is not in year " + year + " (calendar " + name + ")");
        }
        dates.add(d);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalStateException if no year was added
     */
    public HolidayCalendar build() {
      if (years.isEmpty()) {
        throw new IllegalStateException("calendar " + name + " covers no year; add at least one with year(...)");
      }
      int first = ((TreeMap<Integer, Coverage>) years).firstKey();
      int last = ((TreeMap<Integer, Coverage>) years).lastKey();
      Coverage[] cov = new Coverage[last - first + 1];
      for (int y = first; y <= last; y++) {
        cov[y - first] = years.getOrDefault(y, Coverage.NOT_COVERED);
      }
      long base = LocalDate.of(first, 1, 1).toEpochDay();
      boolean[] hol = new boolean[(int) (LocalDate.of(last + 1, 1, 1).toEpochDay() - base)];
      for (LocalDate d : dates) {
        hol[(int) (d.toEpochDay() - base)] = true;
      }
      return new HolidayCalendar(name, first, hol, cov);
    }
  }
}
