package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.model.AccommodationSetting;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.DetentionBasis;
import org.leavingcare.model.Person;

/**
 * Deadline arithmetic for looked-after children (CPPCR 2010 regs. 28 and 33, LAW.md §6.1, §15.7),
 * eligible children's plan duties (§6.2) and relevant children's accommodation, reviews and PA
 * visits (CLR 2010 regs. 7 and 8, §6.3), each on both sides of its threshold.
 */
class LookedAfterAndRelevantDeadlinesTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2012-01-10: aged 12-13 in the examples, so LOOKED_AFTER and never eligible. */
  private static final Person CHILD = Person.of("C", LocalDate.of(2012, 1, 10));
  private static final LocalDate PLACED = LocalDate.of(2024, 3, 1);
  private static final CareEpisode IN_CARE = CareEpisode.ongoing(LocalDate.of(2024, 1, 2));

  private static Assessment child(Circumstances c, LocalDate d, CareEpisode... eps) {
    return RULES.assess(CareHistory.of(CHILD, List.of(eps.length == 0 ? new CareEpisode[] {IN_CARE} : eps), c), d);
  }

  private static DutyOwed duty(Assessment a, DutyCode code) {
    return a.duty(code).orElseThrow(() -> new AssertionError(code + " not owed: " + a));
  }

  // --- reg. 33 reviews ---------------------------------------------------------------------------

  @Test
  void theFirstReviewIsDue20WorkingDaysAfterTheStartOfThePeriod() {
    // 1 January 2024 is a bank holiday; 20 working days after it end on 29 January.
    Assessment a = child(Circumstances.none(), LocalDate.of(2024, 1, 5), CareEpisode.ongoing(LocalDate.of(2024, 1, 1)));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(a.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2024, 1, 29));
    assertThat(duty(a, DutyCode.LAC_REVIEWS).nextDueBy()).contains(LocalDate.of(2024, 1, 29));
    assertThat(duty(a, DutyCode.LAC_REVIEWS).since()).contains(LocalDate.of(2024, 1, 1));
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.LAC_VISITS, DutyCode.LAC_REVIEWS,
        DutyCode.ADVISE_ASSIST_BEFRIEND_ON_LEAVING, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    // Held: no first review date is due.
    Assessment held = child(Circumstances.builder().firstReviewHeld(true).build(), LocalDate.of(2024, 1, 5),
        CareEpisode.ongoing(LocalDate.of(2024, 1, 1)));
    assertThat(held.deadline(DeadlineKey.FIRST_REVIEW_BY)).isEmpty();
    assertThat(duty(held, DutyCode.LAC_REVIEWS).nextDueBy()).isEmpty();
  }

  @Test
  void aNewPeriodAfterAGapRestartsTheReviewClockAChangeOfPlacementDoesNot() {
    LocalDate d = LocalDate.of(2024, 2, 20);
    CareEpisode first = CareEpisode.closed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    Assessment moved = child(Circumstances.none(), d, first, CareEpisode.ongoing(LocalDate.of(2024, 2, 1)));
    assertThat(duty(moved, DutyCode.LAC_VISITS).since()).contains(LocalDate.of(2024, 1, 1));
    assertThat(moved.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2024, 1, 29));
    Assessment returned = child(Circumstances.none(), d, first, CareEpisode.ongoing(LocalDate.of(2024, 2, 2)));
    assertThat(duty(returned, DutyCode.LAC_VISITS).since()).contains(LocalDate.of(2024, 2, 2));
    assertThat(returned.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aCountStartingIn2019UsesThePublishedExtensionOfTheCalendar() {
    Person older = Person.of("O", LocalDate.of(2008, 1, 10));
    for (LocalDate start : List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 2))) {
      Assessment a = RULES.assess(CareHistory.of(older, List.of(CareEpisode.ongoing(start)), Circumstances.none()), start);
      assertThat(a.flags()).as("from %s", start).doesNotContain(Flag.CALENDAR_EXTENSION_USED);
      assertThat(a.deadline(DeadlineKey.FIRST_REVIEW_BY)).isPresent();
    }
    LocalDate dec30 = LocalDate.of(2019, 12, 30);
    Assessment b = RULES.assess(CareHistory.of(older, List.of(CareEpisode.ongoing(dec30)), Circumstances.none()), dec30);
    assertThat(b.flags()).contains(Flag.CALENDAR_EXTENSION_USED);
    // A count ending in 2028 uses the projected year.
    LocalDate late2027 = LocalDate.of(2027, 12, 20);
    assertThat(child(Circumstances.none(), late2027, CareEpisode.ongoing(late2027)).flags())
        .contains(Flag.CALENDAR_EXTENSION_USED);
    LocalDate nov2027 = LocalDate.of(2027, 11, 1);
    assertThat(child(Circumstances.none(), nov2027, CareEpisode.ongoing(nov2027)).flags())
        .doesNotContain(Flag.CALENDAR_EXTENSION_USED);
  }

  @Test
  void theSecondReviewIsDueThreeMonthsAfterTheFirstAndLaterOnesSixMonthsAfterTheLast() {
    LocalDate d = LocalDate.of(2024, 5, 1);
    LocalDate first = LocalDate.of(2024, 1, 31);
    Assessment second = child(Circumstances.builder().firstReviewDate(first).build(), d);
    assertThat(second.deadline(DeadlineKey.FIRST_REVIEW_BY)).isEmpty();
    assertThat(second.deadlineDate(DeadlineKey.SECOND_REVIEW_BY)).contains(LocalDate.of(2024, 4, 30));
    assertThat(duty(second, DutyCode.LAC_REVIEWS).nextDueBy()).contains(LocalDate.of(2024, 4, 30));
    assertThat(second.deadline(DeadlineKey.NEXT_REVIEW_BY)).isEmpty();
    // A "last" review on the same day as the first is the first.
    Assessment same = child(Circumstances.builder().firstReviewDate(first).lastReviewDate(first).build(), d);
    assertThat(same.deadlineDate(DeadlineKey.SECOND_REVIEW_BY)).contains(LocalDate.of(2024, 4, 30));
    assertThat(same.deadline(DeadlineKey.NEXT_REVIEW_BY)).isEmpty();
    Assessment next = child(Circumstances.builder().firstReviewDate(first).lastReviewDate(first.plusDays(1)).build(), d);
    assertThat(next.deadline(DeadlineKey.SECOND_REVIEW_BY)).isEmpty();
    assertThat(next.deadlineDate(DeadlineKey.NEXT_REVIEW_BY)).contains(LocalDate.of(2024, 8, 1));
    assertThat(duty(next, DutyCode.LAC_REVIEWS).nextDueBy()).contains(LocalDate.of(2024, 8, 1));
    // Only a last review recorded: the next is six months after it.
    Assessment lastOnly = child(Circumstances.builder().firstReviewHeld(true).lastReviewDate(first).build(), d);
    assertThat(lastOnly.deadlineDate(DeadlineKey.NEXT_REVIEW_BY)).contains(LocalDate.of(2024, 7, 31));
    assertThat(lastOnly.deadline(DeadlineKey.SECOND_REVIEW_BY)).isEmpty();
  }

  @Test
  void underReg48TheSecondReviewIsSixMonthsAfterTheFirst() {
    CareEpisode brk = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)).withShortBreak(true);
    Assessment a = child(Circumstances.builder().firstReviewDate(LocalDate.of(2024, 3, 5)).build(),
        LocalDate.of(2024, 3, 6), brk);
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(a.deadlineDate(DeadlineKey.SECOND_REVIEW_BY)).contains(LocalDate.of(2024, 9, 5));
    assertThat(a.deadline(DeadlineKey.FIRST_REVIEW_BY)).isEmpty();
    DutyOwed regime = duty(a, DutyCode.SHORT_BREAK_MODIFIED_REGIME);
    // The regime's next date is the earlier of the review and the visit.
    assertThat(regime.nextDueBy()).contains(LocalDate.of(2024, 6, 1));
    assertThat(a.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2024, 6, 1));
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.SHORT_BREAK_MODIFIED_REGIME,
        DutyCode.ADVISE_ASSIST_BEFRIEND_ON_LEAVING, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    assertThat(duty(a, DutyCode.CORPORATE_PARENTING_PRINCIPLES).since()).contains(LocalDate.of(2024, 3, 6));
  }

  // --- reg. 28 visits ------------------------------------------------------------------------------

  @Test
  void theFirstVisitIsDueWithinAWeekOfAPlacementThatHasBegun() {
    Circumstances placed = Circumstances.builder().placementStart(PLACED).build();
    Assessment a = child(placed, PLACED);
    assertThat(a.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2024, 3, 8));
    assertThat(duty(a, DutyCode.LAC_VISITS).nextDueBy()).contains(LocalDate.of(2024, 3, 8));
    Assessment notYet = child(placed, PLACED.minusDays(1));
    assertThat(notYet.deadline(DeadlineKey.FIRST_VISIT_BY)).isEmpty();
    assertThat(duty(notYet, DutyCode.LAC_VISITS).nextDueBy()).isEmpty();
    // A visit before this placement began does not count.
    Assessment earlierVisit = child(Circumstances.builder().placementStart(PLACED).lastVisit(PLACED.minusDays(1)).build(),
        PLACED);
    assertThat(earlierVisit.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2024, 3, 8));
    assertThat(earlierVisit.deadline(DeadlineKey.NEXT_VISIT_BY)).isEmpty();
  }

  @Test
  void visitsAreSixWeeklyInTheFirstYearOfThePlacementThenThreeMonthlyIfItIsIntendedUntil18() {
    Circumstances.Builder base = Circumstances.builder().placementStart(PLACED);
    Assessment onStart = child(base.lastVisit(PLACED).build(), PLACED.plusDays(1));
    assertThat(onStart.deadlineDate(DeadlineKey.NEXT_VISIT_BY)).contains(PLACED.plusDays(42));
    assertThat(onStart.deadline(DeadlineKey.FIRST_VISIT_BY)).isEmpty();
    assertThat(duty(onStart, DutyCode.LAC_VISITS).nextDueBy()).contains(PLACED.plusDays(42));
    LocalDate lastDayOfFirstYear = LocalDate.of(2025, 2, 28);
    LocalDate anniversary = LocalDate.of(2025, 3, 1);
    LocalDate d = LocalDate.of(2025, 3, 2);
    Circumstances.Builder longTerm = Circumstances.builder().placementStart(PLACED).placementIntendedUntil18(true);
    assertThat(child(longTerm.lastVisit(lastDayOfFirstYear).build(), d).deadlineDate(DeadlineKey.NEXT_VISIT_BY))
        .contains(lastDayOfFirstYear.plusDays(42));
    assertThat(child(longTerm.lastVisit(anniversary).build(), d).deadlineDate(DeadlineKey.NEXT_VISIT_BY))
        .contains(LocalDate.of(2025, 6, 1));
    Circumstances.Builder notLongTerm = Circumstances.builder().placementStart(PLACED);
    assertThat(child(notLongTerm.lastVisit(anniversary).build(), d).deadlineDate(DeadlineKey.NEXT_VISIT_BY))
        .contains(anniversary.plusDays(42));
    // No placement start recorded: six-weekly.
    Circumstances.Builder unknown = Circumstances.builder().placementIntendedUntil18(true);
    assertThat(child(unknown.lastVisit(anniversary).build(), d).deadlineDate(DeadlineKey.NEXT_VISIT_BY))
        .contains(anniversary.plusDays(42));
  }

  // --- eligible children's plan duties -------------------------------------------------------------

  private static final Person SIXTEEN = Person.of("E", LocalDate.of(2008, 1, 10));
  private static final CareEpisode SINCE_15 = CareEpisode.ongoing(LocalDate.of(2023, 6, 1));

  private static Assessment eligible(Circumstances c) {
    return RULES.assess(CareHistory.of(SIXTEEN, List.of(SINCE_15), c), LocalDate.of(2024, 3, 1));
  }

  @Test
  void anEligibleChildWithAPlanHasItReviewedWithNoSeparateDeadline() {
    Assessment a = eligible(Circumstances.builder().pathwayPlanExists(true).lastPathwayPlanReview(LocalDate.of(2024, 2, 1))
        .build());
    assertThat(a.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(a.dutyCodes()).contains(DutyCode.PATHWAY_PLAN_REVIEW, DutyCode.PA_APPOINT)
        .doesNotContain(DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN);
    assertThat(a.deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).isEmpty();
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    assertThat(duty(a, DutyCode.PA_APPOINT).since()).contains(LocalDate.of(2024, 1, 10));
    Assessment assessed = eligible(Circumstances.builder().needsAssessmentCompleted(true).build());
    assertThat(assessed.dutyCodes()).contains(DutyCode.PATHWAY_PLAN).doesNotContain(DutyCode.NEEDS_ASSESSMENT);
    assertThat(assessed.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
  }

  @Test
  void aProjectedEligibilityGivesAnAssessmentDateOnlyWithoutPlanOrAssessment() {
    CareHistory h = CareHistory.of(SIXTEEN, List.of(CareEpisode.ongoing(LocalDate.of(2024, 3, 1))),
        Circumstances.builder().pathwayPlanExists(true).build());
    Assessment a = RULES.assess(h, LocalDate.of(2024, 4, 1));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 31));
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    Assessment b = RULES.assess(h.withCircumstances(Circumstances.builder().needsAssessmentCompleted(true).build()),
        LocalDate.of(2024, 4, 1));
    assertThat(b.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
  }

  // --- relevant children: s.23B(8) accommodation ---------------------------------------------------

  private static final LocalDate LEFT = LocalDate.of(2025, 1, 10);
  private static final CareEpisode TO_17 = CareEpisode.closed(LocalDate.of(2023, 6, 1), LEFT);
  private static final LocalDate A = LocalDate.of(2025, 2, 1);

  private static Assessment relevant(Circumstances c, LocalDate d) {
    return RULES.assess(CareHistory.of(SIXTEEN, List.of(TO_17), c), d);
  }

  @Test
  void accommodationUnderS23bBringsVisitsAndAReviewAfter28Days() {
    Circumstances c = Circumstances.builder().accommodationProvidedUnder23BFrom(A).build();
    assertThat(relevant(c, A.minusDays(1)).owes(DutyCode.PA_ACCOMMODATION_VISITS)).isFalse();
    assertThat(relevant(c, A.minusDays(1)).deadline(DeadlineKey.ACCOMMODATION_REVIEW_NOT_BEFORE)).isEmpty();
    Assessment a = relevant(c, A);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    DutyOwed visits = duty(a, DutyCode.PA_ACCOMMODATION_VISITS);
    assertThat(visits.since()).contains(A);
    assertThat(visits.endsAtStartOf()).contains(LocalDate.of(2026, 1, 10));
    assertThat(visits.nextDueBy()).contains(A.plusDays(7));
    assertThat(a.deadlineDate(DeadlineKey.PA_VISIT_BY)).contains(A.plusDays(7));
    assertThat(a.deadlineDate(DeadlineKey.ACCOMMODATION_REVIEW_NOT_BEFORE)).contains(A.plusDays(28));
    assertThat(a.deadline(DeadlineKey.SUBSEQUENT_REVIEW_INTERVAL_MAX).flatMap(dl -> dl.interval()))
        .contains(Period.ofMonths(3));
    assertThat(a.deadline(DeadlineKey.SUBSEQUENT_PA_VISIT_INTERVAL_MAX).flatMap(dl -> dl.interval()))
        .contains(Period.ofMonths(2));
  }

  @Test
  void onceThePostAccommodationReviewIsHeldReviewsAreThreeMonthly() {
    Circumstances.Builder planned = Circumstances.builder().accommodationProvidedUnder23BFrom(A).pathwayPlanExists(true);
    LocalDate d = LocalDate.of(2025, 4, 1);
    Assessment held = relevant(planned.lastPathwayPlanReview(A.plusDays(28)).build(), d);
    assertThat(held.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2025, 6, 1));
    assertThat(duty(held, DutyCode.PATHWAY_PLAN_REVIEW).nextDueBy()).contains(LocalDate.of(2025, 6, 1));
    assertThat(held.deadline(DeadlineKey.ACCOMMODATION_REVIEW_NOT_BEFORE)).isEmpty();
    Assessment early = relevant(planned.lastPathwayPlanReview(A.plusDays(27)).build(), d);
    assertThat(early.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2025, 8, 28));
    assertThat(early.deadlineDate(DeadlineKey.ACCOMMODATION_REVIEW_NOT_BEFORE)).contains(A.plusDays(28));
    // Without s.23B accommodation the cycle is six-monthly.
    Assessment notAccommodated = relevant(Circumstances.builder().pathwayPlanExists(true)
        .lastPathwayPlanReview(A.plusDays(28)).build(), d);
    assertThat(notAccommodated.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2025, 9, 1));
    assertThat(notAccommodated.dutyCodes()).contains(DutyCode.PATHWAY_PLAN_REVIEW)
        .doesNotContain(DutyCode.PA_ACCOMMODATION_VISITS, DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN);
    // A plan with no review recorded: the review duty has no date yet.
    Assessment noReview = relevant(Circumstances.builder().pathwayPlanExists(true).build(), d);
    assertThat(duty(noReview, DutyCode.PATHWAY_PLAN_REVIEW).nextDueBy()).isEmpty();
    assertThat(noReview.deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).isEmpty();
  }

  @Test
  void personalAdviserVisitsAreTwoMonthlyAfterAVisitAtTheAccommodation() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    Circumstances visited = Circumstances.builder().accommodationProvidedUnder23BFrom(A).lastPaVisit(A).build();
    assertThat(relevant(visited, d).deadlineDate(DeadlineKey.PA_VISIT_BY)).contains(LocalDate.of(2025, 4, 1));
    Circumstances before = Circumstances.builder().accommodationProvidedUnder23BFrom(A).lastPaVisit(A.minusDays(1)).build();
    assertThat(relevant(before, d).deadlineDate(DeadlineKey.PA_VISIT_BY)).contains(A.plusDays(7));
  }

  @Test
  void anAssessedRelevantChildWithoutAPlanIsOwedOnlyThePlan() {
    Assessment a = relevant(Circumstances.builder().needsAssessmentCompleted(true).build(), LocalDate.of(2025, 3, 1));
    assertThat(a.dutyCodes()).contains(DutyCode.PATHWAY_PLAN).doesNotContain(DutyCode.NEEDS_ASSESSMENT);
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    assertThat(duty(a, DutyCode.KEEP_IN_TOUCH).since()).contains(LEFT);
    assertThat(duty(a, DutyCode.KEEP_IN_TOUCH).endsAtStartOf()).contains(LocalDate.of(2026, 1, 10));
  }

  // --- general flags -------------------------------------------------------------------------------

  @Test
  void detentionFactsRaiseTheirWarnings() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    // Detained from a date (not on the birthday) on remand: remand should be an episode.
    Assessment remand = RULES.assess(CareHistory.of(SIXTEEN, List.of(), Circumstances.builder()
        .detainedFrom(LocalDate.of(2024, 5, 1)).detentionBasis(DetentionBasis.REMAND).build()), d);
    assertThat(remand.flags()).contains(Flag.WARN_REMAND_NOT_AS_EPISODE, Flag.FORMER_LAC_IN_DETENTION);
    Assessment basisOnly = RULES.assess(CareHistory.of(SIXTEEN, List.of(), Circumstances.builder()
        .detentionBasis(DetentionBasis.SENTENCE).build()), d);
    assertThat(basisOnly.flags()).contains(Flag.FORMER_LAC_IN_DETENTION).doesNotContain(Flag.WARN_REMAND_NOT_AS_EPISODE);
    Assessment nothing = RULES.assess(CareHistory.of(SIXTEEN, List.of(), Circumstances.builder()
        .detentionBasis(DetentionBasis.REMAND).build()), d);
    assertThat(nothing.flags()).doesNotContain(Flag.WARN_REMAND_NOT_AS_EPISODE);
    // At 18 the separate visiting duty no longer applies.
    Assessment adult = RULES.assess(CareHistory.of(SIXTEEN, List.of(), Circumstances.builder()
        .detentionBasis(DetentionBasis.SENTENCE).build()), LocalDate.of(2026, 1, 10));
    assertThat(adult.flags()).doesNotContain(Flag.FORMER_LAC_IN_DETENTION);
  }

  @Test
  void privateFosteringPast16IsFlaggedWhateverTheCategoryReached() {
    Circumstances fostered = Circumstances.builder()
        .privatelyFostered(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 6, 1)).build();
    Assessment under16 = RULES.assess(CareHistory.of(SIXTEEN, List.of(), fostered), LocalDate.of(2023, 6, 1));
    assertThat(under16.category()).isEqualTo(Category.NONE);
    assertThat(under16.flags()).contains(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
    Assessment voluntary = RULES.assess(CareHistory.of(SIXTEEN, List.of(), Circumstances.builder()
        .privatelyFostered(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 6, 1))
        .otherAccommodation(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 1))
        .build()), LocalDate.of(2024, 9, 1));
    assertThat(voluntary.category()).isEqualTo(Category.QUALIFYING);
    assertThat(voluntary.flags()).contains(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
    Assessment lookedAfter = RULES.assess(CareHistory.of(SIXTEEN, List.of(SINCE_15), fostered), LocalDate.of(2023, 7, 1));
    assertThat(lookedAfter.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(lookedAfter.flags()).doesNotContain(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
  }

  @Test
  void eachReviewDeadlineCitesItsRegime() {
    LocalDate first = LocalDate.of(2024, 1, 31);
    Assessment ordinary = child(Circumstances.builder().firstReviewDate(first).lastReviewDate(first.plusDays(1)).build(),
        LocalDate.of(2024, 5, 1));
    assertThat(ordinary.deadline(DeadlineKey.NEXT_REVIEW_BY).orElseThrow().provision())
        .isEqualTo(org.leavingcare.law.CarePlanningRegulations2010.REG_33_REVIEWS);
    CareEpisode brk = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)).withShortBreak(true);
    Assessment reg48 = child(Circumstances.builder().firstReviewDate(LocalDate.of(2024, 3, 5)).build(),
        LocalDate.of(2024, 3, 6), brk);
    assertThat(reg48.deadline(DeadlineKey.SECOND_REVIEW_BY).orElseThrow().provision())
        .isEqualTo(org.leavingcare.law.CarePlanningRegulations2010.REG_48_SHORT_BREAKS);
  }

  @Test
  void aReviewDateTheCalendarCannotGiveLeavesTheReviewDutyWithoutADate() {
    Person young = Person.of("Y", LocalDate.of(2022, 1, 1));
    Assessment a = RULES.assess(CareHistory.of(young, List.of(CareEpisode.ongoing(LocalDate.of(2030, 12, 20))),
        Circumstances.none()), LocalDate.of(2030, 12, 21));
    assertThat(a.flags()).contains(Flag.CALENDAR_NOT_COVERED);
    assertThat(duty(a, DutyCode.LAC_REVIEWS).nextDueBy()).isEmpty();
  }

  @Test
  void aVisitOnTheFirstDayOfTheSeriesStartsTheSixMonthlyVisitCycle() {
    LocalDate jan = LocalDate.of(2024, 1, 16);
    CareEpisode first = CareEpisode.closed(jan, jan.plusDays(5)).withShortBreak(true);
    CareEpisode second = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)).withShortBreak(true);
    Assessment a = child(Circumstances.builder().lastVisit(jan).build(), LocalDate.of(2024, 3, 5), first, second);
    assertThat(a.deadlineDate(DeadlineKey.NEXT_VISIT_BY)).contains(LocalDate.of(2024, 7, 16));
    // The regime's next date is the earlier of the first review (three months from the series) and the visit.
    assertThat(duty(a, DutyCode.SHORT_BREAK_MODIFIED_REGIME).nextDueBy()).contains(LocalDate.of(2024, 4, 16));
  }
}
