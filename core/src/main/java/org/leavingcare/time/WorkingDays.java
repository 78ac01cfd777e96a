package org.leavingcare.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Counts of working days, as in "within 20 working days of X" (Care Planning, Placement and Case
 * Review (England) Regulations 2010 reg 33(1)). A working day is any day other than a Saturday, a
 * Sunday or a holiday of the injected {@link HolidayCalendar}.
 */
public final class WorkingDays {

  private WorkingDays() {}

  /**
   * The {@code n}th working day after {@code date}: counting starts on the day after
   * {@code date} (the day of the event is excluded) and the returned day is the last permitted
   * day of "within {@code n} working days of {@code date}".
   *
   * @param date the day of the event, not null
   * @param n the number of working days, at least 1
   * @param calendar the holidays, not null
   * @return the {@code n}th working day after {@code date}
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarNotCoveredException if the count looks at a day in a year the calendar does
   *     not cover
   */
  public static LocalDate plus(LocalDate date, int n, HolidayCalendar calendar) {
    requireNonNull(date, "date");
    requireNonNull(calendar, "calendar");
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    return LocalDate.ofEpochDay(plus(date.toEpochDay(), n, calendar));
  }

  /**
   * {@link #plus(LocalDate, int, HolidayCalendar)} on epoch days ({@link LocalDate#toEpochDay()}),
   * for rules that count in days.
   *
   * @param epochDay the day of the event, as an epoch day
   * @param n the number of working days, at least 1
   * @param calendar the holidays, not null
   * @return the {@code n}th working day after {@code epochDay}, as an epoch day
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarNotCoveredException if the count looks at a day in a year the calendar does
   *     not cover
   */
  public static long plus(long epochDay, int n, HolidayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    return calendar.plusWorkingDays(epochDay, n);
  }
}
