package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.ComplianceItem;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;

/** Every child assessed by the law engine on 31 March 2024, with reviews judged from the Reviews table. */
class CohortAssessmentTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  @Test
  void countsCategoriesByAgeDutiesAndOverdueReviews() {
    Ssda903Return r = new CohortFixture()
        // 10, in care since 1 January 2023; first review held, second (due 20 April 2023) never held.
        .child("LATE", "2013-06-01").episode("LATE", "2023-01-01", null, "S", "C2", "")
        .review("LATE", "2013-06-01", "2023-01-20")
        // 16, looked after since 14: eligible; reviews up to date (next due 10 July 2024).
        .child("ELIG", "2007-09-01").episode("ELIG", "2022-01-01", null, "S", "V2", "")
        .review("ELIG", "2007-09-01", "2022-01-25").review("ELIG", "2007-09-01", "2024-01-10")
        // 19, looked after from 14 to 18: former relevant.
        .child("FRC", "2004-10-10").episode("FRC", "2019-01-01", "2022-10-10", "S", "C2", "E17")
        // 8, entered care on 20 March 2024: first review due within 20 working days, in April.
        .child("NEW", "2016-02-02").episode("NEW", "2024-03-20", null, "S", "V2", "")
        // In Header only: no leaving-care status.
        .child("NONE", "2012-01-01")
        .read(2024);
    // A child with episodes but no Header row has no date of birth.
    Ssda903Return withOrphan = Ssda903Reader.forYear(CollectionYear.of(2024)).readInputs(java.util.List.of(
        Ssda903Reader.Input.of("e.csv", ("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\nORPHAN,01/01/2024,S,V2,N1,U4,PR1,,,,,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    CohortAssessment a = CohortAssessment.of(r, AS_OF, Policy.defaults(), EnglandRules.standard());

    assertThat(a.count(Category.LOOKED_AFTER, CohortAssessment.AgeGroup.UNDER_16)).isEqualTo(2);
    assertThat(a.count(Category.ELIGIBLE, CohortAssessment.AgeGroup.AGE_16_17)).isEqualTo(1);
    assertThat(a.count(Category.FORMER_RELEVANT, CohortAssessment.AgeGroup.AGE_18_20)).isEqualTo(1);
    assertThat(a.count(Category.NONE)).isEqualTo(1);
    assertThat(a.assessed()).isEqualTo(5);
    assertThat(a.duties()).containsEntry(DutyCode.LAC_REVIEWS, 3L).containsEntry(DutyCode.PA_APPOINT, 1L);
    assertThat(a.overdueReviews()).extracting(ComplianceItem::personId, ComplianceItem::key, ComplianceItem::due)
        .containsExactly(tuple("LATE", DeadlineKey.SECOND_REVIEW_BY, LocalDate.of(2023, 4, 20)));
    assertThat(a.reviewsDueWithin28Days()).isEqualTo(1);

    CohortAssessment orphan = CohortAssessment.of(withOrphan, AS_OF, Policy.defaults(), EnglandRules.standard());
    assertThat(orphan.notAssessed()).containsEntry(CohortAssessment.NotAssessed.NO_DATE_OF_BIRTH, 1L);
    assertThat(orphan.assessed()).isZero();
  }
}
