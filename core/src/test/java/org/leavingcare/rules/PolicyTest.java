package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leavingcare.time.LeapDayPolicy;

class PolicyTest {

  @Test
  void theDefaultsAreTheLiteralReadingOfLawMdSection12() {
    Policy d = Policy.defaults();
    assertThat(d.leapDayBirthday()).isEqualTo(LeapDayPolicy.MARCH_1);
    assertThat(d.dayCount()).isEqualTo(Policy.DayCount.ELAPSED_DAYS);
    assertThat(d.sixteenBoundary()).isEqualTo(Policy.SixteenBoundary.ON_OR_AFTER);
    assertThat(d.shortBreakMode()).isEqualTo(Policy.ShortBreakMode.EXCLUDE_DAYS);
    assertThat(d.shortBreakGapStatus()).isEqualTo(Policy.ShortBreakGapStatus.QUALIFYING_LITERAL);
    assertThat(d.shortBreakLastCeasing()).isEqualTo(Policy.ShortBreakLastCeasing.LITERAL);
    assertThat(d.post18HomeBreakdown()).isEqualTo(Policy.Post18HomeBreakdown.RESTORES_FRC);
    assertThat(d.s23c7AgeCap()).isEqualTo(Policy.S23c7AgeCap.NONE);
    assertThat(d.annualReminder21to25()).isFalse();
    assertThat(d.commencement(Policy.Switch.CWSA2026_LOCAL_OFFER)).isEqualTo(Policy.Commencement.OFF);
    assertThat(Policy.of(Policy.Profile.STATUTORY_LITERAL)).isEqualTo(d);
  }

  @Test
  void aProfileIsAppliedFirstAndExplicitSwitchesOverrideIt() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("SIXTEEN_BOUNDARY", "ON_OR_AFTER");
    s.put("profile", "DFE_903_COMPATIBLE");
    assertThat(Policy.parse(s).sixteenBoundary()).isEqualTo(Policy.SixteenBoundary.ON_OR_AFTER);
    assertThat(Policy.parse(Map.of("profile", "DFE_903_COMPATIBLE")).sixteenBoundary())
        .isEqualTo(Policy.SixteenBoundary.STRICTLY_AFTER);
  }

  @Test
  void onAndOffAreCaseInsensitiveOtherValuesExact() {
    assertThat(Policy.defaults().with("ANNUAL_REMINDER_21_25", "ON").annualReminder21to25()).isTrue();
    assertThat(Policy.defaults().with("CWSA2026_LOCAL_OFFER", "On:2027-01-01").commencement(Policy.Switch.CWSA2026_LOCAL_OFFER))
        .isEqualTo(Policy.Commencement.from(LocalDate.of(2027, 1, 1)));
    assertThat(Policy.defaults().with("CWSA2026_LOCAL_OFFER", "2027-01-01").commencement(Policy.Switch.CWSA2026_LOCAL_OFFER))
        .isEqualTo(Policy.Commencement.from(LocalDate.of(2027, 1, 1)));
    assertThatThrownBy(() -> Policy.defaults().with("DAY_COUNT", "elapsed_days"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elapsed_days");
  }

  @Test
  void unknownNamesAndValuesAreRefusedNamingThem() {
    assertThatThrownBy(() -> Policy.defaults().with("CWSA2026_SOMETHING", "on"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CWSA2026_SOMETHING");
    assertThatThrownBy(() -> Policy.defaults().with("CWSA2026_LOCAL_OFFER", "soon"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
    assertThatThrownBy(() -> Policy.parse(Map.of("profile", "LENIENT")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LENIENT");
  }
}
