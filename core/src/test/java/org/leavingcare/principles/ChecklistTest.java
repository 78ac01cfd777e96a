package org.leavingcare.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavingcare.principles.CorporateParentingPrinciple.ACCESS_TO_SERVICES;
import static org.leavingcare.principles.CorporateParentingPrinciple.BEST_INTERESTS_AND_WELLBEING;
import static org.leavingcare.principles.CorporateParentingPrinciple.EXPRESS_VIEWS;
import static org.leavingcare.principles.CorporateParentingPrinciple.HIGH_ASPIRATIONS;
import static org.leavingcare.principles.CorporateParentingPrinciple.PREPARATION_FOR_ADULTHOOD;
import static org.leavingcare.principles.CorporateParentingPrinciple.SAFETY_AND_STABILITY;
import static org.leavingcare.principles.CorporateParentingPrinciple.TAKE_VIEWS_INTO_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecklistTest {

  static final LocalDate DATE = LocalDate.of(2026, 10, 1);

  /** A complete checklist: a council tax discount policy, every rule satisfied. */
  static Checklist complete() {
    return Checklist.of("Council tax discount for care leavers", Optional.of(SubjectKind.POLICY), "Finance",
        "Revenues manager", Optional.of(DATE), List.of(
            PrincipleReview.of(BEST_INTERESTS_AND_WELLBEING, Rating.MET, "Removes a debt worry", List.of()),
            PrincipleReview.of(EXPRESS_VIEWS, Rating.PARTLY_MET, "Children in care council consulted",
                List.of(Action.of("Add a feedback form to the discount page", "Revenues team", LocalDate.of(2026, 12, 1)))),
            PrincipleReview.of(TAKE_VIEWS_INTO_ACCOUNT, Rating.MET, "Age limit raised to 25 after consultation", List.of()),
            PrincipleReview.of(ACCESS_TO_SERVICES, Rating.NOT_MET, "",
                List.of(Action.of("Apply the discount automatically from the leaving care team's list", "Revenues team",
                    LocalDate.of(2026, 9, 1)))),
            PrincipleReview.of(HIGH_ASPIRATIONS, Rating.MET, "Discount continues while studying", List.of()),
            PrincipleReview.of(SAFETY_AND_STABILITY, Rating.MET, "Protects tenancies from arrears", List.of()),
            PrincipleReview.notApplicable(PREPARATION_FOR_ADULTHOOD, "Budgeting support is covered by the Local Offer, not this policy")));
  }

  @Test
  void aCompleteChecklistHasNoProblems() {
    assertThat(complete().completenessProblems()).isEmpty();
    assertThat(complete().isComplete()).isTrue();
  }

  @Test
  void theBlankTemplateHasEveryPrincipleUnratedAndListsEveryFieldToFill() {
    Checklist blank = Checklist.blank();
    assertThat(blank.reviews()).hasSize(7).allSatisfy(r -> assertThat(r.rating()).isEmpty());
    assertThat(blank.completenessProblems()).extracting(DocumentProblem::path).containsExactly(
        "$.subject", "$.kind", "$.department", "$.completedBy", "$.date",
        "$.principles[0].rating", "$.principles[1].rating", "$.principles[2].rating", "$.principles[3].rating",
        "$.principles[4].rating", "$.principles[5].rating", "$.principles[6].rating");
  }

  @Test
  void everyPrincipleMustBeAddressed() {
    Checklist c = complete();
    List<PrincipleReview> six = new ArrayList<>(c.reviews());
    six.remove(3);
    Checklist missing = Checklist.of(c.subject(), c.kind(), c.department(), c.completedBy(), c.date(), six);
    assertThat(missing.completenessProblems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.principles");
      assertThat(p.message()).contains("principle d", "s.1(1)(d)", "not addressed");
    });
  }

  @Test
  void notApplicableNeedsAReason() {
    Checklist c = with(complete(), new PrincipleReview(PREPARATION_FOR_ADULTHOOD, Optional.of(Rating.NOT_APPLICABLE), "", " ", List.of()));
    assertThat(c.completenessProblems()).extracting(DocumentProblem::path).containsExactly("$.principles[6].notApplicableReason");
  }

  @Test
  void partlyMetAndNotMetNeedAnAction() {
    Checklist partly = with(complete(), PrincipleReview.of(EXPRESS_VIEWS, Rating.PARTLY_MET, "Some evidence", List.of()));
    assertThat(partly.completenessProblems()).extracting(DocumentProblem::path).containsExactly("$.principles[1].actions");
    Checklist notMet = with(complete(), PrincipleReview.of(ACCESS_TO_SERVICES, Rating.NOT_MET, "", List.of()));
    assertThat(notMet.completenessProblems()).extracting(DocumentProblem::path).containsExactly("$.principles[3].actions");
  }

  @Test
  void metWithoutEvidenceIsAGap() {
    Checklist c = with(complete(), PrincipleReview.of(HIGH_ASPIRATIONS, Rating.MET, "", List.of()));
    assertThat(c.completenessProblems()).extracting(DocumentProblem::path).containsExactly("$.principles[4].evidence");
  }

  @Test
  void anActionNeedsAnOwnerAndADueDate() {
    Action vague = new Action("Review the form", "", Optional.empty(), Optional.empty());
    Checklist c = with(complete(), PrincipleReview.of(EXPRESS_VIEWS, Rating.PARTLY_MET, "Some", List.of(vague)));
    assertThat(c.completenessProblems()).extracting(DocumentProblem::path)
        .containsExactly("$.principles[1].actions[0].owner", "$.principles[1].actions[0].due");
  }

  @Test
  void aPrincipleReviewedTwiceIsRefused() {
    assertThatThrownBy(() -> Checklist.of("x", Optional.empty(), "", "", Optional.empty(),
            List.of(PrincipleReview.unrated(EXPRESS_VIEWS), PrincipleReview.unrated(EXPRESS_VIEWS))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principle b is reviewed twice");
  }

  @Test
  void summaryCountsRatingsAndListsGapsAndOverdueActions() {
    ChecklistSummary s = complete().summary(LocalDate.of(2026, 10, 15));
    assertThat(s.counts()).containsEntry(Rating.MET, 4).containsEntry(Rating.PARTLY_MET, 1)
        .containsEntry(Rating.NOT_MET, 1).containsEntry(Rating.NOT_APPLICABLE, 1);
    assertThat(s.gaps()).extracting(ChecklistSummary.Gap::principle).containsExactly(EXPRESS_VIEWS, ACCESS_TO_SERVICES);
    assertThat(s.overdueActions()).singleElement().satisfies(o -> {
      assertThat(o.principle()).isEqualTo(ACCESS_TO_SERVICES);
      assertThat(o.daysOverdueOn(s.asOf())).isEqualTo(44);
    });
    assertThat(s.isClear()).isFalse();
  }

  @Test
  void anActionDueOnTheDateOrCompletedIsNotOverdue() {
    Action a = Action.of("x", "y", LocalDate.of(2026, 9, 1));
    assertThat(a.isOverdueOn(LocalDate.of(2026, 9, 1))).isFalse();
    assertThat(a.isOverdueOn(LocalDate.of(2026, 9, 2))).isTrue();
    assertThat(a.withCompletedOn(LocalDate.of(2026, 9, 5)).isOverdueOn(LocalDate.of(2026, 9, 10))).isFalse();
  }

  @Test
  void aBlankChecklistSummarySaysEveryPrincipleIsAGap() {
    ChecklistSummary s = Checklist.blank().summary(DATE);
    assertThat(s.gaps()).hasSize(7).allSatisfy(g -> assertThat(g.rating()).isEmpty());
    assertThat(s.counts().values()).containsOnly(0);
  }

  static Checklist with(Checklist c, PrincipleReview replacement) {
    List<PrincipleReview> reviews = new ArrayList<>(c.reviews());
    reviews.removeIf(r -> r.principle() == replacement.principle());
    reviews.add(replacement);
    return Checklist.of(c.subject(), c.kind(), c.department(), c.completedBy(), c.date(), reviews);
  }
}
