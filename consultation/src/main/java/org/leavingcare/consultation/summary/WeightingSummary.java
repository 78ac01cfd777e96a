package org.leavingcare.consultation.summary;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leavingcare.consultation.weighting.WeightScheme;

/**
 * The weighting a summary was computed under, and how calibration went.
 *
 * @param scheme the council's weight scheme
 * @param description a one-line description for reports
 * @param careExperiencedMultiplier the multiplier (1 under a target share; see each question's)
 * @param targetShare the target share of weight for care-experienced respondents, if that is the scheme
 * @param calibrationIterations sweeps done by the calibration, if any
 * @param calibrationConverged whether the calibration met its convergence rule, if any
 * @param calibrationMaxMarginError the largest achieved-minus-target margin, in weight units, if any
 */
public record WeightingSummary(WeightScheme scheme, String description, double careExperiencedMultiplier,
    OptionalDouble targetShare, Optional<Integer> calibrationIterations, Optional<Boolean> calibrationConverged,
    OptionalDouble calibrationMaxMarginError) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public WeightingSummary {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(targetShare, "targetShare");
    Objects.requireNonNull(calibrationIterations, "calibrationIterations");
    Objects.requireNonNull(calibrationConverged, "calibrationConverged");
    Objects.requireNonNull(calibrationMaxMarginError, "calibrationMaxMarginError");
  }
}
