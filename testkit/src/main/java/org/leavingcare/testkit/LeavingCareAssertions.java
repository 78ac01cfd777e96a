package org.leavingcare.testkit;

import org.leavingcare.consultation.estimates.ProportionEstimate;
import org.leavingcare.duties.Deadline;
import org.leavingcare.law.LegalReference;
import org.leavingcare.rules.Assessment;

/**
 * The one entry point for leavingcare's AssertJ assertions:
 * {@code import static org.leavingcare.testkit.LeavingCareAssertions.assertThat;}. It does not
 * extend AssertJ's {@code Assertions}; import both where a test needs both.
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

  /**
   * Assertions on an assessment: category, duties, deadlines, flags and reasons.
   *
   * @param actual the assessment under test
   * @return its assertions
   */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /**
   * Assertions on one deadline.
   *
   * @param actual the deadline under test
   * @return its assertions
   */
  public static DeadlineAssert assertThat(Deadline actual) {
    return new DeadlineAssert(actual);
  }

  /**
   * Assertions on a weighted consultation estimate.
   *
   * @param actual the estimate under test
   * @return its assertions
   */
  public static ProportionEstimateAssert assertThat(ProportionEstimate actual) {
    return new ProportionEstimateAssert(actual);
  }
}
