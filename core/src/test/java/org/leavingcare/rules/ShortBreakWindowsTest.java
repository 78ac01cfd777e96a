package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic behind reg. 48's series test (LAW.md §2.3.1(2)(e)): the days of a series of
 * breaks within a 12-month window, counted from the breaks' union, and "more than 12 months
 * after", decided without month arithmetic where the gap in days settles it. Both are compared
 * with counting day by day and with {@link LocalDate#plusMonths}.
 */
class ShortBreakWindowsTest {

  /** Distinct days of {@code [firsts[i], lasts[i]]} within {@code [w, wEnd)}, one day at a time. */
  private static long byDay(int[] firsts, int[] lasts, int m, int w, int wEnd) {
    long count = 0;
    for (int day = w; day < wEnd; day++) {
      for (int i = 0; i < m; i++) {
        if (firsts[i] <= day && day <= lasts[i]) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  @Test
  void theDaysInAWindowAreTheDistinctDaysOfTheBreaksInIt() {
    Random r = new Random(20261122);
    for (int trial = 0; trial < 3000; trial++) {
      int m = 1 + r.nextInt(12);
      int[] firsts = new int[m];
      int[] lasts = new int[m];
      for (int i = 0; i < m; i++) {
        firsts[i] = r.nextInt(400);
        // Breaks may overlap, abut, be contained in one another, or be empty (last before first).
        lasts[i] = firsts[i] - 1 + r.nextInt(r.nextBoolean() ? 5 : 40);
      }
      Arrays.sort(firsts);
      ShortBreakSeries.Union union = new ShortBreakSeries.Union(firsts, lasts, m);
      assertThat(union.total()).isEqualTo(byDay(firsts, lasts, m, -1, 1000));
      for (int k = 0; k < 20; k++) {
        int w = r.nextInt(460) - 30;
        int wEnd = w + r.nextInt(r.nextBoolean() ? 20 : 400) - 2;
        assertThat(union.daysIn(w, wEnd)).as("trial %d window [%d, %d)", trial, w, wEnd)
            .isEqualTo(byDay(firsts, lasts, m, w, wEnd));
      }
    }
  }

  @Test
  void theUnionOfOneBreakIsItsLength() {
    ShortBreakSeries.Union union = new ShortBreakSeries.Union(new int[] {10}, new int[] {16}, 1);
    assertThat(union.total()).isEqualTo(7);
    assertThat(union.daysIn(0, 10)).isZero();
    assertThat(union.daysIn(10, 11)).isEqualTo(1);
    assertThat(union.daysIn(16, 17)).isEqualTo(1);
    assertThat(union.daysIn(17, 40)).isZero();
    assertThat(union.daysIn(12, 12)).isZero();
  }

  @Test
  void moreThan12MonthsAfterAgreesWithLocalDateOnEveryDayFrom1990To2060() {
    int from = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    int to = (int) LocalDate.of(2060, 12, 31).toEpochDay();
    for (int end = from; end <= to; end++) {
      int twelve = (int) LocalDate.ofEpochDay(end).plusMonths(12).toEpochDay();
      for (int gap = 363; gap <= 368; gap++) {
        int start = end + gap;
        if (ShortBreakSeries.startsMoreThan12MonthsAfter(start, end) != start > twelve) {
          assertThat(ShortBreakSeries.startsMoreThan12MonthsAfter(start, end))
              .as("%s after %s", LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end)).isEqualTo(start > twelve);
        }
      }
      assertThat(ShortBreakSeries.startsMoreThan12MonthsAfter(end + 1, end)).isFalse();
      assertThat(ShortBreakSeries.startsMoreThan12MonthsAfter(end + 800, end)).isTrue();
    }
  }
}
