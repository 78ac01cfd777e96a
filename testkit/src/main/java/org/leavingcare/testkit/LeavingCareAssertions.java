package org.leavingcare.testkit;

import org.leavingcare.law.LegalReference;

/**
 * The one entry point for leavingcare's AssertJ assertions:
 * {@code import static org.leavingcare.testkit.LeavingCareAssertions.assertThat;}.
 */
public final class LeavingCareAssertions {

  private LeavingCareAssertions() {}

  /**
   * Assertions on a citation.
   *
   * @param actual the reference under test
   * @return its assertions
   */
  public static LegalReferenceAssert assertThat(LegalReference actual) {
    return new LegalReferenceAssert(actual);
  }
}
