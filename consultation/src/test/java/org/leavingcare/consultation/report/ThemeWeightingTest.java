package org.leavingcare.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.GroupProfile;
import org.leavingcare.consultation.summary.QuestionSummary;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.CodedAnswer;
import org.leavingcare.consultation.themes.QuestionThemes;
import org.leavingcare.consultation.themes.ThemeCoder;
import org.leavingcare.consultation.themes.ThemeCoding;
import org.leavingcare.consultation.themes.ThemePrevalence;
import org.leavingcare.publish.HtmlRenderer;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.Section;

/**
 * Theme prevalence and the "What people said" sections under a target share and under
 * post-stratification use the weights the summariser uses ({@link Summariser#respondentWeights}).
 */
class ThemeWeightingTest {

  private static final String[] TEXTS = {
      "The flat was damp and the allowance too small", "My PA never answers", "n/a",
      "Housing is the main pressure", "There are not enough flats", "Council tax should be waived",
      "More apprenticeships please", "", "Staying Put should be extended", "Help with rent and deposits", "Roads are bad"};
  private static final String[] GROUPS = {"Care leaver", "Professional", "Foster carer"};
  private static final String[] PRIORITIES = {"Housing", "Money", "Health"};

  private static ConsultationConfig config(String weighting) {
    return ConsultationConfig.parse("""
        {"respondentIdColumn": "id", "groupColumn": "group",
         "careExperienced": {"column": "ce", "values": ["Yes"]},
         "weighting": %s,
         "questions": [
           {"id": "priority", "column": "priority", "type": "single", "text": "Which area matters most?",
            "options": ["Housing", "Money", "Health"]},
           {"id": "why", "column": "why", "type": "text", "text": "Why?"}]}
        """.formatted(weighting), "theme-weighting.json");
  }

  /** A target share with a group multiplier, so the weight depends on group and care experience. */
  static final ConsultationConfig SHARE = config(
      "{\"careExperiencedShare\": 0.6, \"groupMultipliers\": {\"Foster carer\": 1.5}}");
  /** Post-stratification on the respondent group to population totals. */
  static final ConsultationConfig POST_STRATIFIED = config("""
      {"calibration": {"method": "postStratify", "margins": [{"column": "group",
        "population": {"Care leaver": 300, "Professional": 120, "Foster carer": 80}}]}}""");

  /** 97 respondents: every one answers the closed question; most say why. */
  private static byte[] csv() {
    StringBuilder csv = new StringBuilder("id,group,ce,priority,why\n");
    for (int i = 1; i <= 97; i++) {
      String group = GROUPS[i % 7 < 3 ? 0 : i % 7 < 6 ? 1 : 2];
      boolean ce = group.equals("Care leaver") || (group.equals("Foster carer") && i % 2 == 0);
      String priority = PRIORITIES[(i / 2 + (ce ? 0 : 1)) % 3];
      csv.append(i).append(',').append(group).append(',').append(ce ? "Yes" : "No").append(',').append(priority)
          .append(',').append(TEXTS[(i * 5 + (ce ? 1 : 0)) % TEXTS.length]).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Response> responses(ConsultationConfig cfg) {
    List<Response> out = new ArrayList<>();
    ResponseReader.of(cfg.consultation()).read(csv(), "responses.csv", out::add);
    return out;
  }

  private static ConsultationSummary summary(ConsultationConfig cfg) {
    ConsultationData data = ConsultationData.read(csv(), "responses.csv", cfg.consultation());
    return Summariser.of(data, cfg.analysis()).summarise(cfg.weighting());
  }

  private static List<Respondent> respondents(List<Response> responses) {
    return responses.stream().map(Response::respondent).toList();
  }

  private static double total(List<Respondent> respondents, ToDoubleFunction<Respondent> w) {
    return respondents.stream().mapToDouble(w).sum();
  }

  @Test
  void targetShareWeightsAreTheSummarisersAndCarryTheShare() {
    List<Response> responses = responses(SHARE);
    List<Respondent> respondents = respondents(responses);
    ToDoubleFunction<Respondent> w = Summariser.respondentWeights(SHARE.consultation(), respondents, SHARE.weighting());
    ConsultationSummary summary = summary(SHARE);

    double ce = respondents.stream().filter(Respondent::careExperienced).mapToDouble(w).sum();
    assertThat(ce / total(respondents, w)).isCloseTo(0.6, within(1e-12));
    QuestionSummary priority = summary.question("priority").orElseThrow();
    assertThat(priority.careExperiencedShareOfWeight()).isCloseTo(0.6, within(1e-12));
    // Everyone answered "priority", so its k is the one over all respondents.
    Respondent leaver = respondents.stream().filter(r -> r.group().equals("Care leaver")).findFirst().orElseThrow();
    assertThat(w.applyAsDouble(leaver)).isCloseTo(priority.careExperiencedMultiplier(), within(1e-12));
    assertSameWeightsAsSummary(responses, w, summary);
  }

  @Test
  void postStratifiedWeightsAreTheSummarisersAndHitThePopulationTotals() {
    List<Response> responses = responses(POST_STRATIFIED);
    List<Respondent> respondents = respondents(responses);
    ToDoubleFunction<Respondent> w = Summariser.respondentWeights(POST_STRATIFIED.consultation(), respondents,
        POST_STRATIFIED.weighting());
    ConsultationSummary summary = summary(POST_STRATIFIED);

    assertThat(total(respondents, w)).isCloseTo(500, within(1e-9));
    double leavers = respondents.stream().filter(r -> r.group().equals("Care leaver")).mapToDouble(w).sum();
    assertThat(leavers).isCloseTo(300, within(1e-9));
    assertSameWeightsAsSummary(responses, w, summary);
  }

  /** The summary's group shares of weight, and a closed question's weighted shares, from the weights. */
  private static void assertSameWeightsAsSummary(List<Response> responses, ToDoubleFunction<Respondent> w,
      ConsultationSummary summary) {
    List<Respondent> respondents = respondents(responses);
    double total = total(respondents, w);
    for (GroupProfile g : summary.profile()) {
      double wg = respondents.stream().filter(r -> r.group().equals(g.group())).mapToDouble(w).sum();
      assertThat(g.shareOfWeight()).as(g.group()).isCloseTo(wg / total, within(1e-12));
    }
    for (int o = 0; o < PRIORITIES.length; o++) {
      double chose = 0;
      for (int i = 0; i < respondents.size(); i++) {
        chose += responses.get(i).choiceIndex(0) == o ? w.applyAsDouble(respondents.get(i)) : 0;
      }
      double expected = chose / total;
      assertThat(summary.question("priority").orElseThrow().overall().option(PRIORITIES[o]).orElseThrow().proportion())
          .as(PRIORITIES[o]).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void themePrevalenceUnderTargetShareAndPostStratificationIsTheHandComputedWeightedShare() {
    for (ConsultationConfig cfg : List.of(SHARE, POST_STRATIFIED)) {
      List<Response> responses = responses(cfg);
      List<Respondent> respondents = respondents(responses);
      ToDoubleFunction<Respondent> w = Summariser.respondentWeights(cfg.consultation(), respondents, cfg.weighting());
      ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), cfg.consultation(),
          responses);
      QuestionThemes why = ThemePrevalence.of(coding, respondents, w, cfg.analysis().intervalMethod(),
          cfg.analysis().confidenceLevel()).get(0);

      double substantive = 0;
      double housing = 0;
      for (CodedAnswer a : coding.answers("why")) {
        if (a.substantive()) {
          double wi = w.applyAsDouble(respondents.stream().filter(r -> r.id().equals(a.respondentId())).findFirst()
              .orElseThrow());
          substantive += wi;
          housing += a.has("housing") ? wi : 0;
        }
      }
      assertThat(why.overall().share("housing").mentions()).isPositive();
      assertThat(why.overall().share("housing").proportion()).as(cfg.weighting().describe())
          .isCloseTo(housing / substantive, within(1e-12))
          .isNotCloseTo(why.overall().share("housing").unweightedProportion(), within(1e-6));
    }
  }

  @Test
  void theReportBuildsWhatPeopleSaidUnderTargetShareAndPostStratification() {
    for (ConsultationConfig cfg : List.of(SHARE, POST_STRATIFIED)) {
      List<Response> responses = responses(cfg);
      ThemeSections.Themes themes = ThemeSections.analyse(cfg.consultation(), cfg.weighting(), cfg.analysis(),
          Codebook.starter(), responses, id -> true);
      List<Section> sections = ThemeSections.of(cfg.consultation(), themes);
      Report report = ConsultationReport.of(summary(cfg), cfg.consultation()).withSections(sections).build();

      assertThat(sections).hasSize(1);
      assertThat(sections.get(0).heading()).isEqualTo("What people said: Why?");
      assertThat(HtmlRenderer.withDefaults().render(report)).contains("What people said: Why?");
    }
  }

  @Test
  void aRespondentOutsideThoseWeightedIsRefusedByIdOnly() {
    List<Respondent> respondents = respondents(responses(SHARE));
    ToDoubleFunction<Respondent> w = Summariser.respondentWeights(SHARE.consultation(), respondents, SHARE.weighting());
    Respondent stranger = new Respondent("X9", "Councillor", false, List.of());
    assertThatThrownBy(() -> w.applyAsDouble(stranger)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X9").hasMessageContaining("every accepted respondent");
  }
}
