package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavingcare.rules.ReasonAssertions.assertReason;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.law.CarePlanningRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;
import org.leavingcare.time.LeapDayPolicy;

/**
 * The thresholds of the decision table (LAW.md §3.6, §4, §5) on the day before, of and after each:
 * the 13 weeks since the 14th birthday, the 16th, 18th, 21st and 25th birthdays, and a 29 February
 * birth under both leap-day policies.
 */
class CategoryBoundariesTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2008-01-10: 14 on 2022-01-10, 16 on 2024-01-10, 18 on 2026-01-10, 21 on 2029-01-10, 25 on 2033-01-10. */
  private static final Person P = Person.of("B", LocalDate.of(2008, 1, 10));
  private static final LocalDate B16 = LocalDate.of(2024, 1, 10);
  private static final LocalDate B18 = LocalDate.of(2026, 1, 10);
  private static final LocalDate B21 = LocalDate.of(2029, 1, 10);
  private static final LocalDate B25 = LocalDate.of(2033, 1, 10);
  private static final Policy INCLUSIVE = Policy.defaults().withDayCount(Policy.DayCount.INCLUSIVE_DAYS);
  private static final Policy STRICT = Policy.defaults().withSixteenBoundary(Policy.SixteenBoundary.STRICTLY_AFTER);

  private static CareHistory history(CareEpisode... eps) {
    return CareHistory.of(P, List.of(eps), Circumstances.none());
  }

  private static Assessment assess(CareHistory h, LocalDate d) {
    return RULES.assess(h, d);
  }

  // --- 13 weeks (91 days) --------------------------------------------------------------------

  @Test
  void aChildLookedAfterFrom1MarchIsEligibleOn31MayAfter91Days() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2024, 3, 1)));
    Assessment day90 = assess(h, LocalDate.of(2024, 5, 30));
    assertThat(day90.category()).isEqualTo(Category.LOOKED_AFTER);
    assertReason(day90, "ELIGIBLE.THIRTEEN_WEEKS", false, CarePlanningRegulations2010.REG_40_ELIGIBLE_CHILD);
    assertThat(day90.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 31));
    assertThat(day90.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 8, 31));
    assertThat(day90.owes(DutyCode.PA_APPOINT)).isFalse();

    Assessment day91 = assess(h, LocalDate.of(2024, 5, 31));
    assertThat(day91.category()).isEqualTo(Category.ELIGIBLE);
    assertReason(day91, "ELIGIBLE.THIRTEEN_WEEKS", true, CarePlanningRegulations2010.REG_40_ELIGIBLE_CHILD);
    assertReason(day91, "AGE.16_OR_17", true, ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
    assertThat(day91.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 31));
    assertThat(day91.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 8, 31));
    assertThat(day91.dutyCodes()).contains(DutyCode.PA_APPOINT, DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN,
        DutyCode.LAC_VISITS, DutyCode.LAC_REVIEWS, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
  }

  @Test
  void countingBothEndDaysTheSameChildIsEligibleADayEarlier() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2024, 3, 1)));
    Assessment before = RULES.assess(h, LocalDate.of(2024, 5, 29), INCLUSIVE);
    assertThat(before.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(before.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 30));
    Assessment on = RULES.assess(h, LocalDate.of(2024, 5, 30), INCLUSIVE);
    assertThat(on.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(on.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 30));
  }

  @Test
  void onlyDaysFromThe14thBirthdayCount() {
    // 10 Jan to 10 Apr 2022 is 91 days from the 14th birthday; the December days before it do not count.
    CareEpisode straddling91 = CareEpisode.closed(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 4, 11));
    CareEpisode straddling90 = CareEpisode.closed(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 4, 10));
    CareEpisode at16 = CareEpisode.ongoing(LocalDate.of(2024, 6, 1));
    LocalDate firstDay = LocalDate.of(2024, 6, 1);
    Assessment enough = assess(history(straddling91, at16), firstDay);
    assertThat(enough.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(enough.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(firstDay);
    Assessment short1 = assess(history(straddling90, at16), firstDay);
    assertThat(short1.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(short1.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(firstDay.plusDays(1));
  }

  @Test
  void overlappingEpisodesAreMergedNotSummed() {
    // Two records of the same 60 days: 60 counted days, not 120.
    CareEpisode a = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30));
    CareEpisode b = CareEpisode.ongoing(LocalDate.of(2024, 3, 1));
    Assessment x = assess(history(a, b), LocalDate.of(2024, 4, 30));
    assertThat(x.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(x.flags()).contains(Flag.WARN_OVERLAPPING_EPISODES);
    assertThat(x.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 31));
    // Abutting episodes are not overlapping.
    CareEpisode c = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    CareEpisode d = CareEpisode.ongoing(LocalDate.of(2024, 4, 1));
    assertThat(assess(history(c, d), LocalDate.of(2024, 4, 30)).flags()).doesNotContain(Flag.WARN_OVERLAPPING_EPISODES);
  }

  @Test
  void noProjectionIsReportedWhenThe13WeeksWouldOnlyBeCompleteAt18() {
    // From 11 October 2025 the 91st day is 9 January 2026, so the 13 weeks would be complete only on the 18th birthday.
    Assessment late = assess(history(CareEpisode.ongoing(LocalDate.of(2025, 10, 11))), LocalDate.of(2025, 11, 1));
    assertThat(late.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(late.deadline(DeadlineKey.ELIGIBLE_FROM)).isEmpty();
    assertThat(late.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    // A day earlier, the 91st day is the last day before 18.
    Assessment justInTime = assess(history(CareEpisode.ongoing(LocalDate.of(2025, 10, 10))), LocalDate.of(2025, 11, 1));
    assertThat(justInTime.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2026, 1, 9));
  }

  // --- 16th birthday ---------------------------------------------------------------------------

  @Test
  void aChildLookedAfterSince15BecomesEligibleOnThe16thBirthday() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2023, 6, 1)));
    Assessment before = assess(h, B16.minusDays(1));
    assertThat(before.category()).isEqualTo(Category.LOOKED_AFTER);
    assertReason(before, "AGE.16_OR_17", false, ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
    assertThat(before.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
    assertThat(before.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 4, 10));
    Assessment on = assess(h, B16);
    assertThat(on.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(on.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void leavingOnThe16thBirthdayIsAfterReaching16OnlyUnderTheLiteralReading() {
    CareHistory onBirthday = history(CareEpisode.closed(LocalDate.of(2023, 10, 1), B16));
    LocalDate d = LocalDate.of(2024, 3, 1);
    Assessment literal = assess(onBirthday, d);
    assertThat(literal.category()).isEqualTo(Category.RELEVANT);
    assertReason(literal, "RELEVANT.ELIGIBLE_BEFORE_LAST_CEASING", true, ChildrenAct1989.S23A_RELEVANT_CHILD);
    assertThat(literal.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(B16);
    Assessment strict = RULES.assess(onBirthday, d, STRICT);
    assertThat(strict.category()).isEqualTo(Category.QUALIFYING);
    assertReason(strict, "RELEVANT.ELIGIBLE_BEFORE_LAST_CEASING", false, ChildrenAct1989.S23A_RELEVANT_CHILD);
    assertReason(strict, "QUALIFYING.LIMB_A", true, ChildrenAct1989.S24_QUALIFYING);
    // A day later both readings agree.
    CareHistory dayAfter = history(CareEpisode.closed(LocalDate.of(2023, 10, 1), B16.plusDays(1)));
    assertThat(RULES.assess(dayAfter, d, STRICT).category()).isEqualTo(Category.RELEVANT);
    // A day earlier the child was never looked after after 16: no status.
    CareHistory dayBefore = history(CareEpisode.closed(LocalDate.of(2023, 10, 1), B16.minusDays(1)));
    Assessment none = assess(dayBefore, d);
    assertThat(none.category()).isEqualTo(Category.NONE);
    assertReason(none, "QUALIFYING.LIMB_A", false, ChildrenAct1989.S24_QUALIFYING);
  }

  @Test
  void relevantStatusNeeds91DaysBeforeCeasing() {
    LocalDate start = LocalDate.of(2024, 2, 1);
    LocalDate d = LocalDate.of(2024, 6, 1);
    Assessment ninetyOne = assess(history(CareEpisode.closed(start, LocalDate.of(2024, 5, 2))), d);
    assertThat(ninetyOne.category()).isEqualTo(Category.RELEVANT);
    assertThat(ninetyOne.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(LocalDate.of(2024, 5, 2));
    assertThat(ninetyOne.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 2));
    assertThat(ninetyOne.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 8, 2));
    assertThat(ninetyOne.dutyCodes()).contains(DutyCode.KEEP_IN_TOUCH, DutyCode.PA_APPOINT,
        DutyCode.ACCOMMODATION_AND_MAINTENANCE, DutyCode.CORPORATE_PARENTING_PRINCIPLES, DutyCode.NEEDS_ASSESSMENT,
        DutyCode.PATHWAY_PLAN);
    CareHistory ninety = history(CareEpisode.closed(start, LocalDate.of(2024, 5, 1)));
    Assessment q = assess(ninety, d);
    assertThat(q.category()).isEqualTo(Category.QUALIFYING);
    assertThat(q.deadline(DeadlineKey.ELIGIBLE_FROM)).isEmpty();
    // Counting the day of ceasing too, 1 February to 1 May is 91 days.
    assertThat(RULES.assess(ninety, d, INCLUSIVE).category()).isEqualTo(Category.RELEVANT);
  }

  // --- 18th birthday ---------------------------------------------------------------------------

  @Test
  void anEligibleChildBecomesAFormerRelevantChildOnThe18thBirthday() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2023, 6, 1)));
    Assessment before = assess(h, B18.minusDays(1));
    assertThat(before.category()).isEqualTo(Category.ELIGIBLE);
    assertReason(before, "AGE.UNDER_18", true, ChildrenAct1989.S22_LOOKED_AFTER);
    assertThat(before.deadlineDate(DeadlineKey.TURNS_18_ON)).contains(B18);
    Assessment on = assess(h, B18);
    assertThat(on.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertReason(on, "AGE.UNDER_18", false, ChildrenAct1989.S22_LOOKED_AFTER);
    assertReason(on, "FRC.ROUTE_B", true, ChildrenAct1989.S23C_ROUTE_B);
    assertReason(on, "FRC.ROUTE_A", false, ChildrenAct1989.S23C_ROUTE_A);
    assertThat(on.deadline(DeadlineKey.TURNS_18_ON)).isEmpty();
    assertThat(on.deadlineDate(DeadlineKey.S23C_DUTIES_END_AT_START_OF)).contains(B21);
    assertThat(on.deadlineDate(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF)).contains(B25);
    assertThat(on.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
    assertThat(on.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 4, 10));
    assertThat(on.flags()).contains(Flag.MISSING_PATHWAY_PLAN);
    assertThat(on.dutyCodes()).containsExactlyInAnyOrder(DutyCode.KEEP_IN_TOUCH, DutyCode.PA_CONTINUE,
        DutyCode.PATHWAY_PLAN_REVIEW, DutyCode.EMPLOYMENT_ASSISTANCE, DutyCode.EET_ASSISTANCE,
        DutyCode.WELFARE_ASSISTANCE, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    assertThat(on.duty(DutyCode.KEEP_IN_TOUCH).orElseThrow().since()).contains(B18);
    assertThat(on.duty(DutyCode.KEEP_IN_TOUCH).orElseThrow().endsAtStartOf()).contains(B21);
  }

  @Test
  void aRelevantChildBecomesAFormerRelevantChildByRouteAOnThe18thBirthday() {
    CareHistory h = history(CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1)));
    assertThat(assess(h, B18.minusDays(1)).category()).isEqualTo(Category.RELEVANT);
    Assessment on = assess(h, B18);
    assertThat(on.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertReason(on, "FRC.ROUTE_A", true, ChildrenAct1989.S23C_ROUTE_A);
    assertReason(on, "FRC.ROUTE_B", false, ChildrenAct1989.S23C_ROUTE_B);
    // The carried-over assessment runs from the start of the relevant run (the day care ended).
    assertThat(on.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2025, 9, 1));
    assertThat(on.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void aChildWhoLeftAt18WithoutThe13WeeksIsQualifyingUntil21() {
    // Looked after for the last 60 days before 18.
    CareHistory h = history(CareEpisode.closed(B18.minusDays(60), B18));
    Assessment at18 = assess(h, B18);
    assertThat(at18.category()).isEqualTo(Category.QUALIFYING);
    assertReason(at18, "AGE.UNDER_21", true, ChildrenAct1989.S23C_DUTIES_END_AT_21);
    assertThat(at18.deadlineDate(DeadlineKey.QUALIFYING_ENDS_AT_START_OF)).contains(B21);
    assertThat(assess(h, B21.minusDays(1)).category()).isEqualTo(Category.QUALIFYING);
    Assessment at21 = assess(h, B21);
    assertThat(at21.category()).isEqualTo(Category.NONE);
    assertReason(at21, "AGE.UNDER_21", false, ChildrenAct1989.S23C_DUTIES_END_AT_21);
    assertThat(at21.duties()).isEmpty();
  }

  // --- 21st and 25th birthdays -----------------------------------------------------------------

  @Test
  void theCoreS23cDutiesEndOnThe21stBirthday() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2023, 6, 1)));
    Assessment before = assess(h, B21.minusDays(1));
    assertThat(before.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(before.owes(DutyCode.EMPLOYMENT_ASSISTANCE)).isTrue();
    assertReason(before, "AGE.UNDER_21", true, ChildrenAct1989.S23C_DUTIES_END_AT_21);
    Assessment on = assess(h, B21);
    assertThat(on.category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertReason(on, "AGE.UNDER_21", false, ChildrenAct1989.S23C_DUTIES_END_AT_21);
    assertReason(on, "FRC.S23C7_EXTENSION", false, ChildrenAct1989.S23C_EDUCATION_EXTENSION);
    assertReason(on, "FRC.S23CA", false, ChildrenAct1989.S23CA_EDUCATION_RETURN);
    assertReason(on, "FRC.S23CZB_REQUEST", false, ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
    assertReason(on, "AGE.UNDER_25", true, ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
    assertThat(on.dutyCodes()).containsExactly(DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    assertThat(on.deadline(DeadlineKey.S23C_DUTIES_END_AT_START_OF)).isEmpty();
  }

  @Test
  void formerRelevantStatusEndsOnThe25thBirthday() {
    CareHistory h = history(CareEpisode.ongoing(LocalDate.of(2023, 6, 1)));
    Assessment before = assess(h, B25.minusDays(1));
    assertThat(before.category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(before.owes(DutyCode.CORPORATE_PARENTING_PRINCIPLES)).isTrue();
    assertThat(before.deadlineDate(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF)).contains(B25);
    Assessment on = assess(h, B25);
    assertThat(on.category()).isEqualTo(Category.NONE);
    assertReason(on, "AGE.UNDER_25", false, ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
    assertThat(on.duties()).isEmpty();
    assertThat(on.deadline(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF)).isEmpty();
    assertThat(on.deadline(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF)).isEmpty();
  }

  // --- 29 February -----------------------------------------------------------------------------

  @Test
  void aLeapDayBirthMovesThe18th21stAnd25thBirthdaysWithThePolicy() {
    Person leap = Person.of("L", LocalDate.of(2008, 2, 29));
    CareHistory h = CareHistory.of(leap, List.of(CareEpisode.ongoing(LocalDate.of(2023, 6, 1))), Circumstances.none());
    Policy feb28 = Policy.defaults().withLeapDayBirthday(LeapDayPolicy.FEB_28);
    LocalDate feb28of2026 = LocalDate.of(2026, 2, 28);
    Assessment march1 = RULES.assess(h, feb28of2026);
    assertThat(march1.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(march1.deadlineDate(DeadlineKey.TURNS_18_ON)).contains(LocalDate.of(2026, 3, 1));
    Assessment early = RULES.assess(h, feb28of2026, feb28);
    assertThat(early.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(early.deadlineDate(DeadlineKey.S23C_DUTIES_END_AT_START_OF)).contains(LocalDate.of(2029, 2, 28));
    assertThat(early.deadlineDate(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF)).contains(LocalDate.of(2033, 2, 28));
    LocalDate feb28of2029 = LocalDate.of(2029, 2, 28);
    assertThat(RULES.assess(h, feb28of2029).category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(RULES.assess(h, feb28of2029, feb28).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    LocalDate feb28of2033 = LocalDate.of(2033, 2, 28);
    assertThat(RULES.assess(h, feb28of2033).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(RULES.assess(h, feb28of2033, feb28).category()).isEqualTo(Category.NONE);
    // The 16th birthday falls on 29 February 2024 under both policies.
    assertThat(RULES.assess(h, LocalDate.of(2024, 2, 28), feb28).category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(RULES.assess(h, LocalDate.of(2024, 2, 29)).category()).isEqualTo(Category.ELIGIBLE);
  }

  @Test
  void aLeapDayBirthMovesThe14thBirthdayFromWhichTheWeeksCount() {
    Person leap = Person.of("L", LocalDate.of(2008, 2, 29));
    Policy feb28 = Policy.defaults().withLeapDayBirthday(LeapDayPolicy.FEB_28);
    // Looked after to 30 May 2022 (exclusive): 91 days from 28 February, 90 from 1 March.
    CareHistory h = CareHistory.of(leap, List.of(CareEpisode.closed(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 5, 30)),
        CareEpisode.ongoing(LocalDate.of(2024, 6, 1))), Circumstances.none());
    LocalDate d = LocalDate.of(2024, 6, 1);
    assertThat(RULES.assess(h, d, feb28).category()).isEqualTo(Category.ELIGIBLE);
    assertThat(RULES.assess(h, d).category()).isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void aSingleCountedDayCountsTowardThe13Weeks() {
    // In care from 9 to 11 January 2022: only the 14th birthday (10 January) counts, one day.
    CareEpisode aroundB14 = CareEpisode.closed(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 11));
    CareEpisode at16 = CareEpisode.ongoing(LocalDate.of(2024, 3, 1));
    LocalDate day90 = LocalDate.of(2024, 5, 30);
    assertThat(assess(history(aroundB14, at16), day90).category()).isEqualTo(Category.ELIGIBLE);
    CareEpisode beforeB14 = CareEpisode.closed(LocalDate.of(2022, 1, 8), LocalDate.of(2022, 1, 10));
    assertThat(assess(history(beforeB14, at16), day90).category()).isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void theProjectionAssumesAPlacementCoveringTheDateContinues() {
    // First day of a placement planned to end after a month: the projection runs as if it continued.
    CareEpisode planned = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    Assessment a = assess(history(planned), LocalDate.of(2024, 3, 1));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 31));
  }

  @Test
  void aChildWhoLeftOnThe16thBirthdayIsRelevantFromThatDay() {
    CareHistory onBirthday = history(CareEpisode.closed(LocalDate.of(2023, 10, 1), B16));
    Assessment a = assess(onBirthday, B16);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(B16);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void onTheDayCareEndsAnEligibleChildIsRelevantAndHisEligibilityIsReported() {
    LocalDate left = LocalDate.of(2025, 1, 10);
    Assessment a = assess(history(CareEpisode.closed(LocalDate.of(2023, 6, 1), left)), left);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(left);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void abuttingPlacementsAreOneRunOfEligibility() {
    CareHistory h = history(CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 2, 1)),
        CareEpisode.ongoing(LocalDate.of(2024, 2, 1)));
    Assessment a = assess(h, LocalDate.of(2024, 3, 1));
    assertThat(a.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void comingBackIntoCareTheDayBefore18IsBeingLookedAfterAt18() {
    CareHistory h = history(CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1)),
        CareEpisode.closed(B18.minusDays(1), B18));
    assertThat(assess(h, B18.minusDays(1)).category()).isEqualTo(Category.ELIGIBLE);
    Assessment a = assess(h, B18);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertReason(a, "FRC.ROUTE_B", true, ChildrenAct1989.S23C_ROUTE_B);
  }

  @Test
  void anEpisodeStartingOnThe18thBirthdayIsIgnored() {
    // Eligible when care ended at 17, then a respite break: under the literal reading not relevant after it, so
    // qualifying at 18; an adult placement recorded from the 18th birthday changes nothing.
    LocalDate left = LocalDate.of(2025, 1, 10);
    CareEpisode respite = CareEpisode.closed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5)).withShortBreak(true);
    CareHistory h = history(CareEpisode.closed(LocalDate.of(2023, 6, 1), left), respite,
        CareEpisode.closed(B18, B18.plusMonths(2)));
    Assessment a = assess(h, B18.plusDays(1));
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.flags()).contains(Flag.WARN_EPISODE_AFTER_18);
  }
}
