package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How far two codings of the same answers agree (CONSULTATION-METHODS §13.3): Cohen's kappa for
 * each theme, and the mean per-answer F1 that i.AI Consult uses to compare AI and human themes.
 *
 * <p>Per answer, with {@code A} the first coder's themes and {@code H} the second's:
 * TP = |A∩H|, FP = |A∖H|, FN = |H∖A|, F1 = 2TP / (2TP + FP + FN), and 0 when TP = 0; answers where
 * both sets are empty are skipped. The mean F1 gets a normal 95% interval, mean ± 1.96·sd/√n
 * clipped to [0, 1], only when at least 30 answers were compared. Kappa per theme from the 2×2
 * table of present/absent (a both, b first only, c second only, d neither, N = a+b+c+d):
 * p_o = (a+d)/N, p_e = [(a+b)(a+c) + (c+d)(b+d)]/N², κ = (p_o − p_e)/(1 − p_e); undefined when
 * p_e = 1 (both coders used the theme for every answer or for none). Source: Cohen (1960),
 * <i>Educational and Psychological Measurement</i> 20(1), doi:10.1177/001316446002000104.
 *
 * @param answersCompared answers coded by both (for kappa)
 * @param answersScored answers in the F1 mean (both-empty answers skipped)
 * @param meanF1 the mean per-answer F1, or NaN when no answer was scored
 * @param meanF1Interval the 95% interval of the mean F1, when at least 30 answers were scored
 * @param themes kappa and the 2×2 table for each theme, in the order given
 */
public record CoderAgreement(int answersCompared, int answersScored, double meanF1,
    Optional<Interval> meanF1Interval, List<ThemeAgreement> themes) {

  /** Answers needed before the mean F1 gets an interval (Consult's rule). */
  public static final int MINIMUM_FOR_INTERVAL = 30;

  /**
   * A closed interval.
   *
   * @param lower lower bound
   * @param upper upper bound
   */
  public record Interval(double lower, double upper) {}

  /**
   * Agreement on one theme.
   *
   * @param themeId the theme
   * @param both answers both coders gave the theme (a)
   * @param firstOnly answers only the first coder gave it (b)
   * @param secondOnly answers only the second coder gave it (c)
   * @param neither answers neither gave it (d)
   */
  public record ThemeAgreement(String themeId, int both, int firstOnly, int secondOnly, int neither) {

    /**
     * Cohen's kappa for this theme.
     *
     * @return kappa, or empty when undefined (p_e = 1)
     */
    public OptionalDouble kappa() {
      double n = both + firstOnly + secondOnly + neither;
      if (n == 0) {
        return OptionalDouble.empty();
      }
      double po = (both + neither) / n;
      double pe = ((double) (both + firstOnly) * (both + secondOnly) + (double) (secondOnly + neither) * (firstOnly + neither)) / (n * n);
      return pe >= 1 ? OptionalDouble.empty() : OptionalDouble.of((po - pe) / (1 - pe));
    }
  }

  /**
   * Copies the list.
   *
   * @throws NullPointerException if a field is null
   */
  public CoderAgreement {
    requireNonNull(meanF1Interval, "meanF1Interval");
    themes = List.copyOf(themes);
  }

  /**
   * Compares two codings of the same answers.
   *
   * @param first the first coder's themes by answer key
   * @param second the second coder's themes by answer key; only keys in both are compared
   * @param themeIds the themes to report kappa for, in report order
   * @return the agreement
   */
  public static CoderAgreement between(Map<String, ? extends Set<String>> first, Map<String, ? extends Set<String>> second,
      List<String> themeIds) {
    Map<String, int[]> tables = new LinkedHashMap<>();
    themeIds.forEach(t -> tables.put(t, new int[4]));
    int compared = 0;
    List<Double> f1s = new ArrayList<>();
    for (Map.Entry<String, ? extends Set<String>> e : first.entrySet()) {
      Set<String> b = second.get(e.getKey());
      if (b == null) {
        continue;
      }
      Set<String> a = e.getValue();
      compared++;
      for (Map.Entry<String, int[]> t : tables.entrySet()) {
        boolean inA = a.contains(t.getKey());
        boolean inB = b.contains(t.getKey());
        t.getValue()[inA && inB ? 0 : inA ? 1 : inB ? 2 : 3]++;
      }
      if (a.isEmpty() && b.isEmpty()) {
        continue;
      }
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      int tp = common.size();
      int fp = a.size() - tp;
      int fn = b.size() - tp;
      f1s.add(tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn));
    }
    double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    Optional<Interval> interval = Optional.empty();
    if (f1s.size() >= MINIMUM_FOR_INTERVAL) {
      double ss = f1s.stream().mapToDouble(f -> (f - mean) * (f - mean)).sum();
      double half = 1.96 * Math.sqrt(ss / (f1s.size() - 1)) / Math.sqrt(f1s.size());
      interval = Optional.of(new Interval(Math.max(0, mean - half), Math.min(1, mean + half)));
    }
    List<ThemeAgreement> themes = new ArrayList<>();
    tables.forEach((id, t) -> themes.add(new ThemeAgreement(id, t[0], t[1], t[2], t[3])));
    return new CoderAgreement(compared, f1s.size(), mean, interval, themes);
  }

  /**
   * Compares the automatic codes with a person's codes for every answer a person coded (§13.3:
   * checking automatic coding against human review).
   *
   * @param coding a coding with manual codes applied
   * @param questionId the question whose answers to compare
   * @return the agreement, automatic codes first
   */
  public static CoderAgreement automaticVsManual(ThemeCoding coding, String questionId) {
    Map<String, Set<String>> auto = new LinkedHashMap<>();
    Map<String, Set<String>> manual = new LinkedHashMap<>();
    for (CodedAnswer a : coding.answers(questionId)) {
      if (a.source() == CodeSource.MANUAL) {
        auto.put(a.respondentId(), Set.copyOf(a.automaticThemeIds()));
        manual.put(a.respondentId(), Set.copyOf(a.themeIds()));
      }
    }
    return between(auto, manual, coding.section(questionId).themes().stream().map(Theme::id).toList());
  }
}
