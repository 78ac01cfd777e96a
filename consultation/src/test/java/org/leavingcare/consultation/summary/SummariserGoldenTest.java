package org.leavingcare.consultation.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.estimates.IntervalMethod;

/**
 * The §14 golden data of CONSULTATION-METHODS.md as a response file, summarised end to end with
 * care-experienced respondents weighted ×2: every figure is R survey 4.1.1's.
 */
class SummariserGoldenTest {

  static final String[] LIKERT = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};

  static final ConsultationConfig CONFIG = ConsultationConfig.parse("""
      {"respondentIdColumn": "id", "groupColumn": "grp",
       "careExperienced": {"column": "ce", "values": ["Yes"]},
       "weighting": {"careExperiencedMultiplier": 2},
       "questions": [
         {"id": "lik", "type": "likert", "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]},
         {"id": "aware", "type": "single", "options": ["no", "yes"]}]}
      """, "golden.json");

  static String csv() {
    String[] grp = {"care", "care", "care", "care", "care", "care", "prof", "prof", "prof", "prof", "prof", "pub", "pub",
        "pub", "pub", "pub", "pub", "pub", "pub", "pub"};
    int[] lik = {5, 4, 4, 2, 5, 0, 3, 4, 2, 2, 3, 4, 5, 1, 3, 4, 2, 3, 5, 4};
    String aware = "yes yes no no yes no yes yes yes no yes no no no yes no no yes no no";
    String[] a = aware.split(" ");
    StringBuilder b = new StringBuilder("id,grp,ce,lik,aware\n");
    for (int i = 0; i < 20; i++) {
      b.append(i + 1).append(',').append(grp[i]).append(',').append(grp[i].equals("care") ? "Yes" : "No").append(',')
          .append(lik[i] == 0 ? "" : LIKERT[lik[i] - 1]).append(',').append(a[i]).append('\n');
    }
    return b.toString();
  }

  static ConsultationSummary summary() {
    ConsultationData data = ConsultationData.read(csv().getBytes(StandardCharsets.UTF_8), "golden.csv",
        CONFIG.consultation());
    return Summariser.of(data, CONFIG.analysis()).summarise(CONFIG.weighting());
  }

  @Test
  void likertHeadlinesOverallAndForCareExperiencedRespondents() {
    QuestionSummary lik = summary().question("lik").orElseThrow();
    assertThat(lik.overall().respondents()).isEqualTo(19);
    assertThat(lik.overall().notAnswered()).isEqualTo(1);
    assertThat(lik.overall().effectiveN()).isCloseTo(16.94117647, within(1e-8));
    LikertMeasures m = lik.overall().likert().orElseThrow();
    assertThat(m.agree().estimate()).isCloseTo(0.583333333333, within(1e-11));
    assertThat(m.agree().standardError()).isCloseTo(0.120175749847, within(1e-9));
    assertThat(m.agree().ci().orElseThrow().method()).isEqualTo(IntervalMethod.LOGIT);
    assertThat(m.agree().ci().orElseThrow().lower()).isCloseTo(0.3321677129, within(1e-8));
    assertThat(m.netAgreement().estimate()).isCloseTo(0.333333333333, within(1e-11));
    assertThat(m.netAgreement().standardError()).isCloseTo(0.211357197292, within(1e-9));
    assertThat(m.median().orElseThrow().value()).isEqualTo(4);
    Breakdown care = lik.byCareExperience().get(0);
    assertThat(care.label()).isEqualTo(Summariser.CARE_EXPERIENCED);
    assertThat(care.likert().orElseThrow().agree().estimate()).isCloseTo(0.8, within(1e-12));
    assertThat(care.likert().orElseThrow().agree().standardError()).isCloseTo(0.183532587096, within(1e-9));
    assertThat(care.likert().orElseThrow().agree().ci().orElseThrow().upper()).isCloseTo(0.9870669772, within(1e-8));
    assertThat(lik.byGroup()).extracting(Breakdown::label).containsExactly("care", "prof", "pub");
    assertThat(lik.byGroup().get(2).likert().orElseThrow().agree().standardError()).isCloseTo(0.169937580645, within(1e-9));
    assertThat(lik.careExperiencedShareOfWeight()).isCloseTo(10.0 / 24, within(1e-12));
  }

  @Test
  void singleChoiceOptionsAndTheRaoScottTestByGroup() {
    QuestionSummary aware = summary().question("aware").orElseThrow();
    OptionResult yes = aware.overall().option("yes").orElseThrow();
    assertThat(yes.count()).isEqualTo(9);
    assertThat(yes.unweightedProportion()).isCloseTo(0.45, within(1e-12));
    assertThat(yes.proportion()).isCloseTo(0.461538461538, within(1e-11));
    assertThat(yes.standardError()).isCloseTo(0.121493418733, within(1e-9));
    assertThat(aware.overall().option("Don't know").orElseThrow().count()).isZero();
    var test = aware.byGroupTest().orElseThrow();
    assertThat(test.f()).isCloseTo(1.732802838, within(1e-8));
    assertThat(test.secondOrderPValue()).isCloseTo(0.1916671931, within(1e-8));
    assertThat(test.firstOrderPValue()).isCloseTo(0.1767882062, within(1e-8));
  }

  @Test
  void sensitivityMatchesSvycipropAtEachMultiplierAndFindsNoFlipAboveTwoThirds() {
    QuestionSensitivity s = summary().sensitivity().orElseThrow().questions().get(0);
    assertThat(s.measure()).isEqualTo("agree (Agree or Strongly agree)");
    assertThat(s.points()).extracting(SensitivityPoint::multiplier).containsExactly(1.0, 1.5, 2.0, 3.0, 4.0, 5.0);
    assertThat(s.points().get(0).measure().estimate()).isCloseTo(0.5263157895, within(1e-9));
    assertThat(s.points().get(5).measure().ci().orElseThrow().upper()).isCloseTo(0.8773227135, within(1e-8));
    assertThat(s.points().get(5).effectiveN()).isCloseTo(10.94244604, within(1e-7));
    assertThat(s.majorityFlips()).isFalse();
  }

  @Test
  void aMajorityFlipIsFoundAtTheTippingPoint() {
    String csv = "id,grp,ce,lik\n" + "1,care,Yes,Agree\n2,care,Yes,Agree\n3,care,Yes,Agree\n4,pub,No,Disagree\n"
        + "5,pub,No,Disagree\n6,pub,No,Disagree\n7,pub,No,Disagree\n8,pub,No,Disagree\n";
    ConsultationConfig config = ConsultationConfig.parse("""
        {"respondentIdColumn": "id", "groupColumn": "grp", "careExperienced": {"column": "ce", "values": ["Yes"]},
         "weighting": {"careExperiencedMultiplier": 2},
         "questions": [{"id": "lik", "type": "likert", "scale": ["Disagree", "Agree"]}]}
        """, "flip.json");
    ConsultationData data = ConsultationData.read(csv.getBytes(StandardCharsets.UTF_8), "flip.csv", config.consultation());
    QuestionSensitivity s = Summariser.of(data, config.analysis()).sensitivity(config.weighting()).questions().get(0);
    // p(k) = 3k/(3k + 5): crosses 1/2 at k* = 5/3; the order of the two options flips there too
    assertThat(s.majorityFlips()).isTrue();
    assertThat(s.majorityFlipsAt().orElseThrow()).isCloseTo(5.0 / 3, within(1e-8));
    assertThat(s.rankingFlips()).isTrue();
    assertThat(s.rankingFlipsAt().orElseThrow()).isCloseTo(5.0 / 3, within(1e-8));
  }

  @Test
  void aTargetShareSetsTheMultiplierPerQuestionFromThoseWhoAnswered() {
    ConsultationData data = ConsultationData.read(csv().getBytes(StandardCharsets.UTF_8), "golden.csv",
        CONFIG.consultation());
    ConsultationSummary s = Summariser.of(data, CONFIG.analysis())
        .summarise(org.leavingcare.consultation.weighting.WeightScheme.careExperiencedShare(0.5));
    // lik: 5 care-experienced and 14 others answered, so k = 0.5 x 14 / (0.5 x 5) = 2.8
    QuestionSummary lik = s.question("lik").orElseThrow();
    assertThat(lik.careExperiencedMultiplier()).isCloseTo(2.8, within(1e-12));
    assertThat(lik.careExperiencedShareOfWeight()).isCloseTo(0.5, within(1e-12));
    assertThat(lik.overall().likert().orElseThrow().agree().estimate()).isCloseTo((4 * 2.8 + 6) / (5 * 2.8 + 14),
        within(1e-12));
    // aware: all 6 care-experienced answered, so k = 14 / 6
    assertThat(s.question("aware").orElseThrow().careExperiencedMultiplier()).isCloseTo(14.0 / 6, within(1e-12));
    assertThat(SummaryJson.toJson(s)).contains("\"careExperiencedShare\" : 0.5");
  }

  @Test
  void calibrationFromTheConfigurationMatchesRsPostStratifyAndNamesAMissingCategory() {
    String json = """
        {"respondentIdColumn": "id", "groupColumn": "grp",
         "careExperienced": {"column": "ce", "values": ["Yes"]},
         "weighting": {"careExperiencedMultiplier": 2, "calibration": {"method": "postStratify",
           "margins": [{"column": "grp", "population": {"care": 10, "prof": 5, "pub": 5}}]}},
         "questions": [{"id": "lik", "type": "likert", "scale": %s}]}
        """.formatted(CONFIG.consultation().question("lik").orElseThrow().options().stream()
        .map(o -> "\"" + o + "\"").toList());
    ConsultationConfig config = ConsultationConfig.parse(json, "ps.json");
    ConsultationData data = ConsultationData.read(csv().getBytes(StandardCharsets.UTF_8), "golden.csv",
        config.consultation());
    Measure agree = Summariser.of(data, config.analysis()).summarise(config.weighting(), false)
        .question("lik").orElseThrow().overall().likert().orElseThrow().agree();
    assertThat(agree.estimate()).isCloseTo(0.569696969697, within(1e-11));
    assertThat(agree.standardError()).isCloseTo(0.109533120937, within(1e-9));
    ConsultationConfig missing = ConsultationConfig.parse(json.replace(", \"pub\": 5", ""), "ps.json");
    assertThatThrownBy(() -> Summariser.of(data, missing.analysis()).summarise(missing.weighting(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calibration margin 'grp'").hasMessageContaining("'pub'");
  }

  @Test
  void theJsonHasTheFieldsTheIssueNames() {
    String json = SummaryJson.toJson(summary());
    assertThat(json).contains("\"schema\" : \"leavingcare-consultation-summary/1\"")
        .contains("\"id\" : \"lik\"").contains("\"respondents\" : 19").contains("\"effectiveN\"")
        .contains("\"option\" : \"yes\"").contains("\"count\" : 9").contains("\"proportion\"").contains("\"se\"")
        .contains("\"ci\" : {").contains("\"method\" : \"logit\"").contains("\"byGroup\"").contains("\"byCareExperience\"")
        .contains("\"sensitivity\"").contains("\"majorityFlips\" : false");
  }
}
