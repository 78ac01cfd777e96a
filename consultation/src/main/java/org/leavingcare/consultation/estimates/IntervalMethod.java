package org.leavingcare.consultation.estimates;

import java.util.Locale;

/**
 * How a confidence interval was made. Proportion methods follow R's {@code survey::svyciprop}
 * (CONSULTATION-METHODS.md §4.2); {@link #T} is {@code estimate ± t·SE} for means, totals and
 * differences (§4.3). Each has a stable lower-case name used in JSON ({@link #jsonName()}).
 */
public enum IntervalMethod {
  /** svyciprop's default: {@code expit(logit(p) ± t·SE/(p(1−p)))}. */
  LOGIT,
  /** The same formula by the delta method on svymean; equal to {@link #LOGIT} for this design. */
  XLOGIT,
  /** Korn–Graubard: beta quantiles with the design-based effective sample size. */
  BETA,
  /** Wald: {@code p ± t·SE}, not clipped to [0, 1]. */
  MEAN,
  /** Wilson score interval with the design-based effective sample size (survey 4.5's "wilson"). */
  WILSON,
  /** {@code estimate ± t·SE}, for means, totals and differences. */
  T,
  /**
   * Every respondent gave the same answer ({@code p} is 0 or 1), so there is no design-based
   * interval; this is the exact one-sided binomial bound using Kish's effective sample size:
   * {@code [0, 1 − (α/2)^(1/n_eff)]} for 0, mirrored for 1 (CONSULTATION-METHODS.md §4.2 policy).
   * Approximate.
   */
  ALL_SAME_ANSWER;

  /**
   * The name used in JSON and on the command line, for example {@code "logit"} or {@code "all-same-answer"}.
   *
   * @return the lower-case name
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The method named by {@link #jsonName()}.
   *
   * @param name for example {@code "logit"}, any case
   * @return the method
   * @throws IllegalArgumentException if no method has that name
   */
  public static IntervalMethod fromJsonName(String name) {
    for (IntervalMethod m : values()) {
      if (m.jsonName().equalsIgnoreCase(name.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown interval method '" + name
        + "'; use one of logit, xlogit, beta, mean, wilson");
  }
}
