package org.leavingcare.consultation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.weighting.CalibrationSpec;

class ConsultationConfigTest {

  /** The shape issue 6 requires, verbatim. */
  static final String ISSUE_SHAPE = """
      {"respondentIdColumn": "respondent_id", "groupColumn": "respondent_group",
       "careExperienced": {"column": "care_experienced", "values": ["Yes"]},
       "weighting": {"careExperiencedMultiplier": 2.0},
       "questions": [
         {"id": "q1", "column": "q1", "type": "likert", "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]},
         {"id": "priority", "column": "priority", "type": "single", "options": ["Housing", "Money and benefits"]},
         {"id": "support_used", "column": "support_used", "type": "multi", "separator": ";", "options": ["Housing", "Employment"]},
         {"id": "comments", "column": "comments", "type": "text"}]}
      """;

  @Test
  void theIssuesShapeIsAccepted() {
    ConsultationConfig c = ConsultationConfig.parse(ISSUE_SHAPE, "issue.json");
    assertThat(c.consultation().respondentIdColumn()).isEqualTo("respondent_id");
    assertThat(c.consultation().groupColumn()).contains("respondent_group");
    assertThat(c.consultation().careExperience().orElseThrow().matches(" yes ")).isTrue();
    assertThat(c.weighting().careExperiencedMultiplier()).isEqualTo(2.0);
    assertThat(c.consultation().questions()).extracting(Question::type)
        .containsExactly(QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TEXT);
    Question q1 = c.consultation().question("q1").orElseThrow();
    assertThat(q1.categories()).endsWith("Don't know", "Prefer not to say");
    assertThat(q1.pointsEachSide()).isEqualTo(2);
    assertThat(c.analysis()).isEqualTo(AnalysisSettings.DEFAULT);
  }

  @Test
  void extensionsAreRead() {
    String json = """
        {"respondentIdColumn": "id", "groupColumn": "group",
         "careExperienced": {"column": "ce", "values": ["Yes", "Y"]},
         "demographicColumns": ["age_band"],
         "nonSubstantive": ["Not sure"],
         "weighting": {"careExperiencedMultiplier": 3, "groupMultipliers": {"Foster carer": 1.5},
           "calibration": {"method": "rake", "margins": [
             {"column": "group", "population": {"Care leaver": 100, "Foster carer": 50}},
             {"column": "age_band", "population": {"18-20": 90, "21-25": 60}}], "maxIterations": 50}},
         "analysis": {"confidenceLevel": 0.9, "intervalMethod": "beta", "sensitivityMultipliers": [1, 2, 4]},
         "questions": [
           {"id": "b1", "type": "likert", "scale": ["Disagree", "Agree"], "text": "Extend council tax exemption"},
           {"id": "why", "type": "text", "linkedTo": "b1"}]}
        """;
    ConsultationConfig c = ConsultationConfig.parse(json, "x.json");
    assertThat(c.weighting().groupMultiplier("foster carer")).isEqualTo(1.5);
    assertThat(c.weighting().calibration().orElseThrow().method()).isEqualTo(CalibrationSpec.Method.RAKE);
    assertThat(c.weighting().calibration().orElseThrow().control().maxIterations()).isEqualTo(50);
    assertThat(c.analysis().intervalMethod()).isEqualTo(IntervalMethod.BETA);
    assertThat(c.analysis().sensitivityMultipliers()).containsExactly(1.0, 2.0, 4.0);
    assertThat(c.consultation().demographicColumns()).containsExactly("age_band");
    assertThat(c.consultation().question("b1").orElseThrow().column()).isEqualTo("b1");
    assertThat(c.consultation().question("b1").orElseThrow().nonSubstantive()).containsExactly("Not sure");
    assertThat(c.consultation().question("why").orElseThrow().linkedTo()).contains("b1");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsJsonPath() {
    String json = """
        {"respondentIdColum": "id",
         "weighting": {"careExperiencedMultiplier": -1},
         "analysis": {"intervalMethod": "wald"},
         "questions": [
           {"id": "q1", "type": "likert", "options": ["a", "b"]},
           {"id": "q1", "type": "single"},
           {"id": "q3", "type": "rating"},
           {"id": "q4", "type": "text", "linkedTo": "nope"}]}
        """;
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
        () -> ConsultationConfig.parse(json, "bad.json"));
    assertThat(e.problems()).extracting(ConfigProblem::path).contains(
        "$.respondentIdColum", "$.respondentIdColumn", "$.weighting.careExperiencedMultiplier",
        "$.analysis.intervalMethod", "$.questions[0].options", "$.questions[1].id", "$.questions[1].options",
        "$.questions[2].type", "$.questions[3].linkedTo");
    assertThat(e.getMessage()).startsWith("bad.json: ").contains("problems").contains("$.questions[2].type: unknown type 'rating'");
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
        () -> ConsultationConfig.parse("{\"respondentIdColumn\": \"id\",\n \"questions\": [}", "broken.json"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).contains("line 2");
  }

  @Test
  void weightingWithoutCareExperienceColumnIsAProblem() {
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConsultationConfig.parse(
        "{\"respondentIdColumn\": \"id\", \"weighting\": {\"careExperiencedShare\": 1.5},"
            + " \"questions\": [{\"id\": \"q\", \"type\": \"numeric\"}]}", "w.json"));
    assertThat(e.problems()).extracting(ConfigProblem::path)
        .containsExactly("$.weighting.careExperiencedShare", "$.weighting");
  }

  @Test
  void analysisSettingsRejectDescendingMultipliers() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> AnalysisSettings.DEFAULT.withSensitivityMultipliers(List.of(2.0, 1.0)))).hasMessageContaining("ascending");
  }
}
