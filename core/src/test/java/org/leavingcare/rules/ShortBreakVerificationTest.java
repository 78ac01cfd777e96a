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
 * CPPCR 2010 reg. 48 as the engine re-verifies it (LAW.md §2.3.1): each condition on both sides of
 * its boundary. A break is verified when the child is {@link Category#LOOKED_AFTER_SHORT_BREAKS}
 * on a day inside it, and not when the same day is ordinary {@link Category#LOOKED_AFTER}.
 */
class ShortBreakVerificationTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2008-01-10: 14 on 2022-01-10, 16 on 2024-01-10, 18 on 2026-01-10. */
  private static final Person P = Person.of("SB", LocalDate.of(2008, 1, 10));
  private static final Policy INCLUSIVE = Policy.defaults().withDayCount(Policy.DayCount.INCLUSIVE_DAYS);

  private static CareEpisode shortBreak(LocalDate start, int nights) {
    return CareEpisode.closed(start, start.plusDays(nights)).withShortBreak(true);
  }

  private static Assessment assess(Circumstances c, LocalDate asOf, Policy policy, CareEpisode... eps) {
    return RULES.assess(CareHistory.of(P, List.of(eps), c), asOf, policy);
  }

  private static Assessment assess(LocalDate asOf, CareEpisode... eps) {
    return assess(Circumstances.none(), asOf, Policy.defaults(), eps);
  }

  private static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);
  private static final LocalDate IN_BREAK = LocalDate.of(2023, 3, 10);

  @Test
  void aBreakOf17NightsIsWithinTheLimitAndOf18IsNot() {
    Assessment seventeen = assess(IN_BREAK, shortBreak(MARCH_1, 17));
    assertThat(seventeen.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(seventeen.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
    assertThat(seventeen.reasons()).contains(Reason.met("REG48.APPLIES",
        "is looked after only in a verified series of short breaks (not more than 17 days each, 75 days in 12 months)",
        org.leavingcare.law.CarePlanningRegulations2010.REG_48_SHORT_BREAKS));

    Assessment eighteen = assess(IN_BREAK, shortBreak(MARCH_1, 18));
    assertThat(eighteen.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(eighteen.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
    assertThat(eighteen.reasons()).anySatisfy(r -> {
      assertThat(r.test()).isEqualTo("REG48.APPLIES");
      assertThat(r.isMet()).isFalse();
    });
  }

  @Test
  void underInclusiveDaysTheEndDayCountsSo17NightsAre18Days() {
    assertThat(assess(Circumstances.none(), IN_BREAK, INCLUSIVE, shortBreak(MARCH_1, 16)).category())
        .isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    Assessment seventeen = assess(Circumstances.none(), IN_BREAK, INCLUSIVE, shortBreak(MARCH_1, 17));
    assertThat(seventeen.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(seventeen.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
  }

  @Test
  void theIntendedLengthGovernsWhenItIsRecorded() {
    // Intended 17 nights, actually 20: still reg. 48, but flagged.
    Circumstances intended17 = Circumstances.builder().intendedMaxBreakDays(17).build();
    Assessment overran = assess(intended17, IN_BREAK, Policy.defaults(), shortBreak(MARCH_1, 20));
    assertThat(overran.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(overran.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
    // Within 17 actually and intended: no flag.
    assertThat(assess(intended17, IN_BREAK, Policy.defaults(), shortBreak(MARCH_1, 17)).flags())
        .doesNotContain(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
    // Intended 18 nights, actually 5: the arrangement is not reg. 48.
    Circumstances intended18 = Circumstances.builder().intendedMaxBreakDays(18).build();
    Assessment planned = assess(intended18, IN_BREAK, Policy.defaults(), shortBreak(MARCH_1, 10));
    assertThat(planned.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(planned.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
  }

  @Test
  void underInclusiveDaysAnIntendedLengthOf16NightsIsTheMost() {
    Circumstances sixteen = Circumstances.builder().intendedMaxBreakDays(16).build();
    assertThat(assess(sixteen, IN_BREAK, INCLUSIVE, shortBreak(MARCH_1, 10)).category())
        .isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    Circumstances seventeen = Circumstances.builder().intendedMaxBreakDays(17).build();
    assertThat(assess(seventeen, IN_BREAK, INCLUSIVE, shortBreak(MARCH_1, 10)).category())
        .isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void anOpenBreakCountsUpToTheAssessmentDate() {
    CareEpisode open = CareEpisode.ongoing(MARCH_1).withShortBreak(true);
    // 1-17 March is 17 completed days on 18 March; on 19 March it is 18.
    assertThat(assess(LocalDate.of(2023, 3, 18), open).category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    Assessment over = assess(LocalDate.of(2023, 3, 19), open);
    assertThat(over.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(over.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
    // Counting the assessment date too, 1-17 March is 17 days on 17 March and 18 on the 18th.
    assertThat(assess(Circumstances.none(), LocalDate.of(2023, 3, 17), INCLUSIVE, open).category())
        .isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(assess(Circumstances.none(), LocalDate.of(2023, 3, 18), INCLUSIVE, open).category())
        .isEqualTo(Category.LOOKED_AFTER);
  }

  private static CareEpisode[] monthlyBreaks(int lastNights) {
    return new CareEpisode[] {
      shortBreak(LocalDate.of(2023, 1, 1), 15), shortBreak(LocalDate.of(2023, 2, 1), 15),
      shortBreak(LocalDate.of(2023, 3, 1), 15), shortBreak(LocalDate.of(2023, 4, 1), 15),
      shortBreak(LocalDate.of(2023, 5, 1), lastNights)};
  }

  @Test
  void exactly75DaysIn12MonthsIsWithinTheLimitAnd76IsNot() {
    LocalDate inLast = LocalDate.of(2023, 5, 5);
    Assessment seventyFive = assess(inLast, monthlyBreaks(15));
    assertThat(seventyFive.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(seventyFive.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
    Assessment seventySix = assess(inLast, monthlyBreaks(16));
    assertThat(seventySix.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(seventySix.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_75_DAYS)
        .doesNotContain(Flag.WARN_SHORT_BREAK_OVER_17_DAYS, Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
  }

  @Test
  void plannedBreakDaysAfterTheAssessmentDateCountTowardThe75() {
    // On 5 April only 64 days have passed, but the planned May break makes the arrangement 76 days.
    LocalDate inFourth = LocalDate.of(2023, 4, 5);
    assertThat(assess(inFourth, monthlyBreaks(15)).category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(assess(inFourth, monthlyBreaks(16)).category()).isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void the75DaysAreCountedInARolling12MonthWindowNotACalendarYear() {
    // 40 days in late 2022 and 36 in early 2023: 76 within twelve months across the new year.
    CareEpisode[] across = {
      shortBreak(LocalDate.of(2022, 10, 1), 14), shortBreak(LocalDate.of(2022, 11, 1), 13),
      shortBreak(LocalDate.of(2022, 12, 1), 13), shortBreak(LocalDate.of(2023, 1, 2), 12),
      shortBreak(LocalDate.of(2023, 2, 1), 12), shortBreak(LocalDate.of(2023, 3, 1), 12)};
    assertThat(assess(LocalDate.of(2023, 3, 5), across).category()).isEqualTo(Category.LOOKED_AFTER);
    // The same breaks with the first a year earlier: no twelve months hold more than 62.
    CareEpisode[] apart = across.clone();
    apart[0] = shortBreak(LocalDate.of(2021, 10, 1), 14);
    Assessment a = assess(LocalDate.of(2023, 3, 5), apart);
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(a.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
  }

  @Test
  void aCareOrderBeforeOrOnTheStartOfABreakTakesTheSeriesOutOfReg48() {
    CareEpisode first = shortBreak(LocalDate.of(2023, 2, 1), 5);
    CareEpisode second = shortBreak(MARCH_1, 5);
    LocalDate inSecond = LocalDate.of(2023, 3, 3);
    Circumstances noDate = Circumstances.builder().careOrder(true).build();
    Assessment a = assess(noDate, inSecond, Policy.defaults(), first, second);
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(a.flags()).contains(Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
    Circumstances onLastStart = Circumstances.builder().careOrder(true).careOrderSince(MARCH_1).build();
    assertThat(assess(onLastStart, inSecond, Policy.defaults(), first, second).category()).isEqualTo(Category.LOOKED_AFTER);
    // An order made after the last break began does not affect the series.
    Circumstances later = Circumstances.builder().careOrder(true).careOrderSince(MARCH_1.plusDays(1)).build();
    Assessment b = assess(later, inSecond, Policy.defaults(), first, second);
    assertThat(b.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(b.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
  }

  @Test
  void aDifferentCarerOrNoReturnHomeTakesTheSeriesOutOfReg48() {
    for (Circumstances c : List.of(Circumstances.builder().sameCarerAllBreaks(false).build(),
        Circumstances.builder().returnsToParentAfterEachBreak(false).build())) {
      Assessment a = assess(c, IN_BREAK, Policy.defaults(), shortBreak(MARCH_1, 10));
      assertThat(a.category()).as("%s", c).isEqualTo(Category.LOOKED_AFTER);
      assertThat(a.flags()).contains(Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
    }
  }

  @Test
  void aBreakMoreThan12MonthsAfterTheLastStartsANewSeries() {
    // The first break (20 nights) fails reg. 48; it ends on 2022-03-21.
    CareEpisode failed = shortBreak(LocalDate.of(2022, 3, 1), 20);
    LocalDate twelveMonthsOn = LocalDate.of(2023, 3, 21);
    Assessment same = assess(twelveMonthsOn.plusDays(2), failed, shortBreak(twelveMonthsOn, 5));
    assertThat(same.category()).as("a break exactly 12 months on joins the failed series").isEqualTo(Category.LOOKED_AFTER);
    Assessment fresh = assess(twelveMonthsOn.plusDays(3), failed, shortBreak(twelveMonthsOn.plusDays(1), 5));
    assertThat(fresh.category()).as("a day later it starts a new series").isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
  }

  @Test
  void anOrdinaryEpisodeStartingBetweenTwoBreaksStartsANewSeries() {
    CareEpisode failed = shortBreak(LocalDate.of(2023, 1, 1), 20);
    CareEpisode later = shortBreak(MARCH_1, 5);
    LocalDate inLater = LocalDate.of(2023, 3, 3);
    CareEpisode between = CareEpisode.closed(LocalDate.of(2023, 2, 28), MARCH_1);
    assertThat(assess(inLater, failed, between, later).category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    // One starting the same day as a break runs alongside it and does not split the series.
    CareEpisode alongsideLater = CareEpisode.closed(MARCH_1, MARCH_1.plusDays(1));
    assertThat(assess(inLater, failed, alongsideLater, later).category()).isEqualTo(Category.LOOKED_AFTER);
    CareEpisode alongsideFirst = CareEpisode.closed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2));
    assertThat(assess(inLater, failed, alongsideFirst, later).category()).isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void theReg48ReviewAndVisitClocksRunFromTheFirstBreakOfTheSeries() {
    LocalDate jan = LocalDate.of(2023, 1, 16);
    Assessment a = assess(IN_BREAK, shortBreak(jan, 5), shortBreak(MARCH_1, 17));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(a.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2023, 4, 16));
    assertThat(a.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2023, 4, 16));
    assertThat(a.duty(org.leavingcare.duties.DutyCode.SHORT_BREAK_MODIFIED_REGIME).orElseThrow().since())
        .contains(jan);
    // A visit during the series moves the visit clock to six months after it.
    Circumstances visited = Circumstances.builder().lastVisit(LocalDate.of(2023, 2, 1)).build();
    Assessment b = assess(visited, IN_BREAK, Policy.defaults(), shortBreak(jan, 5), shortBreak(MARCH_1, 17));
    assertThat(b.deadlineDate(DeadlineKey.NEXT_VISIT_BY)).contains(LocalDate.of(2023, 8, 1));
    assertThat(b.deadline(DeadlineKey.FIRST_VISIT_BY)).isEmpty();
    // One before it does not.
    Circumstances before = Circumstances.builder().lastVisit(jan.minusDays(1)).build();
    Assessment c = assess(before, IN_BREAK, Policy.defaults(), shortBreak(jan, 5), shortBreak(MARCH_1, 17));
    assertThat(c.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2023, 4, 16));
  }

  @Test
  void theTwelveMonthsFromTheFirstBreakEndTheDayBeforeItsAnniversary() {
    // 75 days from January to May 2023; a further break from 1 January 2024 falls in the next twelve months.
    CareEpisode[] newYear = java.util.Arrays.copyOf(monthlyBreaks(15), 6);
    newYear[5] = shortBreak(LocalDate.of(2024, 1, 1), 5);
    Assessment inside = assess(LocalDate.of(2024, 1, 3), newYear);
    assertThat(inside.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(inside.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
    // From 31 December 2023 one day falls inside the first twelve months: 76.
    newYear[5] = shortBreak(LocalDate.of(2023, 12, 31), 5);
    Assessment over = assess(LocalDate.of(2024, 1, 3), newYear);
    assertThat(over.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(over.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
  }

  @Test
  void overlappingBreakRecordsAreCountedOnceTowardThe75() {
    CareEpisode[] withDuplicate = java.util.Arrays.copyOf(monthlyBreaks(15), 6);
    withDuplicate[5] = shortBreak(LocalDate.of(2023, 1, 3), 5);
    assertThat(assess(LocalDate.of(2023, 5, 5), withDuplicate).category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
  }

  @Test
  void aBreakPlannedMoreThanAYearAheadIsASeparateSeriesAndLeavesTheCurrentOneVerified() {
    CareEpisode planned = shortBreak(LocalDate.of(2024, 6, 1), 20);
    Assessment a = assess(IN_BREAK, shortBreak(MARCH_1, 17), planned);
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
  }

  @Test
  void theReg48ClocksRunFromTheFirstBreakOfTheCurrentSeriesNotAnEarlierPlacement() {
    CareEpisode earlier = CareEpisode.closed(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1));
    Assessment a = assess(IN_BREAK, earlier, shortBreak(MARCH_1, 17));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(a.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2023, 6, 1));
    // A failed series before the current one does not move the clocks either.
    CareEpisode failed = shortBreak(LocalDate.of(2021, 6, 1), 20);
    Assessment b = assess(IN_BREAK, failed, shortBreak(MARCH_1, 17));
    assertThat(b.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(b.deadlineDate(DeadlineKey.FIRST_VISIT_BY)).contains(LocalDate.of(2023, 6, 1));
  }

  @Test
  void aOneNightBreakCanTakeTheSeriesOver75() {
    CareEpisode[] plusOne = java.util.Arrays.copyOf(monthlyBreaks(15), 6);
    plusOne[5] = shortBreak(LocalDate.of(2023, 6, 1), 1);
    Assessment a = assess(LocalDate.of(2023, 5, 5), plusOne);
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(a.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
  }

  @Test
  void onTheFirstDayOfABreakTheChildIsLookedAfterUnderReg48() {
    Assessment a = assess(MARCH_1, shortBreak(MARCH_1, 5));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    assertThat(a.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2023, 6, 1));
    assertThat(a.duty(org.leavingcare.duties.DutyCode.SHORT_BREAK_MODIFIED_REGIME).orElseThrow().nextDueBy())
        .contains(LocalDate.of(2023, 6, 1));
  }

  @Test
  void onTheDayAPlacementEndsAndABreakBeginsOnlyTheBreakCoversTheChild() {
    CareEpisode placement = CareEpisode.closed(LocalDate.of(2023, 2, 1), MARCH_1);
    Assessment a = assess(MARCH_1, placement, shortBreak(MARCH_1, 5));
    assertThat(a.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
  }

  @Test
  void aWindowEndingOnTheDayBefore29FebruaryIsTwelveMonthsNotAYearAndADay() {
    // 75 nights from October 2023 to 28 February 2024 (each break under 17 nights), plus one night.
    LocalDate asOf = LocalDate.of(2024, 2, 20);
    CareEpisode[] later = {
        shortBreak(LocalDate.of(2023, 10, 1), 15), shortBreak(LocalDate.of(2023, 11, 1), 15),
        shortBreak(LocalDate.of(2023, 12, 1), 15), shortBreak(LocalDate.of(2024, 1, 1), 15),
        shortBreak(LocalDate.of(2024, 2, 14), 15)};
    // The night of 28 February 2023: no 12-month window holds it and all 75 later nights
    // ([28 Feb 2023, 28 Feb 2024) misses 28 February 2024), so the series keeps to 75.
    Assessment within = assess(asOf, concat(shortBreak(LocalDate.of(2023, 2, 28), 1), later));
    assertThat(within.flags()).doesNotContain(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
    assertThat(within.category()).isEqualTo(Category.LOOKED_AFTER_SHORT_BREAKS);
    // The night of 1 March 2023 falls in [1 Mar 2023, 1 Mar 2024) with the 75: 76 days.
    Assessment over = assess(asOf, concat(shortBreak(LocalDate.of(2023, 3, 1), 1), later));
    assertThat(over.flags()).contains(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
    assertThat(over.category()).isEqualTo(Category.LOOKED_AFTER);
  }

  @Test
  void theLatestWindowHoldingADayEndsOnItExceptBefore29February() {
    LocalDate last = LocalDate.of(2024, 5, 10);
    assertThat(LocalDate.ofEpochDay(ShortBreakSeries.windowEndingOn((int) last.toEpochDay())))
        .isEqualTo(LocalDate.of(2023, 5, 11));
    assertThat(LocalDate.ofEpochDay(ShortBreakSeries.windowEndingOn((int) LocalDate.of(2024, 2, 28).toEpochDay())))
        .isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(LocalDate.ofEpochDay(ShortBreakSeries.windowEndingOn((int) LocalDate.of(2024, 2, 29).toEpochDay())))
        .isEqualTo(LocalDate.of(2023, 3, 1));
  }

  private static CareEpisode[] concat(CareEpisode first, CareEpisode... rest) {
    CareEpisode[] all = new CareEpisode[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
