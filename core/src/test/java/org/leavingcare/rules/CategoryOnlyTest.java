package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Person;

/**
 * {@link Jurisdiction#category}: the category alone is always the category of the whole
 * assessment, and is refused exactly when the assessment is.
 */
class CategoryOnlyTest {

  private static final EnglandRules RULES = EnglandRules.standard();

  @Test
  void agreesWithTheAssessmentOnEveryLawVectorMonthByMonthUnderEveryProfile() {
    int compared = 0;
    java.util.EnumSet<Category> seen = java.util.EnumSet.noneOf(Category.class);
    for (CaseRecord v : LawVectorsTest.vectors()) {
      assertThat(RULES.category(v.history(), v.assessmentDate(), v.policyOver(Policy.defaults())))
          .as("%s on its date", v.displayId())
          .isEqualTo(RULES.assess(v.history(), v.assessmentDate(), v.policyOver(Policy.defaults())).category());
      for (Policy.Profile profile : Policy.Profile.values()) {
        Policy p = Policy.of(profile);
        LocalDate dob = v.history().person().dateOfBirth();
        for (LocalDate d = dob; d.isBefore(dob.plusYears(26)); d = d.plusMonths(1)) {
          assertThat(RULES.category(v.history(), d, p)).as("%s on %s, %s", v.displayId(), d, profile)
              .isEqualTo(RULES.assess(v.history(), d, p).category());
          seen.add(RULES.category(v.history(), d, p));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(41 * 300);
    // Every row of the decision table was compared.
    assertThat(seen).containsExactlyInAnyOrder(Category.values());
  }

  @Test
  void agreesWithTheAssessmentOnGeneratedHistoriesUnderEveryPolicySwitch() {
    Random seeds = new Random(20261122);
    java.util.EnumSet<Category> seen = java.util.EnumSet.noneOf(Category.class);
    for (int i = 0; i < 2500; i++) {
      long seed = seeds.nextLong();
      for (Policy policy : RulesPropertiesTest.policies()) {
        RulesPropertiesTest.Case c = RulesPropertiesTest.build(new Random(seed), policy);
        Category alone = RULES.category(c.history(), c.asOf(), c.policy());
        assertThat(alone).as("seed %d %s", seed, c).isEqualTo(RULES.assess(c.history(), c.asOf(), c.policy()).category());
        seen.add(alone);
      }
    }
    // The generated cases reach every category but QUALIFYING_SGO (their special guardianship orders
    // are made on random days; the law vectors reach it).
    assertThat(seen).containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(Category.QUALIFYING_SGO)));
  }

  @Test
  void refusesWhatTheAssessmentRefusesWithTheSameProblems() {
    LocalDate dob = LocalDate.of(2007, 5, 1);
    CareHistory h = CareHistory.of(Person.of("P1", dob), List.of(CareEpisode.closed(dob.plusYears(14), dob.plusYears(16))),
        Circumstances.builder().arrangementOngoing(false).build());
    for (LocalDate asOf : List.of(dob.minusDays(1), dob.plusYears(17))) {
      Throwable fromAssess = catchThrowable(() -> RULES.assess(h, asOf, Policy.defaults()));
      assertThat(fromAssess).isInstanceOf(InvalidCareHistoryException.class);
      assertThatThrownBy(() -> RULES.category(h, asOf, Policy.defaults()))
          .isInstanceOf(InvalidCareHistoryException.class)
          .satisfies(e -> assertThat(((InvalidCareHistoryException) e).problems())
              .isEqualTo(((InvalidCareHistoryException) fromAssess).problems()));
    }
    assertThatThrownBy(() -> RULES.category(h, null, Policy.defaults())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theInterfacesDefaultReadsTheAssessmentsCategory() {
    Jurisdiction delegate = new Jurisdiction() {
      @Override
      public String name() {
        return "delegate";
      }

      @Override
      public Assessment assess(CareHistory history, LocalDate asOf, Policy policy) {
        return RULES.assess(history, asOf, policy);
      }

      @Override
      public CaseTimeline timeline(CareHistory history, LocalDate from, LocalDate to, Policy policy) {
        return RULES.timeline(history, from, to, policy);
      }
    };
    CaseRecord v = LawVectorsTest.vectors().get(0);
    assertThat(delegate.category(v.history(), v.assessmentDate(), Policy.defaults()))
        .isEqualTo(RULES.assess(v.history(), v.assessmentDate(), Policy.defaults()).category());
  }
}
