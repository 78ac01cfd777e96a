package org.leavingcare.consultation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.weighting.Calibration;

/**
 * The golden data and expected values of CONSULTATION-METHODS.md §14, computed with R 4.2.2 and
 * survey 4.1.1 ({@code svydesign(ids = ~1, weights = ~w, data = d)}). 20 respondents; row 6 did not
 * answer the Likert item.
 */
class GoldenValuesTest {

  static final String[] GROUP = {"care", "care", "care", "care", "care", "care", "prof", "prof", "prof", "prof",
      "prof", "pub", "pub", "pub", "pub", "pub", "pub", "pub", "pub", "pub"};
  static final double[] W = {2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  static final double[] LIK = {5, 4, 4, 2, 5, Double.NaN, 3, 4, 2, 2, 3, 4, 5, 1, 3, 4, 2, 3, 5, 4};
  static final boolean[] AWARE_YES = {true, true, false, false, true, false, true, true, true, false, true, false,
      false, false, true, false, false, true, false, false};

  static final SurveyDesign DESIGN = SurveyDesign.ofRows(W);
  static final double EST = 1e-9;

  static double[] agree() {
    return Arrays.stream(LIK).map(v -> Double.isNaN(v) ? Double.NaN : (v >= 4 ? 1 : 0)).toArray();
  }

  static boolean[] group(String g) {
    boolean[] d = new boolean[GROUP.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = GROUP[i].equals(g);
    }
    return d;
  }

  static double[] awareYes() {
    double[] y = new double[AWARE_YES.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = AWARE_YES[i] ? 1 : 0;
    }
    return y;
  }

  static void assertSe(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-6));
  }

  @Test
  void degreesOfFreedomCountEveryRowIncludingTheOneThatDidNotAnswer() {
    assertThat(DESIGN.degreesOfFreedom()).isEqualTo(19);
    assertThat(DESIGN.mean(LIK).degreesOfFreedom()).isEqualTo(19);
    assertThat(DESIGN.mean(LIK).respondents()).isEqualTo(19);
  }

  @Test
  void meanOfTheLikertScoreWithTAndNormalIntervals() {
    MeanEstimate m = DESIGN.mean(LIK);
    assertThat(m.estimate()).isCloseTo(3.54166666667, within(1e-10));
    assertSe(m.standardError(), 0.296356492499);
    Interval t = m.interval(0.95).orElseThrow();
    assertThat(t.lower()).isCloseTo(2.92138539919, within(1e-9));
    assertThat(t.upper()).isCloseTo(4.16194793415, within(1e-9));
    Interval z = m.interval(0.95, Double.POSITIVE_INFINITY).orElseThrow();
    assertThat(z.lower()).isCloseTo(2.96081861478, within(1e-9));
    assertThat(z.upper()).isCloseTo(4.12251471855, within(1e-9));
  }

  @Test
  void proportionsAndTotalsOfAFactor() {
    ProportionEstimate yes = DESIGN.proportion(awareYes());
    assertThat(yes.proportion()).isCloseTo(0.461538461538, within(1e-11));
    assertSe(yes.standardError(), 0.121493418733);
    boolean[] all = new boolean[20];
    Arrays.fill(all, true);
    TotalEstimate total = DESIGN.total(awareYes(), all);
    assertThat(total.estimate()).isCloseTo(12, within(EST));
    assertSe(total.standardError(), 3.37170892169);
    double[] no = Arrays.stream(awareYes()).map(v -> 1 - v).toArray();
    assertSe(DESIGN.total(no, all).standardError(), 3.27671208764);
    assertThat(DESIGN.total(agree(), all).standardError()).isCloseTo(3.58359, within(1e-5));
  }

  @Test
  void proportionAgreeAndItsIntervals() {
    ProportionEstimate p = DESIGN.proportion(agree());
    assertThat(p.proportion()).isCloseTo(0.583333333333, within(1e-11));
    assertSe(p.standardError(), 0.120175749847);
    // R's logit end points come from an IRLS fit, so agree to about 1e-9
    assertInterval(p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow(), 0.3321677129, 0.7975968142, 1e-8);
    assertInterval(p.interval(IntervalMethod.XLOGIT, 0.95).orElseThrow(), 0.3321677129, 0.7975968142, 1e-8);
    assertInterval(p.interval(IntervalMethod.BETA, 0.95).orElseThrow(), 0.3235688541, 0.8129089968, 1e-9);
    assertInterval(p.interval(IntervalMethod.MEAN, 0.95).orElseThrow(), 0.3318025981, 0.8348640685, 1e-9);
  }

  /** survey 4.1.1 has no Wilson method: survey 4.5's formula evaluated in R 4.2.2 (r-reference/wilson.R). */
  @Test
  void wilsonIntervalsAsSurvey45Defines() {
    assertInterval(DESIGN.proportion(agree()).interval(IntervalMethod.WILSON, 0.95).orElseThrow(),
        0.341407044401581, 0.790836450350717, 1e-9);
    assertInterval(DESIGN.proportion(agree(), group("care")).interval(IntervalMethod.WILSON, 0.95).orElseThrow(),
        0.273967798122830, 0.976959069074482, 1e-9);
  }

  @Test
  void whenEveryoneGaveTheSameAnswerTheIntervalIsTheExactOneSidedBound() {
    boolean[] prof = group("prof");
    double[] allDisagree = new double[20];
    java.util.Arrays.fill(allDisagree, 0);
    ProportionEstimate p = DESIGN.proportion(allDisagree, prof);
    Interval i = p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow();
    assertThat(i.method()).isEqualTo(IntervalMethod.ALL_SAME_ANSWER);
    assertThat(i.lower()).isZero();
    assertThat(i.upper()).isCloseTo(1 - Math.pow(0.025, 1.0 / 5), within(1e-12));
    boolean[] one = new boolean[20];
    one[0] = true;
    assertThat(DESIGN.proportion(agree(), one).interval(IntervalMethod.LOGIT, 0.95)).isEmpty();
  }

  @Test
  void careDomainKeepsTheFullNInTheVarianceAndItsOwnDegreesOfFreedom() {
    ProportionEstimate p = DESIGN.proportion(agree(), group("care"));
    assertThat(p.proportion()).isCloseTo(0.8, within(1e-12));
    assertSe(p.standardError(), 0.183532587096);
    assertThat(p.degreesOfFreedom()).isEqualTo(5);
    assertInterval(p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow(), 0.1733075138, 0.9870669772, 1e-8);
    assertInterval(p.interval(IntervalMethod.BETA, 0.95).orElseThrow(), 0.2707180238, 0.9957451898, 1e-9);
    assertInterval(p.interval(IntervalMethod.MEAN, 0.95).orElseThrow(), 0.3282144654, 1.271785535, 1e-9);
  }

  @Test
  void domainMeansAndTotalsByGroup() {
    assertSe(DESIGN.mean(LIK, group("care")).standardError(), 0.5026246900);
    assertSe(DESIGN.mean(LIK, group("prof")).standardError(), 0.3433580301);
    assertThat(DESIGN.mean(LIK, group("pub")).estimate()).isCloseTo(3.444444444444, within(1e-11));
    assertSe(DESIGN.mean(LIK, group("pub")).standardError(), 0.4299118519);
    assertSe(DESIGN.proportion(agree(), group("pub")).standardError(), 0.169937580645);
    assertSe(DESIGN.proportion(agree(), group("prof")).standardError(), 0.183532587096);
    assertSe(DESIGN.total(agree(), group("care")).standardError(), 3.670651742);
    assertSe(DESIGN.total(agree(), group("prof")).standardError(), 1.0);
    assertSe(DESIGN.total(agree(), group("pub")).standardError(), 1.986798536);
  }

  @Test
  void netAgreementIsTheMeanOfAPlusOneZeroMinusOneScore() {
    double[] score = Arrays.stream(LIK).map(v -> Double.isNaN(v) ? v : v >= 4 ? 1 : v == 3 ? 0 : -1).toArray();
    MeanEstimate net = DESIGN.mean(score);
    assertThat(net.estimate()).isCloseTo(0.333333333333, within(1e-11));
    assertSe(net.standardError(), 0.211357197292);
  }

  @Test
  void kishEffectiveSampleSize() {
    boolean[] all = new boolean[20];
    Arrays.fill(all, true);
    double[] ones = new double[20];
    Arrays.fill(ones, 1);
    assertThat(DESIGN.kishEffectiveSampleSize(ones, all)).isCloseTo(17.78947368, within(1e-8));
    assertThat(DESIGN.kishEffectiveSampleSize(LIK, all)).isCloseTo(16.94117647, within(1e-8));
  }

  @Test
  void quantilesWithWoodruffIntervals() {
    boolean[] all = new boolean[20];
    Arrays.fill(all, true);
    QuantileEstimate q25 = DESIGN.quantile(LIK, all, 0.25, 0.95).orElseThrow();
    assertThat(q25.value()).isEqualTo(2);
    assertThat(q25.lower()).isEqualTo(2);
    assertThat(q25.upper()).isEqualTo(4);
    assertSe(q25.standardError(), 0.4759814885);
    QuantileEstimate median = DESIGN.quantile(LIK, all, 0.5, 0.95).orElseThrow();
    assertThat(median.value()).isEqualTo(4);
    assertThat(median.lower()).isEqualTo(4);
    assertThat(median.upper()).isEqualTo(5);
    assertSe(median.standardError(), 0.2379907443);
  }

  @Test
  void raoScottTestsOfGroupByAwareness() {
    int[] g = Arrays.stream(GROUP).mapToInt(s -> s.equals("care") ? 0 : s.equals("prof") ? 1 : 2).toArray();
    int[] a = new int[20];
    for (int i = 0; i < 20; i++) {
      a[i] = AWARE_YES[i] ? 1 : 0;
    }
    RaoScottTest t = DESIGN.raoScott(g, a).orElseThrow();
    assertThat(t.f()).isCloseTo(1.732802838, within(1e-8));
    assertThat(t.numeratorDf()).isCloseTo(1.937049695, within(1e-8));
    assertThat(t.denominatorDf()).isCloseTo(36.8039442, within(1e-6));
    assertThat(t.secondOrderPValue()).isCloseTo(0.1916671931, within(1e-8));
    assertThat(t.pearsonChiSquare()).isCloseTo(3.423280423, within(1e-8));
    assertThat(t.firstOrderDf()).isEqualTo(2);
    assertThat(t.firstOrderPValue()).isCloseTo(0.1767882062, within(1e-8));
  }

  @Test
  void postStratificationOnGroup() {
    int[] stratum = Arrays.stream(GROUP).mapToInt(s -> s.equals("care") ? 0 : s.equals("prof") ? 1 : 2).toArray();
    long[] ones = new long[20];
    Arrays.fill(ones, 1);
    Calibration cal = Calibration.postStratify(W, ones, stratum, new double[] {10, 5, 5});
    SurveyDesign ps = SurveyDesign.calibrated(ones, cal);
    ProportionEstimate p = ps.proportion(agree());
    assertThat(p.proportion()).isCloseTo(0.569696969697, within(1e-11));
    assertSe(p.standardError(), 0.109533120937);
    assertInterval(p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow(), 0.34195855859, 0.771325023101, 1e-8);
  }

  @Test
  void rakingOnGroupAndAwarenessWithRsDefaultAndTightControl() {
    int[] g = Arrays.stream(GROUP).mapToInt(s -> s.equals("care") ? 0 : s.equals("prof") ? 1 : 2).toArray();
    int[] a = new int[20];
    for (int i = 0; i < 20; i++) {
      a[i] = AWARE_YES[i] ? 1 : 0;
    }
    long[] ones = new long[20];
    Arrays.fill(ones, 1);
    List<double[]> targets = List.of(new double[] {10, 5, 5}, new double[] {12, 8});
    Calibration early = Calibration.rake(W, ones, List.of(g, a), targets, Calibration.RakingControl.R_DEFAULT);
    ProportionEstimate pe = SurveyDesign.calibrated(ones, early).proportion(agree());
    assertThat(pe.proportion()).isCloseTo(0.54830223813, within(1e-10));
    assertSe(pe.standardError(), 0.123615821279);
    Calibration tight = Calibration.rake(W, ones, List.of(g, a), targets, new Calibration.RakingControl(1e-9, 100));
    assertThat(tight.converged()).isTrue();
    assertThat(tight.maxMarginError()).isLessThan(1e-7);
    ProportionEstimate pt = SurveyDesign.calibrated(ones, tight).proportion(agree());
    assertThat(pt.proportion()).isCloseTo(0.544846248307, within(1e-9));
    assertSe(pt.standardError(), 0.125464611719);
  }

  @Test
  void sensitivityGridMatchesSvycipropByMultiplier() {
    double[][] expected = {
      {1, 0.5263157895, 0.2929083588, 0.7487621953, 19},
      {1.5, 0.5581395349, 0.3168216037, 0.7748053804, 18.30693069},
      {2, 0.5833333333, 0.3321677129, 0.7975968142, 16.94117647},
      {3, 0.6206896551, 0.348962402, 0.8332108344, 14.25423729},
      {5, 0.6666666655, 0.35869716, 0.8773227135, 10.94244604},
    };
    for (double[] e : expected) {
      double[] w = Arrays.stream(GROUP).mapToDouble(s -> s.equals("care") ? e[0] : 1).toArray();
      ProportionEstimate p = SurveyDesign.ofRows(w).proportion(agree());
      assertThat(p.proportion()).as("k=%s", e[0]).isCloseTo(e[1], within(2e-9));
      assertInterval(p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow(), e[2], e[3], 1e-8);
      assertThat(p.effectiveSampleSize()).isCloseTo(e[4], within(1e-7));
    }
  }

  static void assertInterval(Interval i, double lower, double upper, double tol) {
    assertThat(i.lower()).as("lower").isCloseTo(lower, within(tol));
    assertThat(i.upper()).as("upper").isCloseTo(upper, within(tol));
  }
}
