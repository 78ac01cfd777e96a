package org.leavingcare.consultation.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.privacy.Redactor;

/**
 * Weighted theme prevalence against R. Reference values: src/test/resources/themes/prevalence-reference.R,
 * run with R 4.2.2 and survey 4.1.1 on 2026-11-22 (svymean, svyciprop method "logit", na.rm = TRUE).
 */
class ThemePrevalenceTest {

  static final List<Respondent> RESPONDENTS = new ArrayList<>();
  static final List<FreeTextAnswer> ANSWERS = new ArrayList<>();

  static void add(String id, String group, boolean ce, String text) {
    RESPONDENTS.add(new Respondent(id, group, ce, List.of()));
    if (!text.isEmpty()) {
      ANSWERS.add(new FreeTextAnswer(id, "why", text));
    }
  }

  static {
    add("R01", "Care leaver", true, "The flat was damp and the allowance too small");
    add("R02", "Care leaver", true, "My PA never answers");
    add("R03", "Care leaver", true, "n/a");
    add("R04", "Care leaver", true, "I was moved 40 miles away");
    add("R05", "Care leaver", true, "");
    add("R06", "Professional", false, "Housing is the main pressure");
    add("R07", "Professional", false, "More apprenticeships");
    add("R08", "Professional", false, "Roads are bad");
    add("R09", "Member of the public", false, "Council tax should be waived");
    add("R10", "Member of the public", false, "");
    add("R11", "Member of the public", false, "There are not enough flats");
    add("R12", "Foster carer", true, "Staying Put should be extended");
  }

  static QuestionThemes prevalence() {
    ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), ANSWERS);
    return ThemePrevalence.of(coding, RESPONDENTS, r -> r.careExperienced() ? 3.0 : 1.0,
        IntervalMethod.LOGIT, 0.95).get(0);
  }

  @Test
  void agreesWithRSurveyOverallAndInADomain() {
    QuestionThemes q = prevalence();
    ThemeShare all = q.overall().share("housing");
    assertThat(all.mentions()).isEqualTo(5);
    assertThat(all.base()).isEqualTo(9);
    assertThat(all.unweightedProportion()).isEqualTo(5.0 / 9);
    assertThat(all.proportion()).isCloseTo(0.647058823529412, within(1e-12));
    assertThat(all.standardError()).isCloseTo(0.180558828458278, within(1e-9));
    Interval ci = all.interval().orElseThrow();
    assertThat(ci.lower()).isCloseTo(0.243418795213147, within(1e-7));
    assertThat(ci.upper()).isCloseTo(0.912639529122825, within(1e-7));

    ThemeShare ce = q.byCareExperience().get(0).share("housing");
    assertThat(q.byCareExperience().get(0).label()).isEqualTo("Care-experienced");
    assertThat(ce.proportion()).isCloseTo(0.75, within(1e-12));
    assertThat(ce.standardError()).isCloseTo(0.226133508433323, within(1e-9));
    assertThat(ce.interval().orElseThrow().lower()).isCloseTo(0.119032302491383, within(1e-7));
    assertThat(ce.interval().orElseThrow().upper()).isCloseTo(0.985209229035525, within(1e-7));
  }

  @Test
  void countsAnsweredSubstantiveAndUncodedPerBreakdown() {
    QuestionThemes q = prevalence();
    ThemeBreakdown all = q.overall();
    assertThat(all.respondents()).isEqualTo(12);
    assertThat(all.answered()).isEqualTo(10);
    assertThat(all.substantive()).isEqualTo(9);
    assertThat(all.nonSubstantive()).isEqualTo(1);
    assertThat(all.share(ThemeShare.UNCODED).mentions()).isEqualTo(1);
    assertThat(q.forReview()).extracting(CodedAnswer::respondentId).containsExactly("R08");
    assertThat(q.byGroup()).extracting(ThemeBreakdown::label)
        .containsExactly("Care leaver", "Professional", "Member of the public", "Foster carer");
    ThemeBreakdown foster = q.byGroup().get(3);
    assertThat(foster.share("housing").proportion()).isEqualTo(1.0);
    assertThat(foster.share("housing").interval()).as("a domain of one respondent has no interval (§4.2)").isEmpty();
    assertThat(all.shares()).extracting(ThemeShare::themeId).endsWith("equality-identity", ThemeShare.UNCODED);
  }

  @Test
  void weightingChangesTheSharesButNotTheCounts() {
    ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), ANSWERS);
    QuestionThemes unweighted = ThemePrevalence.of(coding, RESPONDENTS, r -> 1.0, IntervalMethod.LOGIT, 0.95).get(0);
    assertThat(unweighted.overall().share("housing").proportion()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(unweighted.overall().share("housing").mentions()).isEqualTo(prevalence().overall().share("housing").mentions());
  }
}
