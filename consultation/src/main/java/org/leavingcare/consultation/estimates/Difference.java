package org.leavingcare.consultation.estimates;

import java.util.Optional;

/**
 * The difference between two domain means or proportions, {@code A − B}, with a design-based t
 * test (R {@code svycontrast} on {@code svyby}, and {@code svyttest}; CONSULTATION-METHODS.md §3.5).
 *
 * @param estimate {@code μ_A − μ_B}
 * @param standardError its standard error
 * @param degreesOfFreedom rows of the two domains that answered, minus 2
 */
public record Difference(double estimate, double standardError, long degreesOfFreedom) {

  /**
   * The t statistic, {@code estimate / standardError}.
   *
   * @return the statistic; NaN if the standard error is 0 or not a number
   */
  public double t() {
    return standardError > 0 ? estimate / standardError : Double.NaN;
  }

  /**
   * Two-sided p-value of the t statistic on {@link #degreesOfFreedom()}.
   *
   * @return the p-value; NaN if it cannot be computed
   */
  public double pValue() {
    double t = t();
    return degreesOfFreedom > 0 && !Double.isNaN(t) ? Distributions.tTwoSided(t, degreesOfFreedom) : Double.NaN;
  }

  /**
   * {@code estimate ± t·SE} on {@link #degreesOfFreedom()}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval; empty if it cannot be computed
   */
  public Optional<Interval> interval(double level) {
    if (degreesOfFreedom <= 0 || !Double.isFinite(standardError) || Double.isNaN(estimate)) {
      return Optional.empty();
    }
    double t = Distributions.tQuantile(1 - (1 - level) / 2, degreesOfFreedom);
    return Optional.of(new Interval(estimate - t * standardError, estimate + t * standardError, IntervalMethod.T, level));
  }
}
