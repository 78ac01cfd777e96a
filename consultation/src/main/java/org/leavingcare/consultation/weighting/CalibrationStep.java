package org.leavingcare.consultation.weighting;

import java.util.Arrays;

/**
 * One post-stratification step of a calibration, cell by cell: which post-stratum each cell is in,
 * and the weights just before and just after the step. The estimators use it to residualise
 * influence values exactly as R's {@code survey::svyrecvar} does (CONSULTATION-METHODS.md §7.1,
 * §7.2).
 *
 * <p>Arrays are copied in and out, so the step is immutable.
 */
public final class CalibrationStep {

  private final int[] stratum;
  private final double[] weightsBefore;
  private final double[] weightsAfter;

  private CalibrationStep(int[] stratum, double[] before, double[] after) {
    this.stratum = stratum;
    this.weightsBefore = before;
    this.weightsAfter = after;
  }

  /**
   * A step.
   *
   * @param stratum post-stratum index of each cell, not negative
   * @param weightsBefore weight of each cell before the step
   * @param weightsAfter weight of each cell after the step
   * @return the step
   * @throws IllegalArgumentException if the arrays differ in length or a stratum is negative
   */
  public static CalibrationStep of(int[] stratum, double[] weightsBefore, double[] weightsAfter) {
    if (stratum.length != weightsBefore.length || stratum.length != weightsAfter.length) {
      throw new IllegalArgumentException("stratum and weight arrays must have one entry per cell");
    }
    for (int s : stratum) {
      if (s < 0) {
        throw new IllegalArgumentException("post-stratum indexes must not be negative, was " + s);
      }
    }
    return new CalibrationStep(stratum.clone(), weightsBefore.clone(), weightsAfter.clone());
  }

  /**
   * The number of cells.
   *
   * @return the number of cells
   */
  public int cells() {
    return stratum.length;
  }

  /**
   * The post-stratum of each cell.
   *
   * @return a copy
   */
  public int[] stratum() {
    return stratum.clone();
  }

  /**
   * The post-stratum of one cell.
   *
   * @param cell the cell index
   * @return its post-stratum
   */
  public int stratumOf(int cell) {
    return stratum[cell];
  }

  /**
   * The weight of one cell before the step.
   *
   * @param cell the cell index
   * @return the weight
   */
  public double weightBefore(int cell) {
    return weightsBefore[cell];
  }

  /**
   * The weight of one cell after the step.
   *
   * @param cell the cell index
   * @return the weight
   */
  public double weightAfter(int cell) {
    return weightsAfter[cell];
  }

  /**
   * The number of post-strata (one more than the largest index).
   *
   * @return the number of post-strata
   */
  public int strata() {
    return Arrays.stream(stratum).max().orElse(-1) + 1;
  }
}
