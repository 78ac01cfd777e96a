package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private final HolidayCalendar ew = HolidayCalendar.englandAndWales();

  @Test
  void twentyWorkingDaysFromFriday20December2024SkipChristmasBoxingDayAndNewYear() {
    // LAW.md §3.5 and vector CL-021: Christmas Eve is a working day.
    assertThat(WorkingDays.plus(LocalDate.of(2024, 12, 20), 20, ew)).isEqualTo(LocalDate.of(2025, 1, 22));
  }

  @Test
  void oneOffAndMovedHolidaysAreNotWorkingDays() {
    assertThat(ew.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse(); // state funeral
    assertThat(ew.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue(); // spring holiday moved to 2 June
    assertThat(ew.isWorkingDay(LocalDate.of(2022, 6, 2))).isFalse();
    assertThat(ew.isWorkingDay(LocalDate.of(2012, 6, 5))).isFalse();
  }

  @Test
  void coverageIsReferenceFor2020To2027AndExtensionAround() {
    assertThat(ew.coverage(2020)).isEqualTo(HolidayCalendar.Coverage.REFERENCE);
    assertThat(ew.coverage(2027)).isEqualTo(HolidayCalendar.Coverage.REFERENCE);
    assertThat(ew.coverage(2011)).isEqualTo(HolidayCalendar.Coverage.EXTENSION);
    assertThat(ew.coverage(2030)).isEqualTo(HolidayCalendar.Coverage.EXTENSION);
    assertThat(ew.coverage(2010)).isEqualTo(HolidayCalendar.Coverage.NOT_COVERED);
    assertThat(ew.coverage(2031)).isEqualTo(HolidayCalendar.Coverage.NOT_COVERED);
  }

  @Test
  void theEpochDayFormAgreesWithTheDateFormOnEveryCoveredDay() {
    for (LocalDate day = LocalDate.of(2011, 1, 1); day.isBefore(LocalDate.of(2030, 11, 1)); day = day.plusDays(1)) {
      for (int n : new int[] {1, 5, 20}) {
        assertThat(WorkingDays.plus(day.toEpochDay(), n, ew)).as("%s + %d", day, n)
            .isEqualTo(WorkingDays.plus(day, n, ew).toEpochDay());
      }
    }
    assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2024, 1, 1).toEpochDay(), 0, ew))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2030, 12, 20).toEpochDay(), 20, ew))
        .isInstanceOf(CalendarNotCoveredException.class);
  }

  @Test
  void aCountIntoAnUncoveredYearIsRefusedNotExtrapolated() {
    assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2030, 12, 20), 20, ew))
        .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("2031");
  }

  @Test
  void aHostCalendarCanBeInjected() {
    HolidayCalendar cal = HolidayCalendar.builder("test").year(2040, HolidayCalendar.Coverage.REFERENCE,
        List.of(LocalDate.of(2040, 1, 2))).build();
    // 2040-01-01 is a Sunday; Monday 2 January is the injected holiday.
    assertThat(WorkingDays.plus(LocalDate.of(2040, 1, 1), 1, cal)).isEqualTo(LocalDate.of(2040, 1, 3));
  }
}
