package org.leavingcare.consultation.weighting;

/**
 * The analysis weight of one response: finite and not negative. A weight of zero keeps the
 * response in the counts but gives it no say in the weighted estimates.
 *
 * @param value the weight
 */
public record Weight(double value) {

  /** The weight of a response when no weighting is applied. */
  public static final Weight ONE = new Weight(1.0);

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if the value is not finite or is negative
   */
  public Weight {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("weight must be finite and >= 0, was " + value);
    }
  }

  /**
   * A weight of the given value.
   *
   * @param value finite and not negative
   * @return the weight
   * @throws IllegalArgumentException if the value is not finite or is negative
   */
  public static Weight of(double value) {
    return new Weight(value);
  }

  /**
   * This weight multiplied by a factor.
   *
   * @param factor finite and not negative
   * @return the product
   * @throws IllegalArgumentException if the product is not finite or is negative
   */
  public Weight times(double factor) {
    return new Weight(value * factor);
  }
}
