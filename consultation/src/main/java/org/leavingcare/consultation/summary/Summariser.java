package org.leavingcare.consultation.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import org.leavingcare.consultation.config.AnalysisSettings;
import org.leavingcare.consultation.estimates.Difference;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.estimates.MeanEstimate;
import org.leavingcare.consultation.estimates.ProportionEstimate;
import org.leavingcare.consultation.estimates.QuantileEstimate;
import org.leavingcare.consultation.estimates.RaoScottTest;
import org.leavingcare.consultation.estimates.SurveyDesign;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.weighting.Calibration;
import org.leavingcare.consultation.weighting.WeightScheme;

/**
 * Computes a {@link ConsultationSummary} from {@link ConsultationData} under any number of weight
 * schemes, without reading the responses again. Each question is a weights-only survey design
 * ({@link SurveyDesign}) on cells of (respondent class × answer), so every figure agrees with R's
 * {@code survey} package run on the respondent-level data.
 *
 * <p>Thread-safe: a summariser holds only immutable data.
 */
public final class Summariser {

  /** The label of the breakdown over all respondents. */
  public static final String ALL = "All respondents";
  /** The label of the care-experienced breakdown. */
  public static final String CARE_EXPERIENCED = "Care-experienced";
  /** The label of the other respondents' breakdown. */
  public static final String NOT_CARE_EXPERIENCED = "Not care-experienced";

  private final ConsultationData data;
  private final AnalysisSettings settings;
  private final Consultation consultation;
  private final List<RespondentClass> classes;
  private final long[] classSize;
  private final List<String> groups;
  private final int[] groupOf;
  private final ClassWeights weighting;

  private Summariser(ConsultationData data, AnalysisSettings settings) {
    this.data = Objects.requireNonNull(data, "data");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.consultation = data.consultation();
    this.classes = data.classes();
    this.classSize = new long[classes.size()];
    Map<String, Integer> g = new LinkedHashMap<>();
    this.groupOf = new int[classes.size()];
    for (int k = 0; k < classes.size(); k++) {
      classSize[k] = data.classSize(k);
      groupOf[k] = g.computeIfAbsent(classes.get(k).group(), x -> g.size());
    }
    this.groups = List.copyOf(g.keySet());
    this.weighting = new ClassWeights(consultation, classes, classSize);
  }

  /**
   * A summariser of some data.
   *
   * @param data the sufficient statistics
   * @param settings interval and sensitivity settings
   * @return the summariser
   */
  public static Summariser of(ConsultationData data, AnalysisSettings settings) {
    return new Summariser(data, settings);
  }

  /**
   * The summary under a weight scheme, with the sensitivity analysis over the configured
   * multipliers plus the scheme's own.
   *
   * @param scheme the weight scheme
   * @return the summary
   * @throws IllegalArgumentException if a calibration margin does not fit the data (the message
   *     names the column and category)
   */
  public ConsultationSummary summarise(WeightScheme scheme) {
    return summarise(scheme, true);
  }

  /**
   * The summary under a weight scheme, optionally without the sensitivity analysis (which
   * recomputes every closed question at each multiplier, and at the multipliers where results flip).
   *
   * @param scheme the weight scheme
   * @param withSensitivity whether to include the sensitivity analysis (only possible with a
   *     care-experience column)
   * @return the summary
   * @throws IllegalArgumentException if a calibration margin does not fit the data
   */
  public ConsultationSummary summarise(WeightScheme scheme, boolean withSensitivity) {
    Objects.requireNonNull(scheme, "scheme");
    Scenario base = scenario(scheme, scheme.careExperiencedMultiplier());
    List<QuestionSummary> questions = new ArrayList<>();
    List<Question> qs = consultation.questions();
    for (int q = 0; q < qs.size(); q++) {
      QuestionType t = qs.get(q).type();
      if (t.isClosed() || t == QuestionType.NUMERIC) {
        questions.add(question(q, base));
      }
    }
    Optional<Sensitivity> sensitivity = withSensitivity && hasCareExperience()
        ? Optional.of(sensitivity(scheme)) : Optional.empty();
    Optional<Calibration> cal = base.calibration;
    WeightingSummary ws = new WeightingSummary(scheme, scheme.describe(), scheme.careExperiencedMultiplier(),
        scheme.careExperiencedShare(), cal.map(Calibration::iterations), cal.map(Calibration::converged),
        cal.isPresent() ? OptionalDouble.of(cal.get().maxMarginError()) : OptionalDouble.empty());
    return new ConsultationSummary(data.ingestReport(), ws, settings.confidenceLevel(), settings.intervalMethod(),
        data.respondents(), profile(weighting.overall(scheme)), questions, sensitivity);
  }

  /**
   * Each respondent's analysis weight under a weight scheme, for analyses at the level of the
   * respondent (such as theme prevalence, {@code ThemePrevalence.of}): the weights the summary's
   * respondent profile uses, computed by the same code as every question's weights.
   *
   * <ul>
   *   <li>a care-experience multiplier and group multipliers: {@code groupMultiplier × (k or 1)};
   *   <li>a target share {@code s}: the same, with the {@code k} that gives care-experienced
   *       respondents the share {@code s} of the total weight over all the given respondents (a
   *       closed question's summary sets {@code k} over those who answered it, §1.1);
   *   <li>calibration (post-stratification or raking): the calibrated weights, whose totals match
   *       the margins' population totals.
   * </ul>
   *
   * @param consultation the consultation the respondents answered (for calibration margins' columns)
   * @param respondents every accepted respondent, each once: the weights depend on all of them
   * @param scheme the weight scheme
   * @return the weight of each of those respondents; it throws {@link IllegalArgumentException},
   *     naming the id, for a respondent whose group, care experience and demographics match none
   *     of the given respondents
   * @throws IllegalArgumentException if a calibration margin does not fit the respondents (the
   *     message names the column and category)
   */
  public static ToDoubleFunction<Respondent> respondentWeights(Consultation consultation, List<Respondent> respondents,
      WeightScheme scheme) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(scheme, "scheme");
    Map<RespondentClass, Integer> index = new HashMap<>();
    List<RespondentClass> classes = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (Respondent r : respondents) {
      int k = index.computeIfAbsent(classOf(r), c -> {
        classes.add(c);
        sizes.add(0L);
        return classes.size() - 1;
      });
      sizes.set(k, sizes.get(k) + 1);
    }
    double[] w = new ClassWeights(consultation, classes, sizes.stream().mapToLong(Long::longValue).toArray())
        .overall(scheme);
    Map<RespondentClass, Integer> frozen = Map.copyOf(index);
    return r -> {
      Integer k = frozen.get(classOf(r));
      if (k == null) {
        throw new IllegalArgumentException("respondent " + r.id() + " is not among the respondents the weights were"
            + " computed for; compute the weights over every accepted respondent");
      }
      return w[k];
    };
  }

  private static RespondentClass classOf(Respondent r) {
    return new RespondentClass(r.group(), r.careExperienced(), r.demographics());
  }

  private boolean hasCareExperience() {
    return consultation.careExperience().isPresent();
  }

  // ---------------------------------------------------------------------------------------------
  // Weighting scenarios

  /** Class weights for one scheme and multiplier; under a target share, k is set per question. */
  private final class Scenario {
    final WeightScheme scheme;
    final double k;
    final double[] weights;
    final Optional<Calibration> calibration;

    Scenario(WeightScheme scheme, double k) {
      this.scheme = scheme;
      this.k = k;
      this.weights = weighting.base(scheme, k);
      this.calibration = weighting.calibration(scheme, weights);
    }

    double[] classWeights() {
      return calibration.map(Calibration::weights).orElse(weights);
    }
  }

  private Scenario scenario(WeightScheme scheme, double k) {
    return new Scenario(scheme, k);
  }

  private double[] baseWeights(WeightScheme scheme, double k) {
    return weighting.base(scheme, k);
  }

  private double shareMultiplier(WeightScheme scheme, long[] respondentsPerClass) {
    return weighting.shareMultiplier(scheme, respondentsPerClass);
  }

  // ---------------------------------------------------------------------------------------------
  // One question's design: cells of (class × answer code)

  private final class QuestionDesign {
    final int q;
    final Question question;
    final int[] classOf;
    final long[] code;
    final long[] count;
    final SurveyDesign design;
    final double k;

    QuestionDesign(int q, Scenario s) {
      this.q = q;
      this.question = consultation.questions().get(q);
      List<int[]> cells = new ArrayList<>();
      List<Long> codes = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      for (long c : data.codes(q)) {
        for (int cl = 0; cl < classes.size(); cl++) {
          long n = data.count(q, c, cl);
          if (n > 0) {
            cells.add(new int[] {cl});
            codes.add(c);
            counts.add(n);
          }
        }
      }
      int m = cells.size();
      classOf = new int[m];
      code = new long[m];
      count = new long[m];
      for (int j = 0; j < m; j++) {
        classOf[j] = cells.get(j)[0];
        code[j] = codes.get(j);
        count[j] = counts.get(j);
      }
      double kq = s.k;
      double[] classW = s.classWeights();
      if (s.scheme.careExperiencedShare().isPresent()) {
        long[] answered = new long[classes.size()];
        for (int j = 0; j < m; j++) {
          if (code[j] != ConsultationData.NOT_ANSWERED) {
            answered[classOf[j]] += count[j];
          }
        }
        kq = shareMultiplier(s.scheme, answered);
        classW = baseWeights(s.scheme, kq);
      }
      this.k = kq;
      if (s.calibration.isPresent()) {
        design = SurveyDesign.calibrated(count, s.calibration.get().forCells(classOf));
      } else {
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
          w[j] = classW[classOf[j]];
        }
        design = SurveyDesign.ofCells(w, count);
      }
    }

    int cells() {
      return code.length;
    }

    boolean answered(int j) {
      return code[j] != ConsultationData.NOT_ANSWERED;
    }

    /** Indicator of category c (0/1), NaN when not answered. */
    double[] indicator(int c) {
      double[] y = new double[cells()];
      for (int j = 0; j < y.length; j++) {
        if (!answered(j)) {
          y[j] = Double.NaN;
        } else if (question.type() == QuestionType.MULTI) {
          y[j] = (code[j] >>> c & 1L) == 1 ? 1 : 0;
        } else {
          y[j] = code[j] == c ? 1 : 0;
        }
      }
      return y;
    }

    /** A score of the substantive Likert answer (index 0..L−1), NaN otherwise. */
    double[] likertScore(DoubleUnaryOperator score) {
      int levels = question.options().size();
      double[] y = new double[cells()];
      for (int j = 0; j < y.length; j++) {
        y[j] = answered(j) && code[j] < levels ? score.applyAsDouble(code[j]) : Double.NaN;
      }
      return y;
    }

    double[] numbers() {
      double[] y = new double[cells()];
      for (int j = 0; j < y.length; j++) {
        y[j] = answered(j) ? Double.longBitsToDouble(code[j]) : Double.NaN;
      }
      return y;
    }

    double[] answeredIndicator() {
      double[] y = new double[cells()];
      for (int j = 0; j < y.length; j++) {
        y[j] = answered(j) ? 1 : Double.NaN;
      }
      return y;
    }

    boolean[] domain(IntPredicate classFilter) {
      boolean[] d = new boolean[cells()];
      for (int j = 0; j < d.length; j++) {
        d[j] = classFilter.test(classOf[j]);
      }
      return d;
    }

    double agreeScore(double index) {
      int levels = question.options().size();
      return index >= levels - question.pointsEachSide() ? 1 : 0;
    }

    double disagreeScore(double index) {
      return index < question.pointsEachSide() ? 1 : 0;
    }

    double netScore(double index) {
      return agreeScore(index) - disagreeScore(index);
    }

    double careShare(boolean[] base, double[] y) {
      double ce = 0;
      double all = 0;
      for (int j = 0; j < cells(); j++) {
        if (base[j] && !Double.isNaN(y[j])) {
          double w = design.weight(j) * count[j];
          all += w;
          if (classes.get(classOf[j]).careExperienced()) {
            ce += w;
          }
        }
      }
      return all > 0 && hasCareExperience() ? ce / all : Double.NaN;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Summaries

  private QuestionSummary question(int q, Scenario s) {
    QuestionDesign d = new QuestionDesign(q, s);
    Question question = d.question;
    Breakdown overall = breakdown(d, ALL, d.domain(c -> true));
    List<Breakdown> byGroup = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int gg = g;
      byGroup.add(breakdown(d, groups.get(g), d.domain(c -> groupOf[c] == gg)));
    }
    List<Breakdown> byCare = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    Optional<RaoScottTest> groupTest = Optional.empty();
    Optional<RaoScottTest> careTest = Optional.empty();
    boolean[] ce = d.domain(c -> classes.get(c).careExperienced());
    boolean[] others = d.domain(c -> !classes.get(c).careExperienced());
    if (hasCareExperience()) {
      byCare.add(breakdown(d, CARE_EXPERIENCED, ce));
      byCare.add(breakdown(d, NOT_CARE_EXPERIENCED, others));
      comparisons = comparisons(d, ce, others);
    }
    if (question.type() == QuestionType.LIKERT || question.type() == QuestionType.SINGLE) {
      int levels = question.options().size();
      int[] column = new int[d.cells()];
      int[] groupRow = new int[d.cells()];
      int[] careRow = new int[d.cells()];
      for (int j = 0; j < d.cells(); j++) {
        column[j] = d.answered(j) && d.code[j] < levels ? (int) d.code[j] : -1;
        groupRow[j] = groupOf[d.classOf[j]];
        careRow[j] = classes.get(d.classOf[j]).careExperienced() ? 0 : 1;
      }
      groupTest = d.design.raoScott(groupRow, column);
      if (hasCareExperience()) {
        careTest = d.design.raoScott(careRow, column);
      }
    }
    double share = d.careShare(d.domain(c -> true), d.answeredIndicator());
    return new QuestionSummary(question.id(), question.type(), question.text(), d.k, share, overall, byGroup, byCare,
        groupTest, careTest, comparisons);
  }

  private Breakdown breakdown(QuestionDesign d, String label, boolean[] domain) {
    long answered = 0;
    long notAnswered = 0;
    for (int j = 0; j < d.cells(); j++) {
      if (domain[j]) {
        if (d.answered(j)) {
          answered += d.count[j];
        } else {
          notAnswered += d.count[j];
        }
      }
    }
    double effectiveN = d.design.kishEffectiveSampleSize(d.answeredIndicator(), domain);
    Question question = d.question;
    List<OptionResult> options = new ArrayList<>();
    List<String> cats = question.categories();
    if (question.type().isClosed()) {
      for (int c = 0; c < cats.size(); c++) {
        double[] y = d.indicator(c);
        long count = 0;
        for (int j = 0; j < d.cells(); j++) {
          if (domain[j] && y[j] == 1) {
            count += d.count[j];
          }
        }
        ProportionEstimate p = d.design.proportion(y, domain);
        options.add(new OptionResult(cats.get(c), count, answered > 0 ? (double) count / answered : Double.NaN,
            p.proportion(), p.standardError(), interval(p)));
      }
    }
    Optional<LikertMeasures> likert = Optional.empty();
    Optional<Measure> mean = Optional.empty();
    Optional<QuantileEstimate> median = Optional.empty();
    if (question.type() == QuestionType.LIKERT) {
      ProportionEstimate agree = d.design.proportion(d.likertScore(d::agreeScore), domain);
      ProportionEstimate disagree = d.design.proportion(d.likertScore(d::disagreeScore), domain);
      MeanEstimate net = d.design.mean(d.likertScore(d::netScore), domain);
      Optional<QuantileEstimate> med = d.design.quantile(d.likertScore(i -> i + 1), domain, 0.5,
          settings.confidenceLevel());
      likert = Optional.of(new LikertMeasures(agree.respondents(), measure(agree), measure(disagree),
          new Measure(net.estimate(), net.standardError(), net.interval(settings.confidenceLevel()), net.respondents()),
          med));
    } else if (question.type() == QuestionType.NUMERIC) {
      double[] y = d.numbers();
      MeanEstimate m = d.design.mean(y, domain);
      mean = Optional.of(new Measure(m.estimate(), m.standardError(), m.interval(settings.confidenceLevel()),
          m.respondents()));
      median = d.design.quantile(y, domain, 0.5, settings.confidenceLevel());
    }
    return new Breakdown(label, answered, notAnswered, effectiveN, options, likert, mean, median);
  }

  private List<Comparison> comparisons(QuestionDesign d, boolean[] ce, boolean[] others) {
    List<Comparison> out = new ArrayList<>();
    Question question = d.question;
    if (question.type().isClosed()) {
      List<String> cats = question.categories();
      for (int c = 0; c < cats.size(); c++) {
        out.add(comparison("option", cats.get(c), d.design.difference(d.indicator(c), ce, others)));
      }
    }
    if (question.type() == QuestionType.LIKERT) {
      out.add(comparison("agree", "agree", d.design.difference(d.likertScore(d::agreeScore), ce, others)));
      out.add(comparison("netAgreement", "netAgreement", d.design.difference(d.likertScore(d::netScore), ce, others)));
    }
    if (question.type() == QuestionType.NUMERIC) {
      out.add(comparison("mean", "mean", d.design.difference(d.numbers(), ce, others)));
    }
    return out;
  }

  private Comparison comparison(String measure, String option, Difference diff) {
    return new Comparison(measure, option, diff.estimate(), diff.standardError(),
        diff.interval(settings.confidenceLevel()), diff.t(), diff.degreesOfFreedom(), diff.pValue());
  }

  private Optional<Interval> interval(ProportionEstimate p) {
    return p.interval(settings.intervalMethod(), settings.confidenceLevel());
  }

  private Measure measure(ProportionEstimate p) {
    return new Measure(p.proportion(), p.standardError(), interval(p), p.respondents());
  }

  private List<GroupProfile> profile(double[] w) {
    double total = 0;
    for (int c = 0; c < w.length; c++) {
      total += w[c] * classSize[c];
    }
    List<GroupProfile> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      long n = 0;
      long ce = 0;
      double wg = 0;
      for (int c = 0; c < w.length; c++) {
        if (groupOf[c] == g) {
          n += classSize[c];
          ce += classes.get(c).careExperienced() ? classSize[c] : 0;
          wg += w[c] * classSize[c];
        }
      }
      out.add(new GroupProfile(groups.get(g), n, ce, total > 0 ? wg / total : Double.NaN));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Sensitivity (§8)

  /**
   * The headline result of every closed question across the configured care-experience multipliers
   * plus the scheme's own (unless the scheme uses a target share), with majority and ranking flips.
   * Group multipliers and calibration stay as in the scheme.
   *
   * @param scheme the adopted scheme
   * @return the sensitivity analysis
   * @throws IllegalStateException if the consultation has no care-experience column
   */
  public Sensitivity sensitivity(WeightScheme scheme) {
    if (!hasCareExperience()) {
      throw new IllegalStateException("sensitivity to the care-experience multiplier needs a care-experience column");
    }
    TreeSet<Double> ks = new TreeSet<>(settings.sensitivityMultipliers());
    if (scheme.careExperiencedShare().isEmpty()) {
      ks.add(scheme.careExperiencedMultiplier());
    }
    List<Double> grid = List.copyOf(ks);
    List<QuestionSensitivity> out = new ArrayList<>();
    List<Question> qs = consultation.questions();
    for (int q = 0; q < qs.size(); q++) {
      if (qs.get(q).type().isClosed()) {
        out.add(questionSensitivity(q, scheme, grid));
      }
    }
    return new Sensitivity(grid, out);
  }

  private QuestionSensitivity questionSensitivity(int q, WeightScheme scheme, List<Double> grid) {
    Question question = consultation.questions().get(q);
    WeightScheme fixed = scheme.careExperiencedShare().isPresent()
        ? WeightScheme.unweighted().withGroupMultipliers(scheme.groupMultipliers())
        : scheme;
    int headline;
    String label;
    if (question.type() == QuestionType.LIKERT) {
      headline = -1;
      int h = question.pointsEachSide();
      List<String> top = question.options().subList(question.options().size() - h, question.options().size());
      label = "agree (" + String.join(" or ", top) + ")";
    } else {
      List<String> first = ranking(q, fixed, grid.get(0));
      headline = question.categories().indexOf(first.get(0));
      label = "chose " + first.get(0);
    }
    List<SensitivityPoint> points = new ArrayList<>();
    // The headline proportion at each multiplier of the grid, as headlineProportion computes it.
    double[] headlineAt = new double[grid.size()];
    for (int i = 0; i < grid.size(); i++) {
      double k = grid.get(i);
      QuestionDesign d = new QuestionDesign(q, scenario(fixed.withCareExperiencedMultiplier(k), k));
      double[] y = headline < 0 ? d.likertScore(d::agreeScore) : d.indicator(headline);
      boolean[] all = d.domain(c -> true);
      ProportionEstimate p = d.design.proportion(y, all);
      headlineAt[i] = p.proportion();
      points.add(new SensitivityPoint(k, measure(p), p.effectiveSampleSize(), d.careShare(all, y), ranking(d)));
    }
    DoubleUnaryOperator aboveHalf = k -> headlineProportion(q, fixed, k, headline) - 0.5;
    OptionalDouble majorityAt = OptionalDouble.empty();
    for (int i = 1; i < grid.size() && majorityAt.isEmpty(); i++) {
      double a = headlineAt[i - 1] - 0.5;
      double b = headlineAt[i] - 0.5;
      if (!Double.isNaN(a) && !Double.isNaN(b) && Math.signum(a) != Math.signum(b)) {
        majorityAt = OptionalDouble.of(bisect(grid.get(i - 1), grid.get(i),
            k -> Math.signum(aboveHalf.applyAsDouble(k)) != Math.signum(a)));
      }
    }
    List<String> baseOrder = points.get(0).ranking();
    OptionalDouble rankingAt = OptionalDouble.empty();
    for (int i = 1; i < grid.size() && rankingAt.isEmpty(); i++) {
      if (!points.get(i).ranking().equals(baseOrder)) {
        rankingAt = OptionalDouble.of(bisect(grid.get(i - 1), grid.get(i), k -> !ranking(q, fixed, k).equals(baseOrder)));
      }
    }
    return new QuestionSensitivity(question.id(), label, points, majorityAt.isPresent(), majorityAt,
        rankingAt.isPresent(), rankingAt);
  }

  /** The smallest k in (lo, hi] where the predicate holds, to 1e-9, assuming it holds at hi and not at lo. */
  private static double bisect(double lo, double hi, java.util.function.DoublePredicate changed) {
    while (hi - lo > 1e-9 * Math.max(1, hi)) {
      double mid = (lo + hi) / 2;
      if (changed.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private double headlineProportion(int q, WeightScheme scheme, double k, int headline) {
    QuestionDesign d = new QuestionDesign(q, scenario(scheme.withCareExperiencedMultiplier(k), k));
    double[] y = headline < 0 ? d.likertScore(d::agreeScore) : d.indicator(headline);
    return d.design.proportion(y, d.domain(c -> true)).proportion();
  }

  private List<String> ranking(int q, WeightScheme scheme, double k) {
    return ranking(new QuestionDesign(q, scenario(scheme.withCareExperiencedMultiplier(k), k)));
  }

  /** Substantive options by weighted proportion, largest first; ties keep configuration order. */
  private List<String> ranking(QuestionDesign d) {
    List<String> options = d.question.options();
    boolean[] all = d.domain(c -> true);
    double[] p = new double[options.size()];
    Integer[] order = new Integer[options.size()];
    for (int c = 0; c < options.size(); c++) {
      p[c] = d.design.proportion(d.indicator(c), all).proportion();
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -p[c]).thenComparingInt(c -> c));
    List<String> out = new ArrayList<>();
    for (int c : order) {
      out.add(options.get(c));
    }
    return out;
  }
}
