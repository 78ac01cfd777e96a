package org.leavingcare.consultation.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.summary.Breakdown;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.GroupProfile;
import org.leavingcare.consultation.summary.Measure;
import org.leavingcare.consultation.summary.OptionResult;
import org.leavingcare.consultation.summary.QuestionSensitivity;
import org.leavingcare.consultation.summary.QuestionSummary;
import org.leavingcare.consultation.summary.SensitivityPoint;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;
import org.leavingcare.publish.SuppressionPolicy;

/**
 * The committee-ready report of a consultation (CONSULTATION-METHODS.md §12), built from a
 * {@link ConsultationSummary} as one {@link Report}, ready for any renderer: who responded; for
 * each closed question its distribution as a diverging (Likert) or bar chart with the weighted and
 * unweighted results side by side, the headline measures with intervals by care experience and
 * by group, and how the headline moves with the care-experience multiplier; then the method.
 * Every table passes the report's suppression policy. Immutable and thread-safe.
 *
 * <pre>{@code
 * Report report = ConsultationReport.of(summary, config.consultation())
 *     .withTitle("Local Offer consultation 2026").build();
 * }</pre>
 */
public final class ConsultationReport {

  private final ConsultationSummary summary;
  private final Consultation consultation;
  private final String title;
  private final SuppressionPolicy policy;
  private final List<Section> extraSections;

  private ConsultationReport(ConsultationSummary summary, Consultation consultation, String title,
      SuppressionPolicy policy, List<Section> extraSections) {
    this.summary = summary;
    this.consultation = consultation;
    this.title = title;
    this.policy = policy;
    this.extraSections = List.copyOf(extraSections);
  }

  /**
   * A report of the given summary, with the default title and the default suppression policy
   * with the dominance rule on (a group in which everyone gave the same answer is not shown).
   *
   * @param summary the weighted summary, not null
   * @param consultation the consultation it summarises (for question wording and scales), not null
   * @return the report builder
   */
  public static ConsultationReport of(ConsultationSummary summary, Consultation consultation) {
    return new ConsultationReport(requireNonNull(summary, "summary"), requireNonNull(consultation, "consultation"),
        "Consultation: summary of responses", SuppressionPolicy.defaults().withDominance(true), List.of());
  }

  /**
   * This report with another title.
   *
   * @param newTitle the title, not blank
   * @return a new builder
   */
  public ConsultationReport withTitle(String newTitle) {
    requireNonNull(newTitle, "newTitle");
    return new ConsultationReport(summary, consultation, newTitle, policy, extraSections);
  }

  /**
   * This report with another suppression policy (the council's own thresholds).
   *
   * @param newPolicy the policy, not null
   * @return a new builder
   */
  public ConsultationReport withPolicy(SuppressionPolicy newPolicy) {
    return new ConsultationReport(summary, consultation, title, requireNonNull(newPolicy, "newPolicy"), extraSections);
  }

  /**
   * This report with further sections placed after the closed questions and before the method,
   * such as what people said in their own words.
   *
   * @param sections the sections, in order
   * @return a new builder
   */
  public ConsultationReport withSections(List<Section> sections) {
    List<Section> all = new ArrayList<>(extraSections);
    all.addAll(sections);
    return new ConsultationReport(summary, consultation, title, policy, all);
  }

  /**
   * Builds the report, applying the suppression policy to every table.
   *
   * @return the report
   */
  public Report build() {
    Report.Builder b = Report.builder(title).policy(policy)
        .detail("Respondents", Long.toString(summary.respondents()))
        .detail("Weighting", summary.weighting().description())
        .detail("Intervals", percent0(summary.confidenceLevel()) + " confidence intervals ("
            + summary.intervalMethod().jsonName() + " method, as R's survey package)")
        .detail("Input", summary.input().summary());
    b.section(whoResponded());
    for (QuestionSummary q : summary.questions()) {
      if (q.type().isClosed() || q.type() == QuestionType.NUMERIC) {
        b.section(question(q));
      }
    }
    extraSections.forEach(b::section);
    b.section(method());
    return b.build();
  }

  // ------------------------------------------------------------------ sections

  private Section whoResponded() {
    ReportTable.Builder t = ReportTable.builder("respondents", "Respondents by group")
        .unit("respondents (unweighted)").rowHeading("Respondent group")
        .columns("Respondents", "Care-experienced");
    long all = 0;
    long care = 0;
    Set<String> labels = new LinkedHashSet<>();
    for (GroupProfile g : summary.profile()) {
      t.row(unique(labels, g.group()), Cell.count(g.respondents()), Cell.count(g.careExperienced()));
      all += g.respondents();
      care += g.careExperienced();
    }
    t.totalRow("All respondents", Cell.count(all), Cell.count(care));
    ReportTable.Builder share = ReportTable.builder("share-of-weight", "Each group's share of the total weight")
        .unit("percent of the total weight, after weighting").rowHeading("Respondent group")
        .columns("Share of weight").columnsAddUp();
    Set<String> shareLabels = new LinkedHashSet<>();
    for (GroupProfile g : summary.profile()) {
      share.row(unique(shareLabels, g.group()), Cell.percent(clamp(100 * g.shareOfWeight()), g.respondents(), all));
    }
    ReportTable counts = t.build();
    ReportTable shares = share.build();
    Section.Builder s = Section.builder("Who responded")
        .paragraph(summary.respondents() + " people responded. Weighting: " + summary.weighting().description()
            + ". The charts below show each result weighted, and unweighted beside it, so the effect of the"
            + " weighting is visible.")
        .add(counts)
        .add(Chart.bars("How much of the total weight each group carries once the weighting is applied.", shares));
    // Each group's share of the weight is a share of the same respondents the first table counts.
    LinkedFigures.columnsAddUp(s, counts, "Respondents", shares, List.of("Share of weight"),
        List.copyOf(shareLabels));
    return s.build();
  }

  private Section question(QuestionSummary q) {
    Optional<Question> question = consultation.question(q.id());
    String heading = q.text().orElse(question.flatMap(Question::text).orElse(q.id()));
    Section.Builder s = Section.builder(heading);
    if (q.type() == QuestionType.LIKERT && question.isPresent()) {
      likert(s, q, question.get());
    } else if (q.type() == QuestionType.NUMERIC) {
      numeric(s, q);
    } else {
      choice(s, q);
    }
    summary.sensitivity().flatMap(sens -> sens.questions().stream()
        .filter(x -> x.questionId().equals(q.id())).findFirst())
        .ifPresent(sens -> sensitivity(s, q, sens));
    return s.build();
  }

  private void likert(Section.Builder s, QuestionSummary q, Question question) {
    int h = question.pointsEachSide();
    List<Integer> shown = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < question.categories().size(); i++) {
      String c = question.categories().get(i);
      boolean nonSubstantive = i >= question.options().size();
      long n = q.overall().option(c).map(OptionResult::count).orElse(0L);
      if (!nonSubstantive || n > 0) {
        shown.add(i);
        categories.add(c);
      }
    }
    int scale = question.options().size();
    boolean neutral = scale == 2 * h + 1;
    ReportTable.Builder dist = ReportTable.builder(id(q, "distribution"), "Answers to: " + shortText(q))
        .unit("percent of those who answered (weighted unless marked)").rowHeading("Respondents")
        .columns(categories).rowsAddUp()
        .footnote("Each row adds to 100% of those in it who answered. " + weightingNote(q));
    Rows rows = new Rows(q);
    dist.row(rows.weighted, pick(percents(q.overall(), false, false), shown));
    dist.row(rows.unweighted, pick(percents(q.overall(), true, false), shown));
    for (int i = 0; i < q.byCareExperience().size(); i++) {
      dist.row(rows.care.get(i), pick(percents(q.byCareExperience().get(i), false, false), shown));
    }
    for (int i = 0; i < q.byGroup().size(); i++) {
      dist.row(rows.groups.get(i), pick(percents(q.byGroup().get(i), false, false), shown));
    }
    ReportTable distTable = dist.build();
    s.add(Chart.divergingStacked(likertSummary(q, question), distTable, h, neutral, h));
    rows.declareSums(s, distTable, categories);

    ReportTable.Builder head = ReportTable.builder(id(q, "headline"), "Agreement and net agreement: " + shortText(q))
        .unit("percent of those giving a view; net agreement in percentage points; "
            + percent0(summary.confidenceLevel()) + " confidence intervals")
        .rowHeading("Respondents").columns("Agree", "Disagree", "Net agreement", "Gave a view")
        .footnote("\"Don't know\" and similar answers are left out of agreement and its base (§12.2).");
    head.row(rows.weighted, headline(q.overall(), question, false));
    head.row(rows.unweighted, headline(q.overall(), question, true));
    for (int i = 0; i < q.byCareExperience().size(); i++) {
      head.row(rows.care.get(i), headline(q.byCareExperience().get(i), question, false));
    }
    for (int i = 0; i < q.byGroup().size(); i++) {
      head.row(rows.groups.get(i), headline(q.byGroup().get(i), question, false));
    }
    ReportTable headTable = head.build();
    s.add(headTable);
    rows.declareSums(s, headTable, List.of("Agree", "Disagree", "Gave a view"));
  }

  /**
   * The row labels of a question's tables with one row per breakdown: the overall figures weighted
   * and unweighted, then each care-experience group, then each respondent group.
   */
  private static final class Rows {
    final String weighted;
    final String unweighted;
    final List<String> care = new ArrayList<>();
    final List<String> groups = new ArrayList<>();

    Rows(QuestionSummary q) {
      Set<String> labels = new LinkedHashSet<>();
      weighted = unique(labels, q.overall().label() + " (weighted)");
      unweighted = unique(labels, q.overall().label() + " (unweighted)");
      for (Breakdown b : q.byCareExperience()) {
        care.add(unique(labels, b.label()));
      }
      for (Breakdown b : q.byGroup()) {
        groups.add(unique(labels, b.label()));
      }
    }

    /**
     * The weighted row counts the same people as the unweighted one; the care-experience rows and
     * the group rows each add up to it where every respondent is in one of them.
     */
    void declareSums(Section.Builder s, ReportTable t, List<String> columns) {
      LinkedFigures.rowsAddUp(s, t, unweighted, List.of(weighted), columns);
      LinkedFigures.rowsAddUp(s, t, unweighted, care, columns);
      LinkedFigures.rowsAddUp(s, t, unweighted, groups, columns);
    }
  }

  private static List<Cell> pick(List<Cell> cells, List<Integer> indexes) {
    List<Cell> out = new ArrayList<>();
    for (int i : indexes) {
      out.add(cells.get(i));
    }
    return out;
  }

  private List<Cell> percents(Breakdown b, boolean unweighted) {
    return percents(b, unweighted, true);
  }

  private List<Cell> percents(Breakdown b, boolean unweighted, boolean intervals) {
    List<Cell> cells = new ArrayList<>();
    for (OptionResult o : b.options()) {
      double p = unweighted ? o.unweightedProportion() : o.proportion();
      if (b.respondents() == 0 || !Double.isFinite(p)) {
        cells.add(Cell.percent(0, 0, 0));
        continue;
      }
      Cell c = Cell.percent(clamp(100 * p), o.count(), b.respondents());
      if (intervals && !unweighted && o.ci().isPresent()) {
        c = withInterval(c, o.ci().get(), 100);
      }
      cells.add(c);
    }
    return cells;
  }

  private List<Cell> headline(Breakdown b, Question question, boolean unweighted) {
    int h = question.pointsEachSide();
    List<String> scale = question.options();
    long agree = 0;
    long disagree = 0;
    for (OptionResult o : b.options()) {
      int i = scale.indexOf(o.option());
      if (i >= 0 && i < h) {
        disagree += o.count();
      } else if (i >= scale.size() - h) {
        agree += o.count();
      }
    }
    long gaveView = b.likert().map(l -> l.substantiveRespondents()).orElse(0L);
    if (gaveView == 0 || b.likert().isEmpty()) {
      return List.of(Cell.percent(0, 0, 0), Cell.percent(0, 0, 0), Cell.estimate(0, 0, 0), Cell.count(gaveView));
    }
    if (unweighted) {
      double a = 100.0 * agree / gaveView;
      double d = 100.0 * disagree / gaveView;
      return List.of(Cell.percent(a, agree, gaveView), Cell.percent(d, disagree, gaveView),
          Cell.estimate(a - d, 0, gaveView), Cell.count(gaveView));
    }
    var l = b.likert().get();
    return List.of(measurePercent(l.agree(), agree, gaveView), measurePercent(l.disagree(), disagree, gaveView),
        measurePoints(l.netAgreement(), gaveView), Cell.count(gaveView));
  }

  private void choice(Section.Builder s, QuestionSummary q) {
    boolean single = q.type() == QuestionType.SINGLE;
    ReportTable.Builder t = ReportTable.builder(id(q, "options"), "Answers to: " + shortText(q))
        .unit("percent of those who answered; " + percent0(summary.confidenceLevel())
            + " confidence intervals on the weighted figures")
        .rowHeading("Answer").columns("Weighted", "Unweighted")
        .footnote(single ? "Each column adds to 100%." : "People could choose more than one answer, so the"
            + " percentages add to more than 100%.");
    if (single) {
      t.columnsAddUp();
    }
    Breakdown all = q.overall();
    List<Cell> weighted = percents(all, false);
    List<Cell> unweighted = percents(all, true);
    List<String> options = new ArrayList<>();
    for (int i = 0; i < all.options().size(); i++) {
      options.add(all.options().get(i).option());
      t.row(all.options().get(i).option(), weighted.get(i), unweighted.get(i));
    }
    ReportTable optionsTable = t.build();
    s.add(Chart.bars("The weighted share choosing each answer, with the unweighted share beside it.", optionsTable));
    LinkedFigures.columnsAddUp(s, optionsTable, "Unweighted", optionsTable, List.of("Weighted"), options);
    List<Breakdown> groups = new ArrayList<>(q.byCareExperience());
    groups.addAll(q.byGroup());
    if (!groups.isEmpty()) {
      List<String> columns = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Breakdown b : groups) {
        columns.add(unique(seen, b.label()));
      }
      ReportTable.Builder by = ReportTable.builder(id(q, "by-group"), "Answers by respondent group: " + shortText(q))
          .unit("percent of those in the group who answered, weighted").rowHeading("Answer").columns(columns);
      List<List<Cell>> perGroup = new ArrayList<>();
      for (Breakdown b : groups) {
        perGroup.add(percents(b, false));
      }
      for (int i = 0; i < all.options().size(); i++) {
        List<Cell> row = new ArrayList<>();
        for (List<Cell> g : perGroup) {
          row.add(g.get(i));
        }
        by.row(all.options().get(i).option(), row);
      }
      if (single) {
        by.columnsAddUp();
      }
      ReportTable byTable = by.build();
      s.add(byTable);
      // Care-experienced and not, and the respondent groups, each add up to everyone who answered.
      int care = q.byCareExperience().size();
      LinkedFigures.columnsAddUp(s, optionsTable, "Unweighted", byTable, columns.subList(0, care), options);
      LinkedFigures.columnsAddUp(s, optionsTable, "Unweighted", byTable, columns.subList(care, columns.size()),
          options);
    }
  }

  private void numeric(Section.Builder s, QuestionSummary q) {
    ReportTable.Builder t = ReportTable.builder(id(q, "mean"), "Average answer: " + shortText(q))
        .unit("weighted mean, " + percent0(summary.confidenceLevel()) + " confidence interval")
        .rowHeading("Respondents").columns("Mean");
    Set<String> labels = new LinkedHashSet<>();
    List<Breakdown> all = new ArrayList<>();
    all.add(q.overall());
    all.addAll(q.byCareExperience());
    all.addAll(q.byGroup());
    for (Breakdown b : all) {
      Cell c = b.mean().filter(m -> Double.isFinite(m.estimate()))
          .map(m -> withInterval(Cell.estimate(m.estimate(), 1, m.respondents()), m.ci(), 1))
          .orElse(Cell.notApplicable());
      t.row(unique(labels, b.label()), c);
    }
    s.add(Chart.bars("The weighted average answer in each group, with its confidence interval.", t.build()));
  }

  private void sensitivity(Section.Builder s, QuestionSummary q, QuestionSensitivity sens) {
    List<Double> x = new ArrayList<>();
    ReportTable.Builder t = ReportTable.builder(id(q, "sensitivity"), "How the result moves with the weighting: "
            + shortText(q))
        .unit("weighted percent who " + sens.measure() + ", " + percent0(summary.confidenceLevel())
            + " confidence interval").rowHeading("Multiplier k").columns("Estimate");
    long numerator = headlineCount(q, sens);
    for (SensitivityPoint p : sens.points()) {
      if (!x.isEmpty() && p.multiplier() <= x.get(x.size() - 1)) {
        continue;
      }
      x.add(p.multiplier());
      Cell c = measurePercent(p.measure(), numerator, p.measure().respondents());
      t.row(multiplierLabel(p.multiplier()), c);
    }
    if (x.size() < 2) {
      return;
    }
    StringBuilder words = new StringBuilder("Each care-experienced answer counts k times as much as another. ");
    if (sens.majorityFlips() && sens.majorityFlipsAt().isPresent()) {
      words.append("The majority changes side at k = ")
          .append(String.format(Locale.ROOT, "%.2f", sens.majorityFlipsAt().getAsDouble())).append(". ");
    } else {
      words.append("The majority does not change side between k = ").append(multiplierLabel(x.get(0)))
          .append(" and k = ").append(multiplierLabel(x.get(x.size() - 1))).append(". ");
    }
    if (sens.rankingFlips() && sens.rankingFlipsAt().isPresent()) {
      words.append("The order of the answers changes at k = ")
          .append(String.format(Locale.ROOT, "%.2f", sens.rankingFlipsAt().getAsDouble())).append('.');
    } else {
      words.append("The order of the answers does not change.");
    }
    s.add(Chart.line(words.toString(), t.build(), x, "care-experience multiplier k (1 = unweighted)",
        OptionalDouble.of(50)));
  }

  private Section method() {
    return Section.builder("Method and caveats")
        .paragraph("Respondents chose to take part, so the results describe those who responded, not every"
            + " care leaver or resident. " + summary.weighting().description()
            + ". Weighted percentages estimate what the result would be if each care-experienced answer"
            + " counted as the council decided; unweighted figures count every answer once.")
        .paragraph("Intervals are " + percent0(summary.confidenceLevel()) + " confidence intervals for a"
            + " weights-only survey design (" + summary.intervalMethod().jsonName()
            + " method), agreeing with R's survey package. They describe uncertainty from who happened to"
            + " respond, not bias from who chose not to.")
        .paragraph("Small numbers are suppressed to protect privacy: " + policy.describe())
        .build();
  }

  // ------------------------------------------------------------------ cells and words

  private static Cell measurePercent(Measure m, long numerator, long base) {
    if (!Double.isFinite(m.estimate()) || base <= 0) {
      return Cell.percent(0, 0, 0);
    }
    Cell c = Cell.percent(clamp(100 * m.estimate()), Math.min(numerator, base), base);
    return m.ci().map(ci -> withInterval(c, ci, 100)).orElse(c);
  }

  private static Cell measurePoints(Measure m, long base) {
    if (!Double.isFinite(m.estimate())) {
      return Cell.estimate(0, 0, 0);
    }
    Cell c = Cell.estimate(100 * m.estimate(), 0, base);
    return withInterval(c, m.ci(), 100);
  }

  private static Cell withInterval(Cell c, Optional<Interval> ci, double scale) {
    return ci.map(i -> withInterval(c, i, scale)).orElse(c);
  }

  private static Cell withInterval(Cell c, Interval ci, double scale) {
    double lo = ci.lower() * scale;
    double hi = ci.upper() * scale;
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo) {
      return c;
    }
    if (c.kind() == Cell.Kind.PERCENT) {
      lo = clamp(lo);
      hi = clamp(hi);
    }
    return c.withInterval(lo, hi);
  }

  /** The unweighted number of people behind the sensitivity measure: those agreeing, or choosing the leader. */
  private long headlineCount(QuestionSummary q, QuestionSensitivity sens) {
    Optional<Question> question = consultation.question(q.id());
    if (q.type() == QuestionType.LIKERT && question.isPresent()) {
      List<String> scale = question.get().options();
      int h = question.get().pointsEachSide();
      return q.overall().options().stream().filter(o -> scale.indexOf(o.option()) >= scale.size() - h)
          .mapToLong(OptionResult::count).sum();
    }
    String measure = sens.measure();
    return q.overall().options().stream().filter(o -> measure.equals("chose " + o.option()))
        .mapToLong(OptionResult::count).findFirst().orElse(0);
  }

  private String likertSummary(QuestionSummary q, Question question) {
    StringBuilder sb = new StringBuilder("Bars to the right show agreement, to the left disagreement.");
    Optional<Measure> w = q.overall().likert().map(l -> l.agree());
    if (w.isPresent() && Double.isFinite(w.get().estimate())) {
      sb.append(" Weighted, ").append(percent0(w.get().estimate())).append(" of those giving a view agreed");
      Optional<Measure> unweighted = summary.sensitivity().flatMap(sens -> sens.questions().stream()
          .filter(x -> x.questionId().equals(q.id())).findFirst())
          .flatMap(sens -> sens.points().stream().filter(p -> p.multiplier() == 1.0).findFirst())
          .map(SensitivityPoint::measure);
      unweighted.filter(m -> Double.isFinite(m.estimate()))
          .ifPresent(m -> sb.append(" (unweighted, ").append(percent0(m.estimate())).append(')'));
      sb.append('.');
    }
    return sb.toString();
  }

  private String weightingNote(QuestionSummary q) {
    return String.format(Locale.ROOT, "Weighted: each care-experienced answer counts %s times; care-experienced"
        + " respondents carry %s of the weight.", multiplierLabel(q.careExperiencedMultiplier()),
        percent0(q.careExperiencedShareOfWeight()));
  }

  private static String shortText(QuestionSummary q) {
    String text = q.text().orElse(q.id());
    return text.length() > 90 ? text.substring(0, 87) + "..." : text;
  }

  private static String id(QuestionSummary q, String suffix) {
    String base = q.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "question";
    }
    String id = "q-" + base + "-" + suffix;
    return id.length() > 63 ? id.substring(0, 63).replaceAll("-+$", "") : id;
  }

  private static String unique(Set<String> seen, String label) {
    String l = label;
    for (int n = 2; !seen.add(l); n++) {
      l = label + " (" + n + ")";
    }
    return l;
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(100, percent));
  }

  private static String percent0(double proportion) {
    return Math.round(100 * proportion) + "%";
  }

  private static String multiplierLabel(double k) {
    return k == Math.rint(k) ? Long.toString((long) k) : String.format(Locale.ROOT, "%.2f", k).replaceAll("0+$", "");
  }
}
