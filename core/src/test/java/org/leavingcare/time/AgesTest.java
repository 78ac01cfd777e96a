package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

  private static final LocalDate LEAP = LocalDate.of(2008, 2, 29);

  @Test
  void aPersonAttainsAnAgeOnTheAnniversary() {
    LocalDate dob = LocalDate.of(2009, 3, 10);
    assertThat(Ages.dateOfAttaining(dob, 16, LeapDayPolicy.MARCH_1)).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(Ages.ageOn(dob, LocalDate.of(2025, 3, 9), LeapDayPolicy.MARCH_1)).isEqualTo(15);
    assertThat(Ages.ageOn(dob, LocalDate.of(2025, 3, 10), LeapDayPolicy.MARCH_1)).isEqualTo(16);
  }

  @Test
  void bornOn29FebruaryAttainsAnAgeOn1MarchByDefaultAnd28FebruaryUnderTheOtherPolicy() {
    assertThat(Ages.dateOfAttaining(LEAP, 18, LeapDayPolicy.MARCH_1)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Ages.dateOfAttaining(LEAP, 18, LeapDayPolicy.FEB_28)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(Ages.ageOn(LEAP, LocalDate.of(2026, 2, 28), LeapDayPolicy.MARCH_1)).isEqualTo(17);
    assertThat(Ages.ageOn(LEAP, LocalDate.of(2026, 2, 28), LeapDayPolicy.FEB_28)).isEqualTo(18);
  }

  @Test
  void theSwitchNeverMovesABirthdayInALeapYear() {
    for (LeapDayPolicy p : LeapDayPolicy.values()) {
      assertThat(Ages.dateOfAttaining(LEAP, 16, p)).isEqualTo(LocalDate.of(2024, 2, 29));
    }
  }

  @Test
  void anAgeBeforeBirthIsRefused() {
    assertThatThrownBy(() -> Ages.ageOn(LEAP, LocalDate.of(2008, 2, 28), LeapDayPolicy.MARCH_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2008-02-28");
  }
}
