package org.leavingcare.consultation.estimates;

import java.util.Objects;

/**
 * A confidence interval: its ends, how it was made and its level.
 *
 * @param lower the lower end
 * @param upper the upper end, at least {@code lower}
 * @param method how it was made
 * @param level the confidence level, in (0, 1), for example 0.95
 */
public record Interval(double lower, double upper, IntervalMethod method, double level) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if an end is NaN, upper is below lower, or level is not in (0, 1)
   */
  public Interval {
    Objects.requireNonNull(method, "method");
    if (Double.isNaN(lower) || Double.isNaN(upper) || upper < lower) {
      throw new IllegalArgumentException("interval ends must be numbers with lower <= upper, were "
          + lower + " and " + upper);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
  }

  /**
   * Whether the interval contains a value (ends included).
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
