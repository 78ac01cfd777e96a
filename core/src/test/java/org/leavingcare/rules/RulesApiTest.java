package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.OutsideModelledPeriodException;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Person;
import org.leavingcare.time.HolidayCalendar;
import org.leavingcare.time.LeapDayPolicy;

/**
 * The public types of the rules package as a host uses them: {@link Assessment} built and compared,
 * {@link Category} groupings, {@link Policy} and its commencements, {@link Commencements},
 * {@link EnglandRules} inputs it refuses, and {@link CaseTimeline}.
 */
class RulesApiTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  private static final Person P = Person.of("API", LocalDate.of(2008, 1, 10));
  private static final LocalDate D = LocalDate.of(2025, 3, 1);
  private static final Reason WHY = Reason.met("T", "text", ChildrenAct1989.S22_LOOKED_AFTER);

  // --- Category -----------------------------------------------------------------------------------

  @Test
  void categoriesAreGroupedAsLawMdSection4Says() {
    assertThat(EnumSet.allOf(Category.class).stream().filter(Category::isLookedAfter))
        .containsExactlyInAnyOrder(Category.LOOKED_AFTER, Category.LOOKED_AFTER_SHORT_BREAKS, Category.ELIGIBLE);
    assertThat(EnumSet.allOf(Category.class).stream().filter(Category::isFormerRelevant))
        .containsExactlyInAnyOrder(Category.FORMER_RELEVANT, Category.FORMER_RELEVANT_21_25, Category.FORMER_RELEVANT_23CZB,
            Category.FORMER_RELEVANT_23CA);
    assertThat(EnumSet.allOf(Category.class).stream().filter(Category::isQualifying))
        .containsExactlyInAnyOrder(Category.QUALIFYING, Category.QUALIFYING_SGO);
    assertThat(EnumSet.allOf(Category.class).stream().filter(Category::isCareLeaver))
        .containsExactlyInAnyOrder(Category.ELIGIBLE, Category.RELEVANT, Category.FORMER_RELEVANT,
            Category.FORMER_RELEVANT_21_25, Category.FORMER_RELEVANT_23CZB, Category.FORMER_RELEVANT_23CA);
  }

  // --- Reason ----------------------------------------------------------------------------------------

  @Test
  void aReasonSaysWhetherItsConditionWasMet() {
    Reason met = Reason.met("A", "a", ChildrenAct1989.S22_LOOKED_AFTER);
    Reason notMet = Reason.notMet("A", "a", ChildrenAct1989.S22_LOOKED_AFTER);
    assertThat(met.isMet()).isTrue();
    assertThat(met.outcome()).isEqualTo(Reason.Outcome.MET);
    assertThat(notMet.isMet()).isFalse();
    assertThat(notMet.outcome()).isEqualTo(Reason.Outcome.NOT_MET);
    assertThat(new Reason("A", Reason.Outcome.CONDITIONAL, "a", ChildrenAct1989.S22_LOOKED_AFTER).isMet()).isFalse();
  }

  // --- Assessment ------------------------------------------------------------------------------------

  private static DutyOwed owed(DutyCode code) {
    return new DutyOwed(code, ChildrenAct1989.S22_LOOKED_AFTER, java.util.Optional.of(D), java.util.Optional.empty(),
        java.util.Optional.empty(), false);
  }

  @Test
  void anAssessmentBuiltFromPartsSortsItsDutiesAndAnswersQuestionsAboutThem() {
    Deadline turns18 = Deadline.on(DeadlineKey.TURNS_18_ON, LocalDate.of(2026, 1, 10), ChildrenAct1989.S22_LOOKED_AFTER);
    Assessment a = Assessment.of("X", D, Category.RELEVANT, List.of(WHY),
        List.of(owed(DutyCode.KEEP_IN_TOUCH), owed(DutyCode.PA_APPOINT)), List.of(turns18),
        Set.of(Flag.WARN_UNKNOWN_FACT), Policy.defaults());
    assertThat(a.personId()).isEqualTo("X");
    assertThat(a.asOf()).isEqualTo(D);
    assertThat(a.policy()).isEqualTo(Policy.defaults());
    // In the order of DutyCode, whatever the order given.
    assertThat(a.duties()).extracting(DutyOwed::code).containsExactly(DutyCode.PA_APPOINT, DutyCode.KEEP_IN_TOUCH);
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.KEEP_IN_TOUCH, DutyCode.PA_APPOINT);
    assertThat(a.owes(DutyCode.PA_APPOINT)).isTrue();
    assertThat(a.owes(DutyCode.PATHWAY_PLAN)).isFalse();
    assertThat(a.duty(DutyCode.PA_APPOINT)).contains(owed(DutyCode.PA_APPOINT));
    assertThat(a.duty(DutyCode.PATHWAY_PLAN)).isEmpty();
    assertThat(a.deadline(DeadlineKey.TURNS_18_ON)).contains(turns18);
    assertThat(a.deadlineDate(DeadlineKey.TURNS_18_ON)).contains(LocalDate.of(2026, 1, 10));
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).isEmpty();
    assertThat(a.flags()).containsExactly(Flag.WARN_UNKNOWN_FACT);
    assertThat(a.toString()).contains("X", "2025-03-01", "RELEVANT", "KEEP_IN_TOUCH", "turns18On", "WARN_UNKNOWN_FACT");
    Assessment noFlags = Assessment.of("X", D, Category.NONE, List.of(WHY), List.of(), List.of(), Set.of(), Policy.defaults());
    assertThat(noFlags.flags()).isEmpty();
    assertThat(noFlags.toString()).doesNotContain("flags");
  }

  @Test
  void anAssessmentNeedsAReasonAndNoRepeatedDutyOrDeadline() {
    assertThatThrownBy(() -> Assessment.of("X", D, Category.NONE, List.of(), List.of(), List.of(), Set.of(),
        Policy.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> Assessment.of("X", D, Category.NONE, List.of(WHY),
        List.of(owed(DutyCode.PA_APPOINT), owed(DutyCode.PA_APPOINT)), List.of(), Set.of(), Policy.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PA_APPOINT");
    Deadline a = Deadline.on(DeadlineKey.TURNS_18_ON, D, ChildrenAct1989.S22_LOOKED_AFTER);
    assertThatThrownBy(() -> Assessment.of("X", D, Category.NONE, List.of(WHY), List.of(), List.of(a, a), Set.of(),
        Policy.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turns18On");
  }

  @Test
  void assessmentsAreEqualByValue() {
    CareHistory h = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 1, 10))),
        Circumstances.none());
    Assessment a = RULES.assess(h, D);
    Assessment same = RULES.assess(h, D);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(RULES.assess(h, D.plusDays(1)));
    assertThat(a).isNotEqualTo(RULES.assess(h, D, Policy.defaults().withAnnualReminder21to25(true)));
    assertThat(a).isNotEqualTo(RULES.assess(CareHistory.of(Person.of("OTHER", P.dateOfBirth()), h.episodes(),
        h.circumstances()), D));
    assertThat(a).isNotEqualTo("an assessment");
    // Built from the same parts, the rules' assessment and a host's are equal.
    Assessment rebuilt = Assessment.of(a.personId(), a.asOf(), a.category(), a.reasons(), a.duties(),
        a.deadlines().values(), a.flags(), a.policy());
    assertThat(rebuilt).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(Assessment.of(a.personId(), a.asOf(), Category.QUALIFYING, a.reasons(), a.duties(),
        a.deadlines().values(), a.flags(), a.policy())).isNotEqualTo(a);
    assertThat(Assessment.of(a.personId(), a.asOf(), a.category(), List.of(WHY), a.duties(),
        a.deadlines().values(), a.flags(), a.policy())).isNotEqualTo(a);
    assertThat(Assessment.of(a.personId(), a.asOf(), a.category(), a.reasons(), List.of(),
        a.deadlines().values(), a.flags(), a.policy())).isNotEqualTo(a);
    assertThat(Assessment.of(a.personId(), a.asOf(), a.category(), a.reasons(), a.duties(),
        List.of(), a.flags(), a.policy())).isNotEqualTo(a);
    assertThat(Assessment.of(a.personId(), a.asOf(), a.category(), a.reasons(), a.duties(),
        a.deadlines().values(), Set.of(Flag.WARN_UNKNOWN_FACT), a.policy())).isNotEqualTo(a);
  }

  // --- EnglandRules --------------------------------------------------------------------------------

  @Test
  void theRulesNameTheirJurisdictionAndCalendar() {
    assertThat(RULES.name()).isEqualTo("England");
    assertThat(RULES.calendar()).isSameAs(HolidayCalendar.englandAndWales());
    HolidayCalendar calendar = HolidayCalendar.englandAndWales();
    EnglandRules custom = EnglandRules.withCalendar(calendar);
    assertThat(custom.calendar()).isSameAs(calendar);
    assertThat(custom.toString()).contains(calendar.name());
    assertThat(RULES.toString()).startsWith("EnglandRules[");
  }

  @Test
  void anAssessmentBeforeBirthIsRefused() {
    CareHistory h = CareHistory.of(P, List.of(), Circumstances.none());
    assertThatThrownBy(() -> RULES.assess(h, P.dateOfBirth().minusDays(1)))
        .isInstanceOfSatisfying(InvalidCareHistoryException.class,
            e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("ASSESSMENT_BEFORE_BIRTH"));
    assertThat(RULES.assess(h, P.dateOfBirth()).category()).isEqualTo(Category.NONE);
  }

  @Test
  void anOngoingArrangementMustNotHaveEndedByTheAssessmentDate() {
    LocalDate until = LocalDate.of(2025, 3, 1);
    CareHistory ongoingButEnded = CareHistory.of(P, List.of(), Circumstances.builder()
        .livingWithParentSince(LocalDate.of(2024, 6, 1)).livingWithParentUntil(until).arrangementOngoing(true).build());
    assertThatThrownBy(() -> RULES.assess(ongoingButEnded, until)).isInstanceOf(InvalidCareHistoryException.class)
        .hasMessageContaining("arrangementOngoing");
    assertThat(RULES.assess(ongoingButEnded, until.minusDays(1)).category()).isEqualTo(Category.NONE);
    CareHistory endedWithoutDate = CareHistory.of(P, List.of(), Circumstances.builder()
        .livingWithParentSince(LocalDate.of(2024, 6, 1)).arrangementOngoing(false).build());
    assertThatThrownBy(() -> RULES.assess(endedWithoutDate, until)).isInstanceOf(InvalidCareHistoryException.class)
        .hasMessageContaining("livingWithParentUntil");
    CareHistory endedWithDate = CareHistory.of(P, List.of(), Circumstances.builder()
        .livingWithParentSince(LocalDate.of(2024, 6, 1)).livingWithParentUntil(until).arrangementOngoing(false).build());
    assertThat(RULES.assess(endedWithDate, until).category()).isEqualTo(Category.NONE);
    // Both faults at once are both reported.
    CareHistory both = CareHistory.of(P, List.of(), Circumstances.builder().arrangementOngoing(false).build());
    assertThatThrownBy(() -> RULES.assess(both, P.dateOfBirth().minusDays(1)))
        .isInstanceOfSatisfying(InvalidCareHistoryException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void anUnknownFactIsFlaggedNotRejected() {
    CareHistory h = CareHistory.of(P, List.of(), Circumstances.builder().unknownFact("favouriteColour").build());
    assertThat(RULES.assess(h, D).flags()).contains(Flag.WARN_UNKNOWN_FACT);
    assertThat(RULES.assess(CareHistory.of(P, List.of(), Circumstances.none()), D).flags())
        .doesNotContain(Flag.WARN_UNKNOWN_FACT);
  }

  @Test
  void episodesStartingAt18OrLastingUnderADayAreIgnoredAndFlagged() {
    CareEpisode adult = CareEpisode.closed(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    Assessment a = RULES.assess(CareHistory.of(P, List.of(adult), Circumstances.none()), LocalDate.of(2026, 2, 1));
    assertThat(a.flags()).contains(Flag.WARN_EPISODE_AFTER_18);
    assertThat(a.category()).isEqualTo(Category.NONE);
    CareEpisode instant = CareEpisode.closed(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1));
    Assessment b = RULES.assess(CareHistory.of(P, List.of(instant), Circumstances.none()), D);
    assertThat(b.flags()).contains(Flag.WARN_EPISODE_UNDER_24H);
    assertThat(b.category()).isEqualTo(Category.NONE);
    // Ending on the 18th birthday is the normal end of care: nothing cut.
    CareEpisode toEighteen = CareEpisode.closed(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 10));
    assertThat(RULES.assess(CareHistory.of(P, List.of(toEighteen), Circumstances.none()), LocalDate.of(2026, 2, 1)).flags())
        .doesNotContain(Flag.WARN_EPISODE_AFTER_18);
  }

  // --- CaseTimeline -----------------------------------------------------------------------------------

  @Test
  void aTimelineListsEachCategoryPeriodAndEveryDeadlineInDateOrder() {
    LocalDate left = LocalDate.of(2025, 1, 10);
    CareHistory h = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2024, 9, 1), left)), Circumstances.none());
    LocalDate from = LocalDate.of(2024, 11, 1);
    LocalDate to = LocalDate.of(2025, 2, 1);
    CaseTimeline t = RULES.timeline(h, from, to);
    assertThat(t.personId()).isEqualTo("API");
    assertThat(t.period().start()).isEqualTo(from);
    assertThat(t.categories()).extracting(CaseTimeline.CategoryPeriod::category)
        .containsExactly(Category.LOOKED_AFTER, Category.ELIGIBLE, Category.RELEVANT);
    // 1 September + 91 days: eligible from 1 December; relevant from the day care ended.
    assertThat(t.categories().get(1).dates().start()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(t.categories().get(2).dates().start()).isEqualTo(left);
    assertThat(t.categories().get(2).dates().endExclusive()).contains(to);
    assertThat(t.categories().get(2).assessment().asOf()).isEqualTo(left);
    assertThat(t.categoryOn(from)).isEqualTo(Category.LOOKED_AFTER);
    assertThat(t.categoryOn(to.minusDays(1))).isEqualTo(Category.RELEVANT);
    assertThatThrownBy(() -> t.categoryOn(to)).isInstanceOf(IllegalArgumentException.class);
    List<LocalDate> dates = t.deadlines().stream().map(dl -> dl.date().orElse(LocalDate.MAX)).toList();
    assertThat(dates).isSorted();
    assertThat(t.deadlines()).extracting(Deadline::key).contains(DeadlineKey.ELIGIBLE_FROM, DeadlineKey.RELEVANT_FROM,
        DeadlineKey.TURNS_18_ON);
    // The same key with two values is listed twice; a repeated value once.
    assertThat(t.deadlines().stream().filter(dl -> dl.key() == DeadlineKey.TURNS_18_ON)).hasSize(1);
    assertThat(t.deadlines().stream().filter(dl -> dl.key() == DeadlineKey.NEEDS_ASSESSMENT_BY).map(Deadline::date))
        .containsExactly(java.util.Optional.of(LocalDate.of(2025, 3, 1)), java.util.Optional.of(LocalDate.of(2025, 4, 10)));
    assertThatThrownBy(() -> RULES.timeline(h, from, from)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(from.toString());
  }

  @Test
  void aOneDayTimelineHasOnePeriod() {
    CareHistory h = CareHistory.of(P, List.of(), Circumstances.none());
    CaseTimeline t = RULES.timeline(h, D, D.plusDays(1), Policy.defaults());
    assertThat(t.categories()).hasSize(1);
    assertThat(t.categoryOn(D)).isEqualTo(Category.NONE);
  }

  // --- Policy and Commencements ------------------------------------------------------------------------

  @Test
  void everySwitchCanBeSetByNameAndReadBack() {
    Policy p = Policy.defaults().with("LEAP_DAY_BIRTHDAY", "FEB_28").with("DAY_COUNT", "INCLUSIVE_DAYS")
        .with("SIXTEEN_BOUNDARY", "STRICTLY_AFTER").with("SHORT_BREAK_MODE", "STATUS_ONLY")
        .with("SHORT_BREAK_GAP_STATUS", "NO_STATUS_DURING_SERIES").with("SHORT_BREAK_LAST_CEASING", "LOOK_THROUGH")
        .with("POST18_HOME_BREAKDOWN", "NO_RESTORE").with("S23C7_AGE_CAP", "AGE_25").with("ANNUAL_REMINDER_21_25", "on")
        .with("CWSA2026_STAYING_CLOSE_SUPPORT", "on").with("CWSA2026_LOCAL_OFFER", "on:2027-04-01")
        .with("CWSA2026_CORPORATE_PARENTING_BODIES", "off");
    assertThat(p.leapDayBirthday()).isEqualTo(LeapDayPolicy.FEB_28);
    assertThat(p.dayCount()).isEqualTo(Policy.DayCount.INCLUSIVE_DAYS);
    assertThat(p.sixteenBoundary()).isEqualTo(Policy.SixteenBoundary.STRICTLY_AFTER);
    assertThat(p.shortBreakMode()).isEqualTo(Policy.ShortBreakMode.STATUS_ONLY);
    assertThat(p.shortBreakGapStatus()).isEqualTo(Policy.ShortBreakGapStatus.NO_STATUS_DURING_SERIES);
    assertThat(p.shortBreakLastCeasing()).isEqualTo(Policy.ShortBreakLastCeasing.LOOK_THROUGH);
    assertThat(p.post18HomeBreakdown()).isEqualTo(Policy.Post18HomeBreakdown.NO_RESTORE);
    assertThat(p.s23c7AgeCap()).isEqualTo(Policy.S23c7AgeCap.AGE_25);
    assertThat(p.annualReminder21to25()).isTrue();
    assertThat(p.commencement(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT)).isEqualTo(Policy.Commencement.ON);
    assertThat(p.commencement(Policy.Switch.CWSA2026_LOCAL_OFFER))
        .isEqualTo(Policy.Commencement.from(LocalDate.of(2027, 4, 1)));
    assertThat(p.commencement(Policy.Switch.CWSA2026_CORPORATE_PARENTING_BODIES)).isEqualTo(Policy.Commencement.OFF);
    assertThat(p.with("ANNUAL_REMINDER_21_25", "OFF").annualReminder21to25()).isFalse();
    assertThatThrownBy(() -> p.with("ANNUAL_REMINDER_21_25", "yes")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes");
    assertThat(p.toString()).contains("LEAP_DAY_BIRTHDAY=FEB_28", "ANNUAL_REMINDER_21_25=on",
        "CWSA2026_LOCAL_OFFER=on:2027-04-01", "CWSA2026_STAYING_CLOSE_SUPPORT=on,");
    assertThat(Policy.defaults().toString()).contains("ANNUAL_REMINDER_21_25=off", "CWSA2026_LOCAL_OFFER=off");
  }

  @Test
  void policiesDifferingInOneSwitchAreNotEqual() {
    Policy d = Policy.defaults();
    List<Policy> others = List.of(d.withLeapDayBirthday(LeapDayPolicy.FEB_28), d.withDayCount(Policy.DayCount.INCLUSIVE_DAYS),
        d.withSixteenBoundary(Policy.SixteenBoundary.STRICTLY_AFTER), d.withShortBreakMode(Policy.ShortBreakMode.STATUS_ONLY),
        d.withShortBreakGapStatus(Policy.ShortBreakGapStatus.NO_STATUS_DURING_SERIES),
        d.withShortBreakLastCeasing(Policy.ShortBreakLastCeasing.LOOK_THROUGH),
        d.withPost18HomeBreakdown(Policy.Post18HomeBreakdown.NO_RESTORE), d.withS23c7AgeCap(Policy.S23c7AgeCap.AGE_25),
        d.withAnnualReminder21to25(true),
        d.withCommencement(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT, Policy.Commencement.ON),
        d.withCommencement(Policy.Switch.CWSA2026_LOCAL_OFFER, Policy.Commencement.ON),
        d.withCommencement(Policy.Switch.CWSA2026_CORPORATE_PARENTING_BODIES, Policy.Commencement.ON));
    for (Policy o : others) {
      assertThat(o).as("%s", o).isNotEqualTo(d);
      assertThat(o.hashCode()).as("%s", o).isNotEqualTo(d.hashCode());
    }
    assertThat(d.withDayCount(Policy.DayCount.ELAPSED_DAYS)).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d).isNotEqualTo("defaults");
    assertThatThrownBy(() -> d.withCommencement(Policy.Switch.DAY_COUNT, Policy.Commencement.ON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.commencement(Policy.Switch.DAY_COUNT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCommencementIsOffOnOrFromADate() {
    LocalDate date = LocalDate.of(2027, 4, 1);
    assertThat(Policy.Commencement.parse(" off ")).isEqualTo(Policy.Commencement.OFF);
    assertThat(Policy.Commencement.parse("ON")).isEqualTo(Policy.Commencement.ON);
    assertThat(Policy.Commencement.parse("on:2027-04-01")).isEqualTo(Policy.Commencement.from(date));
    assertThat(Policy.Commencement.parse("2027-04-01")).isEqualTo(Policy.Commencement.from(date));
    assertThatThrownBy(() -> Policy.Commencement.parse("April")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("April");
    assertThatThrownBy(() -> new Policy.Commencement(false, java.util.Optional.of(date)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Policy.Commencement(true, java.util.Optional.of(date)).from()).contains(date);
    Policy.Commencement from = Policy.Commencement.from(date);
    assertThat(from.isInForceOn(date.minusDays(1))).isFalse();
    assertThat(from.isInForceOn(date)).isTrue();
    assertThat(Policy.Commencement.ON.isInForceOn(date)).isTrue();
    assertThat(Policy.Commencement.OFF.isInForceOn(date)).isFalse();
    assertThat(from.toString()).isEqualTo("on:2027-04-01");
    assertThat(Policy.Commencement.ON.toString()).isEqualTo("on");
    assertThat(Policy.Commencement.OFF.toString()).isEqualTo("off");
  }

  @Test
  void theCwsa2026ProvisionsAreNotInForceAsCheckedUnlessThePolicySaysSo() {
    Policy d = Policy.defaults();
    LocalDate checked = LocalDate.of(2026, 11, 22);
    for (Policy.Switch s : List.of(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT, Policy.Switch.CWSA2026_LOCAL_OFFER,
        Policy.Switch.CWSA2026_CORPORATE_PARENTING_BODIES)) {
      assertThat(Commencements.inForceOn(s, LocalDate.of(2026, 4, 28), d)).as("%s before Royal Assent", s).isFalse();
      assertThat(Commencements.inForceOn(s, checked, d)).as("%s when checked", s).isFalse();
      assertThatThrownBy(() -> Commencements.inForceOn(s, LocalDate.of(2027, 1, 1), d)).as("%s after the check", s)
          .isInstanceOf(OutsideModelledPeriodException.class);
      Policy on = d.withCommencement(s, Policy.Commencement.ON);
      assertThat(Commencements.inForceOn(s, checked, on)).as("%s switched on", s).isTrue();
      Policy from = d.withCommencement(s, Policy.Commencement.from(LocalDate.of(2027, 4, 1)));
      assertThat(Commencements.inForceOn(s, LocalDate.of(2027, 3, 31), from)).isFalse();
      assertThat(Commencements.inForceOn(s, LocalDate.of(2027, 4, 1), from)).isTrue();
    }
    assertThat(Commencements.STAYING_CLOSE_SUPPORT.valueOn(checked)).isFalse();
    assertThat(Commencements.LOCAL_OFFER.valueOn(checked)).isFalse();
    assertThat(Commencements.CORPORATE_PARENTING_BODIES.valueOn(checked)).isFalse();
  }

  @Test
  void theStandardRulesAreOneSharedInstance() {
    assertThat(EnglandRules.standard()).isSameAs(EnglandRules.standard());
    assertThat(EnglandRules.standard().name()).isEqualTo("England");
  }

  @Test
  void deadlinesFallingOnTheSameDateAreListedInKeyOrder() {
    // Qualifying (home for six months) the day before 18; the arrangement breaks down on the birthday.
    LocalDate left = LocalDate.of(2025, 1, 10);
    LocalDate b18 = LocalDate.of(2026, 1, 10);
    CareHistory h = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2023, 6, 1), left)),
        Circumstances.builder().livingWithParentSince(left).livingWithParentUntil(b18).build());
    CaseTimeline t = RULES.timeline(h, b18.minusDays(1), b18.plusDays(1));
    assertThat(t.categories()).extracting(CaseTimeline.CategoryPeriod::category)
        .containsExactly(Category.QUALIFYING, Category.FORMER_RELEVANT);
    List<DeadlineKey> on21st = t.deadlines().stream()
        .filter(dl -> dl.date().equals(java.util.Optional.of(LocalDate.of(2029, 1, 10)))).map(Deadline::key).toList();
    assertThat(on21st).containsExactly(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.QUALIFYING_ENDS_AT_START_OF);
  }
}
