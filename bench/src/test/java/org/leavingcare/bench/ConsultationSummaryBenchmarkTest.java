package org.leavingcare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.estimates.ProportionEstimate;
import org.leavingcare.consultation.estimates.SurveyDesign;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.OptionResult;
import org.leavingcare.consultation.summary.QuestionSummary;

/**
 * The inputs of {@link ConsultationSummaryBenchmark} are valid, the sweep's alternatives agree, and
 * the summary from sufficient statistics equals a respondent-level computation.
 */
class ConsultationSummaryBenchmarkTest {

  private static final int N = 5_000;
  private static ConsultationSummaryBenchmark bench;

  @BeforeAll
  static void setUp() {
    bench = new ConsultationSummaryBenchmark();
    bench.responses = N;
    bench.setUp();
  }

  @Test
  void everyGeneratedResponseIsAccepted() {
    IngestReport report = bench.data().ingestReport();
    assertThat(report.rowsRead()).isEqualTo(N);
    assertThat(report.rowsAccepted()).isEqualTo(N);
    assertThat(report.hasRejections()).isFalse();
  }

  @Test
  void aNineMultiplierSweepLeavesTheHeadlineResultsAsOneMultiplierGivesThem() {
    ConsultationSummary one = bench.summariseOneMultiplier();
    ConsultationSummary nine = bench.summariseNineMultipliers();
    assertThat(nine.questions()).isEqualTo(one.questions());
    assertThat(nine.sensitivity().orElseThrow().multipliers()).containsExactlyElementsOf(ConsultationSummaryBenchmark.NINE);
    assertThat(one.sensitivity().orElseThrow().multipliers()).containsExactly(2.0);
  }

  @Test
  void theWholeRunGivesTheSameQuestionsAsTheSummaryFromStatistics() {
    assertThat(bench.ingestAndSummarise().questions()).isEqualTo(bench.summariseOneMultiplier().questions());
  }

  @Test
  void sufficientStatisticsGiveTheRespondentLevelProportionsAndStandardErrors() {
    List<Response> rows = new ArrayList<>();
    ResponseReader.of(bench.config().consultation()).read(Workloads.responses(N, 1), "r.csv", rows::add);
    double k = bench.config().weighting().careExperiencedMultiplier();
    double[] w = new double[rows.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = rows.get(i).respondent().careExperienced() ? k : 1;
    }
    SurveyDesign design = SurveyDesign.ofRows(w);
    ConsultationSummary summary = bench.summariseOneMultiplier();
    List<Question> questions = bench.config().consultation().questions();
    for (int q = 0; q < questions.size(); q++) {
      QuestionSummary qs = summary.question(questions.get(q).id()).orElseThrow();
      List<String> categories = questions.get(q).categories();
      for (OptionResult o : qs.overall().options()) {
        int c = categories.indexOf(o.option());
        double[] y = new double[rows.size()];
        for (int i = 0; i < y.length; i++) {
          int chosen = rows.get(i).choiceIndex(q);
          y[i] = chosen < 0 ? Double.NaN : chosen == c ? 1 : 0;
        }
        ProportionEstimate p = design.proportion(y);
        assertThat(o.proportion()).as("%s %s", qs.id(), o.option()).isCloseTo(p.proportion(), within(1e-12));
        assertThat(o.standardError()).as("%s %s se", qs.id(), o.option()).isCloseTo(p.standardError(), within(1e-12));
      }
    }
  }
}
