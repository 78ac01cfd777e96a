package org.leavingcare.consultation.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.opencsv.CSVReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.AnalysisSettings;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.estimates.QuantileEstimate;
import org.leavingcare.consultation.weighting.Calibration;
import org.leavingcare.consultation.weighting.CalibrationSpec;
import org.leavingcare.consultation.weighting.Margin;
import org.leavingcare.consultation.weighting.WeightScheme;

/**
 * Differential test against saved output of R 4.2.2 with survey 4.1.1 (test resources
 * {@code r-reference/}: data, configuration, R script, versions and output). Estimates agree to
 * 1e-9, standard errors to 1e-6 relative, interval ends to 1e-9 (logit 1e-7: R fits it by IRLS).
 */
class RReferenceTest {

  record Ref(String scenario, String question, String domain, String measure, String option, String stat, double value) {
    String key() {
      return String.join("|", scenario, question, domain, measure, option, stat);
    }
  }

  static List<Ref> refs = new ArrayList<>();
  static Map<String, Map<IntervalMethod, ConsultationSummary>> summaries = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws Exception {
    try (CSVReader r = new CSVReader(new InputStreamReader(resource("reference.csv"), StandardCharsets.UTF_8))) {
      r.readNext();
      for (String[] f : r) {
        refs.add(new Ref(f[0], f[1], f[2], f[3], f[4], f[5], f[6].equals("NA") ? Double.NaN : Double.parseDouble(f[6])));
      }
    }
    ConsultationConfig config = ConsultationConfig.parse(new String(resource("synthetic-consultation.json").readAllBytes(),
        StandardCharsets.UTF_8), "synthetic-consultation.json");
    ConsultationData data = ConsultationData.read(resource("synthetic-consultation.csv").readAllBytes(),
        "synthetic-consultation.csv", config.consultation());
    Map<String, Double> groups = new LinkedHashMap<>();
    groups.put("Care leaver", 215.0);
    groups.put("Young person in care", 60.0);
    groups.put("Care-experienced adult", 40.0);
    groups.put("Foster carer", 120.0);
    groups.put("Council staff", 150.0);
    groups.put("Partner organisation", 90.0);
    groups.put("Member of the public", 400.0);
    Margin group = new Margin("respondent_group", groups);
    Margin channel = new Margin("channel", Map.of("Online", 700.0, "Paper", 200.0, "Event", 175.0));
    Map<String, WeightScheme> schemes = Map.of(
        "k3", config.weighting(),
        "poststrat", config.weighting().withCalibration(new CalibrationSpec(CalibrationSpec.Method.POST_STRATIFY,
            List.of(group), Calibration.RakingControl.DEFAULT)),
        "rake", config.weighting().withCalibration(new CalibrationSpec(CalibrationSpec.Method.RAKE,
            List.of(group, channel), new Calibration.RakingControl(1e-9, 100))));
    for (var e : schemes.entrySet()) {
      Map<IntervalMethod, ConsultationSummary> byMethod = new EnumMap<>(IntervalMethod.class);
      for (IntervalMethod m : List.of(IntervalMethod.LOGIT, IntervalMethod.BETA, IntervalMethod.MEAN, IntervalMethod.XLOGIT)) {
        byMethod.put(m, Summariser.of(data, new AnalysisSettings(0.95, m, AnalysisSettings.DEFAULT_MULTIPLIERS))
            .summarise(e.getValue(), false));
      }
      summaries.put(e.getKey(), byMethod);
    }
  }

  static InputStream resource(String name) {
    InputStream in = RReferenceTest.class.getResourceAsStream("/r-reference/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource r-reference/" + name);
    }
    return in;
  }

  static Breakdown breakdown(QuestionSummary q, String domain) {
    if (domain.equals("all")) {
      return q.overall();
    }
    if (domain.equals("ce=TRUE")) {
      return q.byCareExperience().get(0);
    }
    if (domain.equals("ce=FALSE")) {
      return q.byCareExperience().get(1);
    }
    String g = domain.substring("group=".length());
    return q.byGroup().stream().filter(b -> b.label().equals(g)).findFirst().orElseThrow();
  }

  /** The Java value for a reference row, or empty if the summary does not report it. */
  static Optional<Double> actual(Ref ref) {
    Map<IntervalMethod, ConsultationSummary> s = summaries.get(ref.scenario());
    IntervalMethod method = ref.stat().contains(".") ? IntervalMethod.fromJsonName(ref.stat().split("\\.")[0])
        : IntervalMethod.LOGIT;
    QuestionSummary q = s.get(method).question(ref.question()).orElseThrow();
    Breakdown b = breakdown(q, ref.domain());
    Function<Optional<Interval>, Double> lo = ci -> ci.orElseThrow().lower();
    Function<Optional<Interval>, Double> hi = ci -> ci.orElseThrow().upper();
    boolean lower = ref.stat().endsWith(".lo");
    switch (ref.measure()) {
      case "option": {
        OptionResult o = b.option(ref.option()).orElseThrow();
        switch (ref.stat()) {
          case "est": return Optional.of(o.proportion());
          case "se": return Optional.of(o.standardError());
          case "kish": return Optional.of(b.effectiveN());
          default: return Optional.of(lower ? lo.apply(o.ci()) : hi.apply(o.ci()));
        }
      }
      case "agree":
      case "disagree": {
        LikertMeasures l = b.likert().orElseThrow();
        Measure m = ref.measure().equals("agree") ? l.agree() : l.disagree();
        switch (ref.stat()) {
          case "est": return Optional.of(m.estimate());
          case "se": return Optional.of(m.standardError());
          case "kish": return Optional.empty();
          default: return Optional.of(lower ? lo.apply(m.ci()) : hi.apply(m.ci()));
        }
      }
      case "net": {
        Measure m = b.likert().orElseThrow().netAgreement();
        return Optional.of(ref.stat().equals("est") ? m.estimate() : m.standardError());
      }
      case "median": {
        QuantileEstimate m = (q.type() == org.leavingcare.consultation.model.QuestionType.NUMERIC ? b.median()
            : b.likert().orElseThrow().median()).orElseThrow();
        switch (ref.stat()) {
          case "est": return Optional.of(m.value());
          case "lo": return Optional.of(m.lower());
          case "hi": return Optional.of(m.upper());
          default: return Optional.of(m.standardError());
        }
      }
      case "mean": {
        Measure m = b.mean().orElseThrow();
        return Optional.of(ref.stat().equals("est") ? m.estimate() : m.standardError());
      }
      case "raoScott": {
        var t = (ref.option().equals("group") ? q.byGroupTest() : q.byCareExperienceTest()).orElseThrow();
        switch (ref.stat()) {
          case "F": return Optional.of(t.f());
          case "ndf": return Optional.of(t.numeratorDf());
          case "ddf": return Optional.of(t.denominatorDf());
          case "pF": return Optional.of(t.secondOrderPValue());
          case "X2": return Optional.of(t.pearsonChiSquare());
          case "pChisq": return Optional.of(t.firstOrderPValue());
          default: throw new IllegalStateException(ref.key());
        }
      }
      case "ttest": {
        Comparison c = q.careExperiencedVersusOthers().stream().filter(x -> x.measure().equals(ref.option()))
            .findFirst().orElseThrow();
        switch (ref.stat()) {
          case "diff": return Optional.of(c.difference());
          case "t": return Optional.of(c.t());
          case "df": return Optional.of((double) c.df());
          default: return Optional.of(c.pValue());
        }
      }
      default:
        throw new IllegalStateException("unknown measure in reference.csv: " + ref.key());
    }
  }

  static double tolerance(Ref ref) {
    if (ref.stat().equals("se") || ref.stat().equals("kish") || ref.measure().equals("raoScott")
        || ref.measure().equals("ttest")) {
      return 1e-6 * Math.abs(ref.value());
    }
    if (ref.stat().startsWith("logit.") || ref.stat().startsWith("xlogit.")) {
      return 1e-7;
    }
    return 1e-9;
  }

  @Test
  void everyReferenceValueAgrees() {
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Ref ref : refs) {
      if (Double.isNaN(ref.value())) {
        continue;
      }
      Optional<Double> actual = actual(ref);
      if (actual.isEmpty()) {
        continue;
      }
      checked++;
      if (!(Math.abs(actual.get() - ref.value()) <= tolerance(ref))) {
        failures.add(ref.key() + ": R " + ref.value() + ", Java " + actual.get());
      }
    }
    assertThat(failures).as("values disagreeing with R").isEmpty();
    assertThat(checked).isGreaterThan(3000);
  }

  @Test
  void theRakedWeightsMeetBothMargins() {
    WeightingSummary w = summaries.get("rake").get(IntervalMethod.LOGIT).weighting();
    assertThat(w.calibrationConverged()).contains(true);
    assertThat(w.calibrationMaxMarginError().orElseThrow()).isLessThan(1e-6);
    assertThat(summaries.get("k3").get(IntervalMethod.LOGIT).profile().stream()
        .mapToDouble(GroupProfile::shareOfWeight).sum()).isCloseTo(1, within(1e-12));
  }
}
