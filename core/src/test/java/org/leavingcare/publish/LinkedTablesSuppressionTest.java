package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Suppression across tables whose figures a section declares to add up ({@link Section.Builder#addsUp}). */
class LinkedTablesSuppressionTest {

  private static final CellRef RETURNED = CellRef.of("summary", "Returned, not expected", "Young people");

  private static ReportTable reasons(long... n) {
    ReportTable.Builder t = ReportTable.builder("reasons", "Why rows were not expected").columns("Young people");
    for (int i = 0; i < n.length; i++) {
      t.row("reason " + i, Cell.count(n[i]));
    }
    return t.build();
  }

  private static ReportTable summary(long returned) {
    return ReportTable.builder("summary", "Rows expected and returned").columns("Young people")
        .row("Expected and returned", Cell.count(40)).row("Returned, not expected", Cell.count(returned)).build();
  }

  private static List<CellRef> reasonRefs(int n) {
    List<CellRef> refs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      refs.add(CellRef.of("reasons", "reason " + i, "Young people"));
    }
    return refs;
  }

  private static Report report(ReportTable reasons, ReportTable summary, boolean declare) {
    Section.Builder s = Section.builder("S").add(summary).add(reasons);
    if (declare) {
      s.addsUp(RETURNED, reasonRefs(reasons.rows().size()));
    }
    return Report.builder("Linked").section(s.build()).build();
  }

  private static List<List<CellRef>> sum(CellRef total, List<CellRef> parts) {
    List<CellRef> all = new ArrayList<>();
    all.add(total);
    all.addAll(parts);
    return List.of(all);
  }

  @Test
  void aBreakdownAddingUpToAFigureInAnotherTableIsProtectedTogetherWithIt() {
    Report linked = report(reasons(3, 12, 20), summary(35), true);

    List<ReportTable> tables = linked.tables();
    assertThat(tables.get(1).rows().get(0).cells().get(0).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(tables.get(1).rows().get(1).cells().get(0).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(tables.get(1).rows().get(2).cells().get(0).value()).hasValue(20);
    assertThat(RecoveryAttack.recoverable(tables, sum(RETURNED, reasonRefs(3)))).isEmpty();
  }

  @Test
  void withoutTheDeclarationTheSmallCountIsRecoverableFromTheOtherTable() {
    Report unlinked = report(reasons(3, 12, 20), summary(35), false);

    List<int[]> found = RecoveryAttack.recoverable(unlinked.tables(), sum(RETURNED, reasonRefs(3)));
    assertThat(found).extracting(p -> p[0] + "," + p[1]).containsExactly("1,0");
  }

  @Test
  void theSameFigurePrintedTwiceIsWithheldInBothPlacesWhenSecondarySuppressionTakesIt() {
    // In the detail table "Yes" (6) is the smallest cell beside the small "No" (3), so secondary
    // suppression takes it; the headline table prints the same 6, which would give "No" away.
    ReportTable detail = ReportTable.builder("detail", "In touch").columns("Aged 19-21").columnsAddUp()
        .row("Yes", Cell.percent(100.0 * 6 / 34, 6, 34)).row("No", Cell.percent(100.0 * 3 / 34, 3, 34))
        .row("Refused", Cell.percent(100.0 * 25 / 34, 25, 34)).build();
    ReportTable headline = ReportTable.builder("headline", "Headline").columns("In touch")
        .row("19-21", Cell.percent(100.0 * 6 / 34, 6, 34)).build();
    CellRef shown = CellRef.of("headline", "19-21", "In touch");
    CellRef part = CellRef.of("detail", "Yes", "Aged 19-21");

    Report r = Report.builder("Twice").section(Section.builder("S").add(headline).add(detail)
        .addsUp(shown, part).build()).build();

    assertThat(r.tables().get(0).rows().get(0).cells().get(0).suppression()).contains(SuppressionReason.SECONDARY);
    assertThat(RecoveryAttack.recoverable(r.tables(), sum(shown, List.of(part)))).isEmpty();
  }

  @Test
  void unlinkedTablesAreSuppressedExactlyAsOnTheirOwn() {
    ReportTable grid = SuppressionPolicyTest.grid(new long[][] {{3, 12, 20}, {7, 9, 2}});
    Report r = Report.builder("Mixed").section(Section.builder("S").add(grid).add(summary(35)).add(reasons(3, 12, 20))
        .addsUp(RETURNED, reasonRefs(3)).build()).build();

    ReportTable alone = SuppressionPolicy.defaults().apply(grid);
    assertThat(r.tables().get(0).rows()).isEqualTo(alone.rows());
    assertThat(r.tables().get(0).footnotes()).isEqualTo(alone.footnotes());
  }

  @Test
  void randomLinkedBreakdownsLeaveNothingRecoverable() {
    Random random = new Random(20261122L);
    int checked = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(4);
      long[] v = new long[n];
      long total = 0;
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(10);
        v[i] = pick < 4 ? 1 + random.nextInt(4) : pick < 5 ? 0 : 5 + random.nextInt(30);
        total += v[i];
      }
      Report r = report(reasons(v), summary(total), true);
      int suppressed = r.tables().stream().mapToInt(ReportTable::suppressedCellCount).sum();
      if (suppressed > 0) {
        assertThat(RecoveryAttack.recoverable(r.tables(), sum(RETURNED, reasonRefs(n))))
            .as("trial %d: %s", trial, java.util.Arrays.toString(v)).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void aDeclarationNamingAMissingTableRowOrColumnIsRefusedWithWhatIsWrong() {
    Report.Builder noTable = Report.builder("R").section(Section.builder("S").add(summary(35))
        .addsUp(RETURNED, CellRef.of("reasons", "reason 0", "Young people")).build());
    assertThatThrownBy(noTable::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table 'reasons'").hasMessageContaining("no table with that id");

    Report.Builder noRow = Report.builder("R").section(Section.builder("S").add(summary(35)).add(reasons(35))
        .addsUp(RETURNED, CellRef.of("reasons", "reason 9", "Young people")).build());
    assertThatThrownBy(noRow::build).hasMessageContaining("row 'reason 9'").hasMessageContaining("no such row");

    Report.Builder noColumn = Report.builder("R").section(Section.builder("S").add(summary(35)).add(reasons(35))
        .addsUp(RETURNED, CellRef.of("reasons", "reason 0", "People")).build());
    assertThatThrownBy(noColumn::build).hasMessageContaining("column 'People'").hasMessageContaining("no such column");
  }

  @Test
  void aDeclarationThatDoesNotAddUpIsRefused() {
    Report.Builder wrong = Report.builder("R").section(Section.builder("S").add(summary(36)).add(reasons(3, 12, 20))
        .addsUp(RETURNED, reasonRefs(3)).build());

    assertThatThrownBy(wrong::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 35, not 36");
  }

  @Test
  void aDeclarationOnTextIsRefused() {
    ReportTable text = ReportTable.builder("notes", "Notes").columns("Note").row("a", Cell.text("see below")).build();
    Report.Builder b = Report.builder("R").section(Section.builder("S").add(summary(35)).add(text)
        .addsUp(RETURNED, CellRef.of("notes", "a", "Note")).build());

    assertThatThrownBy(b::build).hasMessageContaining("holds text without a count");
  }
}
