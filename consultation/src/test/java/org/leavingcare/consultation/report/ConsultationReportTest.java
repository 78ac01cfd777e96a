package org.leavingcare.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.QuestionSummary;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.publish.Block;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.CellRef;
import org.leavingcare.publish.CellSum;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.HtmlRenderer;
import org.leavingcare.publish.MarkdownRenderer;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

class ConsultationReportTest {

  static final String[] SCALE = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
      "Strongly agree"};

  static final ConsultationConfig CONFIG = ConsultationConfig.parse("""
      {"respondentIdColumn": "id", "groupColumn": "group",
       "careExperienced": {"column": "ce", "values": ["Yes"]},
       "weighting": {"careExperiencedMultiplier": 2},
       "questions": [
         {"id": "easy", "column": "easy", "type": "likert", "text": "The Local Offer is easy to understand",
          "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]},
         {"id": "priority", "column": "priority", "type": "single", "text": "Which area matters most?",
          "options": ["Housing", "Money", "Health"]}]}
      """, "report-test.json");

  /** 150 synthetic respondents: care leavers lean towards agreeing, professionals less so; 3 councillors. */
  static ConsultationSummary summary() {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("id,group,ce,easy,priority\n");
    String[] priorities = {"Housing", "Money", "Health"};
    for (int i = 1; i <= 150; i++) {
      String group = i <= 60 ? "Care leaver" : i <= 147 ? "Professional" : "Councillor";
      boolean ce = group.equals("Care leaver");
      int answer = Math.min(4, Math.max(0, (ce ? 3 : 2) + random.nextInt(3) - 1));
      String easy = i % 25 == 0 ? "Don't know" : SCALE[answer];
      csv.append(i).append(',').append(group).append(',').append(ce ? "Yes" : "No").append(',').append(easy)
          .append(',').append(priorities[(i + (ce ? 0 : 1)) % 3]).append('\n');
    }
    ConsultationData data = ConsultationData.read(csv.toString().getBytes(StandardCharsets.UTF_8), "responses.csv",
        CONFIG.consultation());
    return Summariser.of(data, CONFIG.analysis()).summarise(CONFIG.weighting());
  }

  static Report report() {
    return ConsultationReport.of(summary(), CONFIG.consultation()).withTitle("Local Offer consultation (synthetic)")
        .build();
  }

  private static ReportTable table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static Cell cell(ReportTable t, String row, int column) {
    return t.rows().stream().filter(x -> x.label().equals(row)).findFirst().orElseThrow().cells().get(column);
  }

  @Test
  void eachClosedQuestionHasItsChartsWithTheWeightingMadeVisible() {
    Report r = report();

    assertThat(r.sections()).extracting(Section::heading).containsExactly("Who responded",
        "The Local Offer is easy to understand", "Which area matters most?", "Method and caveats");
    List<Chart> charts = r.sections().get(1).blocks().stream().filter(b -> b instanceof Chart)
        .map(b -> (Chart) b).toList();
    assertThat(charts).extracting(Chart::type)
        .containsExactly(Chart.Type.DIVERGING_STACKED, Chart.Type.LINE);
    ReportTable dist = charts.get(0).data();
    assertThat(dist.columns()).containsExactly("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
        "Strongly agree", "Don't know");
    assertThat(dist.rows()).extracting(ReportTable.Row::label).startsWith("All respondents (weighted)",
        "All respondents (unweighted)", "Care-experienced", "Not care-experienced");
  }

  @Test
  void theFiguresAreTheSummarysFiguresInPercent() {
    ConsultationSummary s = summary();
    Report r = ConsultationReport.of(s, CONFIG.consultation()).build();
    QuestionSummary easy = s.question("easy").orElseThrow();

    ReportTable head = table(r, "q-easy-headline");
    double weightedAgree = easy.overall().likert().orElseThrow().agree().estimate();
    assertThat(cell(head, "All respondents (weighted)", 0).value()).hasValue(100 * weightedAgree);
    assertThat(cell(head, "All respondents (weighted)", 0).interval()).isPresent();
    long agreeCount = easy.overall().option("Agree").orElseThrow().count()
        + easy.overall().option("Strongly agree").orElseThrow().count();
    long gaveView = easy.overall().likert().orElseThrow().substantiveRespondents();
    assertThat(cell(head, "All respondents (unweighted)", 0).value()).hasValue(100.0 * agreeCount / gaveView);
    assertThat(cell(head, "All respondents (weighted)", 2).value())
        .hasValue(100 * easy.overall().likert().orElseThrow().netAgreement().estimate());
    assertThat(weightedAgree).as("care-experienced answers lean to agreeing, so weighting raises agreement")
        .isGreaterThan((double) agreeCount / gaveView);

    ReportTable options = table(r, "q-priority-options");
    assertThat(cell(options, "Housing", 0).value())
        .hasValue(100 * s.question("priority").orElseThrow().overall().option("Housing").orElseThrow().proportion());
  }

  @Test
  void aGroupOfThreeIsSuppressedEverywhereItAppears() {
    Report r = report();

    ReportTable who = table(r, "respondents");
    assertThat(cell(who, "Councillor", 0).isSuppressed()).isTrue();
    assertThat(who.rows().get(who.rows().size() - 1).cells().get(0).value()).hasValue(150);
    ReportTable dist = table(r, "q-easy-distribution");
    assertThat(dist.rows().stream().filter(x -> x.label().equals("Councillor")).findFirst().orElseThrow().cells())
        .allMatch(Cell::isSuppressed);
    assertThat(cell(table(r, "q-easy-headline"), "Councillor", 2).isSuppressed()).isTrue();
  }

  /**
   * 12 care leavers (10 Housing, 2 Health) and 28 professionals (8 Money, 20 Health). The care
   * leavers' 2 is withheld; with the overall 22 and the professionals' 20 both printed it would be
   * 22 - 20.
   */
  @Test
  void aFigureWithheldForOneGroupCannotBeWorkedOutFromTheOverallFigure() {
    StringBuilder csv = new StringBuilder("id,group,ce,easy,priority\n");
    for (int i = 1; i <= 40; i++) {
      boolean ce = i <= 12;
      String priority = ce ? (i <= 10 ? "Housing" : "Health") : (i <= 20 ? "Money" : "Health");
      csv.append(i).append(',').append(ce ? "Care leaver" : "Professional").append(',').append(ce ? "Yes" : "No")
          .append(",Agree,").append(priority).append('\n');
    }
    ConsultationData data = ConsultationData.read(csv.toString().getBytes(StandardCharsets.UTF_8), "responses.csv",
        CONFIG.consultation());
    ConsultationSummary summary = Summariser.of(data, CONFIG.analysis()).summarise(CONFIG.weighting());
    Report r = ConsultationReport.of(summary, CONFIG.consultation()).build();

    ReportTable options = table(r, "q-priority-options");
    ReportTable byGroup = table(r, "q-priority-by-group");
    int care = byGroup.headers().indexOf("Care-experienced");
    int notCare = byGroup.headers().indexOf("Not care-experienced");
    assertThat(cell(byGroup, "Health", care).isSuppressed()).isTrue();
    assertThat(cell(options, "Health", 1).isSuppressed() || cell(byGroup, "Health", notCare).isSuppressed())
        .as("the overall count and the other group's count are not both printed").isTrue();
    // Every sum a reader can do: overall = care-experienced + not, and overall = the two groups.
    for (String option : List.of("Housing", "Money", "Health")) {
      for (List<String> parts : List.of(List.of("Care-experienced", "Not care-experienced"),
          List.of("Care leaver", "Professional"))) {
        long hidden = parts.stream().filter(c -> cell(byGroup, option, byGroup.headers().indexOf(c)).isSuppressed())
            .count() + (cell(options, option, 1).isSuppressed() ? 1 : 0);
        assertThat(hidden).as("%s over %s: one withheld figure alone in a sum", option, parts).isNotEqualTo(1);
      }
    }
  }

  @Test
  void noSumAReaderCanDoLeavesOneWithheldFigureAlone() {
    Report r = report();
    List<CellSum> sums = r.sections().stream().flatMap(x -> x.sums().stream()).toList();

    // Weighted = unweighted, care-experienced + not, and the three groups, for both questions.
    assertThat(sums).hasSizeGreaterThan(20);
    for (CellSum sum : sums) {
      if (at(r, sum.total()).unweightedCount().orElse(-1) == 0) {
        continue; // a published zero: every part is zero, and true zeros are published (§9.2)
      }
      long hidden = (at(r, sum.total()).isSuppressed() ? 1 : 0)
          + sum.parts().stream().filter(p -> at(r, p).isSuppressed()).count();
      assertThat(hidden).as("%s", sum).isNotEqualTo(1);
    }
  }

  private static Cell at(Report r, CellRef ref) {
    ReportTable t = table(r, ref.table());
    return cell(t, ref.row(), t.headers().indexOf(ref.column()));
  }

  @Test
  void theSensitivityChartRunsOverTheMultipliersWithTheMajorityLine() {
    Report r = report();
    Chart sensitivity = r.sections().get(1).blocks().stream().filter(b -> b instanceof Chart)
        .map(b -> (Chart) b).filter(c -> c.type() == Chart.Type.LINE).findFirst().orElseThrow();

    assertThat(sensitivity.x()).startsWith(1.0).isSorted();
    assertThat(sensitivity.referenceLine()).hasValue(50);
    assertThat(sensitivity.summary()).contains("counts k times");
    assertThat(sensitivity.data().rows().get(0).cells().get(0).interval()).isPresent();
  }

  @Test
  void itRendersAsHtmlAndMarkdown() {
    Report r = report();
    String html = HtmlRenderer.withDefaults().render(r);
    String md = MarkdownRenderer.withDefaults().render(r);

    assertThat(html).contains("<h1>Local Offer consultation (synthetic)</h1>").contains("role=\"img\"");
    assertThat(md).contains("## The Local Offer is easy to understand").contains("| All respondents (weighted) |");
    assertThat(XlsxRenderer.withDefaults().render(r)).startsWith(new byte[] {'P', 'K'});
    List<Block> blocks = r.sections().get(0).blocks();
    assertThat(blocks).hasSize(3);
  }
}
