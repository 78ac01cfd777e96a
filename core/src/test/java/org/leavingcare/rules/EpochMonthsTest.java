package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules add months to epoch days without making dates ({@code EnglandCase.plusMonths}); every
 * deadline "n months after" depends on it giving exactly what {@link LocalDate#plusMonths} gives,
 * month ends and 29 February included.
 */
class EpochMonthsTest {

  private static int expected(int day, int months) {
    return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
  }

  @Test
  void agreesWithLocalDateOnEveryDayFrom1890To2110() {
    int from = (int) LocalDate.of(1890, 1, 1).toEpochDay();
    int to = (int) LocalDate.of(2110, 12, 31).toEpochDay();
    int[] counts = {-24, -13, -12, -11, -6, -3, -2, -1, 0, 1, 2, 3, 6, 11, 12, 13, 24, 48};
    for (int day = from; day <= to; day++) {
      for (int months : counts) {
        int got = EnglandCase.plusMonths(day, months);
        if (got != expected(day, months)) {
          assertThat(got).as("%s plus %d months", LocalDate.ofEpochDay(day), months).isEqualTo(expected(day, months));
        }
      }
    }
  }

  @Test
  void agreesWithLocalDateAtTheEdgesOfItsFastRangeAndBeyond() {
    int[] days = {
      (int) LocalDate.of(0, 1, 1).toEpochDay(), (int) LocalDate.of(0, 2, 29).toEpochDay(),
      (int) LocalDate.of(0, 3, 1).toEpochDay(), (int) LocalDate.of(-1, 12, 31).toEpochDay(),
      (int) LocalDate.of(-400, 2, 29).toEpochDay(), (int) LocalDate.of(1600, 2, 29).toEpochDay(),
      (int) LocalDate.of(1900, 2, 28).toEpochDay(), (int) LocalDate.of(2000, 2, 29).toEpochDay(),
      (int) LocalDate.of(9999, 12, 31).toEpochDay(), (int) LocalDate.of(10000, 1, 31).toEpochDay(),
      (int) LocalDate.of(400_000, 8, 31).toEpochDay()};
    int[] counts = {-1201, -1200, -100, -12, -1, 0, 1, 12, 100, 1200, 1201};
    for (int day : days) {
      for (int months : counts) {
        assertThat(EnglandCase.plusMonths(day, months)).as("%s plus %d months", LocalDate.ofEpochDay(day), months)
            .isEqualTo(expected(day, months));
      }
    }
  }
}
