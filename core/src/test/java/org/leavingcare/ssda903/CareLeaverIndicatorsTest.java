package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leavingcare.time.LeapDayPolicy;

/** The indicators on a small hand-built cohort whose answers were worked out by hand. */
class CareLeaverIndicatorsTest {

  private static final IndicatorSettings DEFAULTS = IndicatorSettings.defaults();

  /** Collection year 2023-24 (1 April 2023 to 31 March 2024). */
  private static Ssda903Return cohort() {
    return new CohortFixture()
        .child("A", "2006-06-01").oc3("A", "2006-06-01", "YES", "F2", "D1")          // 17
        .child("B", "2006-02-10").oc3("B", "2006-02-10", "NO", "0", "0")             // 18
        .child("C", "2004-05-05").oc3("C", "2004-05-05", "YES", "G6", "S2")          // 19
        .child("D", "2002-12-12").oc3("D", "2002-12-12", "REFU", "G5", "U1")         // 21
        .child("E", "2003-01-01").oc3("E", "2003-01-01", "DIED", "0", "0")           // 21, died
        .child("F", "2005-09-09").oc3("F", "2005-09-09", "RHOM", "0", "0")           // 18, home 6 months
        .child("H", "2004-07-07").oc3("H", "2004-07-07", "YES", "F1", "U1")          // 19, short breaks only
        .episode("H", "2019-01-01", "2019-01-04", "S", "V3", "E13")
        .child("I", "2004-08-08").oc3("I", "2004-08-08", "YES", "F1", "U1")          // 19, transferred
        .episode("I", "2019-01-01", "2022-01-01", "S", "C2", "E3")
        .child("J", "2003-09-09").oc3("J", "2003-09-09", "", "", "")                 // 20, all blank
        .child("K", "2004-11-11").oc3("K", "2004-11-11", "YES", "F4", "R1")          // 19
        .child("L", "2010-01-01").oc3("L", "2010-01-01", "YES", "F2", "U1")          // 14: outside the ages
        .read(2024);
  }

  @Test
  void countsEachMeasureByAgeBandWithTheDfeExclusions() {
    CareLeaverIndicators ind = CareLeaverIndicators.asReturned(cohort(), DEFAULTS);

    BandIndicators seventeen = ind.band(AgeBand.AGE_17).orElseThrow();
    assertThat(seventeen.denominator()).isEqualTo(1);
    assertThat(seventeen.count(IndicatorLine.IN_TOUCH)).isEqualTo(1);
    assertThat(seventeen.count(IndicatorLine.OTHER_EDUCATION)).isEqualTo(1);
    assertThat(seventeen.count(IndicatorLine.SUITABLE)).isEqualTo(1);

    BandIndicators eighteen = ind.band(AgeBand.AGE_18).orElseThrow();
    assertThat(eighteen.denominator()).isEqualTo(1);
    assertThat(eighteen.count(IndicatorLine.NOT_IN_TOUCH)).isEqualTo(1);
    assertThat(eighteen.count(IndicatorLine.ACTIVITY_NOT_KNOWN)).isEqualTo(1);
    assertThat(eighteen.count(IndicatorLine.ACCOMMODATION_NO_INFORMATION)).isEqualTo(1);

    BandIndicators older = ind.band(AgeBand.AGE_19_TO_21).orElseThrow();
    assertThat(older.denominator()).isEqualTo(4); // C, D, J, K
    assertThat(older.count(IndicatorLine.IN_TOUCH)).isEqualTo(2);
    assertThat(older.count(IndicatorLine.REFUSES_CONTACT)).isEqualTo(1);
    assertThat(older.count(IndicatorLine.IN_TOUCH_BLANK)).isEqualTo(1);
    assertThat(older.count(IndicatorLine.Group.EET)).isEqualTo(1);
    assertThat(older.count(IndicatorLine.Group.NEET)).isEqualTo(2);
    assertThat(older.count(IndicatorLine.NEET_PREGNANCY_OR_PARENTING)).isEqualTo(1);
    assertThat(older.count(IndicatorLine.NEET_OTHER)).isEqualTo(1);
    assertThat(older.count(IndicatorLine.SUITABLE)).isEqualTo(2); // U1 and R1: suitability is the second character
    assertThat(older.count(IndicatorLine.UNSUITABLE)).isEqualTo(1); // S2
    assertThat(older.count(IndicatorLine.ACCOMMODATION_BLANK)).isEqualTo(1);
    assertThat(older.proportion(IndicatorLine.Group.SUITABLE)).hasValue(0.5);

    assertThat(ind.band(AgeBand.AGE_22_TO_25)).isEmpty();
    assertThat(ind.excluded()).containsOnly(entry(Exclusion.DIED, 1L), entry(Exclusion.RETURNED_HOME, 1L),
        entry(Exclusion.SHORT_BREAKS_ONLY, 1L), entry(Exclusion.TRANSFERRED, 1L),
        entry(Exclusion.AGE_OUTSIDE_17_TO_25, 1L));
  }

  @Test
  void theAgeIsTheBirthdayInTheCollectionYear() {
    CollectionYear y = CollectionYear.of(2024);
    assertThat(DEFAULTS.ageInYear(LocalDate.of(2006, 4, 1), y)).contains(17);   // 17th on 1 April 2023, the first day
    assertThat(DEFAULTS.ageInYear(LocalDate.of(2006, 3, 31), y)).contains(18);  // 18th on 31 March 2024, the last day
    assertThat(DEFAULTS.ageInYear(LocalDate.of(2004, 2, 29), y)).contains(20);  // 29 February 2024 exists
    // 29 February in a common year: 1 March (default) or 28 February - both in the same collection year.
    CollectionYear y25 = CollectionYear.of(2025);
    assertThat(DEFAULTS.birthdayInYear(LocalDate.of(2008, 2, 29), y25)).contains(LocalDate.of(2025, 3, 1));
    assertThat(DEFAULTS.withLeapDay(LeapDayPolicy.FEB_28).birthdayInYear(LocalDate.of(2008, 2, 29), y25))
        .contains(LocalDate.of(2025, 2, 28));
    assertThat(DEFAULTS.ageInYear(LocalDate.of(2008, 2, 29), y25)).contains(17);
  }

  @Test
  void theBirthdayWindowIsThreeMonthsBeforeToOneMonthAfterByDefault() {
    LocalDate birthday = LocalDate.of(2023, 6, 30);
    assertThat(DEFAULTS.window(birthday, LocalDate.of(2023, 3, 30))).isTrue();
    assertThat(DEFAULTS.window(birthday, LocalDate.of(2023, 3, 29))).isFalse();
    assertThat(DEFAULTS.window(birthday, LocalDate.of(2023, 7, 30))).isTrue();
    assertThat(DEFAULTS.window(birthday, LocalDate.of(2023, 7, 31))).isFalse();
    assertThat(DEFAULTS.withWindow(0, 0).window(birthday, birthday)).isTrue();
  }

  @Test
  void eachMeasureAddsUpToTheDenominator() {
    CareLeaverIndicators ind = CareLeaverIndicators.asReturned(cohort(), DEFAULTS);
    for (BandIndicators b : ind.bands()) {
      for (IndicatorLine.Measure m : IndicatorLine.Measure.values()) {
        long sum = b.counts().entrySet().stream().filter(e -> e.getKey().measure() == m)
            .mapToLong(Map.Entry::getValue).sum();
        assertThat(sum).as(b.band() + " " + m).isEqualTo(b.denominator());
      }
    }
  }
}
