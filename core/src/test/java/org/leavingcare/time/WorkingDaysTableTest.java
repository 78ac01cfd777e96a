package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingDays#plus} looks the answer up in tables the calendar builds once; it must give
 * what counting day by day gives (the day itself, or the uncovered year it refuses) from every day
 * a calendar covers and around it, including calendars with a year missing in the middle.
 */
class WorkingDaysTableTest {

  /** Counting day by day with {@link HolidayCalendar#isWorkingDay}: the answer, or minus the uncovered year. */
  private static long byDay(LocalDate date, int n, HolidayCalendar calendar) {
    LocalDate d = date;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (calendar.coverage(d.getYear()) == HolidayCalendar.Coverage.NOT_COVERED) {
        return -d.getYear();
      }
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d.toEpochDay();
  }

  private static long table(LocalDate date, int n, HolidayCalendar calendar) {
    try {
      return WorkingDays.plus(date, n, calendar).toEpochDay();
    } catch (CalendarNotCoveredException e) {
      return -e.year();
    }
  }

  private static void agreeEverywhere(HolidayCalendar calendar, LocalDate from, LocalDate to, int... counts) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (int n : counts) {
        long expected = byDay(day, n, calendar);
        long got = table(day, n, calendar);
        if (got != expected) {
          assertThat(got).as("%s plus %d working days", day, n).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void theBundledCalendarAgreesWithCountingDayByDayFromEveryDay() {
    agreeEverywhere(HolidayCalendar.englandAndWales(), LocalDate.of(2009, 12, 1), LocalDate.of(2031, 1, 31),
        1, 2, 5, 19, 20, 21, 60, 400);
  }

  @Test
  void aYearMissingInTheMiddleIsRefusedWhenTheCountReachesIt() {
    HolidayCalendar gap = HolidayCalendar.builder("gap")
        .year(2040, HolidayCalendar.Coverage.REFERENCE, List.of(LocalDate.of(2040, 12, 25)))
        .year(2042, HolidayCalendar.Coverage.EXTENSION, List.of(LocalDate.of(2042, 1, 1)))
        .build();
    agreeEverywhere(gap, LocalDate.of(2039, 12, 1), LocalDate.of(2043, 1, 31), 1, 3, 20, 300);
    assertThat(table(LocalDate.of(2040, 12, 20), 20, gap)).isEqualTo(-2041);
    assertThat(table(LocalDate.of(2041, 6, 1), 1, gap)).isEqualTo(-2041);
    // The day of the event is not looked at: counting from 31 December 2041 needs 2042 only.
    assertThat(table(LocalDate.of(2041, 12, 31), 1, gap)).isEqualTo(LocalDate.of(2042, 1, 2).toEpochDay());
  }

  @Test
  void aCalendarOfHolidaysOnEveryWeekdayOfAMonthSkipsTheMonth() {
    List<LocalDate> june = LocalDate.of(2050, 6, 1).datesUntil(LocalDate.of(2050, 7, 1))
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    HolidayCalendar cal = HolidayCalendar.builder("june").year(2050, HolidayCalendar.Coverage.REFERENCE, june).build();
    assertThat(WorkingDays.plus(LocalDate.of(2050, 5, 31), 1, cal)).isEqualTo(LocalDate.of(2050, 7, 1));
    agreeEverywhere(cal, LocalDate.of(2049, 12, 25), LocalDate.of(2051, 1, 5), 1, 2, 20, 250);
  }
}
