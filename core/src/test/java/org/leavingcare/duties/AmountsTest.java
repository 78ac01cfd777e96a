package org.leavingcare.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.law.OutsideModelledPeriodException;
import org.leavingcare.rules.Commencements;
import org.leavingcare.rules.Policy;

class AmountsTest {

  @Test
  void theHeBursaryIs2000PoundsForCoursesFromSeptember2008() {
    assertThat(Amounts.heBursaryGbp(LocalDate.of(2008, 9, 1))).isEqualTo(2000);
    assertThat(Amounts.heBursaryGbp(LocalDate.of(2026, 9, 28))).isEqualTo(2000);
  }

  @Test
  void datesTheAmountDoesNotCoverAreRefused() {
    assertThatThrownBy(() -> Amounts.heBursaryGbp(LocalDate.of(2008, 8, 31)))
        .isInstanceOf(OutsideModelledPeriodException.class).hasMessageContaining("2008-08-31");
    assertThatThrownBy(() -> Amounts.heBursaryGbp(LocalDate.of(2027, 4, 1)))
        .isInstanceOf(OutsideModelledPeriodException.class).hasMessageContaining("known only up to 2027-03-31");
  }

  @Test
  void cwsa2026ProvisionsAreNotInForceAsCheckedAndLaterDatesNeedTheSwitch() {
    Policy off = Policy.defaults();
    assertThat(Commencements.inForceOn(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT, LocalDate.of(2026, 6, 1), off)).isFalse();
    assertThatThrownBy(() -> Commencements.inForceOn(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT,
        LocalDate.of(2027, 6, 1), off)).isInstanceOf(OutsideModelledPeriodException.class);
    Policy from = off.with("CWSA2026_STAYING_CLOSE_SUPPORT", "on:2027-04-01");
    assertThat(Commencements.inForceOn(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT, LocalDate.of(2027, 3, 31), from)).isFalse();
    assertThat(Commencements.inForceOn(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT, LocalDate.of(2027, 4, 1), from)).isTrue();
  }
}
