package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;

/**
 * The headline measure of a question at one care-experience multiplier.
 *
 * @param multiplier the care-experience multiplier {@code k}
 * @param measure the estimate with its standard error and interval
 * @param effectiveN Kish's effective sample size of the respondents in the measure's base
 * @param careExperiencedShareOfWeight the care-experienced share of that base's weight
 * @param ranking the substantive options, most chosen (weighted) first
 */
public record SensitivityPoint(double multiplier, Measure measure, double effectiveN, double careExperiencedShareOfWeight,
    List<String> ranking) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public SensitivityPoint {
    Objects.requireNonNull(measure, "measure");
    ranking = List.copyOf(ranking);
  }
}
