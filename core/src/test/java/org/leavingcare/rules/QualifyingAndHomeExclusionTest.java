package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavingcare.rules.ReasonAssertions.assertReason;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.model.AccommodationSetting;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Country;
import org.leavingcare.model.DetentionBasis;
import org.leavingcare.model.HomeEndReason;
import org.leavingcare.model.Person;

/**
 * The six-month home exclusion (CLR 2010 reg. 3(5)-(6), LAW.md §4.3.3), the detained or in-hospital
 * route (reg. 3(2), §4.3.2) and the s.24 qualifying limbs (§4.6), each on both sides of its
 * boundary, with the duties of §15.6 that follow from the limb.
 */
class QualifyingAndHomeExclusionTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2008-01-10: 16 on 2024-01-10, 18 on 2026-01-10, 21 on 2029-01-10, 25 on 2033-01-10. */
  private static final Person P = Person.of("Q", LocalDate.of(2008, 1, 10));
  private static final LocalDate B16 = LocalDate.of(2024, 1, 10);
  private static final LocalDate B18 = LocalDate.of(2026, 1, 10);
  private static final LocalDate B21 = LocalDate.of(2029, 1, 10);
  private static final LocalDate B25 = LocalDate.of(2033, 1, 10);
  /** Eligible when care ended on L = 2025-01-10 (aged 17). */
  private static final LocalDate L = LocalDate.of(2025, 1, 10);
  private static final CareEpisode TO_17 = CareEpisode.closed(LocalDate.of(2023, 6, 1), L);
  /** Six months at home from L are complete on X. */
  private static final LocalDate X = LocalDate.of(2025, 7, 10);

  private static Assessment assess(Circumstances c, LocalDate d, CareEpisode... eps) {
    return RULES.assess(CareHistory.of(P, List.of(eps), c), d);
  }

  // --- reg. 3(5)-(6) -------------------------------------------------------------------------------

  @Test
  void sixMonthsAtHomeEndRelevantStatusOnTheDayTheyAreComplete() {
    Circumstances home = Circumstances.builder().livingWithParentSince(L).build();
    Assessment before = assess(home, X.minusDays(1), TO_17);
    assertThat(before.category()).isEqualTo(Category.RELEVANT);
    assertReason(before, "RELEVANT.HOME_EXCLUSION", false, CareLeaversRegulations2010.REG_3_HOME_EXCLUSION);
    assertThat(before.deadlineDate(DeadlineKey.HOME_EXCLUSION_FROM)).contains(X);
    Assessment on = assess(home, X, TO_17);
    assertThat(on.category()).isEqualTo(Category.QUALIFYING);
    assertReason(on, "RELEVANT.HOME_EXCLUSION", true, CareLeaversRegulations2010.REG_3_HOME_EXCLUSION);
    assertReason(on, "RELEVANT.ELIGIBLE_BEFORE_LAST_CEASING", true, ChildrenAct1989.S23A_RELEVANT_CHILD);
    assertThat(on.deadlineDate(DeadlineKey.HOME_EXCLUSION_FROM)).contains(X);
    assertThat(on.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(B16);
  }

  @Test
  void anArrangementEndingOnOrBeforeSixMonthsNeverExcludes() {
    Circumstances ended = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(X).build();
    Assessment a = assess(ended, X.plusDays(10), TO_17);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadline(DeadlineKey.HOME_EXCLUSION_FROM)).isEmpty();
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(L);
  }

  @Test
  void aBreakdownAfterSixMonthsRestoresRelevantStatusFromTheDayItEnded() {
    LocalDate u = X.plusDays(1);
    Circumstances brokeDown = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(u).build();
    assertThat(assess(brokeDown, X, TO_17).category()).isEqualTo(Category.QUALIFYING);
    Assessment a = assess(brokeDown, u, TO_17);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(u);
    assertThat(a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(u.plusMonths(3));
    assertThat(a.deadlineDate(DeadlineKey.HOME_EXCLUSION_FROM)).contains(X);
    assertReason(a, "RELEVANT.HOME_BREAKDOWN", true, CareLeaversRegulations2010.REG_3_HOME_BREAKDOWN);
    // A planned move is not a breakdown: the exclusion continues.
    Circumstances moved = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(u)
        .livingWithParentEndReason(HomeEndReason.PLANNED_MOVE).build();
    Assessment b = assess(moved, u.plusDays(5), TO_17);
    assertThat(b.category()).isEqualTo(Category.QUALIFYING);
    assertThat(b.reasons()).noneSatisfy(r -> assertThat(r.test()).isEqualTo("RELEVANT.HOME_BREAKDOWN"));
  }

  @Test
  void aBreakdownAfter18MakesAFormerRelevantChildOnlyWhenTheTestIsOnTheAssessmentDate() {
    LocalDate u = LocalDate.of(2026, 6, 1);
    Circumstances home = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(u).build();
    assertThat(assess(home, u.minusDays(1), TO_17).category()).isEqualTo(Category.QUALIFYING);
    Assessment a = assess(home, u, TO_17);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertReason(a, "FRC.ROUTE_A", true, ChildrenAct1989.S23C_ROUTE_A);
    Policy noRestore = Policy.defaults().withPost18HomeBreakdown(Policy.Post18HomeBreakdown.NO_RESTORE);
    assertThat(RULES.assess(CareHistory.of(P, List.of(TO_17), home), u, noRestore).category())
        .isEqualTo(Category.QUALIFYING);
    // Under NO_RESTORE a breakdown before 18 is what counts: relevant on the day before 18, so former relevant.
    Circumstances before18 = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(X.plusMonths(2)).build();
    assertThat(RULES.assess(CareHistory.of(P, List.of(TO_17), before18), B18, noRestore).category())
        .isEqualTo(Category.FORMER_RELEVANT);
  }

  @Test
  void aChildHomeForSixMonthsBeforeCareEndedWasNeverRelevant() {
    // Living at home from before care ended: excluded from the day care ended, so never relevant.
    Circumstances home = Circumstances.builder().livingWithParentSince(LocalDate.of(2024, 6, 1))
        .livingWithParentUntil(LocalDate.of(2026, 6, 1)).build();
    Assessment a = assess(home, L, TO_17);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    // A breakdown after 18 cannot restore a status that never existed.
    assertThat(assess(home, LocalDate.of(2026, 6, 1), TO_17).category()).isEqualTo(Category.QUALIFYING);
  }

  // --- SGO inference ---------------------------------------------------------------------------------

  @Test
  void aSpecialGuardianshipOrderInForceIsTakenAsLivingWithTheGuardian() {
    Circumstances sgo = Circumstances.builder().sgoMadeOn(L).build();
    // In force from the day it is made.
    Assessment madeToday = assess(sgo, L, TO_17);
    assertThat(madeToday.flags()).contains(Flag.SGO_HOME_INFERRED);
    assertThat(madeToday.deadlineDate(DeadlineKey.HOME_EXCLUSION_FROM)).contains(X);
    assertThat(assess(sgo, L.minusDays(1), TO_17).flags()).doesNotContain(Flag.SGO_HOME_INFERRED);
    Assessment relevant = assess(sgo, X.minusDays(1), TO_17);
    assertThat(relevant.category()).isEqualTo(Category.RELEVANT);
    assertThat(relevant.flags()).contains(Flag.SGO_HOME_INFERRED);
    Assessment q = assess(sgo, X, TO_17);
    assertThat(q.category()).isEqualTo(Category.QUALIFYING_SGO);
    assertReason(q, "QUALIFYING.SGO", true, ChildrenAct1989.S24_SPECIAL_GUARDIANSHIP);
    assertThat(q.dutyCodes()).containsExactlyInAnyOrder(DutyCode.CONSIDER_NEED, DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY,
        DutyCode.QUALIFYING_ASSISTANCE_S24A, DutyCode.QUALIFYING_ASSISTANCE_S24B);
    assertThat(q.deadlineDate(DeadlineKey.QUALIFYING_ENDS_AT_START_OF)).contains(B21);
    assertThat(q.deadlineDate(DeadlineKey.S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF)).contains(B25);
    // The order lapsing at 18 is not the end of living with the guardian.
    Circumstances lapsed = Circumstances.builder().sgoMadeOn(L).sgoEndedOn(B18).build();
    assertThat(assess(lapsed, LocalDate.of(2026, 3, 1), TO_17).category()).isEqualTo(Category.QUALIFYING_SGO);
    assertThat(assess(lapsed, B21.minusDays(1), TO_17).category()).isEqualTo(Category.QUALIFYING_SGO);
    assertThat(assess(lapsed, B21, TO_17).category()).isEqualTo(Category.NONE);
  }

  @Test
  void anOrderDischargedBefore18EndsTheInferredArrangement() {
    LocalDate discharged = X.plusMonths(1);
    Circumstances c = Circumstances.builder().sgoMadeOn(L).sgoEndedOn(discharged).build();
    assertThat(assess(c, discharged.minusDays(1), TO_17).category()).isEqualTo(Category.QUALIFYING_SGO);
    Assessment after = assess(c, discharged, TO_17);
    assertThat(after.category()).isEqualTo(Category.RELEVANT);
    assertThat(after.flags()).doesNotContain(Flag.SGO_HOME_INFERRED);
    // A recorded arrangement switches the inference off.
    Circumstances recorded = Circumstances.builder().sgoMadeOn(L).livingWithParentSince(L.plusMonths(1)).build();
    Assessment r = assess(recorded, X, TO_17);
    assertThat(r.category()).isEqualTo(Category.RELEVANT);
    assertThat(r.flags()).doesNotContain(Flag.SGO_HOME_INFERRED);
    assertThat(r.deadlineDate(DeadlineKey.HOME_EXCLUSION_FROM)).contains(X.plusMonths(1));
    // Leaving the guardian's home after the six months is a breakdown like any other.
    Circumstances left = Circumstances.builder().sgoMadeOn(L).livingWithParentUntil(X.plusDays(1)).build();
    Assessment back = assess(left, X.plusDays(1), TO_17);
    assertThat(back.category()).isEqualTo(Category.RELEVANT);
    assertThat(back.flags()).contains(Flag.SGO_HOME_INFERRED);
    assertThat(back.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(X.plusDays(1));
    // So does an explicit statement that no order is in force.
    Circumstances notInForce = Circumstances.builder().sgoMadeOn(L).sgoInForce(false).build();
    assertThat(assess(notInForce, X, TO_17).category()).isEqualTo(Category.RELEVANT);
  }

  @Test
  void theSgoRouteNeedsTheChildLookedAfterImmediatelyBefore() {
    Circumstances notBefore = Circumstances.builder().sgoMadeOn(L).lookedAfterImmediatelyBeforeSgo(false).build();
    Assessment a = assess(notBefore, X, TO_17);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertReason(a, "QUALIFYING.SGO", false, ChildrenAct1989.S24_SPECIAL_GUARDIANSHIP);
    Circumstances later = Circumstances.builder().sgoMadeOn(L.plusDays(1)).build();
    assertThat(assess(later, X.plusDays(1), TO_17).category()).isEqualTo(Category.QUALIFYING);
    Circumstances stated = Circumstances.builder().sgoMadeOn(L.plusDays(1)).lookedAfterImmediatelyBeforeSgo(true).build();
    assertThat(assess(stated, X.plusDays(1), TO_17).category()).isEqualTo(Category.QUALIFYING_SGO);
  }

  // --- reg. 3(2) -------------------------------------------------------------------------------------

  private static final LocalDate DETAINED = LocalDate.of(2023, 12, 1);
  private static final LocalDate AT_16 = LocalDate.of(2024, 3, 1);
  /** 91 days looked after (September to November 2023), then detained over the 16th birthday. */
  private static final CareEpisode BEFORE_DETENTION = CareEpisode.closed(LocalDate.of(2023, 9, 1), DETAINED);

  private static Circumstances.Builder detained() {
    return Circumstances.builder().detainedOn16thBirthday(true).detainedFrom(DETAINED);
  }

  @Test
  void aChildDetainedOnThe16thBirthdayAfter13WeeksLookedAfterIsRelevant() {
    Assessment a = assess(detained().build(), AT_16, BEFORE_DETENTION);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertReason(a, "RELEVANT.DETAINED_OR_IN_HOSPITAL_AT_16", true, CareLeaversRegulations2010.REG_3_DETAINED_OR_IN_HOSPITAL);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(B16);
    assertThat(a.flags()).doesNotContain(Flag.FORMER_LAC_IN_DETENTION);
    // Without a detention date, the end of the last period before 16 is taken.
    assertThat(assess(Circumstances.builder().detainedOn16thBirthday(true).build(), AT_16, BEFORE_DETENTION).category())
        .isEqualTo(Category.RELEVANT);
    // Relevant at 18 by this route: former relevant by route (a).
    assertThat(assess(detained().build(), B18, BEFORE_DETENTION).category()).isEqualTo(Category.FORMER_RELEVANT);
  }

  @Test
  void theDetainedRouteNeeds91DaysAndNoCareOrder() {
    CareEpisode ninety = CareEpisode.closed(LocalDate.of(2023, 9, 2), DETAINED);
    Assessment a = assess(detained().build(), AT_16, ninety);
    assertThat(a.category()).isEqualTo(Category.NONE);
    assertReason(a, "RELEVANT.DETAINED_OR_IN_HOSPITAL_AT_16", false, CareLeaversRegulations2010.REG_3_DETAINED_OR_IN_HOSPITAL);
    assertThat(a.flags()).contains(Flag.FORMER_LAC_IN_DETENTION);
    Assessment careOrder = assess(detained().careOrder(true).build(), AT_16, BEFORE_DETENTION);
    assertThat(careOrder.category()).isEqualTo(Category.NONE);
    // Counting the day detained too, 2 September to 1 December is 91 days.
    Policy inclusive = Policy.defaults().withDayCount(Policy.DayCount.INCLUSIVE_DAYS);
    assertThat(RULES.assess(CareHistory.of(P, List.of(ninety), detained().build()), AT_16, inclusive).category())
        .isEqualTo(Category.RELEVANT);
  }

  @Test
  void theDetainedRouteNeedsDetentionByThe16thBirthdayStraightFromCare() {
    // Detained on the birthday itself (under STRICTLY_AFTER the main route does not apply to a child who left that day).
    Policy strict = Policy.defaults().withSixteenBoundary(Policy.SixteenBoundary.STRICTLY_AFTER);
    CareHistory onBirthday = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2023, 9, 1), B16)),
        detained().detainedFrom(B16).build());
    Assessment on = RULES.assess(onBirthday, AT_16, strict);
    assertThat(on.category()).isEqualTo(Category.RELEVANT);
    assertReason(on, "RELEVANT.DETAINED_OR_IN_HOSPITAL_AT_16", true, CareLeaversRegulations2010.REG_3_DETAINED_OR_IN_HOSPITAL);
    // Detained after the birthday: not this route (and not looked after after 16 either).
    Assessment late = assess(detained().detainedFrom(B16.plusDays(1)).build(), AT_16, BEFORE_DETENTION);
    assertThat(late.category()).isEqualTo(Category.NONE);
    Assessment notStraight = assess(detained().lookedAfterImmediatelyBeforeDetention(false).build(), AT_16,
        BEFORE_DETENTION);
    assertThat(notStraight.category()).isEqualTo(Category.NONE);
    // A gap between care and detention: not "immediately before" unless the record says so.
    CareEpisode gap = CareEpisode.closed(LocalDate.of(2023, 8, 1), DETAINED.minusDays(1));
    assertThat(assess(detained().build(), AT_16, gap).category()).isEqualTo(Category.NONE);
    assertThat(assess(detained().lookedAfterImmediatelyBeforeDetention(true).build(), AT_16, gap).category())
        .isEqualTo(Category.RELEVANT);
    // Neither detained nor in hospital: no route.
    assertThat(assess(Circumstances.builder().detainedFrom(DETAINED).build(), AT_16, BEFORE_DETENTION).category())
        .isEqualTo(Category.NONE);
  }

  @Test
  void aChildInHospitalOnThe16thBirthdayTakesTheSameRoute() {
    Circumstances hospital = Circumstances.builder().inHospitalOn16thBirthday(true).inHospitalFrom(DETAINED).build();
    assertThat(assess(hospital, AT_16, BEFORE_DETENTION).category()).isEqualTo(Category.RELEVANT);
    Circumstances notStraight = Circumstances.builder().inHospitalOn16thBirthday(true).inHospitalFrom(DETAINED)
        .lookedAfterImmediatelyBeforeAdmission(false).build();
    assertThat(assess(notStraight, AT_16, BEFORE_DETENTION).category()).isEqualTo(Category.NONE);
    Circumstances late = Circumstances.builder().inHospitalOn16thBirthday(true).inHospitalFrom(B16.plusDays(1)).build();
    assertThat(assess(late, AT_16, BEFORE_DETENTION).category()).isEqualTo(Category.NONE);
  }

  @Test
  void shortBreaksOfUpTo28DaysAreDisregardedBeforeDetentionUnlessTheChildDidNotGoHome() {
    // 63 ordinary days and a flagged 28-night break: the break is disregarded, so 63 days.
    CareEpisode ordinary63 = CareEpisode.closed(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 3));
    CareEpisode break28 = CareEpisode.closed(LocalDate.of(2023, 11, 3), DETAINED).withShortBreak(true);
    assertThat(assess(detained().build(), AT_16, ordinary63, break28).category()).isEqualTo(Category.NONE);
    assertThat(assess(detained().returnsToParentAfterEachBreak(false).build(), AT_16, ordinary63, break28).category())
        .isEqualTo(Category.RELEVANT);
    // A 29-night break is not disregarded: 62 + 29 = 91 days.
    CareEpisode ordinary62 = CareEpisode.closed(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 2));
    CareEpisode break29 = CareEpisode.closed(LocalDate.of(2023, 11, 2), DETAINED).withShortBreak(true);
    assertThat(assess(detained().build(), AT_16, ordinary62, break29).category()).isEqualTo(Category.RELEVANT);
  }

  @Test
  void remandGivenAsAFactIsFlagged() {
    Assessment a = assess(detained().detentionBasis(DetentionBasis.REMAND).build(), AT_16, BEFORE_DETENTION);
    assertThat(a.flags()).contains(Flag.WARN_REMAND_NOT_AS_EPISODE);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(assess(detained().detentionBasis(DetentionBasis.SENTENCE).build(), AT_16, BEFORE_DETENTION).flags())
        .doesNotContain(Flag.WARN_REMAND_NOT_AS_EPISODE);
    // Remand recorded as an episode covering the birthday is looked-after time: no warning.
    CareEpisode remand = CareEpisode.ongoing(LocalDate.of(2023, 9, 1));
    assertThat(assess(detained().detentionBasis(DetentionBasis.REMAND).build(), AT_16, remand).flags())
        .doesNotContain(Flag.WARN_REMAND_NOT_AS_EPISODE);
  }

  // --- s.24 limbs --------------------------------------------------------------------------------------

  /** Looked after for 29 days at 16: not eligible, but looked after after 16. */
  private static final CareEpisode BRIEF_AT_16 = CareEpisode.closed(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
  private static final LocalDate LATER = LocalDate.of(2024, 6, 1);

  @Test
  void limbAFormerlyLookedAfterByAnEnglishAuthorityGetsTheContactDutyAndS24b() {
    Assessment a = assess(Circumstances.none(), LATER, BRIEF_AT_16);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.CONSIDER_NEED, DutyCode.QUALIFYING_ASSISTANCE_S24A,
        DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY, DutyCode.QUALIFYING_ASSISTANCE_S24B, DutyCode.CONTACT_AS_APPROPRIATE);
    assertThat(a.duty(DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY).orElseThrow().conditional()).isTrue();
    assertThat(a.duty(DutyCode.CONSIDER_NEED).orElseThrow().conditional()).isFalse();
    assertThat(a.reasons()).anySatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(Reason.Outcome.CONDITIONAL);
      assertThat(r.provision()).isEqualTo(ChildrenAct1989.S24A_ADVISE_BEFRIEND_DUTY);
    });
    assertThat(a.deadlineDate(DeadlineKey.QUALIFYING_ENDS_AT_START_OF)).contains(B21);
    assertThat(a.deadlineDate(DeadlineKey.S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF)).contains(B25);
    assertThat(a.deadline(DeadlineKey.ELIGIBLE_FROM)).isEmpty();
  }

  @Test
  void aLaterWelshEpisodeTakesLimbAAway() {
    CareEpisode wales = CareEpisode.closed(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1)).withCountry(Country.WALES);
    Assessment a = assess(Circumstances.none(), LATER, BRIEF_AT_16, wales);
    assertThat(a.category()).isEqualTo(Category.NONE);
    assertThat(a.flags()).contains(Flag.OUT_OF_SCOPE_WALES);
    // Beginning the day the English episode ended, it is still later.
    CareEpisode abutting = CareEpisode.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)).withCountry(Country.WALES);
    assertThat(assess(Circumstances.none(), LATER, BRIEF_AT_16, abutting).category()).isEqualTo(Category.NONE);
    // A Welsh placement that has not begun is not "subsequent" looked-after time.
    CareEpisode planned = CareEpisode.closed(LATER.plusDays(1), LATER.plusDays(30)).withCountry(Country.WALES);
    Assessment p = assess(Circumstances.none(), LATER, BRIEF_AT_16, planned);
    assertThat(p.category()).isEqualTo(Category.QUALIFYING);
    assertThat(p.flags()).doesNotContain(Flag.OUT_OF_SCOPE_WALES);
    // An earlier Welsh episode does not matter.
    CareEpisode earlier = CareEpisode.closed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1)).withCountry(Country.WALES);
    Assessment e = assess(Circumstances.none(), LATER, earlier, BRIEF_AT_16);
    assertThat(e.category()).isEqualTo(Category.QUALIFYING);
    assertThat(e.flags()).doesNotContain(Flag.OUT_OF_SCOPE_WALES);
  }

  @Test
  void aPeriodEndingOnThe16thBirthdayWasAfterReaching16ForS24WhateverTheSixteenBoundary() {
    CareEpisode toBirthday = CareEpisode.closed(LocalDate.of(2023, 12, 1), B16);
    Policy strict = Policy.defaults().withSixteenBoundary(Policy.SixteenBoundary.STRICTLY_AFTER);
    assertThat(RULES.assess(CareHistory.of(P, List.of(toBirthday), Circumstances.none()), LATER, strict).category())
        .isEqualTo(Category.QUALIFYING);
    CareEpisode toEve = CareEpisode.closed(LocalDate.of(2023, 12, 1), B16.minusDays(1));
    assertThat(assess(Circumstances.none(), LATER, toEve).category()).isEqualTo(Category.NONE);
  }

  private static Assessment inSetting(AccommodationSetting setting, LocalDate from, LocalDate to, LocalDate d) {
    return assess(Circumstances.builder().otherAccommodation(setting, from, to).build(), d);
  }

  @Test
  void limbBAVoluntaryOrganisationGivesTheAdviseAndBefriendDutyButNoContactDuty() {
    Assessment a = inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
        LATER);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertReason(a, "QUALIFYING.LIMB_A", false, ChildrenAct1989.S24_QUALIFYING);
    assertReason(a, "QUALIFYING.LIMBS_B_TO_E", true, ChildrenAct1989.S24_QUALIFYING_SETTINGS);
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.CONSIDER_NEED, DutyCode.QUALIFYING_ASSISTANCE_S24A,
        DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY);
    assertThat(a.deadline(DeadlineKey.S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF)).isEmpty();
    // Still there on the assessment date: not "no longer" accommodated.
    assertThat(inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2024, 2, 1), LATER.plusDays(1), LATER)
        .category()).isEqualTo(Category.NONE);
    // Left before 16: never accommodated after reaching 16.
    assertThat(inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2023, 2, 1), B16.minusDays(1), LATER)
        .category()).isEqualTo(Category.NONE);
  }

  @Test
  void limbCAPrivateChildrensHomeGivesOnlyThePower() {
    Assessment a = inSetting(AccommodationSetting.PRIVATE_CHILDRENS_HOME, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
        LATER);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.CONSIDER_NEED, DutyCode.QUALIFYING_ASSISTANCE_S24A,
        DutyCode.ADVISE_BEFRIEND_QUALIFYING_POWER);
    assertThat(a.duty(DutyCode.ADVISE_BEFRIEND_QUALIFYING_POWER).orElseThrow().conditional()).isTrue();
    assertThat(a.reasons()).anySatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(Reason.Outcome.CONDITIONAL);
      assertThat(r.provision()).isEqualTo(ChildrenAct1989.S24A_ADVISE_BEFRIEND_POWER);
    });
  }

  @Test
  void limbDNeedsThreeConsecutiveMonthsWhileAChild() {
    for (AccommodationSetting s : List.of(AccommodationSetting.HEALTH_OR_EDUCATION_BODY,
        AccommodationSetting.CARE_HOME_OR_HOSPITAL)) {
      assertThat(inSetting(s, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1), LATER).category()).as("%s", s)
          .isEqualTo(Category.QUALIFYING);
      assertThat(inSetting(s, LocalDate.of(2023, 12, 2), LocalDate.of(2024, 3, 1), LATER).category()).as("%s", s)
          .isEqualTo(Category.NONE);
    }
    // Months after 18 do not complete the three.
    LocalDate d = LocalDate.of(2026, 6, 1);
    assertThat(inSetting(AccommodationSetting.CARE_HOME_OR_HOSPITAL, B18.minusMonths(2), B18.plusMonths(2), d).category())
        .isEqualTo(Category.NONE);
    assertThat(inSetting(AccommodationSetting.CARE_HOME_OR_HOSPITAL, B18.minusMonths(3), B18.plusMonths(2), d).category())
        .isEqualTo(Category.QUALIFYING);
  }

  @Test
  void limbEPrivateFosteringAfter16IsOnlyForADisabledChild() {
    Circumstances disabled = Circumstances.builder().disabled(true)
        .privatelyFostered(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 1)).build();
    Assessment a = assess(disabled, LATER);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.owes(DutyCode.ADVISE_BEFRIEND_QUALIFYING_POWER)).isTrue();
    Circumstances notDisabled = Circumstances.builder()
        .privatelyFostered(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 1)).build();
    Assessment b = assess(notDisabled, LATER);
    assertThat(b.category()).isEqualTo(Category.NONE);
    assertThat(b.flags()).contains(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
    Circumstances endedAt16 = Circumstances.builder().privatelyFostered(LocalDate.of(2023, 1, 1), B16).build();
    assertThat(assess(endedAt16, LATER).flags()).doesNotContain(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
    Circumstances continuing = Circumstances.builder().disabled(true).privatelyFostered(LocalDate.of(2023, 1, 1), null)
        .build();
    assertThat(assess(continuing, LATER).category()).isEqualTo(Category.NONE);
  }

  @Test
  void aQualifyingLimbAt18To20LastsUntil21() {
    Assessment a = inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1),
        LocalDate.of(2027, 1, 1));
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertReason(a, "FRC.ROUTE_A", false, ChildrenAct1989.S23C_ROUTE_A);
    assertThat(inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1),
        B21).category()).isEqualTo(Category.NONE);
  }

  // --- between short breaks (SHORT_BREAK_GAP_STATUS) -------------------------------------------------

  @Test
  void betweenVerifiedBreaksAfter16AContinuingSeriesGivesNoStatusUnderThatPolicy() {
    Policy noStatus = Policy.defaults().withShortBreakGapStatus(Policy.ShortBreakGapStatus.NO_STATUS_DURING_SERIES);
    CareEpisode[] breaks = {
      CareEpisode.closed(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 5)).withShortBreak(true),
      CareEpisode.closed(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5)).withShortBreak(true)};
    Circumstances continuing = Circumstances.builder().shortBreakSeriesContinuing(true).build();
    LocalDate between = LocalDate.of(2024, 3, 1);
    Assessment none = RULES.assess(CareHistory.of(P, List.of(breaks), continuing), between, noStatus);
    assertThat(none.category()).isEqualTo(Category.NONE);
    assertThat(none.reasons()).anySatisfy(r -> assertThat(r.test()).isEqualTo("QUALIFYING.BETWEEN_SHORT_BREAKS"));
    assertThat(RULES.assess(CareHistory.of(P, List.of(breaks), continuing), between).category())
        .isEqualTo(Category.QUALIFYING);
    assertThat(RULES.assess(CareHistory.of(P, List.of(breaks), Circumstances.none()), between, noStatus).category())
        .isEqualTo(Category.QUALIFYING);
    // An ordinary episode after 16 as well: the child is not only between breaks.
    CareEpisode ordinary = CareEpisode.closed(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 20));
    assertThat(RULES.assess(CareHistory.of(P, List.of(ordinary, breaks[0], breaks[1]), continuing), between, noStatus)
        .category()).isEqualTo(Category.QUALIFYING);
    // No break after 16 at all: the policy does not apply and other limbs still count.
    Circumstances voluntary = Circumstances.builder().shortBreakSeriesContinuing(true)
        .otherAccommodation(AccommodationSetting.VOLUNTARY_ORGANISATION, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1))
        .build();
    assertThat(RULES.assess(CareHistory.of(P, List.of(), voluntary), LATER, noStatus).category())
        .isEqualTo(Category.QUALIFYING);
  }

  @Test
  void anOrderLapsingOnThe18thBirthdayIsStillInForceForTheTestAt18() {
    Circumstances lapsed = Circumstances.builder().sgoMadeOn(L).sgoEndedOn(B18).build();
    Assessment a = assess(lapsed, B18, TO_17);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING_SGO);
    assertThat(a.flags()).contains(Flag.SGO_HOME_INFERRED);
  }

  @Test
  void aChildWhoLeftCareByAnSgoAt15QualifiesFromThe16thBirthday() {
    LocalDate made = LocalDate.of(2023, 9, 1);
    Circumstances sgo = Circumstances.builder().sgoMadeOn(made).build();
    CareEpisode at15 = CareEpisode.closed(LocalDate.of(2023, 3, 1), made);
    assertThat(assess(sgo, B16.minusDays(1), at15).category()).isEqualTo(Category.NONE);
    Assessment a = assess(sgo, B16, at15);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING_SGO);
    assertThat(a.deadlineDate(DeadlineKey.QUALIFYING_ENDS_AT_START_OF)).contains(B21);
  }

  @Test
  void onTheDayCareEndsTheChildIsNoLongerLookedAfterForS24() {
    Assessment a = assess(Circumstances.none(), BRIEF_AT_16.endExclusive().orElseThrow(), BRIEF_AT_16);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
  }

  @Test
  void accommodationBeginningAt18IsNotWhileAChild() {
    assertThat(inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, B18, B18.plusMonths(2), B18.plusMonths(3)).category())
        .isEqualTo(Category.NONE);
    assertThat(inSetting(AccommodationSetting.VOLUNTARY_ORGANISATION, B18.minusDays(1), B18.plusMonths(2),
        B18.plusMonths(3)).category()).isEqualTo(Category.QUALIFYING);
  }

  @Test
  void aPlannedMoveOnTheDaySixMonthsAreCompleteNeverExcludes() {
    Circumstances moved = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(X)
        .livingWithParentEndReason(HomeEndReason.PLANNED_MOVE).build();
    Assessment a = assess(moved, X.plusDays(10), TO_17);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadline(DeadlineKey.HOME_EXCLUSION_FROM)).isEmpty();
  }

  @Test
  void aSingleDayAfterThe14thBirthdayCountsTowardTheWeeksBeforeDetention() {
    CareEpisode ninety = CareEpisode.closed(LocalDate.of(2023, 9, 2), DETAINED);
    CareEpisode aroundB14 = CareEpisode.closed(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 11));
    assertThat(assess(detained().build(), AT_16, aroundB14, ninety).category()).isEqualTo(Category.RELEVANT);
  }

  @Test
  void detainedOnThe16thBirthdayWithNoCareBeforeIsNotRelevant() {
    Assessment a = assess(Circumstances.builder().detainedOn16thBirthday(true).build(), AT_16);
    assertThat(a.category()).isEqualTo(Category.NONE);
    assertThat(a.flags()).contains(Flag.FORMER_LAC_IN_DETENTION);
  }

  @Test
  void aWelshPlacementStartingTheSameDayAndStillRunningIsTheCurrentOne() {
    LocalDate s = LocalDate.of(2024, 2, 1);
    CareEpisode english = CareEpisode.closed(s, s.plusDays(10));
    CareEpisode welsh = CareEpisode.ongoing(s).withCountry(Country.WALES);
    assertThat(assess(Circumstances.none(), LATER, english, welsh).flags()).contains(Flag.OUT_OF_SCOPE_WALES);
  }
}
