package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.time.LeapDayPolicy;

/**
 * The expected OC3 cohort on hand-worked cases (collection year 2023-24 unless said otherwise),
 * each varying one thing from a baseline young person who left care after 16 with 13 weeks since 14.
 */
class ExpectedCohortTest {

  private static final EnglandRules RULES = EnglandRules.standard();

  private static ExpectedCohort.Finding finding(ExpectedCohort c, String id) {
    return c.findings().stream().filter(f -> f.childId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theBaselineAndOneChangeAtATime() {
    CohortFixture f = new CohortFixture()
        // Baseline: 17 on 1 June 2023; looked after from 14.6 to a day after 16: relevant on the birthday.
        .child("BASE", "2006-06-01").episode("BASE", "2021-01-01", "2022-06-02", "S", "C2", "E13")
        .oc3("BASE", "2006-06-01", "YES", "F2", "D1")
        // Left on the 16th birthday itself: DfE counts no day after 16 (rule 1001), so not relevant.
        .child("ON16", "2006-06-01").episode("ON16", "2021-01-01", "2022-06-01", "S", "C2", "E13")
        .oc3("ON16", "2006-06-01", "YES", "F2", "D1")
        // 90 days since 14: one short of 13 weeks.
        .child("D90", "2006-01-01").episode("D90", "2021-12-01", "2022-03-01", "S", "V2", "E13")
        // 91 days since 14: exactly 13 weeks.
        .child("D91", "2006-01-01").episode("D91", "2021-12-01", "2022-03-02", "S", "V2", "E13")
        // Still looked after on the 17th birthday (DfE rule 1007).
        .child("LAC17", "2006-06-01").episode("LAC17", "2021-01-01", "2023-07-01", "S", "C2", "E13")
        .oc3("LAC17", "2006-06-01", "YES", "F2", "D1")
        // 19 this year; looked after until the 18th birthday: former relevant, but no OC3 row.
        .child("FRC19", "2004-10-10").episode("FRC19", "2019-01-01", "2021-06-01", "S", "C2", "X1")
        .episode("FRC19", "2021-06-01", "2022-10-10", "P", "C2", "E17")
        // Died in care.
        .child("DIED", "2004-10-10").episode("DIED", "2019-01-01", "2022-01-01", "S", "C2", "E2")
        // 22 this year with an OC3 row: 22-25-year-olds are not expected.
        .child("AGE22", "2001-10-10").episode("AGE22", "2016-01-01", "2019-10-10", "S", "C2", "E17")
        .oc3("AGE22", "2001-10-10", "YES", "F1", "U1")
        // An OC3 row but no episodes in the files read.
        .child("NOEPS", "2003-10-10").oc3("NOEPS", "2003-10-10", "YES", "F1", "U1");
    // Short breaks only: a 3-night V3 break each month for 34 months since 14 (102 nights)
    // is a verified CPPCR reg 48 series and does not count towards 13 weeks.
    f.child("V3", "2006-06-01");
    LocalDate s = LocalDate.of(2020, 7, 1);
    for (int i = 0; i < 34; i++, s = s.plusMonths(1)) {
      f.episode("V3", s.toString(), s.plusDays(3).toString(), "S", "V3", "E13");
    }
    ExpectedCohort c = ExpectedCohort.check(f.read(2024), IndicatorSettings.defaults(), RULES);

    assertThat(c.findings()).extracting(ExpectedCohort.Finding::childId, ExpectedCohort.Finding::reason,
        ExpectedCohort.Finding::returned).containsExactly(
            tuple("AGE22", ExpectedCohort.Reason.AGE_OUTSIDE_17_TO_21, true),
            tuple("BASE", ExpectedCohort.Reason.RELEVANT_ON_17TH_BIRTHDAY, true),
            tuple("D91", ExpectedCohort.Reason.FORMER_RELEVANT_ON_BIRTHDAY, false),
            tuple("FRC19", ExpectedCohort.Reason.FORMER_RELEVANT_ON_BIRTHDAY, false),
            tuple("LAC17", ExpectedCohort.Reason.LOOKED_AFTER_ON_OR_AFTER_BIRTHDAY, true),
            tuple("NOEPS", ExpectedCohort.Reason.NO_EPISODES, true),
            tuple("ON16", ExpectedCohort.Reason.NOT_A_CARE_LEAVER, true));
    assertThat(c.missing()).extracting(ExpectedCohort.Finding::childId).containsExactly("D91", "FRC19");
    assertThat(c.unexpected()).extracting(ExpectedCohort.Finding::childId)
        .containsExactly("AGE22", "LAC17", "NOEPS", "ON16");
    assertThat(c.matched()).isEqualTo(1);
    assertThat(c.notExpectedWithoutRow()).containsEntry(ExpectedCohort.Reason.NOT_A_CARE_LEAVER, 2L) // D90, V3
        .containsEntry(ExpectedCohort.Reason.DIED_IN_CARE, 1L);
    assertThat(finding(c, "ON16").detail()).isEqualTo("category on the birthday: QUALIFYING");
    assertThat(finding(c, "D91").age()).contains(18);
  }

  @Test
  void aTwentyNinthOfFebruaryBirthdayFollowsTheLeapDaySetting() {
    // 17 in 2024-25: born 29 February 2008; left care at the end of 28 February 2025 (DEC 1 March).
    CohortFixture f = new CohortFixture()
        .child("LEAP", "2008-02-29").episode("LEAP", "2022-06-01", "2025-03-01", "S", "C2", "E5")
        .oc3("LEAP", "2008-02-29", "YES", "F2", "D1");
    Ssda903Return r = f.read(2025);

    // Default: the 17th birthday is 1 March 2025; the young person had left, and is relevant that day.
    ExpectedCohort march1 = ExpectedCohort.check(r, IndicatorSettings.defaults(), RULES);
    assertThat(finding(march1, "LEAP").reason()).isEqualTo(ExpectedCohort.Reason.RELEVANT_ON_17TH_BIRTHDAY);
    // 28 February: still looked after on the birthday, so no OC3 row is expected (DfE rule 1007).
    ExpectedCohort feb28 = ExpectedCohort.check(r,
        IndicatorSettings.defaults().withLeapDay(LeapDayPolicy.FEB_28), RULES);
    assertThat(finding(feb28, "LEAP").reason()).isEqualTo(ExpectedCohort.Reason.LOOKED_AFTER_ON_OR_AFTER_BIRTHDAY);
    assertThat(feb28.unexpected()).extracting(ExpectedCohort.Finding::childId).containsExactly("LEAP");
  }

  @Test
  void theWholeHistoryCountsNotJustLastYear() {
    // 21 this year; looked after from 14 to 18, five years before the year: still a former relevant child.
    CohortFixture f = new CohortFixture()
        .child("OLD", "2002-05-05").episode("OLD", "2016-06-01", "2020-05-05", "S", "C2", "E17")
        .oc3("OLD", "2002-05-05", "YES", "F1", "U1");
    ExpectedCohort c = ExpectedCohort.check(f.read(2024), IndicatorSettings.defaults(), RULES);
    assertThat(finding(c, "OLD").reason()).isEqualTo(ExpectedCohort.Reason.FORMER_RELEVANT_ON_BIRTHDAY);
    assertThat(finding(c, "OLD").age()).contains(21);
    assertThat(c.unexpected()).isEmpty();
  }

  @Test
  void theExpectedCohortIndicatorsCountMissingRowsOnTheirOwnLine() {
    CohortFixture f = CohortFixture.oneReturnedOneMissing();
    Ssda903Return r = f.read(2024);
    ExpectedCohort c = ExpectedCohort.check(r, IndicatorSettings.defaults(), RULES);
    CareLeaverIndicators ind = CareLeaverIndicators.forExpectedCohort(r, c, IndicatorSettings.defaults());
    BandIndicators b = ind.band(AgeBand.AGE_17).orElseThrow();
    assertThat(b.denominator()).isEqualTo(2);
    assertThat(b.count(IndicatorLine.IN_TOUCH)).isEqualTo(1);
    assertThat(b.count(IndicatorLine.IN_TOUCH_NO_ROW)).isEqualTo(1);
    // One young person without a row, though they are on the no-row line of all three measures.
    assertThat(b.count(IndicatorLine.Group.NO_ROW)).isEqualTo(1);
    assertThat(b.proportion(IndicatorLine.Group.NO_ROW)).hasValue(0.5);
    assertThat(b.count(IndicatorLine.Measure.ACTIVITY, IndicatorLine.Group.NO_ROW)).isEqualTo(1);
    assertThat(ind.population()).isEqualTo(CareLeaverIndicators.Population.EXPECTED_COHORT);
  }
}
