package org.leavingcare.consultation.estimates;

/**
 * Rao–Scott tests of association for an R×C weighted table (R {@code svychisq}; §6.2).
 *
 * @param rowCategories R, the row categories that occur
 * @param columnCategories C, the column categories that occur
 * @param pearsonChiSquare Pearson's X² on the weighted table scaled to the design's rows; R
 *     prints this unadjusted value as the "Chisq" statistic
 * @param meanDesignEffect δ̄ = tr Δ / ((R−1)(C−1)), the mean generalised design effect
 * @param firstOrderDf (R−1)(C−1)
 * @param firstOrderPValue P(χ²_{(R−1)(C−1)} &gt; X²/δ̄): R's {@code statistic = "Chisq"}
 * @param f second-order statistic X²/tr Δ: R's {@code statistic = "F"}
 * @param numeratorDf d₀ = (tr Δ)²/tr Δ²
 * @param denominatorDf d₀·ν, with ν = rows − 1
 * @param secondOrderPValue P(F(d₀, d₀ν) &gt; f)
 */
public record RaoScottTest(int rowCategories, int columnCategories, double pearsonChiSquare,
    double meanDesignEffect, int firstOrderDf, double firstOrderPValue, double f, double numeratorDf,
    double denominatorDf, double secondOrderPValue) {

  /**
   * The first-order adjusted statistic X²/δ̄.
   *
   * @return the adjusted chi-square
   */
  public double firstOrderChiSquare() {
    return pearsonChiSquare / meanDesignEffect;
  }
}
