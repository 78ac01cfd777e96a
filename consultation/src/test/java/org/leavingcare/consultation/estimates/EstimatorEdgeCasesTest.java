package org.leavingcare.consultation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.weighting.Calibration;

/**
 * The boundaries of the estimators that a council's small or lopsided consultation reaches: a
 * single respondent, a domain nobody in which answered, zero weights and empty cells, proportions
 * of 0 and 1, zero variance, the quantile rule at the bottom of the data, and invalid input. Values
 * worked by hand from the formulas of CONSULTATION-METHODS.md (and R's where R gives one).
 */
class EstimatorEdgeCasesTest {

  static final double N = Double.NaN;

  static boolean[] all(int n) {
    boolean[] d = new boolean[n];
    Arrays.fill(d, true);
    return d;
  }

  @Test
  void theDesignKeepsItsCellsAndRefusesImpossibleOnes() {
    SurveyDesign d = SurveyDesign.ofCells(new double[] {2, 0, 1.5}, new long[] {3, 4, 0});
    assertThat(d.cells()).isEqualTo(3);
    assertThat(d.rows()).isEqualTo(7);
    assertThat(d.weight(0)).isEqualTo(2);
    assertThat(d.count(1)).isEqualTo(4);
    assertThat(d.calibration()).isEmpty();
    // rows with non-zero weight, minus 1; zero weight is allowed, a count of 0 too
    assertThat(d.degreesOfFreedom()).isEqualTo(2);

    assertThatThrownBy(() -> SurveyDesign.ofCells(new double[] {1, 2}, new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 1");
    assertThatThrownBy(() -> SurveyDesign.ofRows(new double[] {1, -0.5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cell 1").hasMessageContaining("-0.5");
    assertThatThrownBy(() -> SurveyDesign.ofRows(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> SurveyDesign.ofRows(new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> SurveyDesign.ofCells(new double[] {1}, new long[] {-1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count of cell 0");

    long[] ones = {1, 1};
    Calibration cal = Calibration.postStratify(new double[] {1, 1}, ones, new int[] {0, 1}, new double[] {3, 5});
    SurveyDesign c = SurveyDesign.calibrated(ones, cal);
    assertThat(c.calibration()).contains(cal);
    assertThat(c.weight(1)).isEqualTo(5);
    assertThatThrownBy(() -> SurveyDesign.calibrated(new long[] {1}, cal))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells but counts has 1");
  }

  @Test
  void theDesignCopiesTheArraysItIsGiven() {
    double[] w = {1, 2};
    long[] counts = {1, 1};
    SurveyDesign d = SurveyDesign.ofCells(w, counts);
    w[0] = 5;
    counts[0] = 9;
    assertThat(d.weight(0)).isEqualTo(1);
    assertThat(d.rows()).isEqualTo(2);
  }

  @Test
  void everyEstimatorRefusesVariablesOfTheWrongLength() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 1, 1});
    double[] shortY = {1, 2};
    boolean[] shortD = {true, true};
    double[] y = {1, 2, 3};
    boolean[] dom = all(3);
    List<Runnable> calls = List.of(
        () -> d.mean(shortY),
        () -> d.mean(y, shortD),
        () -> d.total(shortY, dom),
        () -> d.kishEffectiveSampleSize(y, shortD),
        () -> d.difference(shortY, dom, dom),
        () -> d.difference(y, dom, shortD),
        () -> d.difference(y, shortD, dom),
        () -> d.quantile(y, shortD, 0.5, 0.95),
        () -> d.raoScott(new int[] {0, 1}, new int[] {0, 1, 0}));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry per cell");
    }
    assertThatThrownBy(() -> d.proportion(new double[] {0, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0, 1 or NaN, was 2.0");
    assertThatThrownBy(() -> d.proportion(new double[] {0, 0.5, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.5");
    for (double[] pl : new double[][] {{0, 0.95}, {1, 0.95}, {0.5, 0}, {0.5, 1}}) {
      assertThatThrownBy(() -> d.quantile(y, dom, pl[0], pl[1])).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be in (0, 1)");
    }
  }

  @Test
  void twoRespondentsByHand() {
    // weights 1 and 1, answers 0 and 1: mean 1/2, z = ∓1/4, V = 2/1 · (1/16 + 1/16) = 1/4
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 1});
    MeanEstimate m = d.mean(new double[] {0, 1});
    assertThat(m.estimate()).isEqualTo(0.5);
    assertThat(m.standardError()).isCloseTo(0.5, within(1e-15));
    assertThat(m.degreesOfFreedom()).isEqualTo(1);
    assertThat(m.respondents()).isEqualTo(2);
    assertThat(m.weightTotal()).isEqualTo(2);
    assertThat(m.effectiveSampleSize()).isEqualTo(2);
    // t(0.975; 1) = 12.7062047361747
    Interval i = m.interval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(0.5 - 12.7062047361747 * 0.5, within(1e-9));
    assertThat(i.upper()).isCloseTo(0.5 + 12.7062047361747 * 0.5, within(1e-9));
    // the normal quantile when df is infinite, as R's confint
    Interval z = m.interval(0.95, Double.POSITIVE_INFINITY).orElseThrow();
    assertThat(z.upper()).isCloseTo(0.5 + 1.959963984540054 * 0.5, within(1e-12));
    // total: 1, z = (0, 1) centred on 1/2, V = 2 · (1/4 + 1/4) = 1
    TotalEstimate t = d.total(new double[] {0, 1}, all(2));
    assertThat(t.estimate()).isEqualTo(1);
    assertThat(t.standardError()).isCloseTo(1, within(1e-15));
    assertThat(t.degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void aZeroWeightRowCountsInNButNotInTheDegreesOfFreedom() {
    // weights 1, 0, 1; answers 0, 5, 1: mean 1/2, z = (−1/4, 0, 1/4), V = 3/2 · 1/8 = 3/16
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 0, 1});
    MeanEstimate m = d.mean(new double[] {0, 5, 1});
    assertThat(m.estimate()).isEqualTo(0.5);
    assertThat(m.standardError()).isCloseTo(Math.sqrt(3.0 / 16), within(1e-15));
    assertThat(m.degreesOfFreedom()).isEqualTo(1);
    assertThat(d.degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void aSingleRespondentHasAnEstimateButNoStandardErrorOrInterval() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {2});
    MeanEstimate m = d.mean(new double[] {3});
    assertThat(m.estimate()).isEqualTo(3);
    assertThat(m.standardError()).isNaN();
    assertThat(m.degreesOfFreedom()).isZero();
    assertThat(m.interval(0.95)).isEmpty();
    TotalEstimate t = d.total(new double[] {3}, all(1));
    assertThat(t.estimate()).isEqualTo(6);
    assertThat(t.standardError()).isNaN();
    assertThat(t.interval(0.95)).isEmpty();
    ProportionEstimate p = d.proportion(new double[] {1});
    assertThat(p.proportion()).isEqualTo(1);
    assertThat(p.interval(IntervalMethod.WILSON, 0.95)).isEmpty();
    QuantileEstimate q = d.quantile(new double[] {3}, all(1), 0.5, 0.95).orElseThrow();
    assertThat(q.value()).isEqualTo(3);
    assertThat(q.lowerEnd()).isEmpty();
    assertThat(q.upperEnd()).isEmpty();
    assertThat(q.standardError()).isNaN();
    // a design with no rows at all
    SurveyDesign none = SurveyDesign.ofRows(new double[0]);
    assertThat(none.total(new double[0], new boolean[0]).standardError()).isNaN();
    assertThat(none.degreesOfFreedom()).isEqualTo(-1);
  }

  @Test
  void aDomainInWhichNobodyAnsweredHasNoEstimate() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 2, 1, 3});
    double[] y = {4, N, 2, N};
    boolean[] b = {false, true, false, true};
    MeanEstimate m = d.mean(y, b);
    assertThat(m.estimate()).isNaN();
    assertThat(m.standardError()).isNaN();
    assertThat(m.respondents()).isZero();
    assertThat(m.weightTotal()).isZero();
    assertThat(m.effectiveSampleSize()).isZero();
    assertThat(m.degreesOfFreedom()).isEqualTo(1);
    assertThat(m.interval(0.95)).isEmpty();
    assertThat(d.kishEffectiveSampleSize(y, b)).isZero();
    assertThat(d.quantile(y, b, 0.5, 0.95)).isEmpty();
    ProportionEstimate p = d.proportion(new double[] {1, N, 0, N}, b);
    assertThat(p.proportion()).isNaN();
    assertThat(p.interval(IntervalMethod.LOGIT, 0.95)).isEmpty();
    TotalEstimate t = d.total(y, b);
    assertThat(t.estimate()).isZero();
    assertThat(t.standardError()).isZero();
    // the difference with such a domain has no standard error
    boolean[] a = {true, false, true, false};
    Difference diff = d.difference(y, a, b);
    assertThat(diff.estimate()).isNaN();
    assertThat(diff.standardError()).isNaN();
    assertThat(diff.degreesOfFreedom()).isZero();
    assertThat(diff.interval(0.95)).isEmpty();
    assertThat(diff.pValue()).isNaN();
    Difference reverse = d.difference(y, b, a);
    assertThat(reverse.standardError()).isNaN();
  }

  @Test
  void aDomainWhoseOnlyAnswersHaveZeroWeightHasNoQuantile() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {0, 0, 1, 1});
    boolean[] first = {true, true, false, false};
    assertThat(d.quantile(new double[] {1, 2, 3, 4}, first, 0.5, 0.95)).isEmpty();
    assertThat(d.mean(new double[] {1, 2, 3, 4}, first).estimate()).isNaN();
  }

  @Test
  void theDifferenceOfDomainMeansWithoutCalibrationHasTheVariancesAdded() {
    SurveyDesign d = GoldenValuesTest.DESIGN;
    double[] y = GoldenValuesTest.LIK;
    boolean[] care = GoldenValuesTest.group("care");
    boolean[] pub = GoldenValuesTest.group("pub");
    Difference diff = d.difference(y, care, pub);
    MeanEstimate a = d.mean(y, care);
    MeanEstimate b = d.mean(y, pub);
    assertThat(diff.estimate()).isCloseTo(a.estimate() - b.estimate(), within(1e-15));
    assertThat(diff.standardError()).isCloseTo(Math.hypot(a.standardError(), b.standardError()), within(1e-14));
    // 5 care leavers and 9 members of the public answered
    assertThat(diff.degreesOfFreedom()).isEqualTo(12);
    // a domain against itself: no difference, no test
    Difference none = d.difference(y, care, care);
    assertThat(none.estimate()).isZero();
    assertThat(none.standardError()).isZero();
    assertThat(none.t()).isNaN();
    assertThat(none.pValue()).isNaN();
  }

  @Test
  void differenceTestsAndIntervalsNeedDegreesOfFreedomAndAStandardError() {
    assertThat(new Difference(1, 0.5, 0).pValue()).isNaN();
    assertThat(new Difference(1, 0.5, 0).interval(0.95)).isEmpty();
    assertThat(new Difference(1, 0.5, 1).pValue()).isCloseTo(0.295167235300866, within(1e-12));
    assertThat(new Difference(1, 0.5, 1).interval(0.95)).isPresent();
    assertThat(new Difference(1, Double.POSITIVE_INFINITY, 5).interval(0.95)).isEmpty();
    assertThat(new Difference(1, N, 5).interval(0.95)).isEmpty();
    assertThat(new Difference(N, 0.5, 5).interval(0.95)).isEmpty();
    assertThat(new Difference(-1, 0.5, 5).t()).isEqualTo(-2);
    assertThat(new Difference(1, 0, 5).t()).isNaN();
    assertThat(new TotalEstimate(10, 2, 0).interval(0.95)).isEmpty();
    assertThat(new TotalEstimate(10, N, 3).interval(0.95)).isEmpty();
    assertThat(new TotalEstimate(10, Double.POSITIVE_INFINITY, 3).interval(0.95)).isEmpty();
    assertThat(new TotalEstimate(10, 2, 1).interval(0.95).orElseThrow().upper())
        .isCloseTo(10 + 12.7062047361747 * 2, within(1e-9));
    MeanEstimate m = new MeanEstimate(1, 0.5, 10, 10, 9, 10);
    assertThat(m.interval(0.95, 0)).isEmpty();
    assertThat(m.interval(0.95, 1)).isPresent();
    assertThat(new MeanEstimate(N, 0.5, 10, 10, 9, 10).interval(0.95)).isEmpty();
    assertThat(new MeanEstimate(1, Double.POSITIVE_INFINITY, 10, 10, 9, 10).interval(0.95)).isEmpty();
  }

  @Test
  void allTheSameAnswerGivesTheOneSidedBoundForEveryMethod() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 2, 1, 0});
    ProportionEstimate yes = d.proportion(new double[] {1, 1, 1, 0});
    // the zero-weight "no" leaves p = 1; Kish's n over the answers = 16/6
    assertThat(yes.proportion()).isEqualTo(1);
    assertThat(yes.respondents()).isEqualTo(4);
    double bound = 1 - Math.pow(0.025, 6.0 / 16);
    for (IntervalMethod m : List.of(IntervalMethod.LOGIT, IntervalMethod.XLOGIT, IntervalMethod.BETA,
        IntervalMethod.MEAN, IntervalMethod.WILSON)) {
      Interval i = yes.interval(m, 0.95).orElseThrow();
      assertThat(i.method()).isEqualTo(IntervalMethod.ALL_SAME_ANSWER);
      assertThat(i.lower()).isCloseTo(1 - bound, within(1e-15));
      assertThat(i.upper()).isEqualTo(1);
    }
    ProportionEstimate no = d.proportion(new double[] {0, 0, 0, 1});
    assertThat(no.interval(IntervalMethod.BETA, 0.9).orElseThrow().upper())
        .isCloseTo(1 - Math.pow(0.05, 6.0 / 16), within(1e-15));
  }

  @Test
  void proportionIntervalsNeedAProportionMethodAndALevel() {
    ProportionEstimate p = new ProportionEstimate(0.25, 0.01, 20, 18, 19, 20);
    assertThatThrownBy(() -> p.interval(IntervalMethod.T, 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not T");
    assertThatThrownBy(() -> p.interval(IntervalMethod.ALL_SAME_ANSWER, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    for (double level : new double[] {0, 1, N}) {
      assertThatThrownBy(() -> p.interval(IntervalMethod.LOGIT, level)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("confidence level");
    }
    // the level is checked even when there is no interval to give
    ProportionEstimate nobody = new ProportionEstimate(Double.NaN, Double.NaN, 0, 0, 3, 4);
    assertThat(nobody.interval(IntervalMethod.LOGIT, 0.95)).isEmpty();
    assertThatThrownBy(() -> nobody.interval(IntervalMethod.LOGIT, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nobody.interval(IntervalMethod.LOGIT, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(p.respondents()).isEqualTo(20);
    assertThat(p.designEffectiveSampleSize()).isCloseTo(0.25 * 0.75 / 0.01, within(1e-12));
    assertThat(p.toString()).contains("proportion=0.25", "se=0.1", "respondents=20", "df=19");
    // one degree of freedom is enough, none is not
    assertThat(new ProportionEstimate(0.25, 0.01, 2, 2, 1, 2).interval(IntervalMethod.MEAN, 0.95)).isPresent();
    assertThat(new ProportionEstimate(0.25, 0.01, 1, 1, 0, 1).interval(IntervalMethod.MEAN, 0.95)).isEmpty();
    // no variance: no design-based interval and no design-based effective sample size
    ProportionEstimate flat = new ProportionEstimate(0.25, 0, 20, 18, 19, 20);
    assertThat(flat.designEffectiveSampleSize()).isNaN();
    assertThat(flat.interval(IntervalMethod.WILSON, 0.95)).isEmpty();
  }

  @Test
  void theMeanIntervalOfAProportionIsNotClippedAndLogitStaysInside() {
    ProportionEstimate p = new ProportionEstimate(0.05, 0.0025, 20, 18, 19, 20);
    Interval mean = p.interval(IntervalMethod.MEAN, 0.95).orElseThrow();
    double t = 2.093024054408263;
    assertThat(mean.lower()).isCloseTo(0.05 - t * 0.05, within(1e-12));
    assertThat(mean.upper()).isCloseTo(0.05 + t * 0.05, within(1e-12));
    Interval logit = p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow();
    double eta = Math.log(0.05 / 0.95);
    double se = 0.05 / (0.05 * 0.95);
    assertThat(logit.lower()).isCloseTo(1 / (1 + Math.exp(-(eta - t * se))), within(1e-12));
    assertThat(logit.upper()).isCloseTo(1 / (1 + Math.exp(-(eta + t * se))), within(1e-12));
  }

  @Test
  void quantilesAtTheBottomOfTheDataFollowRsRule() {
    // one respondent with the smallest value and more weight than p·W: R returns the next value
    SurveyDesign rows = SurveyDesign.ofRows(new double[] {3, 1, 1, 1});
    double[] y = {1, 2, 3, 4};
    assertThat(rows.quantile(y, all(4), 0.1, 0.95).orElseThrow().value()).isEqualTo(2);
    // two respondents share the smallest value: the next sorted respondent has it too
    SurveyDesign twice = SurveyDesign.ofRows(new double[] {3, 3, 1});
    assertThat(twice.quantile(new double[] {1, 1, 2}, all(3), 0.1, 0.95).orElseThrow().value()).isEqualTo(1);
    SurveyDesign cells = SurveyDesign.ofCells(new double[] {3, 1}, new long[] {2, 1});
    assertThat(cells.quantile(new double[] {1, 2}, all(2), 0.1, 0.95).orElseThrow().value()).isEqualTo(1);
    // a single distinct value
    SurveyDesign same = SurveyDesign.ofRows(new double[] {3, 1});
    QuantileEstimate q = same.quantile(new double[] {7, 7}, all(2), 0.1, 0.95).orElseThrow();
    assertThat(q.value()).isEqualTo(7);
    // equal weights: the smallest value whose cumulative share reaches p, ties included
    SurveyDesign equal = SurveyDesign.ofRows(new double[] {1, 1, 1, 1});
    assertThat(equal.quantile(y, all(4), 0.5, 0.95).orElseThrow().value()).isEqualTo(2);
    assertThat(equal.quantile(y, all(4), 0.51, 0.95).orElseThrow().value()).isEqualTo(3);
  }

  @Test
  void cellsGiveTheSameEstimatesAsTheRowsTheyStandFor() {
    double[] cw = {1.5, 0, 2, 0.5, 3};
    long[] cc = {2, 1, 3, 1, 0};
    double[] cy = {1, 4, N, 3, 2};
    boolean[] cd = {true, true, true, false, true};
    int[] cr = {0, 1, 1, 0, 1};
    int[] ck = {0, 0, 1, 1, 0};
    int rows = 7;
    double[] rw = new double[rows];
    double[] ry = new double[rows];
    boolean[] rd = new boolean[rows];
    int[] rr = new int[rows];
    int[] rk = new int[rows];
    int i = 0;
    for (int j = 0; j < cw.length; j++) {
      for (int c = 0; c < cc[j]; c++, i++) {
        rw[i] = cw[j];
        ry[i] = cy[j];
        rd[i] = cd[j];
        rr[i] = cr[j];
        rk[i] = ck[j];
      }
    }
    SurveyDesign byCell = SurveyDesign.ofCells(cw, cc);
    SurveyDesign byRow = SurveyDesign.ofRows(rw);
    assertThat(byCell.rows()).isEqualTo(rows);
    assertThat(byCell.degreesOfFreedom()).isEqualTo(byRow.degreesOfFreedom());
    TotalEstimate tc = byCell.total(cy, cd);
    TotalEstimate tr = byRow.total(ry, rd);
    assertThat(tc.estimate()).isCloseTo(tr.estimate(), within(1e-12));
    assertThat(tc.standardError()).isCloseTo(tr.standardError(), within(1e-12));
    assertThat(tc.degreesOfFreedom()).isEqualTo(tr.degreesOfFreedom());
    MeanEstimate mc = byCell.mean(cy, cd);
    MeanEstimate mr = byRow.mean(ry, rd);
    assertThat(mc.estimate()).isCloseTo(mr.estimate(), within(1e-12));
    assertThat(mc.standardError()).isCloseTo(mr.standardError(), within(1e-12));
    assertThat(mc.respondents()).isEqualTo(mr.respondents()).isEqualTo(3);
    boolean[] notC = new boolean[cd.length];
    boolean[] notR = new boolean[rd.length];
    for (int j = 0; j < notC.length; j++) {
      notC[j] = !cd[j];
    }
    for (int j = 0; j < notR.length; j++) {
      notR[j] = !rd[j];
    }
    Difference dc = byCell.difference(cy, cd, notC);
    Difference dr = byRow.difference(ry, rd, notR);
    assertThat(dc.estimate()).isCloseTo(dr.estimate(), within(1e-12));
    assertThat(dc.standardError()).isCloseTo(dr.standardError(), within(1e-12));
    assertThat(dc.degreesOfFreedom()).isEqualTo(dr.degreesOfFreedom()).isEqualTo(1);
    for (double p : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      QuantileEstimate qc = byCell.quantile(cy, all(cw.length), p, 0.9).orElseThrow();
      QuantileEstimate qr = byRow.quantile(ry, all(rows), p, 0.9).orElseThrow();
      assertThat(qc).as("p=%s", p).isEqualTo(qr);
    }
    RaoScottTest xc = byCell.raoScott(cr, ck).orElseThrow();
    RaoScottTest xr = byRow.raoScott(rr, rk).orElseThrow();
    assertThat(xc.pearsonChiSquare()).isCloseTo(xr.pearsonChiSquare(), within(1e-12));
    assertThat(xc.f()).isCloseTo(xr.f(), within(1e-9));
  }

  @Test
  void raoScottNeedsTwoCategoriesEachWayAndADefinedDesignEffect() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {1, 2, 1, 1, 2, 1});
    assertThat(d.raoScott(new int[] {0, 0, 0, 0, 0, 0}, new int[] {0, 1, 0, 1, 0, 1})).isEmpty();
    // the second row category occurs only where the column is missing
    assertThat(d.raoScott(new int[] {0, 0, 0, 0, 1, 1}, new int[] {0, 1, 0, 1, -1, -1})).isEmpty();
    // an empty cell makes the design-effect matrix singular, as R's solve()
    assertThat(d.raoScott(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 0, 1, 1, 1})).isPresent();
    assertThat(d.raoScott(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 0, 1, 1, 1})).isEmpty();
  }

  @Test
  void intervalsCheckTheirEndsAndContainTheirEnds() {
    Interval point = new Interval(2, 2, IntervalMethod.T, 0.95);
    assertThat(point.contains(2)).isTrue();
    Interval i = new Interval(1, 3, IntervalMethod.MEAN, 0.9);
    assertThat(i.contains(1)).isTrue();
    assertThat(i.contains(3)).isTrue();
    assertThat(i.contains(0.999)).isFalse();
    assertThat(i.contains(3.001)).isFalse();
    assertThatThrownBy(() -> new Interval(3, 1, IntervalMethod.T, 0.95)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower <= upper");
    assertThatThrownBy(() -> new Interval(N, 1, IntervalMethod.T, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(1, N, IntervalMethod.T, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(1, 2, IntervalMethod.T, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence level");
    assertThatThrownBy(() -> new Interval(1, 2, IntervalMethod.T, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intervalMethodsHaveStableJsonNames() {
    assertThat(IntervalMethod.ALL_SAME_ANSWER.jsonName()).isEqualTo("all-same-answer");
    assertThat(IntervalMethod.fromJsonName(" Wilson ")).isEqualTo(IntervalMethod.WILSON);
    assertThatThrownBy(() -> IntervalMethod.fromJsonName("wald")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'wald'");
  }
}
