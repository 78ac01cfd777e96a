package org.leavingcare.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.CarePlanningRegulations2010;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;

class CaseloadComplianceTest {

  private static final LocalDate ON = LocalDate.of(2025, 10, 1);

  /** Former relevant child whose plan was last reviewed 2025-03-20: review due 2025-09-20, overdue. */
  private static final CareHistory OVERDUE_REVIEW = CareHistory.of(Person.of("FRC", LocalDate.of(2006, 7, 15)),
      List.of(CareEpisode.closed(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 10, 1))),
      Circumstances.builder().lastPathwayPlanReview(LocalDate.of(2025, 3, 20)).build());

  /** A child who became looked after on 2025-09-15: first review by the 20th working day, 2025-10-13. */
  private static final CareHistory NEW_IN_CARE = CareHistory.of(Person.of("LAC", LocalDate.of(2014, 6, 1)),
      List.of(CareEpisode.ongoing(LocalDate.of(2025, 9, 15))),
      Circumstances.builder().placementStart(LocalDate.of(2025, 9, 15)).lastVisit(LocalDate.of(2025, 9, 19)).build());

  /** A child assessed before birth is rejected, not dropped. */
  private static final CareHistory UNBORN = CareHistory.of(Person.of("X", LocalDate.of(2026, 1, 1)), List.of(),
      Circumstances.none());

  @Test
  void listsWhatIsOverdueAndWhatFallsDueSoonEachWithItsProvision() {
    CaseloadCompliance c = CaseloadCompliance.review(EnglandRules.standard(),
        List.of(OVERDUE_REVIEW, NEW_IN_CARE, UNBORN), ON, Policy.defaults(), 30);
    assertThat(c.casesReviewed()).isEqualTo(2);
    assertThat(c.rejected()).extracting(CaseloadCompliance.Rejected::personId).containsExactly("X");
    assertThat(c.overdue()).singleElement().satisfies(i -> {
      assertThat(i.personId()).isEqualTo("FRC");
      assertThat(i.key()).isEqualTo(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY);
      assertThat(i.due()).isEqualTo(LocalDate.of(2025, 9, 20));
      assertThat(i.days()).isEqualTo(11);
      assertThat(i.provision()).isEqualTo(CareLeaversRegulations2010.REG_7_REVIEW);
    });
    assertThat(c.dueSoon()).extracting(ComplianceItem::key)
        .containsExactly(DeadlineKey.FIRST_REVIEW_BY, DeadlineKey.NEXT_VISIT_BY);
    assertThat(c.dueSoon().get(0).due()).isEqualTo(LocalDate.of(2025, 10, 13));
    assertThat(c.dueSoon().get(0).provision()).isEqualTo(CarePlanningRegulations2010.REG_33_REVIEWS);
  }

  @Test
  void aNarrowerWindowListsLess() {
    CaseloadCompliance c = CaseloadCompliance.review(EnglandRules.standard(), List.of(NEW_IN_CARE), ON,
        Policy.defaults(), 0);
    assertThat(c.dueSoon()).isEmpty();
    assertThat(c.overdue()).isEmpty();
  }
}
