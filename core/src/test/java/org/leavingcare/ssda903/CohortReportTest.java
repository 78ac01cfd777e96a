package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.CellRef;
import org.leavingcare.publish.RecoveryAttack;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.SuppressionReason;
import org.leavingcare.publish.SuppressionPolicy;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;

/** The cohort report through the shared publishing model: suppression on every count, three renderings. */
class CohortReportTest {

  private static Ssda903Return cohort() {
    CohortFixture f = new CohortFixture();
    // Twelve 19-year-old former relevant children, all in touch; eleven in suitable accommodation.
    for (int i = 0; i < 12; i++) {
      String id = "F" + i;
      f.child(id, "2004-10-10").episode(id, "2019-01-01", "2022-10-10", "S", "C2", "E17")
          .oc3(id, "2004-10-10", "YES", "F2", i == 0 ? "S2" : "U1");
    }
    // Two looked-after children: a count that must be withheld.
    f.child("L1", "2015-01-01").episode("L1", "2023-01-01", null, "S", "C2", "")
        .child("L2", "2015-01-01").episode("L2", "2023-01-01", null, "S", "C2", "");
    return f.read(2024);
  }

  private static CohortReport report() {
    return CohortReport.of(cohort(), LocalDate.of(2024, 3, 31), CohortReport.Settings.defaults(),
        EnglandRules.standard());
  }

  private static ReportTable table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCohortOwedNoDutyIsReportedWithAnEmptyDutiesTable() {
    CohortFixture f = new CohortFixture();
    f.child("B1", "2023-06-01").child("B2", "2023-07-01"); // in Header only: never looked after
    CohortReport cr = CohortReport.of(f.read(2024), LocalDate.of(2024, 3, 31), CohortReport.Settings.defaults(),
        EnglandRules.standard());

    assertThat(cr.assessment().duties()).isEmpty();
    assertThat(table(cr.toReport(), "duties").rows()).isEmpty();
    assertThat(cr.toJson()).contains("\"duties\"");
    assertThat(cr.toMarkdown()).contains("Duties owed on 2024-03-31");
  }

  @Test
  void everyPublishedCountIsSuppressedBelowFiveWithSecondarySuppression() {
    CohortReport cr = report();
    assertThat(cr.assessment().count(Category.LOOKED_AFTER)).isEqualTo(2);
    assertThat(cr.assessment().count(Category.FORMER_RELEVANT)).isEqualTo(12);

    ReportTable status = table(cr.toReport(), "legal-status");
    ReportTable.Row lac = status.rows().stream().filter(r -> r.label().equals("Looked after")).findFirst().orElseThrow();
    Cell under16 = lac.cells().get(CohortAssessment.AgeGroup.UNDER_16.ordinal());
    assertThat(under16.isSuppressed()).isTrue();
    // The lone 2 would be recoverable from the row total, so the total is withheld too.
    assertThat(lac.cells().get(lac.cells().size() - 1).isSuppressed()).isTrue();
    assertThat(status.suppressedCellCount()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void indicatorsArePublishedAsPercentagesOfTheirBase() {
    ReportTable headline = table(report().toReport(), "indicators-headline");
    ReportTable.Row older = headline.rows().stream().filter(r -> r.label().equals("19 to 21")).findFirst().orElseThrow();
    assertThat(older.cells().get(0).value()).hasValue(100.0);       // in touch, 12 of 12
    assertThat(older.cells().get(2).value()).hasValue(0.0);         // NEET, 0 of 12
    // A base under 10 publishes no percentage.
    CohortReport strict = CohortReport.of(cohort(), LocalDate.of(2024, 3, 31),
        CohortReport.Settings.defaults().withSuppression(SuppressionPolicy.defaults().withMinimumBase(20)),
        EnglandRules.standard());
    assertThat(table(strict.toReport(), "indicators-headline").rows().get(2).cells().get(0).isSuppressed()).isTrue();
  }

  @Test
  void aFigureWithheldInOneTableIsNotPrintedInAnother() {
    // 11 of 12 in suitable accommodation, 1 unsuitable: the accommodation table withholds the 1 and
    // so the 11 beside it. The headline prints the same 11 (91.7%): it must be withheld there too,
    // or the 1 is 12 - 11.
    Report r = report().toReport();
    ReportTable accommodation = table(r, "indicators-accommodation");
    ReportTable headline = table(r, "indicators-headline");
    ReportTable.Row older = headline.rows().stream().filter(x -> x.label().equals("19 to 21")).findFirst().orElseThrow();
    int band = accommodation.headers().indexOf("Aged 19 to 21");
    assertThat(accommodation.rows().get(1).cells().get(band).suppression()).contains(SuppressionReason.SMALL_COUNT);
    assertThat(accommodation.rows().get(0).cells().get(band).isSuppressed()).isTrue();
    assertThat(older.cells().get(3).isSuppressed()).isTrue();
    List<List<CellRef>> sums = List.of(List.of(CellRef.of("indicators-headline", "19 to 21", "Suitable accommodation"),
        CellRef.of("indicators-accommodation", "Suitable accommodation", "Aged 19 to 21")));
    assertThat(RecoveryAttack.recoverable(List.of(headline, accommodation), sums)).isEmpty();
  }

  @Test
  void theReasonsRowsWereNotExpectedAreProtectedWithTheirTotal() {
    CohortFixture f = new CohortFixture();
    // Six OC3 rows for young people never looked after (not expected), one for a child who is 12.
    for (int i = 0; i < 6; i++) {
      f.child("N" + i, "2005-06-0" + (i + 1)).oc3("N" + i, "2005-06-0" + (i + 1), "YES", "F2", "U1");
    }
    f.child("Y", "2012-01-01").oc3("Y", "2012-01-01", "YES", "F2", "U1");
    CohortReport cr = CohortReport.of(f.read(2024), LocalDate.of(2024, 3, 31), CohortReport.Settings.defaults(),
        EnglandRules.standard());
    Report r = cr.toReport();
    ReportTable returned = table(r, "oc3-expected");
    ReportTable why = table(r, "oc3-unexpected");
    List<CellRef> sum = new java.util.ArrayList<>();
    sum.add(CellRef.of("oc3-expected", "Returned, not expected", "Young people"));
    for (ReportTable.Row row : why.rows()) {
      sum.add(CellRef.of("oc3-unexpected", row.label(), "Young people"));
    }
    assertThat(why.suppressedCellCount()).isPositive();
    assertThat(RecoveryAttack.recoverable(List.of(returned, why), List.of(sum))).isEmpty();
  }

  @Test
  void theExpectedCohortNoRowLineCountsEachYoungPersonOnce() {
    CohortFixture f = CohortFixture.oneReturnedOneMissing();
    CohortReport cr = CohortReport.of(f.read(2024), LocalDate.of(2024, 3, 31),
        CohortReport.Settings.defaults().withSuppression(SuppressionPolicy.defaults().withMinimumCount(1)
            .withMinimumBase(0).withSecondary(false)), EnglandRules.standard());
    ReportTable expected = table(cr.toReport(), "indicators-expected");
    ReportTable.Row noRow = expected.rows().stream().filter(x -> x.label().equals("No OC3 row returned"))
        .findFirst().orElseThrow();
    assertThat(noRow.cells().get(expected.headers().indexOf("Aged 17")).value()).hasValue(50.0);
  }

  @Test
  void rendersSelfContainedHtmlMarkdownAndJson() throws Exception {
    CohortReport cr = report();
    String html = cr.toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script src", "<link rel=\"stylesheet\"");
    assertThat(cr.toMarkdown()).contains("# Children looked after and care leavers: cohort report 2023-24");
    JsonNode json = new ObjectMapper().readTree(cr.toJson());
    assertThat(json.toString()).contains("legal-status", "indicators-headline", "oc3-expected");
    // No child id or date of birth reaches the published report.
    assertThat(html).doesNotContain("10/10/2004", "2004-10-10", ">F1<", "L1");
  }
}
