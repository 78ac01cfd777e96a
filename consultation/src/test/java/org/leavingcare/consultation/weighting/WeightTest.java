package org.leavingcare.consultation.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightTest {

  @Test
  void multipliesByAFactor() {
    assertThat(Weight.of(1.5).times(2.0)).isEqualTo(Weight.of(3.0));
  }

  @Test
  void refusesNegativeAndNonFiniteValues() {
    assertThatThrownBy(() -> Weight.of(-0.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
    assertThatThrownBy(() -> Weight.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Weight.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zeroIsAllowed() {
    assertThat(Weight.of(0).value()).isZero();
  }
}
