package org.leavingcare.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavingcare.testkit.LeavingCareAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;

class YoungPeopleTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();
  private static final LocalDate ON = LocalDate.of(2025, 11, 3);

  @Test
  void eachFixtureIsInTheCategoryItsNameSays() {
    assertThat(YoungPeople.lookedAfterChild().aged(9).on(ON).build().assess(ENGLAND)).hasCategory(Category.LOOKED_AFTER);
    assertThat(YoungPeople.lookedAfterChild().aged(17).on(ON).build().assess(ENGLAND)).hasCategory(Category.LOOKED_AFTER);
    assertThat(YoungPeople.eligibleChild().aged(16).on(ON).build().assess(ENGLAND)).hasCategory(Category.ELIGIBLE)
        .owes(DutyCode.PA_APPOINT);
    assertThat(YoungPeople.relevantChild().aged(17).on(ON).build().assess(ENGLAND)).hasCategory(Category.RELEVANT)
        .owes(DutyCode.KEEP_IN_TOUCH);
    assertThat(YoungPeople.formerRelevantChild().aged(20).on(ON).build().assess(ENGLAND))
        .hasCategory(Category.FORMER_RELEVANT);
    assertThat(YoungPeople.formerRelevantChild().aged(23).on(ON).build().assess(ENGLAND))
        .hasCategory(Category.FORMER_RELEVANT_21_25);
    assertThat(YoungPeople.qualifyingPerson().aged(19).on(ON).build().assess(ENGLAND)).hasCategory(Category.QUALIFYING);
  }

  @Test
  void aFormerRelevantChildAged19InEducationIsOwedTheBursary() {
    assertThat(YoungPeople.formerRelevantChild().aged(19).on(ON).inEducation().build().assess(ENGLAND))
        .hasCategory(Category.FORMER_RELEVANT).owes(DutyCode.HE_BURSARY, DutyCode.EET_ASSISTANCE);
  }

  @Test
  void stayingPutAddsTheStayingPutDuty() {
    assertThat(YoungPeople.formerRelevantChild().aged(18).on(ON).stayingPut().build().assess(ENGLAND))
        .owes(DutyCode.STAYING_PUT_SUPPORT);
  }

  @Test
  void aRelevantChildWhoReturnedHomeForSevenMonthsIsNoLongerRelevant() {
    assertThat(YoungPeople.relevantChild().aged(17).on(ON).returnedHomeForMonths(7).build().assess(ENGLAND))
        .hasCategory(Category.QUALIFYING);
    assertThat(YoungPeople.relevantChild().aged(17).on(ON).returnedHomeForMonths(3).build().assess(ENGLAND))
        .hasCategory(Category.RELEVANT);
  }

  @Test
  void anImpossibleDescriptionIsRefusedSayingWhy() {
    assertThatThrownBy(() -> YoungPeople.relevantChild().aged(19).build()).hasMessageContaining("aged 16 to 17, was 19");
    assertThatThrownBy(() -> YoungPeople.relevantChild().aged(16).on(ON).returnedHomeForMonths(7).build())
        .hasMessageContaining("choose an older age or fewer months");
  }
}
