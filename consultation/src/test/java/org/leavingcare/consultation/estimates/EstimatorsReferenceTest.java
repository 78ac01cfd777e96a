package org.leavingcare.consultation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavingcare.consultation.weighting.Calibration;

/**
 * Every estimator against R's survey package on a small design built to reach the edge cases:
 * zero weights, unanswered rows, domains whose degrees of freedom differ from their rows, the
 * quantile quirks, differences with the covariance a calibration induces, and the Rao-Scott tests
 * with a factor that has missing values. Reference values: {@code r-reference/estimators/estimators.R}
 * (R 4.2.2, survey 4.1.1) and its output {@code estimators-reference.csv}.
 *
 * <p>Each scenario ({@code plain}, {@code ps} post-stratified on sex, {@code rake} raked on sex and
 * group) runs twice: one cell per row, and as cells with an extra empty cell (count 0), which must
 * change nothing.
 */
class EstimatorsReferenceTest {

  static final String[] GRP = {"A", "A", "A", "A", "A", "A", "B", "B", "B", "B", "B", "B", "C", "C", "C", "C", "C", "C"};
  static final String[] SEX = {"M", "F", "M", "F", "M", "F", "M", "M", "F", "F", "M", "F", "F", "M", "F", "M", "M", "F"};
  static final double[] W = {1.5, 2, 0, 3, 1, 2.5, 1, 2.5, 1, 0.5, 4, 1, 2, 1, 1, 3, 0, 1};
  static final double N = Double.NaN;
  static final double[] Y = {3, 5, 4, N, 2, 5, 1, 4, 2, N, 5, 3, 2, 4, N, 1, 5, 3};
  /** no = 0, yes = 1, missing = -1 (R's factor levels in alphabetical order). */
  static final int[] AWARE = {1, 0, 1, -1, 0, 1, 0, 0, 1, 1, -1, 0, 1, 0, 0, -1, 1, 1};
  static final List<String> DOMAINS = List.of("all", "A", "B", "C");

  static final Map<String, Double> R = read();

  /** One scenario as the estimators see it: the design and each row's values, per cell. */
  record Case(String scenario, String layout, SurveyDesign design, double[] y, String[] grp, int[] aware) {
    @Override
    public String toString() {
      return scenario + "/" + layout;
    }

    boolean[] domain(String g) {
      boolean[] d = new boolean[grp.length];
      for (int j = 0; j < d.length; j++) {
        d[j] = g.equals("all") || grp[j].equals(g);
      }
      return d;
    }

    double[] agree() {
      return Arrays.stream(y).map(v -> Double.isNaN(v) ? v : v >= 4 ? 1 : 0).toArray();
    }

    int[] group() {
      return Arrays.stream(grp).mapToInt(g -> g.charAt(0) - 'A').toArray();
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String scenario : List.of("plain", "ps", "rake")) {
      for (boolean withEmptyCell : List.of(false, true)) {
        out.add(Arguments.of(build(scenario, withEmptyCell)));
      }
    }
    return out.stream();
  }

  /** The design of a scenario; with an empty cell, a cell of count 0 (weight 7, answer 1) is appended. */
  static Case build(String scenario, boolean withEmptyCell) {
    int n = W.length + (withEmptyCell ? 1 : 0);
    double[] w = Arrays.copyOf(W, n);
    double[] y = Arrays.copyOf(Y, n);
    String[] grp = Arrays.copyOf(GRP, n);
    String[] sex = Arrays.copyOf(SEX, n);
    int[] aware = Arrays.copyOf(AWARE, n);
    long[] counts = new long[n];
    Arrays.fill(counts, 1);
    if (withEmptyCell) {
      w[n - 1] = 7;
      y[n - 1] = 1;
      grp[n - 1] = "A";
      sex[n - 1] = "M";
      aware[n - 1] = 1;
      counts[n - 1] = 0;
    }
    int[] sexIndex = Arrays.stream(sex).mapToInt(s -> s.equals("F") ? 0 : 1).toArray();
    int[] grpIndex = Arrays.stream(grp).mapToInt(g -> g.charAt(0) - 'A').toArray();
    double[] popSex = {12, 10};
    SurveyDesign design;
    switch (scenario) {
      case "plain":
        design = withEmptyCell ? SurveyDesign.ofCells(w, counts) : SurveyDesign.ofRows(w);
        break;
      case "ps":
        design = SurveyDesign.calibrated(counts, Calibration.postStratify(w, counts, sexIndex, popSex));
        break;
      default:
        // R's rake variance is NaN with zero weights, so the script rakes a copy with 0.5 in their place
        double[] w2 = Arrays.stream(w).map(v -> v == 0 ? 0.5 : v).toArray();
        Calibration rake = Calibration.rake(w2, counts, List.of(sexIndex, grpIndex),
            List.of(popSex, new double[] {8, 8, 6}), new Calibration.RakingControl(1e-9, 100));
        assertThat(rake.converged()).isTrue();
        design = SurveyDesign.calibrated(counts, rake);
    }
    return new Case(scenario, withEmptyCell ? "cells with an empty cell" : "rows", design, y, grp, aware);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void meansAndTheirTIntervals(Case c) {
    for (String g : DOMAINS) {
      String k = c.scenario() + "." + g;
      MeanEstimate m = g.equals("all") ? c.design().mean(c.y()) : c.design().mean(c.y(), c.domain(g));
      assertEstimate(k + ".mean.est", m.estimate());
      assertSe(k + ".mean.se", m.standardError());
      assertThat(m.degreesOfFreedom()).as(k).isEqualTo(r(k + ".degf").longValue());
      assertInterval(k + ".mean", m.interval(0.95).orElseThrow(), 1e-9);
    }
    assertThat(c.design().degreesOfFreedom()).isEqualTo(r(c.scenario() + ".all.degf").longValue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void totalsAndTheirTIntervals(Case c) {
    for (String g : DOMAINS) {
      String k = c.scenario() + "." + g;
      TotalEstimate t = c.design().total(c.y(), c.domain(g));
      assertEstimate(k + ".total.est", t.estimate());
      assertSe(k + ".total.se", t.standardError());
      assertThat(t.degreesOfFreedom()).as(k).isEqualTo(r(k + ".degf").longValue());
      assertInterval(k + ".total", t.interval(0.95).orElseThrow(), 1e-8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void proportionsWithEveryIntervalMethod(Case c) {
    for (String g : DOMAINS) {
      String k = c.scenario() + "." + g + ".agree";
      ProportionEstimate p = g.equals("all") ? c.design().proportion(c.agree()) : c.design().proportion(c.agree(), c.domain(g));
      assertEstimate(k + ".est", p.proportion());
      assertSe(k + ".se", p.standardError());
      assertThat(p.variance()).isCloseTo(p.standardError() * p.standardError(), within(1e-15));
      assertThat(p.degreesOfFreedom()).isEqualTo(r(c.scenario() + "." + g + ".degf").longValue());
      // R's logit ends come from an IRLS fit; the others are closed forms
      assertInterval(k + ".logit", p.interval(IntervalMethod.LOGIT, 0.95).orElseThrow(), 1e-8);
      assertInterval(k + ".xlogit", p.interval(IntervalMethod.XLOGIT, 0.95).orElseThrow(), 1e-8);
      assertInterval(k + ".beta", p.interval(IntervalMethod.BETA, 0.95).orElseThrow(), 1e-9);
      assertInterval(k + ".mean", p.interval(IntervalMethod.MEAN, 0.95).orElseThrow(), 1e-9);
      assertInterval(k + ".wilson", p.interval(IntervalMethod.WILSON, 0.95).orElseThrow(), 1e-9);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quantilesWithWoodruffIntervals(Case c) {
    for (String g : DOMAINS) {
      for (int pc : new int[] {10, 25, 50, 75, 90}) {
        String k = c.scenario() + "." + g + ".q" + pc;
        QuantileEstimate q = c.design().quantile(c.y(), c.domain(g), pc / 100.0, 0.95).orElseThrow();
        assertThat(q.probability()).isEqualTo(pc / 100.0);
        assertThat(q.level()).isEqualTo(0.95);
        assertThat(q.value()).as(k + ".est").isEqualTo(r(k + ".est"));
        assertNaNOrClose(k + ".lo", q.lower(), 0);
        assertNaNOrClose(k + ".hi", q.upper(), 0);
        assertNaNOrClose(k + ".se", q.standardError(), 1e-9);
        assertThat(q.lowerEnd().isPresent()).isEqualTo(!Double.isNaN(q.lower()));
        assertThat(q.upperEnd().isPresent()).isEqualTo(!Double.isNaN(q.upper()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void differencesOfDomainMeansWithTheirCovariance(Case c) {
    for (String[] pair : new String[][] {{"A", "B"}, {"A", "C"}, {"B", "C"}}) {
      String k = c.scenario() + ".diff." + pair[0] + "." + pair[1];
      Difference d = c.design().difference(c.y(), c.domain(pair[0]), c.domain(pair[1]));
      assertEstimate(k + ".est", d.estimate());
      assertSe(k + ".se", d.standardError());
      assertThat(d.degreesOfFreedom()).as(k).isEqualTo(r(k + ".df").longValue());
      assertThat(d.t()).isCloseTo(d.estimate() / d.standardError(), within(1e-12));
      assertThat(d.pValue()).as(k + ".p").isCloseTo(r(k + ".p"), within(1e-9));
      Interval i = d.interval(0.95).orElseThrow();
      assertThat(i.method()).isEqualTo(IntervalMethod.T);
      assertInterval(k, i, 1e-9);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void raoScottTestsOfGroupByAwarenessWithMissingAwareness(Case c) {
    assertRaoScott(c.design().raoScott(c.group(), c.aware()).orElseThrow(), c.scenario() + ".chisq.aware.", 2);
  }

  /** A 3×3 table: group by the level of the answer (1–2 low, 3 mid, 4–5 high; missing if not answered). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void raoScottTestsOfGroupByAnswerLevel(Case c) {
    int[] level = Arrays.stream(c.y()).mapToInt(v -> Double.isNaN(v) ? -1 : v <= 2 ? 0 : v == 3 ? 1 : 2).toArray();
    assertRaoScott(c.design().raoScott(c.group(), level).orElseThrow(), c.scenario() + ".chisq.level.", 3);
  }

  static void assertRaoScott(RaoScottTest t, String k, int columns) {
    assertThat(t.rowCategories()).isEqualTo(3);
    assertThat(t.columnCategories()).isEqualTo(columns);
    assertThat(t.f()).as(k + "F").isCloseTo(r(k + "F.statistic"), within(1e-8));
    assertThat(t.secondOrderPValue()).isCloseTo(r(k + "F.p"), within(1e-8));
    assertThat(t.numeratorDf()).isCloseTo(r(k + "F.df1"), within(1e-8));
    assertThat(t.denominatorDf()).isCloseTo(r(k + "F.df2"), within(1e-7));
    assertThat(t.pearsonChiSquare()).isCloseTo(r(k + "Chisq.statistic"), within(1e-8));
    assertThat(t.firstOrderPValue()).isCloseTo(r(k + "Chisq.p"), within(1e-8));
    assertThat(t.firstOrderDf()).isEqualTo(r(k + "Chisq.df1").intValue());
    assertThat(t.firstOrderChiSquare()).isCloseTo(t.pearsonChiSquare() / t.meanDesignEffect(), within(1e-12));
    assertThat(t.meanDesignEffect()).isCloseTo(t.pearsonChiSquare() / t.f() / t.firstOrderDf(), within(1e-9));
  }

  /** p·W exactly the smallest value's weight reaches that value; just below it R gives the next one. */
  @Test
  void theQuantileRuleAtTheBottomOfTheDataOnATie() {
    SurveyDesign d = SurveyDesign.ofRows(new double[] {2, 1, 3, 2});
    double[] y = {1, 2, 3, 4};
    boolean[] all = {true, true, true, true};
    assertThat(d.quantile(y, all, 0.25, 0.95).orElseThrow().value()).isEqualTo(r("tie.q25.est"));
    assertThat(d.quantile(y, all, 0.24, 0.95).orElseThrow().value()).isEqualTo(r("tie.q24.est"));
  }

  /** Student's t (non-integer df too) and, for infinite df, the normal quantile, as R's qt and qnorm. */
  @Test
  void tAndNormalQuantilesAsR() {
    assertThat(Distributions.tQuantile(0.9123, 3.5)).isCloseTo(r("qt.0.9123.3.5"), within(1e-12));
    assertThat(Distributions.tQuantile(0.0377, 12)).isCloseTo(r("qt.0.0377.12"), within(1e-12));
    assertThat(Distributions.tQuantile(0.9951, Double.POSITIVE_INFINITY)).isCloseTo(r("qnorm.0.9951"), within(1e-12));
  }

  static Double r(String key) {
    Double v = R.get(key);
    if (v == null) {
      throw new IllegalStateException("estimators-reference.csv has no " + key);
    }
    return v;
  }

  static void assertEstimate(String key, double actual) {
    assertThat(actual).as(key).isCloseTo(r(key), within(1e-9 * Math.max(1, Math.abs(r(key)))));
  }

  /**
   * Standard errors are closed forms here (no iterative fit), so they agree with R's to 1e-10
   * relative; that is tight enough to tell R's ten raking-residual passes from eleven.
   */
  static void assertSe(String key, double actual) {
    assertThat(actual).as(key).isCloseTo(r(key), within(1e-10 * Math.abs(r(key))));
  }

  static void assertInterval(String key, Interval i, double tol) {
    assertThat(i.lower()).as(key + ".lo").isCloseTo(r(key + ".lo"), within(tol * Math.max(1, Math.abs(r(key + ".lo")))));
    assertThat(i.upper()).as(key + ".hi").isCloseTo(r(key + ".hi"), within(tol * Math.max(1, Math.abs(r(key + ".hi")))));
    assertThat(i.level()).isEqualTo(0.95);
  }

  static void assertNaNOrClose(String key, double actual, double tol) {
    if (Double.isNaN(r(key))) {
      assertThat(actual).as(key).isNaN();
    } else {
      assertThat(actual).as(key).isCloseTo(r(key), within(tol));
    }
  }

  static Map<String, Double> read() {
    String name = "/r-reference/estimators/estimators-reference.csv";
    InputStream in = EstimatorsReferenceTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    Map<String, Double> values = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] kv = line.split(",", -1);
        values.put(kv[0], kv[1].equals("NaN") ? Double.NaN : Double.parseDouble(kv[1]));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
    return values;
  }
}
