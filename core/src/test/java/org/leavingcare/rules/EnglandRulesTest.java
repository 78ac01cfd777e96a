package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Country;
import org.leavingcare.model.Person;

/** Rules the shared vectors do not reach: one input varied around a baseline each. */
class EnglandRulesTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  private static final Person P = Person.of("P", LocalDate.of(2008, 1, 10));

  /** Baseline: looked after from 15y (2023-01-10) to 17y (2025-01-10); relevant at 17. */
  private static CareHistory left(Circumstances c, CareEpisode... extra) {
    List<CareEpisode> eps = new java.util.ArrayList<>(List.of(
        CareEpisode.closed(LocalDate.of(2023, 1, 10), LocalDate.of(2025, 1, 10))));
    eps.addAll(List.of(extra));
    return CareHistory.of(P, eps, c);
  }

  @Test
  void aRelevantChildHasBeenEligibleFromThe16thBirthday() {
    Assessment a = RULES.assess(left(Circumstances.none()), LocalDate.of(2025, 3, 1));
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.ELIGIBLE_FROM)).contains(LocalDate.of(2024, 1, 10));
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(LocalDate.of(2025, 1, 10));
    assertThat(a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2025, 4, 10));
  }

  @Test
  void aLaterWelshEpisodeTakesTheCaseOutOfScopeButStillCountsAsLookedAfter() {
    CareEpisode wales = CareEpisode.closed(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20)).withCountry(Country.WALES);
    Assessment a = RULES.assess(left(Circumstances.none(), wales), LocalDate.of(2025, 3, 1));
    assertThat(a.flags()).contains(Flag.OUT_OF_SCOPE_WALES);
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
  }

  @Test
  void anEpisodeEndingAfter18IsCutAndFlagged() {
    CareHistory h = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2023, 1, 10), LocalDate.of(2026, 6, 1))),
        Circumstances.none());
    Assessment a = RULES.assess(h, LocalDate.of(2026, 2, 1));
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.flags()).contains(Flag.WARN_EPISODE_AFTER_18, Flag.MISSING_PATHWAY_PLAN);
    assertThat(a.deadlineDate(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2024, 4, 10));
  }

  @Test
  void aPlannedMoveDoesNotEndTheHomeExclusion() {
    Circumstances home = Circumstances.builder().livingWithParentSince(LocalDate.of(2025, 1, 10))
        .livingWithParentUntil(LocalDate.of(2025, 9, 1))
        .livingWithParentEndReason(org.leavingcare.model.HomeEndReason.PLANNED_MOVE).build();
    assertThat(RULES.assess(left(home), LocalDate.of(2025, 10, 1)).category()).isEqualTo(Category.QUALIFYING);
    Circumstances breakdown = Circumstances.builder().livingWithParentSince(LocalDate.of(2025, 1, 10))
        .livingWithParentUntil(LocalDate.of(2025, 9, 1)).build();
    Assessment a = RULES.assess(left(breakdown), LocalDate.of(2025, 10, 1));
    assertThat(a.category()).isEqualTo(Category.RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.RELEVANT_FROM)).contains(LocalDate.of(2025, 9, 1));
  }

  @Test
  void aFirstReviewInAnUncoveredYearIsOmittedAndFlaggedNotGuessed() {
    CareHistory h = CareHistory.of(Person.of("Q", LocalDate.of(2022, 1, 1)),
        List.of(CareEpisode.ongoing(LocalDate.of(2030, 12, 20))), Circumstances.none());
    Assessment a = RULES.assess(h, LocalDate.of(2030, 12, 21));
    assertThat(a.deadline(DeadlineKey.FIRST_REVIEW_BY)).isEmpty();
    assertThat(a.flags()).contains(Flag.CALENDAR_NOT_COVERED);
    CareHistory in2012 = CareHistory.of(Person.of("R", LocalDate.of(2002, 1, 1)),
        List.of(CareEpisode.ongoing(LocalDate.of(2012, 5, 25))), Circumstances.none());
    Assessment b = RULES.assess(in2012, LocalDate.of(2012, 5, 25));
    // 4 and 5 June 2012 were bank holidays (the jubilee): 20 working days end on 26 June (28 May was a working day that year).
    assertThat(b.deadlineDate(DeadlineKey.FIRST_REVIEW_BY)).contains(LocalDate.of(2012, 6, 26));
    assertThat(b.flags()).contains(Flag.CALENDAR_EXTENSION_USED);
  }

  @Test
  void theAnnualReminderIsListedOnlyWhenSwitchedOn() {
    CareHistory h = left(Circumstances.none());
    LocalDate at22 = LocalDate.of(2030, 3, 1);
    assertThat(RULES.assess(h, at22).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(RULES.assess(h, at22).owes(DutyCode.ANNUAL_REMINDER_21_25)).isFalse();
    assertThat(RULES.assess(h, at22, Policy.defaults().withAnnualReminder21to25(true)).owes(DutyCode.ANNUAL_REMINDER_21_25))
        .isTrue();
  }
}
