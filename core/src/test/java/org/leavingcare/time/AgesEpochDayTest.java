package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Ages#epochDayOfAttaining} is {@link Ages#dateOfAttaining} counted in epoch days. */
class AgesEpochDayTest {

  @Test
  void agreesWithTheDateForEveryBirthdayOfTwoCenturiesAndBothLeapDayPolicies() {
    for (LocalDate dob = LocalDate.of(1900, 1, 1); dob.isBefore(LocalDate.of(2101, 1, 1)); dob = dob.plusDays(1)) {
      for (LeapDayPolicy policy : LeapDayPolicy.values()) {
        for (int years : new int[] {0, 1, 3, 14, 16, 18, 21, 25, 100}) {
          assertThat(Ages.epochDayOfAttaining(dob, years, policy))
              .as("%s + %d (%s)", dob, years, policy)
              .isEqualTo(Ages.dateOfAttaining(dob, years, policy).toEpochDay());
        }
      }
    }
  }

  @Test
  void aLeapDayBirthdayFallsOnTheDayThePolicySays() {
    LocalDate dob = LocalDate.of(2008, 2, 29);
    assertThat(LocalDate.ofEpochDay(Ages.epochDayOfAttaining(dob, 18, LeapDayPolicy.MARCH_1)))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(LocalDate.ofEpochDay(Ages.epochDayOfAttaining(dob, 18, LeapDayPolicy.FEB_28)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(LocalDate.ofEpochDay(Ages.epochDayOfAttaining(dob, 16, LeapDayPolicy.FEB_28)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aNegativeAgeIsRefused() {
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(LocalDate.of(2008, 1, 1), -1, LeapDayPolicy.MARCH_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
