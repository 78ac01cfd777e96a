package org.leavingcare.consultation.weighting;

import java.util.List;
import java.util.Objects;

/**
 * What calibration to apply after the policy weights: post-stratification to one margin, or
 * raking to several (see {@link Calibration} for the algorithms and the convergence rule).
 *
 * @param method post-stratify or rake
 * @param margins the margins; exactly one for post-stratification
 * @param control when raking stops
 */
public record CalibrationSpec(Method method, List<Margin> margins, Calibration.RakingControl control) {

  /** The calibration method. */
  public enum Method {
    /** R {@code postStratify}: one margin, matched exactly. */
    POST_STRATIFY,
    /** R {@code rake}: iterative proportional fitting to every margin. */
    RAKE
  }

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException if there are no margins, or several for post-stratification
   */
  public CalibrationSpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(control, "control");
    margins = List.copyOf(margins);
    if (margins.isEmpty() || (method == Method.POST_STRATIFY && margins.size() != 1)) {
      throw new IllegalArgumentException(method == Method.POST_STRATIFY
          ? "post-stratification takes exactly one margin; use raking for several"
          : "raking needs at least one margin");
    }
  }
}
