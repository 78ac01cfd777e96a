package org.leavingcare.consultation.estimates;

import java.util.Optional;

/**
 * A weighted mean (or proportion) with its linearisation standard error (R {@code svymean}).
 *
 * @param estimate the weighted mean; {@code NaN} if nobody with weight answered
 * @param standardError its standard error; {@code NaN} if it cannot be estimated
 * @param respondents the unweighted number of rows that entered the estimate (answered, in the domain)
 * @param effectiveSampleSize Kish's {@code (Σw)²/Σw²} over those rows
 * @param degreesOfFreedom for t intervals: domain rows with non-zero weight − 1, counting rows
 *     that did not answer (R {@code degf})
 * @param weightTotal {@code Σw} over the rows that entered the estimate
 */
public record MeanEstimate(double estimate, double standardError, long respondents,
    double effectiveSampleSize, long degreesOfFreedom, double weightTotal) {

  /**
   * {@code estimate ± t·SE} with {@code t} on {@link #degreesOfFreedom()} (§4.3); the module's
   * default (R's {@code confint} uses the normal quantile unless given {@code df}).
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval; empty if there are no degrees of freedom or no standard error
   */
  public Optional<Interval> interval(double level) {
    return interval(level, degreesOfFreedom);
  }

  /**
   * {@code estimate ± q·SE} with {@code q} from Student's t on {@code df} degrees of freedom, or
   * the normal distribution if {@code df} is infinite (R's {@code confint} default).
   *
   * @param level the confidence level, in (0, 1)
   * @param df degrees of freedom; {@link Double#POSITIVE_INFINITY} for the normal
   * @return the interval; empty if df is not positive or the standard error is not a number
   */
  public Optional<Interval> interval(double level, double df) {
    if (!(df > 0) || !Double.isFinite(standardError) || Double.isNaN(estimate)) {
      return Optional.empty();
    }
    double t = Distributions.tQuantile(1 - (1 - level) / 2, df);
    return Optional.of(new Interval(estimate - t * standardError, estimate + t * standardError, IntervalMethod.T, level));
  }
}
