package org.leavingcare.consultation.weighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weights calibrated to known population totals, with what the variance estimator needs to take
 * the calibration into account. Works on <em>cells</em>: groups of {@code count} respondents who
 * share a weight and every calibration variable, so a million responses cost no more than their
 * distinct cells.
 *
 * <ul>
 *   <li>{@link #postStratify post-stratification} (R {@code survey::postStratify}): the weights in
 *       post-stratum {@code h} are multiplied by {@code N_h / Ŵ_h}, where {@code Ŵ_h} is the current
 *       weight total of the stratum. Afterwards each stratum's weight total is exactly {@code N_h}.
 *   <li>{@link #rake raking} (R {@code survey::rake}, iterative proportional fitting): each sweep
 *       post-stratifies to every margin in turn. <b>Convergence rule</b>: after each sweep the
 *       weighted table crossing all margin variables is compared with the previous sweep's; the
 *       process stops when the largest absolute change is below {@code ε}, or after
 *       {@code maxIterations} sweeps (then {@link #converged()} is false). As in R, an
 *       {@code epsilon} below 1 is a fraction of the total input weight, and 1 or more is in weight
 *       units; R's default ({@code epsilon = 1, maxit = 10}) stops early on small consultations, so
 *       this module's default is {@link RakingControl#DEFAULT} ({@code 1e-9 · Σw}, 100 sweeps).
 * </ul>
 *
 * <p>Variances follow R exactly: post-stratification residuals, and for raking R's {@code rake}
 * approximation (ten passes of per-margin residuals over the final sweep's weights), not the GREG
 * residual R's {@code calibrate(calfun = "raking")} uses; with the same converged weights the two
 * standard errors differ a little (CONSULTATION-METHODS.md §7.2).
 *
 * <p>Source: CONSULTATION-METHODS.md §7.1–7.2; T. Lumley, survey 4.1.1, {@code postStratify},
 * {@code rake} and {@code svyrecvar}.
 */
public final class Calibration {

  /** How the steps are applied to influence values when estimating variances. */
  public enum Kind {
    /** A single post-stratification: one step, applied once. */
    POST_STRATIFICATION,
    /** Raking: the margin steps of the final sweep, applied in ten passes as R's svyrecvar does. */
    RAKING
  }

  /**
   * When to stop raking.
   *
   * @param epsilon below 1: fraction of the total input weight; 1 or more: absolute weight units
   * @param maxIterations the most sweeps, at least 1
   */
  public record RakingControl(double epsilon, int maxIterations) {

    /** This module's default: {@code ε = 1e-9 · Σw}, at most 100 sweeps. */
    public static final RakingControl DEFAULT = new RakingControl(1e-9, 100);

    /** R survey's default ({@code epsilon = 1, maxit = 10}), for parity checks only. */
    public static final RakingControl R_DEFAULT = new RakingControl(1, 10);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if epsilon is not positive and finite or maxIterations below 1
     */
    public RakingControl {
      if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("raking epsilon must be positive and finite, was " + epsilon);
      }
      if (maxIterations < 1) {
        throw new IllegalArgumentException("raking needs at least 1 iteration, was " + maxIterations);
      }
    }
  }

  private final Kind kind;
  private final double[] weights;
  private final List<CalibrationStep> steps;
  private final int iterations;
  private final boolean converged;
  private final double maxMarginError;

  private Calibration(Kind kind, double[] weights, List<CalibrationStep> steps, int iterations,
      boolean converged, double maxMarginError) {
    this.kind = kind;
    this.weights = weights;
    this.steps = List.copyOf(steps);
    this.iterations = iterations;
    this.converged = converged;
    this.maxMarginError = maxMarginError;
  }

  /**
   * Post-stratifies cell weights so that each post-stratum's weight total equals its population.
   *
   * @param weights the weight of each cell
   * @param counts the number of respondents in each cell
   * @param stratum the post-stratum of each cell, {@code 0 .. population.length - 1}
   * @param population the population total of each post-stratum
   * @return the calibration
   * @throws IllegalArgumentException if a stratum with respondents has no population, or a
   *     stratum with a population has no respondents (the message names the stratum index)
   */
  public static Calibration postStratify(double[] weights, long[] counts, int[] stratum, double[] population) {
    double[] after = postStratifyWeights(weights, counts, stratum, population);
    CalibrationStep step = CalibrationStep.of(stratum, weights, after);
    double error = maxMarginError(after, counts, List.of(stratum), List.of(population));
    return new Calibration(Kind.POST_STRATIFICATION, after, List.of(step), 1, true, error);
  }

  /**
   * Rakes cell weights to several margins (iterative proportional fitting) under the convergence
   * rule in the class description.
   *
   * @param weights the input weight of each cell
   * @param counts the number of respondents in each cell
   * @param margins for each margin, the category of each cell
   * @param targets for each margin, the population total of each category
   * @param control when to stop
   * @return the calibration; see {@link #converged()}
   * @throws IllegalArgumentException if a margin has a category with respondents but no
   *     population, or the reverse
   */
  public static Calibration rake(double[] weights, long[] counts, List<int[]> margins, List<double[]> targets,
      RakingControl control) {
    Objects.requireNonNull(control, "control");
    if (margins.size() != targets.size() || margins.isEmpty()) {
      throw new IllegalArgumentException("raking needs one target vector per margin, and at least one margin");
    }
    double total = 0;
    for (int j = 0; j < weights.length; j++) {
      total += weights[j] * counts[j];
    }
    double epsilon = control.epsilon() < 1 ? control.epsilon() * total : control.epsilon();
    double[] w = weights.clone();
    Map<List<Integer>, Double> oldTable = jointTable(w, counts, margins);
    List<CalibrationStep> steps = new ArrayList<>();
    int iter = 0;
    boolean converged = false;
    while (iter < control.maxIterations()) {
      steps.clear();
      for (int m = 0; m < margins.size(); m++) {
        double[] after = postStratifyWeights(w, counts, margins.get(m), targets.get(m));
        steps.add(CalibrationStep.of(margins.get(m), w, after));
        w = after;
      }
      Map<List<Integer>, Double> newTable = jointTable(w, counts, margins);
      double delta = 0;
      for (Map.Entry<List<Integer>, Double> e : newTable.entrySet()) {
        delta = Math.max(delta, Math.abs(e.getValue() - oldTable.getOrDefault(e.getKey(), 0.0)));
      }
      if (delta < epsilon) {
        converged = true;
        break;
      }
      oldTable = newTable;
      iter++;
    }
    double error = maxMarginError(w, counts, margins, targets);
    return new Calibration(Kind.RAKING, w, steps, converged ? iter + 1 : iter, converged, error);
  }

  private static Map<List<Integer>, Double> jointTable(double[] w, long[] counts, List<int[]> margins) {
    Map<List<Integer>, Double> table = new HashMap<>();
    for (int j = 0; j < w.length; j++) {
      List<Integer> key = new ArrayList<>(margins.size());
      for (int[] m : margins) {
        key.add(m[j]);
      }
      table.merge(key, w[j] * counts[j], Double::sum);
    }
    return table;
  }

  private static double[] postStratifyWeights(double[] w, long[] counts, int[] stratum, double[] population) {
    if (stratum.length != w.length || counts.length != w.length) {
      throw new IllegalArgumentException("weights, counts and strata must have one entry per cell");
    }
    double[] sampleTotal = new double[population.length];
    for (int j = 0; j < w.length; j++) {
      if (stratum[j] >= population.length) {
        throw new IllegalArgumentException("cell " + j + " is in post-stratum " + stratum[j]
            + " but only " + population.length + " population totals were given");
      }
      sampleTotal[stratum[j]] += w[j] * counts[j];
    }
    for (int h = 0; h < population.length; h++) {
      if (sampleTotal[h] > 0 && !(population[h] > 0)) {
        throw new IllegalArgumentException("post-stratum " + h + " has respondents but a population total of "
            + population[h] + "; give every category that occurs in the data a positive population total");
      }
      if (sampleTotal[h] == 0 && population[h] > 0) {
        throw new IllegalArgumentException("post-stratum " + h + " has a population total of " + population[h]
            + " but no respondents with weight; merge it with a neighbouring category");
      }
    }
    double[] after = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      after[j] = w[j] * population[stratum[j]] / sampleTotal[stratum[j]];
    }
    return after;
  }

  private static double maxMarginError(double[] w, long[] counts, List<int[]> margins, List<double[]> targets) {
    double worst = 0;
    for (int m = 0; m < margins.size(); m++) {
      double[] achieved = new double[targets.get(m).length];
      for (int j = 0; j < w.length; j++) {
        achieved[margins.get(m)[j]] += w[j] * counts[j];
      }
      for (int h = 0; h < achieved.length; h++) {
        worst = Math.max(worst, Math.abs(achieved[h] - targets.get(m)[h]));
      }
    }
    return worst;
  }

  /**
   * This calibration carried over to finer cells: each fine cell belongs to one cell of this
   * calibration (for example a respondent class split by the answer given) and takes its weight and
   * post-strata.
   *
   * @param cellOf for each fine cell, the index of the cell of this calibration it belongs to
   * @return the calibration on the fine cells
   */
  public Calibration forCells(int[] cellOf) {
    double[] w = new double[cellOf.length];
    for (int j = 0; j < cellOf.length; j++) {
      w[j] = weights[cellOf[j]];
    }
    List<CalibrationStep> fine = new ArrayList<>();
    for (CalibrationStep s : steps) {
      int[] stratum = new int[cellOf.length];
      double[] before = new double[cellOf.length];
      double[] after = new double[cellOf.length];
      for (int j = 0; j < cellOf.length; j++) {
        stratum[j] = s.stratumOf(cellOf[j]);
        before[j] = s.weightBefore(cellOf[j]);
        after[j] = s.weightAfter(cellOf[j]);
      }
      fine.add(CalibrationStep.of(stratum, before, after));
    }
    return new Calibration(kind, w, fine, iterations, converged, maxMarginError);
  }

  /**
   * How the steps enter the variance.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The calibrated weight of each cell.
   *
   * @return a copy
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The steps the variance estimator replays: one for post-stratification; for raking, one per
   * margin from the final sweep.
   *
   * @return the steps, in order
   */
  public List<CalibrationStep> steps() {
    return steps;
  }

  /**
   * The number of sweeps done (1 for post-stratification).
   *
   * @return the number of sweeps
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Whether the convergence rule was met (always true for post-stratification).
   *
   * @return true if converged
   */
  public boolean converged() {
    return converged;
  }

  /**
   * The largest absolute difference between an achieved and a target margin total, in weight units.
   *
   * @return the achieved maximum margin error
   */
  public double maxMarginError() {
    return maxMarginError;
  }

  @Override
  public String toString() {
    return "Calibration[" + kind + ", iterations=" + iterations + ", converged=" + converged
        + ", maxMarginError=" + maxMarginError + ", cells=" + weights.length + "]";
  }
}
