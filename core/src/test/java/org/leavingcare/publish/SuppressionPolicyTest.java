package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

  private static final SuppressionPolicy POLICY = SuppressionPolicy.defaults();

  private static Cell c(long n) {
    return Cell.count(n);
  }

  private static Cell at(ReportTable t, int row, int column) {
    return t.rows().get(row).cells().get(column);
  }

  @Test
  void countsFromOneToFourAreSuppressedAndZeroAndFiveAreShown() {
    ReportTable t = POLICY.withSecondary(false).apply(ReportTable.builder("t", "Counts").columns("A")
        .row("zero", c(0)).row("one", c(1)).row("four", c(4)).row("five", c(5)).build());

    assertThat(at(t, 0, 0).value()).hasValue(0);
    assertThat(at(t, 1, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 2, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 3, 0).value()).hasValue(5);
  }

  @Test
  void aSuppressedCellDropsEveryNumberSoNoRendererCanLeakIt() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "P").columns("A")
        .row("x", Cell.percent(30, 3, 10).withInterval(10, 60)).build());

    Cell cell = at(t, 0, 0);
    assertThat(cell.isSuppressed()).isTrue();
    assertThat(cell.value()).isEmpty();
    assertThat(cell.interval()).isEmpty();
    assertThat(cell.unweightedCount()).isEmpty();
    assertThat(cell.unweightedBase()).isEmpty();
    assertThat(cell.toString()).doesNotContain("30").doesNotContain("3.0");
  }

  @Test
  void noPercentageOrEstimateOnABaseUnderTen() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "Bases").columns("Agree", "Net")
        .row("base 9", Cell.percent(55.5, 5, 9), Cell.estimate(12, 0, 9))
        .row("base 10", Cell.percent(50, 5, 10), Cell.estimate(-12, 0, 10))
        .build());

    assertThat(at(t, 0, 0).suppression()).contains(SuppressionReason.SMALL_BASE);
    assertThat(at(t, 0, 1).suppression()).contains(SuppressionReason.SMALL_BASE);
    assertThat(at(t, 1, 0).value()).hasValue(50);
    assertThat(at(t, 1, 1).value()).hasValue(-12);
  }

  @Test
  void aWeightedPercentageIsSuppressedOnItsUnweightedNumerator() {
    ReportTable t = POLICY.withSecondary(false).apply(ReportTable.builder("t", "Weighted").columns("All")
        .row("Agree", Cell.percent(41.7, 4, 60)).row("Disagree", Cell.percent(58.3, 56, 60)).build());

    assertThat(at(t, 0, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 1, 0).isSuppressed()).isFalse();
  }

  @Test
  void thresholdsAreConfigurable() {
    ReportTable raw = ReportTable.builder("t", "Counts").columns("A").row("seven", c(7)).row("two", c(2))
        .row("twelve", Cell.percent(50, 6, 12)).build();

    ReportTable strict = POLICY.withMinimumCount(10).withMinimumBase(20).withSecondary(false).apply(raw);
    ReportTable off = POLICY.withMinimumCount(1).withMinimumBase(0).withSecondary(false).apply(raw);

    assertThat(at(strict, 0, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(strict, 2, 0).suppression()).contains(SuppressionReason.SMALL_BASE);
    assertThat(off.suppressedCellCount()).isZero();
    assertThatThrownBy(() -> POLICY.withMinimumCount(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumCount");
  }

  @Test
  void secondarySuppressionProtectsALoneCellInEveryRowAndColumnWithTotals() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "Two by two").columns("Yes", "No").totalColumn("Total")
        .row("A", c(3), c(10), c(13))
        .row("B", c(20), c(30), c(50))
        .totalRow("Total", c(23), c(40), c(63))
        .build());

    assertThat(at(t, 0, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 0, 1).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(at(t, 1, 0).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(at(t, 1, 1).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(at(t, 2, 2).value()).hasValue(63);
    assertThat(t.footnotes()).anyMatch(n -> n.startsWith("[c]") && n.contains("fewer than 5"))
        .anyMatch(n -> n.contains("worked out from the totals"));
    RecoveryAttack.assertNothingRecoverable(t);
  }

  @Test
  void secondarySuppressionPicksTheSmallestNonZeroCellAndNeverAZero() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "One row").columns("a", "b", "c", "d").totalColumn("Total")
        .row("r", c(2), c(0), c(40), c(9), c(51))
        .build());

    assertThat(at(t, 0, 1).value()).hasValue(0);
    assertThat(at(t, 0, 2).isSuppressed()).isFalse();
    assertThat(at(t, 0, 3).suppression()).contains(SuppressionReason.SECONDARY);
  }

  @Test
  void aDistributionAddingUpToOneHundredPercentIsProtectedWithoutAPrintedTotal() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "Distribution").columns("All").columnsAddUp()
        .row("Agree", Cell.percent(50, 20, 40))
        .row("Neither", Cell.percent(7.5, 3, 40))
        .row("Disagree", Cell.percent(42.5, 17, 40))
        .build());

    assertThat(at(t, 1, 0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 2, 0).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(at(t, 0, 0).value()).hasValue(50);
  }

  @Test
  void aSmallTotalIsProtectedToo() {
    ReportTable t = POLICY.apply(ReportTable.builder("t", "Small total").columns("Yes", "No").totalColumn("Total")
        .row("A", c(0), c(3), c(3))
        .row("B", c(12), c(30), c(42))
        .totalRow("Total", c(12), c(33), c(45))
        .build());

    assertThat(at(t, 0, 1).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(at(t, 0, 2).suppression()).contains(SuppressionReason.SMALL_COUNT);
    RecoveryAttack.assertNothingRecoverable(t);
  }

  @Test
  void aCellRecoverableOnlyByCombiningLinesIsFoundByTheExactCheckAndProtected() {
    // Two blocks of small cells joined by one small cell: every line holds two or more suppressed
    // cells, so the greedy rule alone is satisfied, but rows 0-1 minus columns 0-1 give cell (1,2).
    long[][] v = {
        {2, 3, 50, 60, 70},
        {4, 2, 3, 80, 90},
        {50, 60, 2, 4, 70},
        {60, 70, 3, 2, 80},
        {70, 80, 90, 95, 99}};
    ReportTable t = POLICY.apply(grid(v));

    assertThat(t.suppressedCellCount()).isGreaterThan(9);
    RecoveryAttack.assertNothingRecoverable(t);
  }

  @Test
  void whenEveryoneInAGroupGaveTheSameAnswerTheDominanceRuleWithholdsTheGroupsDetail() {
    ReportTable raw = ReportTable.builder("t", "Answers by group").columns("Agree", "Neither", "Disagree").rowsAddUp()
        .row("Care leavers 16-17", Cell.percent(0, 0, 12), Cell.percent(0, 0, 12), Cell.percent(100, 12, 12))
        .row("Care leavers 18-20", Cell.percent(40, 14, 35), Cell.percent(20, 7, 35), Cell.percent(40, 14, 35))
        .build();
    ReportTable counts = ReportTable.builder("c", "Counts by group").columns("Respondents", "Care-experienced")
        .totalRow("All", c(40), c(40))
        .row("Care leavers", c(40), c(40)).row("Professionals", c(30), c(0))
        .build();

    ReportTable off = POLICY.apply(raw);
    ReportTable on = POLICY.withDominance(true).apply(raw);

    assertThat(off.suppressedCellCount()).isZero();
    assertThat(on.rows().get(0).cells()).allMatch(cell -> cell.suppression().equals(
        java.util.Optional.of(SuppressionReason.DOMINANCE)));
    assertThat(on.rows().get(1).cells()).noneMatch(Cell::isSuppressed);
    assertThat(on.footnotes()).anyMatch(n -> n.contains("everyone in the group gave the same answer"));
    assertThat(POLICY.withDominance(true).apply(counts).suppressedCellCount())
        .as("a column of counts by group is not a group's distribution").isZero();
  }

  @Test
  void withoutSecondarySuppressionALoneCellStaysRecoverable() {
    ReportTable t = POLICY.withSecondary(false).apply(ReportTable.builder("t", "T").columns("Yes", "No")
        .totalColumn("Total").row("A", c(3), c(10), c(13)).build());

    assertThat(t.suppressedCellCount()).isEqualTo(1);
    assertThat(RecoveryAttack.recoverable(t)).hasSize(1);
  }

  @Test
  void suppressionIsIdempotentAndMarksTheTable() {
    ReportTable raw = grid(new long[][] {{2, 9, 30}, {8, 14, 22}, {6, 40, 51}});
    ReportTable once = POLICY.apply(raw);

    assertThat(raw.isSuppressionApplied()).isFalse();
    assertThat(once.isSuppressionApplied()).isTrue();
    assertThat(POLICY.apply(once).rows()).isEqualTo(once.rows());
    assertThat(POLICY.apply(once).footnotes()).isEqualTo(once.footnotes());
  }

  @Test
  void manyTablesLeaveNoSuppressedCellRecoverable() {
    java.util.Random random = new java.util.Random(20261122L);
    int checked = 0;
    for (int trial = 0; trial < 200; trial++) {
      int rows = 2 + random.nextInt(3);
      int cols = 2 + random.nextInt(3);
      long[][] v = new long[rows][cols];
      for (int r = 0; r < rows; r++) {
        for (int col = 0; col < cols; col++) {
          int pick = random.nextInt(10);
          v[r][col] = pick < 3 ? 1 + random.nextInt(4) : pick < 4 ? 0 : 5 + random.nextInt(40);
        }
      }
      ReportTable t = POLICY.apply(grid(v));
      if (t.suppressedCellCount() <= 8) {
        RecoveryAttack.assertNothingRecoverable(t);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(60);
  }

  /** A count table of the given cells with row and column totals. */
  static ReportTable grid(long[][] v) {
    int cols = v[0].length;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cols; i++) {
      names.add("c" + i);
    }
    ReportTable.Builder b = ReportTable.builder("grid", "Grid").columns(names).totalColumn("Total");
    long[] colTotals = new long[cols + 1];
    for (int r = 0; r < v.length; r++) {
      List<Cell> row = new ArrayList<>();
      long sum = 0;
      for (int i = 0; i < cols; i++) {
        row.add(c(v[r][i]));
        sum += v[r][i];
        colTotals[i] += v[r][i];
      }
      row.add(c(sum));
      colTotals[cols] += sum;
      b.row("r" + r, row);
    }
    List<Cell> totals = new ArrayList<>();
    for (long n : colTotals) {
      totals.add(c(n));
    }
    return b.totalRow("Total", totals).build();
  }
}
