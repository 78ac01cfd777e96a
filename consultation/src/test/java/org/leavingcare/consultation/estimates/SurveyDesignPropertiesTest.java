package org.leavingcare.consultation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariants of the estimators for any weights-only design (jqwik, fixed seed so CI is repeatable).
 */
class SurveyDesignPropertiesTest {

  /** A small respondent-level sample: weights, a 0/1/NaN answer and a two-way domain split. */
  record Sample(double[] weights, double[] answer, boolean[] domain) {}

  @Provide
  Arbitrary<Sample> samples() {
    Arbitrary<Integer> size = Arbitraries.integers().between(3, 40);
    return size.flatMap(n -> Combinators.combine(
        Arbitraries.doubles().between(0.1, 10).list().ofSize(n),
        Arbitraries.integers().between(-1, 1).list().ofSize(n),
        Arbitraries.of(true, false).list().ofSize(n)).as(SurveyDesignPropertiesTest::sample));
  }

  static Sample sample(List<Double> w, List<Integer> a, List<Boolean> d) {
    double[] weights = w.stream().mapToDouble(Double::doubleValue).toArray();
    double[] answer = a.stream().mapToDouble(x -> x < 0 ? Double.NaN : x).toArray();
    boolean[] domain = new boolean[d.size()];
    for (int i = 0; i < domain.length; i++) {
      domain[i] = d.get(i);
    }
    return new Sample(weights, answer, domain);
  }

  @Property(seed = "20261122", tries = 100)
  void multiplyingEveryWeightByAConstantChangesNoEstimate(@ForAll("samples") Sample s,
      @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
    double[] scaled = s.weights().clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= c;
    }
    ProportionEstimate a = SurveyDesign.ofRows(s.weights()).proportion(s.answer(), s.domain());
    ProportionEstimate b = SurveyDesign.ofRows(scaled).proportion(s.answer(), s.domain());
    if (Double.isNaN(a.proportion())) {
      assertThat(b.proportion()).isNaN();
      return;
    }
    assertThat(b.proportion()).isCloseTo(a.proportion(), within(1e-12));
    assertThat(b.standardError()).isCloseTo(a.standardError(), within(1e-12 + 1e-9 * a.standardError()));
    assertThat(b.effectiveSampleSize()).isCloseTo(a.effectiveSampleSize(), within(1e-9 * a.effectiveSampleSize()));
    for (IntervalMethod m : List.of(IntervalMethod.LOGIT, IntervalMethod.BETA, IntervalMethod.MEAN, IntervalMethod.WILSON)) {
      var ia = a.interval(m, 0.95);
      var ib = b.interval(m, 0.95);
      assertThat(ib.isPresent()).isEqualTo(ia.isPresent());
      if (ia.isPresent()) {
        assertThat(ib.get().lower()).isCloseTo(ia.get().lower(), within(1e-8));
        assertThat(ib.get().upper()).isCloseTo(ia.get().upper(), within(1e-8));
      }
    }
  }

  @Property(seed = "20261122", tries = 100)
  void equalWeightsGiveTheUnweightedProportion(@ForAll("samples") Sample s, @ForAll @DoubleRange(min = 0.1, max = 10) double w) {
    double[] equal = new double[s.weights().length];
    java.util.Arrays.fill(equal, w);
    long answered = 0;
    long yes = 0;
    for (int i = 0; i < equal.length; i++) {
      if (!Double.isNaN(s.answer()[i])) {
        answered++;
        yes += s.answer()[i] == 1 ? 1 : 0;
      }
    }
    boolean[] all = new boolean[equal.length];
    java.util.Arrays.fill(all, true);
    ProportionEstimate p = SurveyDesign.ofRows(equal).proportion(s.answer(), all);
    if (answered == 0) {
      assertThat(p.proportion()).isNaN();
    } else {
      assertThat(p.proportion()).isCloseTo((double) yes / answered, within(1e-12));
      assertThat(p.effectiveSampleSize()).isCloseTo(answered, within(1e-9));
    }
  }

  @Property(seed = "20261122", tries = 100)
  void proportionsAndTheirWilsonAndBetaIntervalsStayWithinZeroAndOne(@ForAll("samples") Sample s) {
    ProportionEstimate p = SurveyDesign.ofRows(s.weights()).proportion(s.answer(), s.domain());
    if (Double.isNaN(p.proportion())) {
      return;
    }
    assertThat(p.proportion()).isBetween(0.0, 1.0);
    for (IntervalMethod m : List.of(IntervalMethod.LOGIT, IntervalMethod.BETA, IntervalMethod.WILSON)) {
      p.interval(m, 0.95).ifPresent(i -> {
        assertThat(i.lower()).isBetween(0.0, 1.0);
        assertThat(i.upper()).isBetween(0.0, 1.0);
        assertThat(i.contains(p.proportion()) || i.method() == IntervalMethod.ALL_SAME_ANSWER).isTrue();
      });
    }
  }

  @Property(seed = "20261122", tries = 100)
  void theOverallProportionLiesBetweenTheTwoDomainProportions(@ForAll("samples") Sample s) {
    boolean[] other = new boolean[s.domain().length];
    boolean[] all = new boolean[s.domain().length];
    for (int i = 0; i < other.length; i++) {
      other[i] = !s.domain()[i];
      all[i] = true;
    }
    SurveyDesign d = SurveyDesign.ofRows(s.weights());
    double a = d.proportion(s.answer(), s.domain()).proportion();
    double b = d.proportion(s.answer(), other).proportion();
    double overall = d.proportion(s.answer(), all).proportion();
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return;
    }
    assertThat(overall).isBetween(Math.min(a, b) - 1e-12, Math.max(a, b) + 1e-12);
  }

  @Property(seed = "20261122", tries = 100)
  void cellsOfEqualRowsGiveTheSameResultsAsTheRows(@ForAll("samples") Sample s) {
    // duplicate every row: as cells of two, and as twice as many rows
    int n = s.weights().length;
    double[] w2 = new double[2 * n];
    double[] y2 = new double[2 * n];
    boolean[] d2 = new boolean[2 * n];
    long[] twos = new long[n];
    for (int i = 0; i < n; i++) {
      w2[2 * i] = w2[2 * i + 1] = s.weights()[i];
      y2[2 * i] = y2[2 * i + 1] = s.answer()[i];
      d2[2 * i] = d2[2 * i + 1] = s.domain()[i];
      twos[i] = 2;
    }
    ProportionEstimate rows = SurveyDesign.ofRows(w2).proportion(y2, d2);
    ProportionEstimate cells = SurveyDesign.ofCells(s.weights(), twos).proportion(s.answer(), s.domain());
    if (Double.isNaN(rows.proportion())) {
      return;
    }
    assertThat(cells.proportion()).isCloseTo(rows.proportion(), within(1e-12));
    assertThat(cells.standardError()).isCloseTo(rows.standardError(), within(1e-12));
    assertThat(cells.degreesOfFreedom()).isEqualTo(rows.degreesOfFreedom());
  }
}
