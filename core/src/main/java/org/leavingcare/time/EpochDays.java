package org.leavingcare.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoField;

/**
 * Calendar arithmetic on epoch days (the day numbers of {@link LocalDate#toEpochDay()}), for rules
 * that count in days and should not make a {@link LocalDate} for every step. Each method gives
 * exactly what the {@code LocalDate} computation it names gives; the civil-calendar conversions are
 * the proleptic Gregorian ones {@code LocalDate} uses (counted from a March, so that a leap day
 * ends its year).
 */
public final class EpochDays {

  /** Epoch days of 0000-03-01 before 1970-01-01. */
  private static final int DAYS_0000_03_01_TO_1970 = 719_468;
  /** Days in 400 Gregorian years. */
  private static final int DAYS_PER_ERA = 146_097;
  /** Epoch days of years 0 to 9999: inside it {@link #plusMonths} computes without LocalDate. */
  private static final int FAST_MIN = -DAYS_0000_03_01_TO_1970;
  private static final int FAST_MAX = 2_932_896;

  /** The first year of {@link #MONTH_START}. */
  private static final int TABLE_FIRST_YEAR = 1800;
  /** Years in {@link #MONTH_START}: 1800 to 2299, every date a care record holds. */
  private static final int TABLE_YEARS = 500;
  /**
   * The epoch day of the first of each month from January 1800, and of January 2300 last: a date's
   * epoch day is its month's entry plus the day of the month less one, and a month's length is the
   * difference of two neighbours. Division by a constant is a multiplication in the optimising
   * compiler's code but a slow division in the quick compiler's (which the command line runs with:
   * docs/performance.md), and the civil-calendar formulas divide five to ten times a date.
   */
  private static final int[] MONTH_START = monthStarts();

  private static int[] monthStarts() {
    int[] t = new int[TABLE_YEARS * 12 + 1];
    for (int i = 0; i < t.length; i++) {
      t[i] = (int) civilFormula(TABLE_FIRST_YEAR + i / 12, i % 12 + 1, 1);
    }
    return t;
  }

  /** Dates made so far, by epoch day from {@code MONTH_START[0]}; filled as asked for ({@link #date}). */
  private static final LocalDate[] DATES = new LocalDate[MONTH_START[MONTH_START.length - 1] - MONTH_START[0]];

  private EpochDays() {}

  /**
   * {@code LocalDate.ofEpochDay(day)}, shared: for days from 1800 to 2299 each date is made once and
   * then reused (a million records need only a few thousand distinct dates, and making one divides
   * by constants several times, slow in the quick compiler's code). Thread-safe: a date is
   * immutable, so one seen through a race is whole; two threads may each make the same date once.
   *
   * @param day an epoch day
   * @return the date
   * @throws DateTimeException if the day is outside the range of {@link LocalDate}
   */
  public static LocalDate date(int day) {
    int i = day - MONTH_START[0];
    if (i < 0 || i >= DATES.length) {
      return LocalDate.ofEpochDay(day);
    }
    LocalDate d = DATES[i];
    if (d == null) {
      d = LocalDate.ofEpochDay(day);
      DATES[i] = d;
    }
    return d;
  }

  /**
   * {@code LocalDate.of(year, month, dayOfMonth).toEpochDay()}, without making the date.
   *
   * @param year the proleptic year, within {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @param month the month of the year, 1 to 12
   * @param dayOfMonth the day of the month, 1 to the month's length
   * @return the epoch day
   * @throws DateTimeException if the date is not valid, as {@link LocalDate#of(int, int, int)} would
   */
  public static long of(int year, int month, int dayOfMonth) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      ChronoField.YEAR.checkValidValue(year); // throws LocalDate.of's exception
    }
    if (month < 1 || month > 12) {
      ChronoField.MONTH_OF_YEAR.checkValidValue(month);
    }
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      ChronoField.DAY_OF_MONTH.checkValidValue(dayOfMonth);
    }
    if (dayOfMonth > 28 && dayOfMonth > lengthOfMonth(year, month)) {
      throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'"
          + (month == 2 && dayOfMonth == 29 ? " as '" + year + "' is not a leap year" : ""));
    }
    return fromCivil(year, month, dayOfMonth);
  }

  /**
   * {@code LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay()} as an int, exactly (the day
   * of month is cut to the last day of a shorter month), computed without making dates for days
   * in years 0 to 9999 and month counts up to 1,200 either way; other days go through LocalDate.
   *
   * @param day an epoch day
   * @param months the months to add, negative to subtract
   * @return the epoch day {@code months} months after {@code day}
   * @throws DateTimeException if the result is outside the range of {@link LocalDate}
   */
  public static int plusMonths(int day, int months) {
    if (day < FAST_MIN || day > FAST_MAX || months < -1200 || months > 1200) {
      return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
    }
    int[] t = MONTH_START;
    if (day >= t[0] && day < t[t.length - 1]) {
      // The month holding the day: a first guess from the mean month (30.436875 days), then the
      // neighbour it is off by (at most one either way).
      int i = Math.min((int) ((day - t[0]) * 35277663L >>> 30), t.length - 2); // (day - t[0]) / 30.436875
      while (t[i] > day) {
        i--;
      }
      while (t[i + 1] <= day) {
        i++;
      }
      int to = i + months;
      if (to >= 0 && to < t.length - 1) {
        return t[to] + Math.min(day - t[i], t[to + 1] - t[to] - 1);
      }
    }
    // Civil date from days (years starting 1 March), as in LocalDate.ofEpochDay.
    int z = day + DAYS_0000_03_01_TO_1970;
    int era = z / DAYS_PER_ERA;
    int doe = z - era * DAYS_PER_ERA;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int dom = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    // Add the months, then cut the day to the new month's length.
    int total = year * 12 + (month - 1) + months;
    int y = Math.floorDiv(total, 12);
    int m = Math.floorMod(total, 12) + 1;
    return (int) fromCivil(y, m, Math.min(dom, lengthOfMonth(y, m)));
  }

  /** Whether {@link #MONTH_START} holds the year's months. */
  private static boolean inTable(int year) {
    return year >= TABLE_FIRST_YEAR && year < TABLE_FIRST_YEAR + TABLE_YEARS;
  }

  private static int lengthOfMonth(int year, int month) {
    if (inTable(year)) {
      int i = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
      return MONTH_START[i + 1] - MONTH_START[i];
    }
    return month == 2 ? (Year.isLeap(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
  }

  /** The epoch day of a valid civil date. */
  private static long fromCivil(int year, int month, int day) {
    if (inTable(year)) {
      return MONTH_START[(year - TABLE_FIRST_YEAR) * 12 + month - 1] + day - 1;
    }
    return civilFormula(year, month, day);
  }

  /** The epoch day of a valid civil date (days from civil, with years starting 1 March). */
  private static long civilFormula(int year, int month, int day) {
    long yy = month <= 2 ? (long) year - 1 : year;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * DAYS_PER_ERA + doe - DAYS_0000_03_01_TO_1970;
  }
}
