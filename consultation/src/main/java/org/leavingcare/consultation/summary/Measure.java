package org.leavingcare.consultation.summary;

import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.Interval;

/**
 * A weighted estimate with its standard error and confidence interval.
 *
 * @param estimate the estimate (a proportion 0 to 1, a mean, or a score); NaN if nobody answered
 * @param standardError its standard error (R survey's linearisation); NaN if not estimable
 * @param ci the confidence interval, if one can be given
 * @param respondents the unweighted number of respondents in the estimate's base
 */
public record Measure(double estimate, double standardError, Optional<Interval> ci, long respondents) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if ci is null
   */
  public Measure {
    Objects.requireNonNull(ci, "ci");
  }
}
