package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;

/**
 * How verified reg. 48 breaks interact with the leaving-care tests: the two readings of "last
 * ceasing" (SHORT_BREAK_LAST_CEASING, LAW.md §4.3.1), the periods of being looked after they form
 * with ordinary placements (§0.3(2)), the runs of eligibility and relevant status (§0.3(5)) and
 * the 18th birthday spent on a break (§4.4).
 */
class ShortBreakReadingsTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2008-01-10: 16 on 2024-01-10, 18 on 2026-01-10. */
  private static final Person P = Person.of("R", LocalDate.of(2008, 1, 10));
  private static final LocalDate B16 = LocalDate.of(2024, 1, 10);
  private static final LocalDate B18 = LocalDate.of(2026, 1, 10);
  private static final Policy LOOK_THROUGH =
      Policy.defaults().withShortBreakLastCeasing(Policy.ShortBreakLastCeasing.LOOK_THROUGH);
  /** Eligible from 10 April 2024 (91 days from the 16th birthday); care ends on 1 June. */
  private static final LocalDate L = LocalDate.of(2024, 6, 1);
  private static final CareEpisode ELIGIBLE_TO_L = CareEpisode.closed(B16, L);
  private static final CareEpisode RESPITE = shortBreak(LocalDate.of(2024, 7, 1), 4);

  private static CareEpisode shortBreak(LocalDate start, int nights) {
    return CareEpisode.closed(start, start.plusDays(nights)).withShortBreak(true);
  }

  private static Assessment assess(LocalDate d, Policy policy, CareEpisode... eps) {
    return RULES.assess(CareHistory.of(P, List.of(eps), Circumstances.none()), d, policy);
  }

  @Test
  void aRespiteBreakAfterEligibilityEndsRelevantStatusOnlyUnderTheLiteralReading() {
    LocalDate d = LocalDate.of(2024, 8, 1);
    Assessment literal = assess(d, Policy.defaults(), ELIGIBLE_TO_L, RESPITE);
    assertThat(literal.category()).isEqualTo(Category.QUALIFYING);
    assertThat(literal.flags()).contains(Flag.SHORT_BREAK_AFTER_ELIGIBILITY);
    assertThat(literal.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 4, 10));
    Assessment through = assess(d, LOOK_THROUGH, ELIGIBLE_TO_L, RESPITE);
    assertThat(through.category()).isEqualTo(Category.RELEVANT);
    assertThat(through.flags()).contains(Flag.SHORT_BREAK_AFTER_ELIGIBILITY);
    // The relevant run and its assessment clock keep running from the day care ended.
    assertThat(through.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(L);
    assertThat(through.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 9, 1));
    // During the break the child is looked after under reg. 48 either way.
    assertThat(assess(RESPITE.start().plusDays(1), LOOK_THROUGH, ELIGIBLE_TO_L, RESPITE).category())
        .isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    // Without the break the readings agree: no flag.
    Assessment plain = assess(d, Policy.defaults(), ELIGIBLE_TO_L);
    assertThat(plain.category()).isEqualTo(Category.RELEVANT);
    assertThat(plain.flags()).doesNotContain(Flag.SHORT_BREAK_AFTER_ELIGIBILITY);
  }

  @Test
  void theReadingsAreNotFlaggedAsDifferentWhenNeitherGivesRelevantStatus() {
    CareEpisode brief = CareEpisode.closed(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    Assessment a = assess(LocalDate.of(2024, 8, 1), Policy.defaults(), brief, RESPITE);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.flags()).doesNotContain(Flag.SHORT_BREAK_AFTER_ELIGIBILITY);
  }

  @Test
  void aBreakAbuttingTheLastPlacementMeansCareEndedFromABreak() {
    // The break follows the placement without a gap, so the period ends with a break under both readings.
    CareEpisode abutting = shortBreak(L, 4);
    LocalDate d = LocalDate.of(2024, 8, 1);
    assertThat(assess(d, Policy.defaults(), ELIGIBLE_TO_L, abutting).category()).isEqualTo(Category.QUALIFYING);
    assertThat(assess(d, LOOK_THROUGH, ELIGIBLE_TO_L, abutting).category()).isEqualTo(Category.QUALIFYING);
    // An ordinary placement ending on the same day as the break: care ended from that placement.
    CareEpisode toMay20 = CareEpisode.closed(B16, LocalDate.of(2024, 5, 20));
    CareEpisode breakToL = shortBreak(LocalDate.of(2024, 5, 20), 12);
    CareEpisode alongside = CareEpisode.closed(LocalDate.of(2024, 5, 25), L);
    Assessment a = assess(d, Policy.defaults(), toMay20, breakToL, alongside);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(L);
  }

  @Test
  void aPeriodMixingABreakAndAPlacementIsNotLookedThrough() {
    // Looked after at 15 only, so not eligible when that period ended; then a break and a placement at 16.
    CareEpisode at15 = CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 1));
    CareEpisode brk = shortBreak(LocalDate.of(2024, 3, 1), 4);
    CareEpisode after = CareEpisode.closed(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 10));
    Assessment a = assess(LocalDate.of(2024, 4, 1), LOOK_THROUGH, at15, brk, after);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(LocalDate.of(2024, 3, 10));
  }

  @Test
  void breakDaysCountTowardThe13WeeksOnlyUnderStatusOnly() {
    // 80 ordinary days at 16 and a 12-night verified break: 92 days with the break, 80 without.
    CareEpisode brk = shortBreak(LocalDate.of(2024, 2, 1), 12);
    CareEpisode ordinary = CareEpisode.ongoing(LocalDate.of(2024, 3, 1));
    LocalDate d = LocalDate.of(2024, 5, 20);
    Policy statusOnly = Policy.defaults().withShortBreakMode(Policy.ShortBreakMode.STATUS_ONLY);
    assertThat(assess(d, Policy.defaults(), brk, ordinary).category()).isEqualTo(Category.LOOKED_AFTER);
    Assessment counted = assess(d, statusOnly, brk, ordinary);
    assertThat(counted.category()).isEqualTo(Category.ELIGIBLE);
    // 12 break days and 79 placement days (1 March to 18 May) make 91: eligible from 19 May.
    assertThat(counted.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 5, 19));
  }

  @Test
  void eligibilityLostAndRegainedStartsANewRun() {
    CareEpisode first = CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1));
    CareEpisode again = CareEpisode.ongoing(LocalDate.of(2024, 4, 1));
    Assessment a = assess(LocalDate.of(2024, 5, 1), Policy.defaults(), first, again);
    assertThat(a.category()).isEqualTo(Category.ELIGIBLE);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 4, 1));
    assertThat(a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 7, 1));
    // At 18 by route (b) the carried-over assessment runs from the start of that last run.
    Assessment at18 = assess(B18, Policy.defaults(), first, again);
    assertThat(at18.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(at18.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 4, 1));
    assertThat(at18.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 7, 1));
    // A verified break between two placements also ends the run.
    CareEpisode brk = shortBreak(LocalDate.of(2024, 3, 1), 4);
    CareEpisode resumed = CareEpisode.ongoing(LocalDate.of(2024, 3, 5));
    Assessment b = assess(LocalDate.of(2024, 5, 1), Policy.defaults(), first, brk, resumed);
    assertThat(b.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void leavingCareTheDayBefore18IsRouteANotRouteB() {
    CareEpisode toEve = CareEpisode.closed(LocalDate.of(2023, 6, 1), B18.minusDays(1));
    Assessment a = assess(B18, Policy.defaults(), toEve);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.reasons()).anySatisfy(r -> {
      assertThat(r.test()).isEqualTo("FRC.ROUTE_B");
      assertThat(r.isMet()).isFalse();
    });
    // Relevant for one day, from the day care ended: the carried-over assessment runs from it.
    assertThat(a.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2026, 4, 9));
    CareEpisode to18 = CareEpisode.closed(LocalDate.of(2023, 6, 1), B18);
    Assessment b = assess(B18, Policy.defaults(), to18);
    assertThat(b.reasons()).anySatisfy(r -> {
      assertThat(r.test()).isEqualTo("FRC.ROUTE_B");
      assertThat(r.isMet()).isTrue();
    });
    assertThat(b.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 4, 10));
  }

  @Test
  void theCarriedOverAssessmentUsesTheLatestRunOfRelevantStatus() {
    // Relevant after each of two placements, then at home with a parent from the second ending; breakdown after 18.
    CareEpisode first = CareEpisode.closed(LocalDate.of(2023, 6, 1), L);
    LocalDate l2 = LocalDate.of(2024, 10, 1);
    CareEpisode second = CareEpisode.closed(LocalDate.of(2024, 9, 1), l2);
    LocalDate u = LocalDate.of(2026, 3, 1);
    Circumstances home = Circumstances.builder().livingWithParentSince(l2).livingWithParentUntil(u).build();
    Assessment a = RULES.assess(CareHistory.of(P, List.of(first, second), home), u);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2025, 1, 1));
  }

  @Test
  void aBreakOverThe18thBirthdayIsLookedThroughOnlyUnderLookThrough() {
    // Relevant from L, home from L, back from 1 March 2025 after a breakdown, then a break over the 18th birthday.
    LocalDate u = LocalDate.of(2025, 3, 1);
    Circumstances home = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(u).build();
    CareEpisode overBirthday = shortBreak(B18.minusDays(5), 5);
    CareHistory h = CareHistory.of(P, List.of(ELIGIBLE_TO_L, overBirthday), home);
    assertThat(RULES.assess(h, B18.minusDays(1)).category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    Assessment through = RULES.assess(h, B18, LOOK_THROUGH);
    assertThat(through.category()).isEqualTo(Category.FORMER_RELEVANT);
    // The last run of relevant status began when the home arrangement broke down.
    assertThat(through.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2025, 6, 1));
    Assessment literal = RULES.assess(h, B18);
    assertThat(literal.category()).isEqualTo(Category.QUALIFYING);
  }

  @Test
  void underNoRestoreABreakOnTheDayBefore18MeansTheChildWasNotRelevantThen() {
    LocalDate u = LocalDate.of(2025, 3, 1);
    Circumstances home = Circumstances.builder().livingWithParentSince(L).livingWithParentUntil(u).build();
    CareHistory h = CareHistory.of(P, List.of(ELIGIBLE_TO_L, shortBreak(B18.minusDays(5), 5)), home);
    Policy noRestore = LOOK_THROUGH.withPost18HomeBreakdown(Policy.Post18HomeBreakdown.NO_RESTORE);
    assertThat(RULES.assess(h, B18, noRestore).category()).isEqualTo(Category.QUALIFYING);
  }

  @Test
  void aChildWhoLeftOn16AndWentHomeHasBeenRelevantSoABreakdownAfter18MakesThemFormerRelevant() {
    CareEpisode toB16 = CareEpisode.closed(LocalDate.of(2023, 6, 1), B16);
    LocalDate u = LocalDate.of(2026, 6, 1);
    Circumstances home = Circumstances.builder().livingWithParentSince(B16).livingWithParentUntil(u).build();
    CareHistory h = CareHistory.of(P, List.of(toB16), home);
    assertThat(RULES.assess(h, u.minusDays(1)).category()).isEqualTo(Category.QUALIFYING);
    Assessment a = RULES.assess(h, u);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 4, 10));
  }

  @Test
  void aBreakInsideTheLastPlacementEndingTheSameDayDoesNotMakeCareEndFromABreak() {
    CareEpisode inside = shortBreak(L.minusDays(5), 5);
    Assessment a = assess(LocalDate.of(2024, 8, 1), Policy.defaults(), ELIGIBLE_TO_L, inside);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(L);
  }

  @Test
  void theEligibilityReportedAfterALaterBreakIsTheRunOfTheEligiblePeriod() {
    // Eligible to 1 June; a later placement ending in a break is not an eligible ceasing.
    CareEpisode later = CareEpisode.closed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 10));
    CareEpisode endingBreak = shortBreak(LocalDate.of(2024, 7, 10), 4);
    Assessment a = assess(LocalDate.of(2024, 8, 1), Policy.defaults(), ELIGIBLE_TO_L, later, endingBreak);
    assertThat(a.category()).isEqualTo(Category.QUALIFYING);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 4, 10));
  }
}
