package org.leavingcare.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavingcare.testkit.LeavingCareAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.estimates.ProportionEstimate;
import org.leavingcare.consultation.estimates.SurveyDesign;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;

class AssertionsTest {

  private static final LocalDate ON = LocalDate.of(2026, 1, 15);

  private static Assessment formerRelevantAt19() {
    return YoungPeople.formerRelevantChild().aged(19).on(ON).build().assess(EnglandRules.standard());
  }

  @Test
  void anAssessmentPassesWhenItMatches() {
    Assessment a = formerRelevantAt19();
    LocalDate b21 = a.deadlineDate(DeadlineKey.S23C_DUTIES_END_AT_START_OF).orElseThrow();
    assertThat(a).hasCategory(Category.FORMER_RELEVANT).owes(DutyCode.PA_CONTINUE, DutyCode.KEEP_IN_TOUCH)
        .doesNotOwe(DutyCode.PA_APPOINT).hasDeadline(DeadlineKey.S23C_DUTIES_END_AT_START_OF, b21)
        .hasNoDeadline(DeadlineKey.NEEDS_ASSESSMENT_BY);
    assertThat(a.deadline(DeadlineKey.S23C_DUTIES_END_AT_START_OF).orElseThrow()).isOn(b21).isNoLaterThan(b21.plusDays(1));
  }

  @Test
  void aWrongCategoryFailsShowingTheReasonsWithTheirProvisions() {
    Assessment a = formerRelevantAt19();
    String firstReason = a.reasons().get(0).text();
    assertThatThrownBy(() -> assertThat(a).hasCategory(Category.RELEVANT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting category:").hasMessageContaining("RELEVANT")
        .hasMessageContaining("but was:").hasMessageContaining("FORMER_RELEVANT")
        .hasMessageContaining(firstReason).hasMessageContaining(a.reasons().get(0).provision().cite());
  }

  @Test
  void aMissingDutyOrDeadlineFailsNamingIt() {
    Assessment a = formerRelevantAt19();
    assertThatThrownBy(() -> assertThat(a).owes(DutyCode.HE_BURSARY))
        .hasMessageContaining("HE_BURSARY").hasMessageContaining("PA_CONTINUE");
    assertThatThrownBy(() -> assertThat(a).hasDeadline(DeadlineKey.NEEDS_ASSESSMENT_BY, ON))
        .hasMessageContaining("needsAssessmentBy").hasMessageContaining("absent");
    assertThatThrownBy(() -> assertThat(a).owesExactly(DutyCode.PA_CONTINUE)).hasMessageContaining("KEEP_IN_TOUCH");
  }

  @Test
  void estimatesAreCheckedWithTheirStandardErrorAndInterval() {
    // Four respondents, weights 3, 3, 1, 1; the first two agree: weighted share 6/8.
    SurveyDesign design = SurveyDesign.ofRows(new double[] {3, 3, 1, 1});
    ProportionEstimate agree = design.proportion(new double[] {1, 1, 0, 0});
    assertThat(agree).hasProportionCloseTo(0.75, 1e-12).hasRespondents(4).isMajority()
        .hasIntervalContaining(0.75, IntervalMethod.LOGIT, 0.95);
    assertThatThrownBy(() -> assertThat(agree).hasProportionCloseTo(0.5, 0.01))
        .hasMessageContaining("0.750000").hasMessageContaining("4 respondents");
  }
}
