package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.leavingcare.law.LegalReference;

/** Assertions on an assessment's reasons, shared by the rules' tests. */
final class ReasonAssertions {

  private ReasonAssertions() {}

  /** {@code a} gives a reason for {@code test}, met or not as {@code met}, citing {@code provision}. */
  static void assertReason(Assessment a, String test, boolean met, LegalReference provision) {
    assertThat(a.reasons()).as("%s", a.reasons()).anySatisfy(r -> {
      assertThat(r.test()).isEqualTo(test);
      assertThat(r.isMet()).isEqualTo(met);
      assertThat(r.provision()).isEqualTo(provision);
    });
  }
}
