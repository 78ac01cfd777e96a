package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.leavingcare.consultation.ingest.Respondent;

/**
 * Chooses answers to quote for each theme of a question, deterministically (CONSULTATION-METHODS
 * §13.5, §9.2 rule 6). Only answers that are substantive, carry the theme, come from a respondent
 * who agreed to publication and have no span flagged for review are eligible. Among them, in order:
 * <ol>
 *   <li>answers from which nothing was redacted, so the quote reads as written;</li>
 *   <li>answers of a readable length ({@link #withWordRange}, default 6 to 80 words);</li>
 *   <li>answers focused on the theme (fewest themes in all);</li>
 *   <li>answers with the most evidence for the theme (phrases matched; manual codes count none);</li>
 *   <li>answers nearest 30 words; then respondent id, so the choice never depends on input order.</li>
 * </ol>
 * Then the quotes are spread: each next quote comes from a respondent group not yet quoted for the
 * theme when there is one, and an answer already quoted for another theme is used only when no
 * other is eligible. A quote is attributed to its respondent group only if the consultation has at
 * least {@link #withMinimumGroupSize minimum group size} respondents in that group (default 5, the
 * suppression threshold of §9.2); otherwise to "{@value Quote#UNATTRIBUTED}".
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteSelector {

  private static final int TARGET_WORDS = 30;

  private final int perTheme;
  private final int minimumGroupSize;
  private final int minWords;
  private final int maxWords;

  private QuoteSelector(int perTheme, int minimumGroupSize, int minWords, int maxWords) {
    if (perTheme < 0 || minimumGroupSize < 1 || minWords < 1 || maxWords < minWords) {
      throw new IllegalArgumentException("need perTheme >= 0, minimumGroupSize >= 1 and 1 <= minWords <= maxWords, was "
          + perTheme + ", " + minimumGroupSize + ", " + minWords + ", " + maxWords);
    }
    this.perTheme = perTheme;
    this.minimumGroupSize = minimumGroupSize;
    this.minWords = minWords;
    this.maxWords = maxWords;
  }

  /**
   * Two quotes per theme, groups named only from 5 respondents, 6 to 80 words preferred.
   *
   * @return the default selector
   */
  public static QuoteSelector defaults() {
    return new QuoteSelector(2, 5, 6, 80);
  }

  /**
   * This selector choosing up to {@code n} quotes per theme.
   *
   * @param n at least 0
   * @return a copy
   */
  public QuoteSelector withPerTheme(int n) {
    return new QuoteSelector(n, minimumGroupSize, minWords, maxWords);
  }

  /**
   * This selector naming a respondent group only when the consultation has at least {@code n} respondents in it.
   *
   * @param n at least 1; use the council's suppression threshold
   * @return a copy
   */
  public QuoteSelector withMinimumGroupSize(int n) {
    return new QuoteSelector(perTheme, n, minWords, maxWords);
  }

  /**
   * This selector preferring answers of {@code min} to {@code max} words.
   *
   * @param min at least 1
   * @param max at least {@code min}
   * @return a copy
   */
  public QuoteSelector withWordRange(int min, int max) {
    return new QuoteSelector(perTheme, minimumGroupSize, min, max);
  }

  /**
   * Chooses quotes for every theme of a question, in codebook order.
   *
   * @param coding the coded answers
   * @param questionId the question
   * @param respondents every accepted respondent (for their groups and the groups' sizes)
   * @param mayPublish whether a respondent (by id) agreed to publication of their answers
   * @return the quotes, theme by theme
   * @throws IllegalArgumentException if an answer's respondent is not among the respondents
   */
  public List<Quote> select(ThemeCoding coding, String questionId, List<Respondent> respondents, Predicate<String> mayPublish) {
    requireNonNull(coding, "coding");
    requireNonNull(questionId, "questionId");
    requireNonNull(mayPublish, "mayPublish");
    Map<String, String> groupOf = new HashMap<>();
    Map<String, Integer> groupSize = new HashMap<>();
    for (Respondent r : respondents) {
      groupOf.put(r.id(), r.group());
      groupSize.merge(r.group(), 1, Integer::sum);
    }
    List<CodedAnswer> eligible = new ArrayList<>();
    for (CodedAnswer a : coding.answers(questionId)) {
      if (!groupOf.containsKey(a.respondentId())) {
        throw new IllegalArgumentException("respondent " + a.respondentId() + " answered " + questionId
            + " but is not among the respondents given; pass every accepted respondent");
      }
      if (a.substantive() && !a.text().needsReview() && mayPublish.test(a.respondentId())) {
        eligible.add(a);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    Set<String> quotedAnswers = new HashSet<>();
    for (Theme theme : coding.section(questionId).themes()) {
      List<CodedAnswer> candidates = eligible.stream().filter(a -> a.has(theme.id()))
          .sorted(ranking(theme.id())).toList();
      Set<String> groupsQuoted = new LinkedHashSet<>();
      List<CodedAnswer> remaining = new ArrayList<>(candidates);
      for (int i = 0; i < perTheme && !remaining.isEmpty(); i++) {
        CodedAnswer pick = remaining.stream()
            .filter(a -> !groupsQuoted.contains(groupOf.get(a.respondentId())) && !quotedAnswers.contains(a.respondentId()))
            .findFirst()
            .or(() -> remaining.stream().filter(a -> !quotedAnswers.contains(a.respondentId())).findFirst())
            .orElse(remaining.get(0));
        remaining.remove(pick);
        String group = groupOf.get(pick.respondentId());
        groupsQuoted.add(group);
        quotedAnswers.add(pick.respondentId());
        boolean named = groupSize.get(group) >= minimumGroupSize;
        quotes.add(new Quote(questionId, theme.id(), pick.respondentId(), pick.text().text(),
            named ? group : Quote.UNATTRIBUTED, reason(pick, theme.id(), group, named)));
      }
    }
    return quotes;
  }

  private Comparator<CodedAnswer> ranking(String themeId) {
    return Comparator.comparing((CodedAnswer a) -> a.text().isRedacted())
        .thenComparing(a -> !inRange(words(a)))
        .thenComparingInt(a -> a.themeIds().size())
        .thenComparingInt(a -> -a.evidence().getOrDefault(themeId, List.of()).size())
        .thenComparingInt(a -> Math.abs(words(a) - TARGET_WORDS))
        .thenComparing(CodedAnswer::respondentId);
  }

  private boolean inRange(int words) {
    return words >= minWords && words <= maxWords;
  }

  private static int words(CodedAnswer a) {
    String t = a.text().text().strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private String reason(CodedAnswer a, String themeId, String group, boolean named) {
    List<String> evidence = a.evidence().getOrDefault(themeId, List.of());
    return String.format(Locale.ROOT, "%s; one of %d theme(s) on the answer; %s; %d words%s; group %s; consent to publish; "
            + "ranked by: nothing redacted, length, focus, evidence, nearness to %d words, then spread across groups",
        a.source() == CodeSource.MANUAL ? "coded by " + a.codedBy() : "matched " + String.join(", ", evidence),
        a.themeIds().size(), a.text().isRedacted() ? "redacted" : "nothing redacted", words(a),
        inRange(words(a)) ? "" : " (outside " + minWords + "-" + maxWords + ")",
        named ? "named" : "too small to name (under " + minimumGroupSize + ")", TARGET_WORDS);
  }
}
