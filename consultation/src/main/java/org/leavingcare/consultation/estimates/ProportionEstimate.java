package org.leavingcare.consultation.estimates;

import java.util.Objects;
import java.util.Optional;

/**
 * A weighted proportion (0 to 1) with its variance and confidence intervals (R {@code svymean} of a
 * 0/1 indicator and {@code svyciprop}; CONSULTATION-METHODS.md §3.2, §4.2).
 *
 * <p>Instances are immutable. Intervals are computed on request:
 * <ul>
 *   <li>{@link IntervalMethod#LOGIT} and {@link IntervalMethod#XLOGIT}:
 *       {@code expit(logit(p) ± t·√V/(p(1−p)))};
 *   <li>{@link IntervalMethod#MEAN}: {@code p ± t·√V}, not clipped;
 *   <li>{@link IntervalMethod#BETA} (Korn–Graubard): {@code n* = p(1−p)/V · [q_t(α/2; rows−1)/q_t(α/2; df)]²},
 *       interval {@code [B⁻¹(α/2; n*p, n*(1−p)+1), B⁻¹(1−α/2; n*p+1, n*(1−p))]};
 *   <li>{@link IntervalMethod#WILSON}: with {@code n_e = p(1−p)/V},
 *       {@code [p + t²/(2n_e) ∓ (t/(2n_e))√(4n_e·p(1−p) + t²)] / (1 + t²/n_e)} (survey 4.5).
 * </ul>
 * {@code t} is Student's t on the domain's degrees of freedom (R {@code degf}), as in
 * {@code svyciprop}. When every respondent gave the same answer ({@code p} is 0 or 1), every method
 * returns the {@link IntervalMethod#ALL_SAME_ANSWER} bound instead (R returns NaN or a degenerate
 * interval there). With no degrees of freedom there is no interval.
 */
public final class ProportionEstimate {

  private final double proportion;
  private final double variance;
  private final long respondents;
  private final double kish;
  private final long degreesOfFreedom;
  private final long designRows;

  ProportionEstimate(double proportion, double variance, long respondents, double kish, long df, long designRows) {
    this.proportion = proportion;
    this.variance = variance;
    this.respondents = respondents;
    this.kish = kish;
    this.degreesOfFreedom = df;
    this.designRows = designRows;
  }

  /**
   * The weighted proportion, 0 to 1; NaN if nobody with weight answered.
   *
   * @return the proportion
   */
  public double proportion() {
    return proportion;
  }

  /**
   * The linearisation variance of the proportion.
   *
   * @return the variance
   */
  public double variance() {
    return variance;
  }

  /**
   * The standard error, {@code √variance}.
   *
   * @return the standard error
   */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /**
   * The unweighted number of rows that entered the estimate (answered, in the domain).
   *
   * @return the number of respondents
   */
  public long respondents() {
    return respondents;
  }

  /**
   * Kish's effective sample size {@code (Σw)²/Σw²} over the respondents.
   *
   * @return the effective sample size
   */
  public double effectiveSampleSize() {
    return kish;
  }

  /**
   * The design-based effective sample size {@code p(1−p)/V} used by the beta and Wilson intervals.
   *
   * @return the design-based effective sample size; NaN when V is 0
   */
  public double designEffectiveSampleSize() {
    return variance > 0 ? proportion * (1 - proportion) / variance : Double.NaN;
  }

  /**
   * Degrees of freedom for the intervals: domain rows with non-zero weight − 1 (R {@code degf}).
   *
   * @return the degrees of freedom
   */
  public long degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * A confidence interval by the given method; see the class description.
   *
   * @param method how to make it
   * @param level the confidence level, in (0, 1), for example 0.95
   * @return the interval; empty if there is no respondent or no degree of freedom
   * @throws IllegalArgumentException if the method is {@link IntervalMethod#T} or
   *     {@link IntervalMethod#ALL_SAME_ANSWER} (those are not proportion methods)
   */
  public Optional<Interval> interval(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.T || method == IntervalMethod.ALL_SAME_ANSWER) {
      throw new IllegalArgumentException("choose a proportion method (logit, xlogit, beta, mean, wilson), not " + method);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    if (Double.isNaN(proportion) || degreesOfFreedom <= 0) {
      return Optional.empty();
    }
    double alpha = 1 - level;
    if (proportion == 0 || proportion == 1) {
      // p is 0 or 1 only when someone with weight answered, so Kish's n is positive
      double bound = 1 - Math.pow(alpha / 2, 1 / kish);
      return Optional.of(proportion == 0
          ? new Interval(0, bound, IntervalMethod.ALL_SAME_ANSWER, level)
          : new Interval(1 - bound, 1, IntervalMethod.ALL_SAME_ANSWER, level));
    }
    if (!(variance > 0)) {
      return Optional.empty();
    }
    double t = Distributions.tQuantile(1 - alpha / 2, degreesOfFreedom);
    double se = Math.sqrt(variance);
    switch (method) {
      case LOGIT:
      case XLOGIT: {
        double eta = Math.log(proportion / (1 - proportion));
        double seEta = se / (proportion * (1 - proportion));
        return Optional.of(new Interval(expit(eta - t * seEta), expit(eta + t * seEta), method, level));
      }
      case MEAN:
        return Optional.of(new Interval(proportion - t * se, proportion + t * se, method, level));
      case BETA: {
        double nEff = designEffectiveSampleSize();
        double ratio = Distributions.tQuantile(alpha / 2, designRows - 1) / Distributions.tQuantile(alpha / 2, degreesOfFreedom);
        nEff *= ratio * ratio;
        double lower = Distributions.betaQuantile(alpha / 2, nEff * proportion, nEff * (1 - proportion) + 1);
        double upper = Distributions.betaQuantile(1 - alpha / 2, nEff * proportion + 1, nEff * (1 - proportion));
        return Optional.of(new Interval(lower, upper, method, level));
      }
      case WILSON: {
        double n = designEffectiveSampleSize();
        double t2 = t * t;
        double centre = proportion + t2 / (2 * n);
        double half = (t / (2 * n)) * Math.sqrt(4 * n * proportion * (1 - proportion) + t2);
        double scale = 1 + t2 / n;
        return Optional.of(new Interval((centre - half) / scale, (centre + half) / scale, method, level));
      }
      default:
        throw new IllegalStateException("unhandled interval method " + method + ": this is a bug");
    }
  }

  private static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Override
  public String toString() {
    return "ProportionEstimate[proportion=" + proportion + ", se=" + standardError() + ", respondents="
        + respondents + ", effectiveSampleSize=" + kish + ", df=" + degreesOfFreedom + "]";
  }
}
