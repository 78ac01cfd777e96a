package org.leavingcare.consultation.config;

import java.util.List;
import java.util.Objects;
import org.leavingcare.consultation.estimates.IntervalMethod;

/**
 * How results are computed and reported.
 *
 * @param confidenceLevel the level of every interval, in (0, 1); default 0.95
 * @param intervalMethod the proportion interval method; default {@link IntervalMethod#LOGIT} (R's default)
 * @param sensitivityMultipliers the care-experience multipliers of the sensitivity analysis, ascending;
 *     default 1, 1.5, 2, 3, 4, 5 (CONSULTATION-METHODS.md §8.2)
 */
public record AnalysisSettings(double confidenceLevel, IntervalMethod intervalMethod, List<Double> sensitivityMultipliers) {

  /** The default multipliers: 1 (unweighted), 1.5, 2, 3, 4 and 5. */
  public static final List<Double> DEFAULT_MULTIPLIERS = List.of(1.0, 1.5, 2.0, 3.0, 4.0, 5.0);

  /** 95% logit intervals and the default multipliers. */
  public static final AnalysisSettings DEFAULT = new AnalysisSettings(0.95, IntervalMethod.LOGIT, DEFAULT_MULTIPLIERS);

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException if the level is not in (0, 1), the method is not a proportion
   *     method, or the multipliers are empty, not positive or not ascending
   */
  public AnalysisSettings {
    Objects.requireNonNull(intervalMethod, "intervalMethod");
    sensitivityMultipliers = List.copyOf(sensitivityMultipliers);
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + confidenceLevel);
    }
    if (intervalMethod == IntervalMethod.T || intervalMethod == IntervalMethod.ALL_SAME_ANSWER) {
      throw new IllegalArgumentException("interval method must be logit, xlogit, beta, mean or wilson");
    }
    if (sensitivityMultipliers.isEmpty()) {
      throw new IllegalArgumentException("give at least one sensitivity multiplier");
    }
    double previous = 0;
    for (double k : sensitivityMultipliers) {
      if (!(k > previous) || !Double.isFinite(k)) {
        throw new IllegalArgumentException("sensitivity multipliers must be positive and ascending, were " + sensitivityMultipliers);
      }
      previous = k;
    }
  }

  /**
   * These settings with other sensitivity multipliers.
   *
   * @param multipliers positive, ascending
   * @return the copy
   */
  public AnalysisSettings withSensitivityMultipliers(List<Double> multipliers) {
    return new AnalysisSettings(confidenceLevel, intervalMethod, multipliers);
  }
}
