package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.Catalogue;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.Person;
import org.leavingcare.model.ProgrammeType;
import org.leavingcare.time.Ages;

/**
 * Invariants that hold for any care history (issue 3). Fixed seeds, so CI runs are repeatable.
 */
class RulesPropertiesTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  private static final Set<Object> CATALOGUE = new HashSet<>(Catalogue.all());

  /** A history and an assessment date, with the policy to assess under. */
  record Case(CareHistory history, LocalDate asOf, Policy policy) {
    @Override
    public String toString() {
      return history.episodes() + " facts " + history.circumstances().hashCode() + " born "
          + history.person().dateOfBirth() + " on " + asOf + " " + policy;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 3),
        Arbitraries.of(policies())).as((seed, variant, policy) -> build(new Random(seed), policy));
  }

  static List<Policy> policies() {
    Policy d = Policy.defaults();
    return List.of(d, d.withDayCount(Policy.DayCount.INCLUSIVE_DAYS),
        d.withSixteenBoundary(Policy.SixteenBoundary.STRICTLY_AFTER),
        d.withShortBreakMode(Policy.ShortBreakMode.STATUS_ONLY),
        d.withShortBreakLastCeasing(Policy.ShortBreakLastCeasing.LOOK_THROUGH),
        d.withPost18HomeBreakdown(Policy.Post18HomeBreakdown.NO_RESTORE),
        d.withS23c7AgeCap(Policy.S23c7AgeCap.AGE_25),
        d.withLeapDayBirthday(org.leavingcare.time.LeapDayPolicy.FEB_28));
  }

  static Case build(Random r, Policy policy) {
    LocalDate dob = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(12 * 365));
    if (r.nextInt(20) == 0) {
      dob = LocalDate.of(2004 + 4 * r.nextInt(3), 2, 29);
    }
    List<CareEpisode> eps = new ArrayList<>();
    int n = r.nextInt(5);
    LocalDate cursor = dob.plusYears(10).plusDays(r.nextInt(5 * 365));
    for (int i = 0; i < n; i++) {
      LocalDate start = cursor.plusDays(r.nextInt(400));
      boolean shortBreak = r.nextInt(4) == 0;
      int length = shortBreak ? 1 + r.nextInt(20) : 1 + r.nextInt(900);
      CareEpisode e = i == n - 1 && r.nextInt(3) == 0 ? CareEpisode.ongoing(start)
          : CareEpisode.closed(start, start.plusDays(length));
      eps.add(e.withShortBreak(shortBreak));
      cursor = start.plusDays(length);
    }
    Circumstances.Builder c = Circumstances.builder();
    if (r.nextBoolean()) {
      c.pathwayPlanExists(r.nextBoolean());
    }
    if (r.nextInt(3) == 0) {
      c.lastPathwayPlanReview(dob.plusYears(16).plusDays(r.nextInt(2000)));
    }
    if (r.nextInt(4) == 0) {
      LocalDate since = dob.plusYears(15).plusDays(r.nextInt(1500));
      c.livingWithParentSince(since);
      if (r.nextBoolean()) {
        c.livingWithParentUntil(since.plusDays(r.nextInt(600)));
      }
    }
    if (r.nextInt(4) == 0) {
      LocalDate start = dob.plusYears(17).plusDays(r.nextInt(2000));
      EducationProgramme.Builder p = EducationProgramme.builder(ProgrammeType.values()[r.nextInt(4)])
          .start(start).expectedEnd(start.plusDays(200 + r.nextInt(2000))).inPathwayPlan(r.nextBoolean());
      c.educationProgramme(p.build());
      c.termTimeAccommodationUnavailableInVacations(r.nextBoolean());
    }
    if (r.nextInt(4) == 0) {
      c.s23czbRequestDate(dob.plusYears(20).plusDays(r.nextInt(1800)));
    }
    if (r.nextInt(6) == 0) {
      c.s23caNotificationDate(dob.plusYears(20).plusDays(r.nextInt(1800)));
    }
    if (r.nextInt(6) == 0) {
      c.placementStart(dob.plusYears(12).plusDays(r.nextInt(2000)));
      if (r.nextBoolean()) {
        c.lastVisit(dob.plusYears(12).plusDays(r.nextInt(2500)));
      }
    }
    if (r.nextInt(8) == 0) {
      c.sgoMadeOn(dob.plusYears(12).plusDays(r.nextInt(2000)));
    }
    if (r.nextInt(8) == 0) {
      c.stayingPut(true);
    }
    CareHistory h = CareHistory.of(Person.of("P", dob), eps, c.build());
    LocalDate asOf = dob.plusYears(10).plusDays(r.nextInt(17 * 365));
    return new Case(h, asOf, policy);
  }

  @Property(seed = "20261122", tries = 400)
  void everyCaseGetsExactlyOneCategoryWithReasonsAndCitations(@ForAll("cases") Case c) {
    Assessment a = RULES.assess(c.history(), c.asOf(), c.policy());
    assertThat(a.reasons()).isNotEmpty();
    for (Reason r : a.reasons()) {
      assertThat(CATALOGUE).as("reason %s cites a catalogued provision", r.test()).contains(r.provision());
    }
    for (DutyOwed d : a.duties()) {
      assertThat(CATALOGUE).as("duty %s cites a catalogued provision", d.code()).contains(d.provision());
      assertThat(d.code().isListed()).isTrue();
    }
    for (Deadline d : a.deadlines().values()) {
      assertThat(CATALOGUE).as("deadline %s cites a catalogued provision", d.key()).contains(d.provision());
    }
  }

  @Property(seed = "20261122", tries = 300)
  void splittingAnEpisodeIntoTwoContiguousOnesNeverChangesTheResult(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 1, max = 60) int day) {
    List<CareEpisode> eps = c.history().episodes();
    for (int i = 0; i < eps.size(); i++) {
      CareEpisode e = eps.get(i);
      LocalDate cut = e.start().plusDays(day);
      if (e.isShortBreak() || (e.endExclusive().isPresent() && !cut.isBefore(e.endExclusive().get()))) {
        continue;
      }
      List<CareEpisode> split = new ArrayList<>(eps);
      split.set(i, e.withEnd(cut));
      split.add(i + 1, e.isOngoing() ? e.withStart(cut) : CareEpisode.closed(cut, e.endExclusive().get()));
      Assessment whole = RULES.assess(c.history(), c.asOf(), c.policy());
      Assessment parts = RULES.assess(c.history().withEpisodes(split), c.asOf(), c.policy());
      assertThat(parts).as("split episode %d at %s", i, cut).isEqualTo(whole);
    }
  }

  @Property(seed = "20261122", tries = 300)
  void theOrderOfEpisodesInTheInputDoesNotMatter(@ForAll("cases") Case c, @ForAll long shuffleSeed) {
    List<CareEpisode> shuffled = new ArrayList<>(c.history().episodes());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    CareHistory other = CareHistory.of(c.history().person(), shuffled, c.history().circumstances());
    assertThat(RULES.assess(other, c.asOf(), c.policy())).isEqualTo(RULES.assess(c.history(), c.asOf(), c.policy()));
  }

  @Property(seed = "20261122", tries = 400)
  void noDeadlineFallsBeforeItsTrigger(@ForAll("cases") Case c) {
    Assessment a = RULES.assess(c.history(), c.asOf(), c.policy());
    for (DutyOwed d : a.duties()) {
      // An assessment is triggered by the status that starts the duty (reviews and visits by the last one, below).
      if (d.code() == org.leavingcare.duties.DutyCode.NEEDS_ASSESSMENT && d.since().isPresent() && d.nextDueBy().isPresent()) {
        assertThat(d.nextDueBy().get()).as("%s due after it began", d.code()).isAfter(d.since().get());
      }
      if (d.since().isPresent() && d.endsAtStartOf().isPresent()) {
        assertThat(d.endsAtStartOf().get()).as("%s ends after it began", d.code()).isAfterOrEqualTo(d.since().get());
      }
    }
    Circumstances f = c.history().circumstances();
    after(a, DeadlineKey.NEEDS_ASSESSMENT_BY, a.deadlineDate(DeadlineKey.ELIGIBLE_FROM).filter(x -> a.category().isLookedAfter()));
    after(a, DeadlineKey.NEEDS_ASSESSMENT_BY, a.deadlineDate(DeadlineKey.RELEVANT_FROM));
    after(a, DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY, a.deadlineDate(DeadlineKey.ELIGIBLE_FROM));
    after(a, DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY, f.lastPathwayPlanReview());
    after(a, DeadlineKey.NEXT_VISIT_BY, f.lastVisit());
    after(a, DeadlineKey.FIRST_VISIT_BY, f.placementStart().filter(x -> !a.category().equals(Category.LOOKED_AFTER_SHORT_BREAKS)));
    after(a, DeadlineKey.SECOND_REVIEW_BY, f.firstReviewDate());
    after(a, DeadlineKey.NEXT_REVIEW_BY, f.lastReviewDate());
    after(a, DeadlineKey.HOME_EXCLUSION_FROM, f.livingWithParentSince());
    after(a, DeadlineKey.S23C_DUTIES_END_AT_START_OF, Optional.of(Ages.dateOfAttaining(c.history().person().dateOfBirth(), 18,
        c.policy().leapDayBirthday())));
  }

  private static void after(Assessment a, DeadlineKey key, java.util.Optional<LocalDate> trigger) {
    if (trigger.isPresent() && a.deadlineDate(key).isPresent()) {
      assertThat(a.deadlineDate(key).get()).as("%s after its trigger %s", key.jsonName(), trigger.get())
          .isAfter(trigger.get());
    }
  }

  @Property(seed = "20261122", tries = 400)
  void nobodyIsOwedACareLeaverDutyFromThe25thBirthdayExceptWhereLawMdSaysSo(@ForAll("cases") Case c) {
    LocalDate b25 = Ages.dateOfAttaining(c.history().person().dateOfBirth(), 25, c.policy().leapDayBirthday());
    LocalDate asOf = b25.plusDays(Math.floorMod(c.asOf().toEpochDay(), 1500));
    Assessment a = RULES.assess(c.history(), asOf, c.policy());
    assertThat(a.owes(org.leavingcare.duties.DutyCode.CORPORATE_PARENTING_PRINCIPLES)).isFalse();
    if (!a.duties().isEmpty()) {
      // LAW.md §4.4.3: s.23C(7) and s.23CA(6) continue past 25 while a programme is pursued, under S23C7_AGE_CAP=NONE.
      assertThat(c.policy().s23c7AgeCap()).isEqualTo(Policy.S23c7AgeCap.NONE);
      assertThat(a.category()).isIn(Category.FORMER_RELEVANT, Category.FORMER_RELEVANT_23CA);
      assertThat(a.flags()).containsAnyOf(Flag.S23C7_EXTENSION, Flag.S23CA_LIVE);
    }
  }

  @Property(seed = "20261122", tries = 60)
  void theTimelineAgreesWithDailyAssessments(@ForAll("cases") Case c) {
    LocalDate from = c.asOf();
    LocalDate to = from.plusDays(90);
    CaseTimeline t = RULES.timeline(c.history(), from, to, c.policy());
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(7)) {
      assertThat(t.categoryOn(d)).isEqualTo(RULES.assess(c.history(), d, c.policy()).category());
    }
  }
}
