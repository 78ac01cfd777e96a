package org.leavingcare.testkit;

import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.estimates.ProportionEstimate;

/**
 * Assertions on a weighted {@link ProportionEstimate}; obtain one from
 * {@link LeavingCareAssertions#assertThat(ProportionEstimate)}. Failure messages show the estimate,
 * its standard error, respondents and effective sample size.
 */
public final class ProportionEstimateAssert extends AbstractAssert<ProportionEstimateAssert, ProportionEstimate> {

  ProportionEstimateAssert(ProportionEstimate actual) {
    super(actual, ProportionEstimateAssert.class);
  }

  /**
   * Checks the weighted proportion to within a tolerance.
   *
   * @param expected the proportion, 0 to 1
   * @param tolerance the largest acceptable absolute difference
   * @return this assertion
   */
  public ProportionEstimateAssert hasProportionCloseTo(double expected, double tolerance) {
    isNotNull();
    if (!(Math.abs(actual.proportion() - expected) <= tolerance)) {
      failWithMessage("%nExpecting a proportion within %s of%n  %s%nbut was%n  %s", tolerance, expected, describe());
    }
    return this;
  }

  /**
   * Checks the standard error to within a relative tolerance (for comparisons with R's survey package).
   *
   * @param expected the standard error
   * @param relativeTolerance the largest acceptable relative difference, for example 1e-6
   * @return this assertion
   */
  public ProportionEstimateAssert hasStandardErrorCloseTo(double expected, double relativeTolerance) {
    isNotNull();
    double diff = Math.abs(actual.standardError() - expected);
    if (!(diff <= relativeTolerance * Math.abs(expected))) {
      failWithMessage("%nExpecting a standard error within %s (relative) of%n  %s%nbut was%n  %s", relativeTolerance,
          expected, describe());
    }
    return this;
  }

  /**
   * Checks the number of respondents the estimate rests on.
   *
   * @param expected the count
   * @return this assertion
   */
  public ProportionEstimateAssert hasRespondents(long expected) {
    isNotNull();
    if (actual.respondents() != expected) {
      failWithMessage("%nExpecting %s respondents but was%n  %s", expected, describe());
    }
    return this;
  }

  /**
   * Checks that the interval of the given method and level contains a value.
   *
   * @param value the value, for example the generator's true proportion
   * @param method the interval method
   * @param level the confidence level, for example 0.95
   * @return this assertion
   */
  public ProportionEstimateAssert hasIntervalContaining(double value, IntervalMethod method, double level) {
    isNotNull();
    Optional<Interval> interval = actual.interval(method, level);
    if (interval.isEmpty() || !interval.get().contains(value)) {
      failWithMessage("%nExpecting the %s interval at %s to contain%n  %s%nbut it was%n  %s%nfor%n  %s", method, level, value,
          interval.map(Interval::toString).orElse("not defined"), describe());
    }
    return this;
  }

  /**
   * Checks that the weighted proportion is more than a half.
   *
   * @return this assertion
   */
  public ProportionEstimateAssert isMajority() {
    isNotNull();
    if (!(actual.proportion() > 0.5)) {
      failWithMessage("%nExpecting a majority (more than 0.5) but was%n  %s", describe());
    }
    return this;
  }

  private String describe() {
    return String.format(Locale.ROOT, "%.6f (se %.6f, %d respondents, effective n %.1f)", actual.proportion(),
        actual.standardError(), actual.respondents(), actual.effectiveSampleSize());
  }
}
