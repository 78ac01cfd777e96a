package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.estimates.ProportionEstimate;
import org.leavingcare.consultation.estimates.SurveyDesign;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.summary.Summariser;

/**
 * Weighted theme prevalence (CONSULTATION-METHODS §13.4): for each theme of a free-text question,
 * the weighted share of respondents whose substantive answer carries it, with a confidence interval,
 * overall, by care experience and by respondent group, next to the unweighted counts.
 *
 * <p>Each share is the consultation engine's weighted proportion ({@link SurveyDesign#proportion},
 * R's {@code svymean} / {@code svyciprop}) of the indicator "answer carries the theme" over a
 * weights-only design with one row per respondent of the whole consultation. Respondents without a
 * substantive answer to the question have no value (§1.2: they stay in the design's {@code n}); a
 * breakdown is a domain of that design.
 *
 * <p>Stateless; safe to use from several threads.
 */
public final class ThemePrevalence {

  private ThemePrevalence() {}

  /**
   * Theme prevalence for every free-text question of a coding.
   *
   * @param coding the coded answers (manual codes applied, if any)
   * @param respondents every accepted respondent of the consultation, each once: the design's rows
   * @param weight each respondent's weight, finite and not negative: under a consultation's weight
   *     scheme, {@link Summariser#respondentWeights} (any scheme, including a target share and
   *     calibration)
   * @param method how to make proportion intervals (the consultation's setting; R's default is logit)
   * @param level the confidence level, in (0, 1)
   * @return one result per question, in the coding's question order
   * @throws IllegalArgumentException if an answer's respondent is not among the respondents, or a respondent is listed twice
   */
  public static List<QuestionThemes> of(ThemeCoding coding, List<Respondent> respondents,
      ToDoubleFunction<Respondent> weight, IntervalMethod method, double level) {
    requireNonNull(coding, "coding");
    requireNonNull(weight, "weight");
    requireNonNull(method, "method");
    Map<String, Integer> row = new LinkedHashMap<>();
    double[] w = new double[respondents.size()];
    for (int i = 0; i < w.length; i++) {
      Respondent r = respondents.get(i);
      if (row.put(r.id(), i) != null) {
        throw new IllegalArgumentException("respondent " + r.id() + " is listed twice; list each respondent once");
      }
      w[i] = weight.applyAsDouble(r);
    }
    SurveyDesign design = SurveyDesign.ofRows(w);
    List<QuestionThemes> out = new ArrayList<>();
    for (String q : coding.questionIds()) {
      out.add(question(coding, q, respondents, row, design, method, level));
    }
    return out;
  }

  private static QuestionThemes question(ThemeCoding coding, String q, List<Respondent> respondents,
      Map<String, Integer> row, SurveyDesign design, IntervalMethod method, double level) {
    int n = respondents.size();
    CodedAnswer[] answers = new CodedAnswer[n];
    for (CodedAnswer a : coding.answers(q)) {
      Integer i = row.get(a.respondentId());
      if (i == null) {
        throw new IllegalArgumentException("respondent " + a.respondentId() + " answered " + q
            + " but is not among the respondents given; pass every accepted respondent");
      }
      answers[i] = a;
    }
    QuestionCodebook section = coding.section(q);
    List<String[]> themes = new ArrayList<>();
    section.themes().forEach(t -> themes.add(new String[] {t.id(), t.label()}));
    themes.add(new String[] {ThemeShare.UNCODED, "No theme (for review)"});
    double[][] indicator = new double[themes.size()][n];
    for (int i = 0; i < n; i++) {
      CodedAnswer a = answers[i];
      boolean substantive = a != null && a.substantive();
      for (int t = 0; t < themes.size(); t++) {
        String id = themes.get(t)[0];
        boolean has = id.equals(ThemeShare.UNCODED) ? substantive && a.themeIds().isEmpty() : substantive && a.has(id);
        indicator[t][i] = substantive ? (has ? 1 : 0) : Double.NaN;
      }
    }
    Breakdowns b = new Breakdowns(respondents, answers, themes, indicator, design, method, level);
    ThemeBreakdown overall = b.of(Summariser.ALL, r -> true);
    List<ThemeBreakdown> byCare = List.of(
        b.of(Summariser.CARE_EXPERIENCED, Respondent::careExperienced),
        b.of(Summariser.NOT_CARE_EXPERIENCED, r -> !r.careExperienced()));
    List<String> groups = respondents.stream().map(Respondent::group).distinct().toList();
    List<ThemeBreakdown> byGroup = new ArrayList<>();
    for (String g : groups) {
      byGroup.add(b.of(g, r -> r.group().equals(g)));
    }
    return new QuestionThemes(q, section, overall, byCare, byGroup, coding.forReview(q));
  }

  /** Computes the breakdowns of one question. */
  private record Breakdowns(List<Respondent> respondents, CodedAnswer[] answers, List<String[]> themes,
      double[][] indicator, SurveyDesign design, IntervalMethod method, double level) {

    ThemeBreakdown of(String label, Predicate<Respondent> member) {
      int n = respondents.size();
      boolean[] domain = new boolean[n];
      long members = 0;
      long answered = 0;
      long substantive = 0;
      for (int i = 0; i < n; i++) {
        domain[i] = member.test(respondents.get(i));
        if (domain[i]) {
          members++;
          if (answers[i] != null) {
            answered++;
            if (answers[i].substantive()) {
              substantive++;
            }
          }
        }
      }
      List<ThemeShare> shares = new ArrayList<>();
      for (int t = 0; t < themes.size(); t++) {
        long mentions = 0;
        for (int i = 0; i < n; i++) {
          if (domain[i] && indicator[t][i] == 1) {
            mentions++;
          }
        }
        double unweighted = substantive == 0 ? Double.NaN : (double) mentions / substantive;
        if (substantive == 0) {
          shares.add(new ThemeShare(themes.get(t)[0], themes.get(t)[1], 0, 0, Double.NaN, Double.NaN, Double.NaN,
              Optional.empty()));
          continue;
        }
        ProportionEstimate e = design.proportion(indicator[t], domain);
        shares.add(new ThemeShare(themes.get(t)[0], themes.get(t)[1], mentions, substantive, unweighted,
            e.proportion(), e.standardError(), e.interval(method, level)));
      }
      return new ThemeBreakdown(label, members, answered, substantive, shares);
    }
  }
}
