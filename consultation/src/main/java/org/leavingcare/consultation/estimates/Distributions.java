package org.leavingcare.consultation.estimates;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/** Quantiles and tail probabilities, to the accuracy R gives (commons-math with tight solvers). */
final class Distributions {

  private static final double ACCURACY = 1e-15;

  /** t quantiles are asked for again and again with the same level and df: keep them. */
  private static final Map<List<Double>, Double> T_QUANTILES = new ConcurrentHashMap<>();

  private Distributions() {}

  /** The {@code p} quantile of Student's t with {@code df} degrees of freedom; normal if df is infinite. */
  static double tQuantile(double p, double df) {
    if (T_QUANTILES.size() > 10_000) {
      T_QUANTILES.clear();
    }
    return T_QUANTILES.computeIfAbsent(List.of(p, df), k -> computeTQuantile(p, df));
  }

  private static double computeTQuantile(double p, double df) {
    if (Double.isInfinite(df)) {
      return new NormalDistribution(null, 0, 1, ACCURACY).inverseCumulativeProbability(p);
    }
    return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
  }

  /** Two-sided p-value of a t statistic on finite degrees of freedom. */
  static double tTwoSided(double t, double df) {
    return 2 * new TDistribution(null, df, ACCURACY).cumulativeProbability(-Math.abs(t));
  }

  static double betaQuantile(double p, double a, double b) {
    return new BetaDistribution(null, a, b, ACCURACY).inverseCumulativeProbability(p);
  }

  static double fUpperTail(double f, double ndf, double ddf) {
    return 1 - new FDistribution(null, ndf, ddf, ACCURACY).cumulativeProbability(f);
  }

  /**
   * The upper tail of chi-squared: what commons-math's {@code ChiSquaredDistribution} computes
   * (the regularised gamma function with shape df / 2 at x / 2), without the gamma distribution
   * object it makes, which seeds a random generator of its own at every call.
   */
  static double chiSquaredUpperTail(double x, double df) {
    return 1 - (x <= 0 ? 0 : Gamma.regularizedGammaP(df / 2, x / 2));
  }
}
