package org.leavingcare.consultation.estimates;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.leavingcare.consultation.weighting.Calibration;
import org.leavingcare.consultation.weighting.CalibrationStep;

/**
 * A weights-only survey design, as R's {@code svydesign(ids = ~1, weights = ~w, data = d)}: one
 * stage, every respondent its own primary sampling unit, no strata, no finite population
 * correction, with-replacement variance (CONSULTATION-METHODS.md §1). Optionally calibrated
 * (post-stratified or raked, {@link Calibration}).
 *
 * <p><b>Cells.</b> The design is held as cells: {@code count(j)} respondents who share the weight
 * {@code weight(j)} and the same values. Every variable passed to an estimator is an array with
 * one value per cell ({@code NaN} = not answered). A respondent-level design is simply cells of
 * one ({@link #ofRows}). All formulas are those of R's {@code survey} applied row by row; grouping
 * identical rows into cells changes no result.
 *
 * <p><b>Variance</b> (§2, R {@code svyrecvar}): an estimate with influence values {@code z_i}
 * (0 for rows that do not enter it) has {@code V = n/(n−1) · Σ_i (z_i − z̄)²}, where {@code n}
 * counts <em>every</em> row of the design, including rows that did not answer and rows outside
 * the domain (§1.2: "the two n's"). A calibrated design first replaces {@code z} by its
 * post-stratification or raking residual (§7).
 *
 * <p><b>Degrees of freedom</b> for intervals: rows of the (domain) design with non-zero weight,
 * minus 1, counting rows that did not answer (§1.2); R's {@code degf}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SurveyDesign {

  private final double[] weight;
  private final long[] count;
  private final long rows;
  private final Optional<Calibration> calibration;

  private SurveyDesign(double[] weight, long[] count, Optional<Calibration> calibration) {
    if (weight.length != count.length) {
      throw new IllegalArgumentException("weights and counts must have one entry per cell, had "
          + weight.length + " and " + count.length);
    }
    long n = 0;
    for (int j = 0; j < weight.length; j++) {
      if (!Double.isFinite(weight[j]) || weight[j] < 0) {
        throw new IllegalArgumentException("weight of cell " + j + " must be finite and >= 0, was " + weight[j]);
      }
      if (count[j] < 0) {
        throw new IllegalArgumentException("count of cell " + j + " must be >= 0, was " + count[j]);
      }
      n += count[j];
    }
    this.weight = weight;
    this.count = count;
    this.rows = n;
    this.calibration = calibration;
  }

  /**
   * A design with one cell per respondent.
   *
   * @param weights each respondent's weight, finite and not negative
   * @return the design
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public static SurveyDesign ofRows(double[] weights) {
    long[] ones = new long[weights.length];
    Arrays.fill(ones, 1);
    return new SurveyDesign(weights.clone(), ones, Optional.empty());
  }

  /**
   * A design of cells: {@code counts[j]} respondents, each with weight {@code weights[j]}.
   *
   * @param weights the weight of each cell, finite and not negative
   * @param counts the number of respondents in each cell, not negative
   * @return the design
   * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
   */
  public static SurveyDesign ofCells(double[] weights, long[] counts) {
    return new SurveyDesign(weights.clone(), counts.clone(), Optional.empty());
  }

  /**
   * A calibrated design: the calibration's weights, and variances that account for it.
   *
   * @param counts the number of respondents in each cell
   * @param calibration the calibration, made on the same cells
   * @return the design
   * @throws IllegalArgumentException if the calibration has a different number of cells
   */
  public static SurveyDesign calibrated(long[] counts, Calibration calibration) {
    double[] w = calibration.weights();
    if (w.length != counts.length) {
      throw new IllegalArgumentException("calibration has " + w.length + " cells but counts has " + counts.length);
    }
    return new SurveyDesign(w, counts.clone(), Optional.of(calibration));
  }

  /**
   * The number of rows (respondents): the {@code n} of the variance factor {@code n/(n−1)}.
   *
   * @return the number of rows
   */
  public long rows() {
    return rows;
  }

  /**
   * The number of cells.
   *
   * @return the number of cells
   */
  public int cells() {
    return weight.length;
  }

  /**
   * The weight of the respondents in a cell.
   *
   * @param cell the cell index
   * @return the weight
   */
  public double weight(int cell) {
    return weight[cell];
  }

  /**
   * The number of respondents in a cell.
   *
   * @param cell the cell index
   * @return the count
   */
  public long count(int cell) {
    return count[cell];
  }

  /**
   * The calibration, if the design is calibrated.
   *
   * @return the calibration, or empty
   */
  public Optional<Calibration> calibration() {
    return calibration;
  }

  /**
   * Degrees of freedom of the whole design: rows with non-zero weight, minus 1 (R {@code degf}).
   *
   * @return the degrees of freedom
   */
  public long degreesOfFreedom() {
    return degreesOfFreedom(all());
  }

  // ---------------------------------------------------------------------------------------------
  // Means and proportions

  /**
   * Weighted mean of {@code y} over the rows that answered (R {@code svymean(~y, design, na.rm = TRUE)}).
   *
   * @param y one value per cell; {@code NaN} = not answered
   * @return the estimate
   * @see #mean(double[], boolean[])
   */
  public MeanEstimate mean(double[] y) {
    return mean(y, all());
  }

  /**
   * Weighted mean of {@code y} over a domain's rows that answered (R
   * {@code svymean(~y, subset(design, domain), na.rm = TRUE)}).
   *
   * <p>{@code μ = Σ_S w y / W_S} where {@code S} is the domain's rows with {@code y} present and
   * {@code W_S = Σ_S w}; influence {@code z_i = w_i (y_i − μ)/W_S} on {@code S}, 0 elsewhere;
   * variance by the class formula with {@code n} = all rows of the design (§3.2, §3.5). Degrees
   * of freedom: domain rows with non-zero weight − 1. Kish's effective sample size
   * {@code (Σ_S w)²/Σ_S w²} (§3.7). The mean is {@code NaN} if no row with weight answered.
   *
   * @param y one value per cell; {@code NaN} = not answered
   * @param domain whether each cell is in the domain
   * @return the estimate
   */
  public MeanEstimate mean(double[] y, boolean[] domain) {
    check(y, domain);
    Moments m = moments(y, domain);
    double[] z = new double[cells()];
    for (int j = 0; j < z.length; j++) {
      z[j] = inS(y, domain, j) ? weight[j] * (y[j] - m.mean) / m.weightTotal : 0;
    }
    double se = m.weightTotal > 0 ? Math.sqrt(variance(z)) : Double.NaN;
    return new MeanEstimate(m.mean, se, m.respondents, m.kish, degreesOfFreedom(domain), m.weightTotal);
  }

  /**
   * Weighted proportion of rows with {@code y = 1} among a domain's rows that answered: the mean
   * of a 0/1 indicator (R {@code svymean}, {@code svyciprop}); see {@link #mean(double[], boolean[])}.
   * Use it for "weighted share of respondents choosing an option" and for "weighted share of
   * respondents whose answer carries a theme", with the domain "answered the question".
   *
   * @param indicator one value per cell: 1, 0, or {@code NaN} (not answered)
   * @param domain whether each cell is in the domain
   * @return the estimate, with intervals by {@link ProportionEstimate#interval}
   * @throws IllegalArgumentException if an indicator value is not 0, 1 or NaN
   */
  public ProportionEstimate proportion(double[] indicator, boolean[] domain) {
    for (double v : indicator) {
      if (!(v == 0 || v == 1 || Double.isNaN(v))) {
        throw new IllegalArgumentException("an indicator must be 0, 1 or NaN, was " + v);
      }
    }
    MeanEstimate m = mean(indicator, domain);
    double v = m.standardError() * m.standardError();
    return new ProportionEstimate(m.estimate(), v, m.respondents(), m.effectiveSampleSize(),
        m.degreesOfFreedom(), designRows(domain));
  }

  /**
   * Weighted proportion over the whole design; see {@link #proportion(double[], boolean[])}.
   *
   * @param indicator one value per cell: 1, 0, or {@code NaN} (not answered)
   * @return the estimate
   */
  public ProportionEstimate proportion(double[] indicator) {
    return proportion(indicator, all());
  }

  /**
   * Weighted total of {@code y} over a domain's rows that answered (R {@code svytotal}, §3.1):
   * {@code T = Σ_S w y}, influence {@code z_i = w_i y_i} on {@code S}, centred on {@code T/n}.
   * Totals scale with the weights; policy weights have no population meaning, so report totals only
   * as weighted counts, never as people.
   *
   * @param y one value per cell; {@code NaN} = not answered
   * @param domain whether each cell is in the domain
   * @return the estimate
   */
  public TotalEstimate total(double[] y, boolean[] domain) {
    check(y, domain);
    double t = 0;
    double[] z = new double[cells()];
    for (int j = 0; j < z.length; j++) {
      if (inS(y, domain, j)) {
        z[j] = weight[j] * y[j];
        t += z[j] * count[j];
      }
    }
    return new TotalEstimate(t, Math.sqrt(variance(z)), degreesOfFreedom(domain));
  }

  /**
   * Kish's effective sample size over a domain's rows that answered: {@code (Σ w)²/Σ w²}
   * (Kish 1965, <i>Survey Sampling</i>; §3.7). 0 if no row with weight answered.
   *
   * @param y one value per cell; {@code NaN} = not answered
   * @param domain whether each cell is in the domain
   * @return the effective sample size
   */
  public double kishEffectiveSampleSize(double[] y, boolean[] domain) {
    check(y, domain);
    return moments(y, domain).kish;
  }

  /**
   * Difference of two domain means {@code μ_A − μ_B} (R {@code svyby(..., covmat = TRUE)} then
   * {@code svycontrast}, §3.5). Its influence is the difference of the two domains' influences, so
   * its variance includes any covariance a calibration induces; without calibration it is
   * {@code V_A + V_B}. The t statistic uses {@code m_A + m_B − 2} degrees of freedom, the rows of
   * the two domains that answered, as R's {@code svyttest} does.
   *
   * @param y one value per cell; {@code NaN} = not answered
   * @param a domain A
   * @param b domain B
   * @return the difference
   */
  public Difference difference(double[] y, boolean[] a, boolean[] b) {
    check(y, a);
    check(y, b);
    Moments ma = moments(y, a);
    Moments mb = moments(y, b);
    double[] z = new double[cells()];
    for (int j = 0; j < z.length; j++) {
      double za = inS(y, a, j) ? weight[j] * (y[j] - ma.mean) / ma.weightTotal : 0;
      double zb = inS(y, b, j) ? weight[j] * (y[j] - mb.mean) / mb.weightTotal : 0;
      z[j] = za - zb;
    }
    double se = ma.weightTotal > 0 && mb.weightTotal > 0 ? Math.sqrt(variance(z)) : Double.NaN;
    long df = nonZero(y, a) + nonZero(y, b) - 2;
    return new Difference(ma.mean - mb.mean, se, df);
  }

  // ---------------------------------------------------------------------------------------------
  // Quantiles

  /**
   * Weighted quantile with a Woodruff confidence interval (R {@code svyquantile}, default
   * {@code qrule = "math"}, {@code interval.type = "mean"}; §5).
   *
   * <p>The quantile is the smallest value whose weighted cumulative share reaches {@code p}
   * (shares within {@code 1e-12} of {@code p} count as reaching it), except that, as in R, when
   * {@code p} is below the first sorted respondent's share the second sorted respondent's value is
   * returned. Interval: {@code F̃} = weighted
   * share of answers at or below the quantile, with its standard error; {@code [L, U] = F̃ ± t·SE}
   * ({@code t} on the number of respondents who answered, minus 1: unlike {@code svymean},
   * {@code svyquantile} drops the rows that did not answer before taking {@code degf}); the interval is {@code [Q(L), Q(U)]}, an end
   * being absent if {@code L < 0} or {@code U > 1}. Its reported standard error is
   * {@code (Q(U) − Q(L))/(2t)}.
   *
   * @param y one value per cell (for Likert items, the scale position 1, 2, ...); {@code NaN} = not answered
   * @param domain whether each cell is in the domain
   * @param p the probability, in (0, 1); 0.5 for the median
   * @param level the confidence level, in (0, 1)
   * @return the estimate; empty if no row with weight answered
   */
  public Optional<QuantileEstimate> quantile(double[] y, boolean[] domain, double p, double level) {
    check(y, domain);
    if (!(p > 0 && p < 1) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("probability and level must be in (0, 1), were " + p + " and " + level);
    }
    TreeMap<Double, double[]> byValue = new TreeMap<>();
    double total = 0;
    for (int j = 0; j < cells(); j++) {
      if (inS(y, domain, j) && weight[j] > 0 && count[j] > 0) {
        double[] agg = byValue.computeIfAbsent(y[j], v -> new double[] {0, 0, Double.POSITIVE_INFINITY});
        agg[0] += weight[j] * count[j];
        agg[1] += count[j];
        agg[2] = Math.min(agg[2], weight[j]);
        total += weight[j] * count[j];
      }
    }
    if (byValue.isEmpty()) {
      return Optional.empty();
    }
    double q = quantileOf(byValue, total, p);
    double[] atOrBelow = new double[cells()];
    for (int j = 0; j < cells(); j++) {
      atOrBelow[j] = Double.isNaN(y[j]) ? Double.NaN : (y[j] <= q ? 1 : 0);
    }
    MeanEstimate f = mean(atOrBelow, domain);
    long df = nonZero(y, domain) - 1;
    if (df <= 0) {
      return Optional.of(new QuantileEstimate(p, q, Double.NaN, Double.NaN, Double.NaN, level));
    }
    double t = Distributions.tQuantile(1 - (1 - level) / 2, df);
    double lp = f.estimate() - t * f.standardError();
    double up = f.estimate() + t * f.standardError();
    double lower = lp < 0 || Double.isNaN(lp) ? Double.NaN : quantileOf(byValue, total, lp);
    double upper = up > 1 || Double.isNaN(up) ? Double.NaN : quantileOf(byValue, total, up);
    double se = (upper - lower) / (2 * t);
    return Optional.of(new QuantileEstimate(p, q, lower, upper, se, level));
  }

  /**
   * R's {@code qrule_math}: the smallest value whose weighted cumulative share reaches {@code p}.
   * R quirk kept for parity: when {@code p·W} is below the first sorted row's weight (no row's
   * cumulative weight is at most {@code p·W}), R returns the <em>second</em> sorted row's value. With
   * cells the first row's weight is taken as the smallest weight among the rows with the smallest
   * value (exact whenever those rows share one weight).
   */
  private static double quantileOf(TreeMap<Double, double[]> byValue, double total, double p) {
    var first = byValue.firstEntry();
    if (p * total < first.getValue()[2] * (1 - 1e-12)) {
      if (first.getValue()[1] >= 2 || byValue.size() == 1) {
        return first.getKey();
      }
      return byValue.higherKey(first.getKey());
    }
    double cumulative = 0;
    double last = Double.NaN;
    for (var e : byValue.entrySet()) {
      cumulative += e.getValue()[0];
      last = e.getKey();
      if (cumulative / total >= p - 1e-12) {
        return e.getKey();
      }
    }
    return last;
  }

  // ---------------------------------------------------------------------------------------------
  // Rao-Scott

  /**
   * Rao–Scott tests of association for a two-way table (R {@code svychisq}, §6.2): first order
   * ({@code statistic = "Chisq"}) and second order ({@code statistic = "F"}, the default).
   *
   * <p>Rows with either classifier missing are left out of the table but, as in R, still count in
   * {@code N} (the table is scaled to total {@code N}) and in the variance factor. Only categories
   * that occur among complete rows are used. {@code X²} is Pearson's statistic on the weighted
   * table scaled to {@code N}; {@code p̂} the cell proportions with covariance {@code V};
   * {@code C̃} the interaction columns of the saturated model residualised on the main effects;
   * {@code Δ = [C̃ᵀ(D⁻/N)C̃]⁻¹ C̃ᵀD⁻VD⁻C̃} with {@code D⁻ = diag(1/p̂)} (0 for empty cells).
   * First order: {@code X²/δ̄} on {@code (R−1)(C−1)} df, {@code δ̄ = tr Δ/((R−1)(C−1))}. Second
   * order: {@code F = X²/tr Δ} on {@code d₀ = (tr Δ)²/tr Δ²} and {@code d₀·ν} df,
   * {@code ν} = rows − 1.
   *
   * @param rowFactor the row category of each cell, {@code 0, 1, ...}; negative = missing
   * @param columnFactor the column category of each cell; negative = missing
   * @return the tests; empty if fewer than two row or two column categories occur, if empty
   *     cells make the design-effect matrix singular (R's {@code solve} fails there too; collapse
   *     categories), or if the design effects are degenerate ({@code tr Δ} or {@code tr Δ²} zero or
   *     not finite, as when so few people answered that the estimated variance vanishes): the
   *     Rao-Scott correction is then undefined, and R reports {@code NaN} or an infinite statistic
   *     rather than a usable test
   */
  public Optional<RaoScottTest> raoScott(int[] rowFactor, int[] columnFactor) {
    if (rowFactor.length != cells() || columnFactor.length != cells()) {
      throw new IllegalArgumentException("factors must have one entry per cell");
    }
    int[] rowLevel = levels(rowFactor, columnFactor);
    int[] colLevel = levels(columnFactor, rowFactor);
    int nr = Arrays.stream(rowLevel).max().orElse(-1) + 1;
    int nc = Arrays.stream(colLevel).max().orElse(-1) + 1;
    if (nr < 2 || nc < 2) {
      return Optional.empty();
    }
    int k = nr * nc;
    double bigN = rows;
    // cell proportions among complete rows, with their covariance
    double wTotal = 0;
    double[] table = new double[k];
    int[] cellOf = new int[cells()];
    for (int j = 0; j < cells(); j++) {
      if (rowFactor[j] >= 0 && columnFactor[j] >= 0) {
        int cell = rowLevel[rowFactor[j]] + nr * colLevel[columnFactor[j]];
        cellOf[j] = cell;
        table[cell] += weight[j] * count[j];
        wTotal += weight[j] * count[j];
      } else {
        cellOf[j] = -1;
      }
    }
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = table[c] / wTotal;
    }
    double[][] z = new double[k][cells()];
    for (int j = 0; j < cells(); j++) {
      if (cellOf[j] >= 0) {
        for (int c = 0; c < k; c++) {
          double ind = cellOf[j] == c ? 1 : 0;
          z[c][j] = weight[j] * (ind - p[c]) / wTotal;
        }
      }
    }
    double[][] v = covariance(z);
    // Pearson X² on the table scaled to N
    double[] rowP = new double[nr];
    double[] colP = new double[nc];
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        rowP[r] += p[r + nr * c];
        colP[c] += p[r + nr * c];
      }
    }
    double x2 = 0;
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        double e = rowP[r] * colP[c];
        double d = p[r + nr * c] - e;
        x2 += d * d / e;
      }
    }
    x2 *= bigN;
    // C̃: the interaction columns of the saturated model residualised on the main effects. On the
    // balanced R×C grid the least-squares residual of the indicator of cell (r, c) is its double
    // centring: 1[r, c] − 1[row r]/C − 1[column c]/R + 1/(RC) (what R's qr.resid gives).
    int pi = (nr - 1) * (nc - 1);
    double[][] ct = new double[k][pi];
    for (int c = 0; c < nc; c++) {
      for (int r = 0; r < nr; r++) {
        int row = r + nr * c;
        for (int c2 = 1; c2 < nc; c2++) {
          for (int r2 = 1; r2 < nr; r2++) {
            double centred = (r == r2 && c == c2 ? 1 : 0) - (r == r2 ? 1.0 / nc : 0) - (c == c2 ? 1.0 / nr : 0)
                + 1.0 / (nr * nc);
            ct[row][(r2 - 1) + (nr - 1) * (c2 - 1)] = centred;
          }
        }
      }
    }
    double[] id = new double[k];
    for (int c = 0; c < k; c++) {
      id[c] = p[c] == 0 ? 0 : 1 / p[c];
    }
    double[][] idm = new double[k][k];
    double[][] idmN = new double[k][k];
    for (int c = 0; c < k; c++) {
      idm[c][c] = id[c];
      idmN[c][c] = id[c] / bigN;
    }
    double[][] cmT = transpose(ct);
    double[][] denom = multiply(multiply(cmT, idmN), ct);
    double[][] numr = multiply(multiply(multiply(multiply(cmT, idm), v), idm), ct);
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(denom, false));
    if (!lu.getSolver().isNonSingular()) {
      return Optional.empty();
    }
    double[][] delta = lu.getSolver().solve(new Array2DRowRealMatrix(numr, false)).getData();
    double tr = 0;
    double tr2 = 0;
    for (int i = 0; i < delta.length; i++) {
      tr += delta[i][i];
      double square = 0;
      for (int j = 0; j < delta.length; j++) {
        square += delta[i][j] * delta[j][i];
      }
      tr2 += square;
    }
    if (!(tr > 0) || !(tr2 > 0) || !Double.isFinite(tr) || !Double.isFinite(tr2) || !Double.isFinite(x2)) {
      return Optional.empty();
    }
    double d0 = tr * tr / tr2;
    double nu = rows - 1;
    double f = x2 / tr;
    double pF = Distributions.fUpperTail(f, d0, d0 * nu);
    double meanDelta = tr / pi;
    double pChisq = Distributions.chiSquaredUpperTail(x2 / meanDelta, pi);
    return Optional.of(new RaoScottTest(nr, nc, x2, meanDelta, pi, pChisq, f, d0, d0 * nu, pF));
  }

  /**
   * The matrix product {@code a b}, each entry summed in the order commons-math's
   * {@code RealMatrix.multiply} sums it (so the result is the same to the last bit), on plain
   * arrays: the Rao-Scott tests of a summary multiply small matrices a few thousand times, and
   * through {@code RealMatrix}'s checked {@code getEntry} that took a tenth of a second.
   */
  private static double[][] multiply(double[][] a, double[][] b) {
    int n = b.length;
    int cols = n == 0 ? 0 : b[0].length;
    double[][] out = new double[a.length][cols];
    double[] column = new double[n];
    for (int col = 0; col < cols; col++) {
      for (int i = 0; i < n; i++) {
        column[i] = b[i][col];
      }
      for (int row = 0; row < a.length; row++) {
        double[] ar = a[row];
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += ar[i] * column[i];
        }
        out[row][col] = sum;
      }
    }
    return out;
  }

  private static double[][] transpose(double[][] a) {
    int cols = a.length == 0 ? 0 : a[0].length;
    double[][] t = new double[cols][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < cols; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /** Dense level numbers 0.. for the categories that occur where the other factor is present. */
  private static int[] levels(int[] factor, int[] other) {
    int max = Arrays.stream(factor).max().orElse(-1);
    boolean[] seen = new boolean[Math.max(0, max + 1)];
    for (int j = 0; j < factor.length; j++) {
      if (factor[j] >= 0 && other[j] >= 0) {
        seen[factor[j]] = true;
      }
    }
    int[] level = new int[seen.length];
    int next = 0;
    for (int i = 0; i < seen.length; i++) {
      level[i] = seen[i] ? next++ : -1;
    }
    return level;
  }

  // ---------------------------------------------------------------------------------------------
  // The variance engine

  /** {@code n/(n−1) Σ_i (z_i − z̄)²} for one statistic, after calibration residuals. */
  double variance(double[] z) {
    return covariance(new double[][] {z})[0][0];
  }

  /**
   * Covariance of several statistics from their per-cell influence values {@code z[k][cell]}
   * (R {@code svyrecvar} for this design, §2, with the calibration residuals of §7).
   */
  double[][] covariance(double[][] z) {
    int p = z.length;
    double[][] r = new double[p][];
    for (int k = 0; k < p; k++) {
      r[k] = z[k].clone();
      residualise(r[k]);
    }
    double n = rows;
    double[][] v = new double[p][p];
    if (n <= 1) {
      for (double[] row : v) {
        Arrays.fill(row, Double.NaN);
      }
      return v;
    }
    double[] mean = new double[p];
    for (int k = 0; k < p; k++) {
      double s = 0;
      for (int j = 0; j < cells(); j++) {
        s += count[j] * r[k][j];
      }
      mean[k] = s / n;
    }
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        double s = 0;
        for (int j = 0; j < cells(); j++) {
          if (count[j] != 0) {
            s += count[j] * (r[a][j] - mean[a]) * (r[b][j] - mean[b]);
          }
        }
        v[a][b] = s * n / (n - 1);
        v[b][a] = v[a][b];
      }
    }
    return v;
  }

  private void residualise(double[] z) {
    if (calibration.isEmpty()) {
      return;
    }
    Calibration cal = calibration.get();
    if (cal.kind() == Calibration.Kind.POST_STRATIFICATION) {
      for (CalibrationStep step : cal.steps()) {
        int h = step.strata();
        double[] num = new double[h];
        double[] den = new double[h];
        for (int j = 0; j < z.length; j++) {
          double psw = psw(step, j);
          num[step.stratumOf(j)] += count[j] * z[j] * step.weightBefore(j) / psw;
          den[step.stratumOf(j)] += count[j] * step.weightBefore(j);
        }
        for (int j = 0; j < z.length; j++) {
          int s = step.stratumOf(j);
          z[j] -= den[s] == 0 ? 0 : num[s] / den[s] * psw(step, j);
        }
      }
    } else {
      for (int pass = 0; pass < 10; pass++) {
        for (CalibrationStep step : cal.steps()) {
          int h = step.strata();
          double[] num = new double[h];
          double[] den = new double[h];
          for (int j = 0; j < z.length; j++) {
            double psw = step.weightAfter(j);
            num[step.stratumOf(j)] += psw == 0 ? 0 : count[j] * z[j] / psw;
            den[step.stratumOf(j)] += count[j];
          }
          for (int j = 0; j < z.length; j++) {
            int s = step.stratumOf(j);
            z[j] -= den[s] == 0 ? 0 : step.weightAfter(j) * num[s] / den[s];
          }
        }
      }
    }
  }

  private static double psw(CalibrationStep step, int j) {
    double psw = step.weightAfter(j);
    return psw == 0 && step.weightBefore(j) == 0 ? 1 : psw;
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private record Moments(double mean, double weightTotal, long respondents, double kish) {}

  private Moments moments(double[] y, boolean[] domain) {
    double sw = 0;
    double swy = 0;
    double sw2 = 0;
    long m = 0;
    for (int j = 0; j < cells(); j++) {
      if (inS(y, domain, j)) {
        double wc = weight[j] * count[j];
        sw += wc;
        swy += wc * y[j];
        sw2 += weight[j] * wc;
        m += count[j];
      }
    }
    double mean = sw > 0 ? swy / sw : Double.NaN;
    double kish = sw2 > 0 ? sw * sw / sw2 : 0;
    return new Moments(mean, sw, m, kish);
  }

  private static boolean inS(double[] y, boolean[] domain, int j) {
    return domain[j] && !Double.isNaN(y[j]);
  }

  private long degreesOfFreedom(boolean[] domain) {
    long nz = 0;
    for (int j = 0; j < cells(); j++) {
      if (domain[j] && weight[j] > 0) {
        nz += count[j];
      }
    }
    return nz - 1;
  }

  private long nonZero(double[] y, boolean[] domain) {
    long nz = 0;
    for (int j = 0; j < cells(); j++) {
      if (inS(y, domain, j) && weight[j] > 0) {
        nz += count[j];
      }
    }
    return nz;
  }

  /** Rows of the design object R would pass to svyciprop: a calibrated subset keeps every row. */
  private long designRows(boolean[] domain) {
    if (calibration.isPresent()) {
      return rows;
    }
    long d = 0;
    for (int j = 0; j < cells(); j++) {
      if (domain[j]) {
        d += count[j];
      }
    }
    return d;
  }

  private boolean[] all() {
    boolean[] d = new boolean[cells()];
    Arrays.fill(d, true);
    return d;
  }

  private void check(double[] y, boolean[] domain) {
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(domain, "domain");
    if (y.length != cells() || domain.length != cells()) {
      throw new IllegalArgumentException("variables and domains need one entry per cell (" + cells()
          + "), had " + y.length + " and " + domain.length);
    }
  }
}
