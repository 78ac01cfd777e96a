package org.leavingcare.consultation.estimates;

import java.util.Optional;

/**
 * A weighted total with its standard error (R {@code svytotal}).
 *
 * @param estimate the weighted total
 * @param standardError its standard error
 * @param degreesOfFreedom domain rows with non-zero weight − 1
 */
public record TotalEstimate(double estimate, double standardError, long degreesOfFreedom) {

  /**
   * {@code estimate ± t·SE}, {@code t} on {@link #degreesOfFreedom()}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval; empty if there are no degrees of freedom
   */
  public Optional<Interval> interval(double level) {
    if (degreesOfFreedom <= 0 || !Double.isFinite(standardError)) {
      return Optional.empty();
    }
    double t = Distributions.tQuantile(1 - (1 - level) / 2, degreesOfFreedom);
    return Optional.of(new Interval(estimate - t * standardError, estimate + t * standardError, IntervalMethod.T, level));
  }
}
