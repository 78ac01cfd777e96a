package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static LocalDate d(int m, int day) {
    return LocalDate.of(2025, m, day);
  }

  @Test
  void rangesAreHalfOpen() {
    DateRange r = DateRange.of(d(1, 1), d(1, 10));
    assertThat(r.contains(d(1, 1))).isTrue();
    assertThat(r.contains(d(1, 9))).isTrue();
    assertThat(r.contains(d(1, 10))).isFalse();
    assertThat(r.lengthInDays()).isEqualTo(9);
  }

  @Test
  void abuttingRangesDoNotOverlap() {
    DateRange a = DateRange.of(d(1, 1), d(1, 10));
    DateRange b = DateRange.from(d(1, 10));
    assertThat(a.abuts(b)).isTrue();
    assertThat(a.overlaps(b)).isFalse();
    assertThat(DateRange.of(d(1, 1), d(1, 11)).overlaps(b)).isTrue();
  }

  @Test
  void aRangeEndingBeforeItStartsNamesBothDates() {
    assertThatThrownBy(() -> DateRange.of(d(5, 1), d(4, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-05-01/2025-04-01");
  }
}
