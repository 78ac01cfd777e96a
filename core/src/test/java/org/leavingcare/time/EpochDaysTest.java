package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules add months to epoch days without making dates ({@link EpochDays#plusMonths}); every
 * deadline "n months after" depends on it giving exactly what {@link LocalDate#plusMonths} gives,
 * month ends and 29 February included. Birthdays ({@link Ages#epochDayOfAttaining}) rest on
 * {@link EpochDays#of} giving what {@link LocalDate#toEpochDay} gives.
 */
class EpochDaysTest {

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
        int got = EpochDays.plusMonths(day, months);
        if (got != expected(day, months)) {
          assertThat(got).as("%s plus %d months", LocalDate.ofEpochDay(day), months).isEqualTo(expected(day, months));
        }
      }
    }
  }

  @Test
  void sharedDatesAreTheDatesOfTheirEpochDaysInsideAndOutsideTheTable() {
    for (int d = (int) LocalDate.of(1799, 12, 1).toEpochDay(); d <= LocalDate.of(2300, 1, 31).toEpochDay(); d++) {
      LocalDate first = EpochDays.date(d);
      if (!first.equals(LocalDate.ofEpochDay(d)) || !EpochDays.date(d).equals(first)) {
        assertThat(EpochDays.date(d)).isEqualTo(first).isEqualTo(LocalDate.ofEpochDay(d));
      }
    }
    assertThat(EpochDays.date(0)).isSameAs(EpochDays.date(0)); // made once, then shared
    assertThat(EpochDays.date(-1_000_000)).isEqualTo(LocalDate.ofEpochDay(-1_000_000));
    assertThat(EpochDays.date(5_000_000)).isEqualTo(LocalDate.ofEpochDay(5_000_000));
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
        assertThat(EpochDays.plusMonths(day, months)).as("%s plus %d months", LocalDate.ofEpochDay(day), months)
            .isEqualTo(expected(day, months));
      }
    }
  }

  @Test
  void agreesWithLocalDateAcrossTheEdgesOfItsTableOfMonths() {
    // The table of month starts covers 1800-2299: days just inside and outside it, moved by month
    // counts that stay in it, leave it, or cross it whole.
    int[] counts = {-1200, -601, -25, -13, -12, -1, 0, 1, 11, 12, 13, 25, 601, 1200};
    for (LocalDate edge : new LocalDate[] {LocalDate.of(1800, 1, 1), LocalDate.of(2300, 1, 1)}) {
      for (LocalDate d = edge.minusDays(400); d.isBefore(edge.plusDays(400)); d = d.plusDays(1)) {
        int day = (int) d.toEpochDay();
        for (int months : counts) {
          if (EpochDays.plusMonths(day, months) != expected(day, months)) {
            assertThat(EpochDays.plusMonths(day, months)).as("%s plus %d months", d, months).isEqualTo(expected(day, months));
          }
        }
      }
    }
  }

  @Test
  void ofAgreesWithLocalDateOnEveryDayFrom1790To2310AndAtTheEdgesOfTheRange() {
    for (LocalDate d = LocalDate.of(1790, 1, 1); d.getYear() <= 2310; d = d.plusDays(1)) {
      if (EpochDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
        assertThat(EpochDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s", d)
            .isEqualTo(d.toEpochDay());
      }
    }
    for (LocalDate d : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 2, 29), LocalDate.of(-1, 3, 1),
        LocalDate.of(-401, 12, 31), LocalDate.of(400_000, 2, 29)}) {
      assertThat(EpochDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s", d).isEqualTo(d.toEpochDay());
    }
  }

  @Test
  void ofRefusesWhatLocalDateRefuses() {
    assertThatThrownBy(() -> EpochDays.of(2023, 2, 29)).isInstanceOf(DateTimeException.class)
        .hasMessageContaining("not a leap year");
    assertThatThrownBy(() -> EpochDays.of(2024, 4, 31)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> EpochDays.of(2024, 13, 1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> EpochDays.of(1_000_000_000, 1, 1)).isInstanceOf(DateTimeException.class);
  }
}
