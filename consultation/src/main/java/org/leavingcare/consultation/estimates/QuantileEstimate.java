package org.leavingcare.consultation.estimates;

import java.util.OptionalDouble;

/**
 * A weighted quantile with its Woodruff interval (R {@code svyquantile}, {@code qrule = "math"}).
 * For Likert items the value is a scale position (1 = the first option of the scale).
 *
 * @param probability the probability, for example 0.5 for the median
 * @param value the quantile
 * @param lower the lower end of the interval; NaN if it falls below the data
 * @param upper the upper end; NaN if it falls above the data
 * @param standardError {@code (upper − lower)/(2t)}, as R reports it; NaN if an end is missing
 * @param level the confidence level
 */
public record QuantileEstimate(double probability, double value, double lower, double upper,
    double standardError, double level) {

  /**
   * The lower end, if the interval has one.
   *
   * @return the lower end
   */
  public OptionalDouble lowerEnd() {
    return Double.isNaN(lower) ? OptionalDouble.empty() : OptionalDouble.of(lower);
  }

  /**
   * The upper end, if the interval has one.
   *
   * @return the upper end
   */
  public OptionalDouble upperEnd() {
    return Double.isNaN(upper) ? OptionalDouble.empty() : OptionalDouble.of(upper);
  }
}
