package org.leavingcare.publish;

/**
 * A confidence interval {@code [lower, upper]} in the same unit as the estimate it belongs to
 * (for a {@link Cell.Kind#PERCENT} cell, percent from 0 to 100).
 *
 * <p>The confidence level is stated by the table (its unit or a footnote), not here.
 *
 * @param lower the lower limit, finite
 * @param upper the upper limit, finite and not below {@code lower}
 */
public record Interval(double lower, double upper) {

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not finite or {@code upper < lower}
   */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
      throw new IllegalArgumentException(
          "interval limits must be finite with lower <= upper, were " + lower + " and " + upper);
    }
  }
}
