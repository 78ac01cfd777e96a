package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value behaviour of ranges, calendars and ages that the rules rely on but that their own
 * tests reach only indirectly (found by mutation testing): equality, the edges of overlapping and
 * abutting, empty and unbounded ranges, calendars with gaps between covered years.
 */
class TimeValuesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);

  @Test
  void rangesAreEqualByStartAndEnd() {
    assertThat(DateRange.of(JAN_1, FEB_1)).isEqualTo(DateRange.of(JAN_1, Optional.of(FEB_1)))
        .hasSameHashCodeAs(DateRange.of(JAN_1, FEB_1))
        .isNotEqualTo(DateRange.of(JAN_1, MAR_1))
        .isNotEqualTo(DateRange.of(FEB_1, MAR_1))
        .isNotEqualTo(DateRange.from(JAN_1))
        .isNotEqualTo("2025-01-01/2025-02-01");
    assertThat(DateRange.from(JAN_1)).isEqualTo(DateRange.of(JAN_1, Optional.empty()))
        .hasSameHashCodeAs(DateRange.from(JAN_1));
  }

  @Test
  void rangesPrintAsIsoIntervals() {
    assertThat(DateRange.of(JAN_1, FEB_1)).hasToString("2025-01-01/2025-02-01");
    assertThat(DateRange.from(JAN_1)).hasToString("2025-01-01/..");
  }

  @Test
  void anUnboundedRangeHasNoEndAndNoLength() {
    assertThat(DateRange.from(JAN_1).isUnbounded()).isTrue();
    assertThat(DateRange.of(JAN_1, FEB_1).isUnbounded()).isFalse();
    assertThat(DateRange.from(JAN_1).isEmpty()).isFalse();
    assertThatThrownBy(() -> DateRange.from(JAN_1).lengthInDays()).isInstanceOf(IllegalStateException.class);
    assertThat(DateRange.of(JAN_1, FEB_1).lengthInDays()).isEqualTo(31);
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefusedButAnEmptyOneIsAllowed() {
    assertThatThrownBy(() -> DateRange.of(FEB_1, JAN_1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-02-01/2025-01-01");
    assertThat(DateRange.of(JAN_1, JAN_1).isEmpty()).isTrue();
    assertThat(DateRange.of(JAN_1, JAN_1.plusDays(1)).isEmpty()).isFalse();
  }

  @Test
  void overlapNeedsACommonDayAndEmptyRangesOverlapNothing() {
    DateRange january = DateRange.of(JAN_1, FEB_1);
    DateRange february = DateRange.of(FEB_1, MAR_1);
    assertThat(january.overlaps(february)).isFalse();
    assertThat(february.overlaps(january)).isFalse();
    assertThat(january.overlaps(DateRange.of(JAN_1.plusDays(30), MAR_1))).isTrue();
    assertThat(DateRange.of(JAN_1.plusDays(30), MAR_1).overlaps(january)).isTrue();
    assertThat(january.overlaps(DateRange.from(LocalDate.of(2024, 1, 1)))).isTrue();
    assertThat(DateRange.from(LocalDate.of(2024, 1, 1)).overlaps(january)).isTrue();
    assertThat(DateRange.from(FEB_1).overlaps(january)).isFalse();
    assertThat(january.overlaps(DateRange.of(FEB_1.minusDays(1), FEB_1.minusDays(1)))).isFalse();
    assertThat(DateRange.of(JAN_1.plusDays(5), JAN_1.plusDays(5)).overlaps(january)).isFalse();
  }

  @Test
  void rangesAbutWhenOneEndsTheDayTheOtherStarts() {
    DateRange january = DateRange.of(JAN_1, FEB_1);
    assertThat(january.abuts(DateRange.of(FEB_1, MAR_1))).isTrue();
    assertThat(DateRange.of(FEB_1, MAR_1).abuts(january)).isTrue();
    assertThat(january.abuts(DateRange.from(FEB_1))).isTrue();
    assertThat(january.abuts(DateRange.of(FEB_1.plusDays(1), MAR_1))).isFalse();
    assertThat(DateRange.of(FEB_1.plusDays(1), MAR_1).abuts(january)).isFalse();
  }

  @Test
  void aCalendarKnowsItsNameAndRefusesYearsItDoesNotCover() {
    HolidayCalendar c = HolidayCalendar.builder("test")
        .year(2023, HolidayCalendar.Coverage.REFERENCE, List.of(LocalDate.of(2023, 12, 25)))
        .year(2025, HolidayCalendar.Coverage.EXTENSION, List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .build();
    assertThat(c.name()).isEqualTo("test");
    assertThat(c).hasToString("HolidayCalendar[test]");
    assertThat(c.coverage(2022)).isEqualTo(HolidayCalendar.Coverage.NOT_COVERED);
    assertThat(c.coverage(2023)).isEqualTo(HolidayCalendar.Coverage.REFERENCE);
    assertThat(c.coverage(2024)).isEqualTo(HolidayCalendar.Coverage.NOT_COVERED);
    assertThat(c.coverage(2025)).isEqualTo(HolidayCalendar.Coverage.EXTENSION);
    assertThat(c.coverage(2026)).isEqualTo(HolidayCalendar.Coverage.NOT_COVERED);
    assertThat(c.isWorkingDay(LocalDate.of(2023, 12, 25))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2023, 12, 27))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 12, 30))).isTrue();
    assertThatThrownBy(() -> c.isWorkingDay(LocalDate.of(2024, 6, 3)))
        .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2024))
        .hasMessageContaining("2024");
  }

  @Test
  void aCalendarNeedsAYearAndEachYearOnce() {
    assertThatThrownBy(() -> HolidayCalendar.builder("empty").build()).isInstanceOf(IllegalStateException.class);
    HolidayCalendar.Builder b = HolidayCalendar.builder("twice").year(2025, HolidayCalendar.Coverage.REFERENCE, List.of());
    assertThatThrownBy(() -> b.year(2025, HolidayCalendar.Coverage.REFERENCE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HolidayCalendar.builder("wrong").year(2025, HolidayCalendar.Coverage.REFERENCE,
        List.of(LocalDate.of(2024, 12, 25)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLeapDayBirthdayInALeapYearIsTheTwentyNinth() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(Ages.dateOfAttaining(born, 16, LeapDayPolicy.MARCH_1)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Ages.dateOfAttaining(born, 17, LeapDayPolicy.MARCH_1)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(Ages.dateOfAttaining(born, 17, LeapDayPolicy.FEB_28)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Ages.dateOfAttaining(LocalDate.of(2008, 3, 29), 17, LeapDayPolicy.MARCH_1)).isEqualTo(LocalDate.of(2025, 3, 29));
    assertThat(Ages.dateOfAttaining(born, 0, LeapDayPolicy.MARCH_1)).isEqualTo(born);
  }
}
