package org.leavingcare.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link Ages#epochDayOfAttaining} (from a date or from its fields) is {@link Ages#dateOfAttaining}
 * counted in epoch days.
 */
class AgesEpochDayTest {

  @Test
  void agreesWithTheDateForEveryBirthdayOfTwoCenturiesAndBothLeapDayPolicies() {
    for (LocalDate dob = LocalDate.of(1900, 1, 1); dob.isBefore(LocalDate.of(2101, 1, 1)); dob = dob.plusDays(1)) {
      for (LeapDayPolicy policy : LeapDayPolicy.values()) {
        for (int years : new int[] {0, 1, 3, 14, 16, 18, 21, 25, 100}) {
          long expected = Ages.dateOfAttaining(dob, years, policy).toEpochDay();
          assertThat(Ages.epochDayOfAttaining(dob, years, policy))
              .as("%s + %d (%s)", dob, years, policy)
              .isEqualTo(expected);
          assertThat(Ages.epochDayOfAttaining(dob.getYear(), dob.getMonthValue(), dob.getDayOfMonth(), years, policy))
              .as("fields of %s + %d (%s)", dob, years, policy)
              .isEqualTo(expected);
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
  void fieldsThatAreNotADateAreRefusedAsLocalDateWouldRefuseThem() {
    // 29 February of a common year, even where the anniversary would be a valid leap day.
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(2001, 2, 29, 3, LeapDayPolicy.MARCH_1))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("2001");
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(2008, 4, 31, 18, LeapDayPolicy.MARCH_1))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(2008, 13, 1, 18, LeapDayPolicy.MARCH_1))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(2008, 1, 1, -1, LeapDayPolicy.MARCH_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void aNegativeAgeIsRefused() {
    assertThatThrownBy(() -> Ages.epochDayOfAttaining(LocalDate.of(2008, 1, 1), -1, LeapDayPolicy.MARCH_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
