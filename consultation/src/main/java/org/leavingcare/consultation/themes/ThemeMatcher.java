package org.leavingcare.consultation.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One theme compiled for matching: phrases and patterns as evidence, exclusions masking them.
 *
 * <p>A codebook's patterns are the analyst's own regular expressions, and a pattern such as
 * {@code (.*a){12}b} can backtrack for longer than the universe lasts on an ordinary answer. Every match
 * therefore reads the answer through a step budget ({@link #stepBudget(int)}: generous for any pattern
 * that is linear or quadratic in the answer's length); a pattern that spends it is reported as a codebook
 * problem instead of hanging the run.
 */
final class ThemeMatcher {

  /** Steps any pattern may take on any answer. */
  static final long MIN_STEPS = 1_000_000L;
  /** Steps no pattern may exceed, however long the answer: about a second of matching. */
  static final long MAX_STEPS = 500_000_000L;

  private final Theme theme;
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<Pattern> exclusions = new ArrayList<>();

  private record Evidence(String source, Pattern pattern) {}

  ThemeMatcher(Theme theme) {
    this.theme = theme;
    theme.phrases().forEach(p -> evidence.add(new Evidence(p, phrasePattern(p))));
    theme.patterns().forEach(p -> evidence.add(new Evidence(p, compilePattern(theme.id(), p))));
    theme.exclusions().forEach(p -> exclusions.add(phrasePattern(p)));
  }

  Theme theme() {
    return theme;
  }

  /** The phrases and patterns of this theme found in a normalised text, outside excluded spans, in codebook order. */
  List<String> matches(String normalised) {
    boolean[] masked = new boolean[normalised.length()];
    long budget = stepBudget(normalised.length());
    for (Pattern x : exclusions) {
      Matcher m = x.matcher(normalised);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          masked[i] = true;
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (Evidence e : evidence) {
      Matcher m = e.pattern().matcher(new BudgetedText(normalised, budget));
      try {
        while (m.find()) {
          if (m.end() > m.start() && !anyMasked(masked, m.start(), m.end())) {
            found.add(e.source());
            break;
          }
        }
      } catch (BudgetSpent spent) {
        throw new IllegalArgumentException("theme '" + theme.id() + "': the pattern " + e.source()
            + " took more than " + budget + " steps on a " + normalised.length() + "-character answer"
            + " (catastrophic backtracking); rewrite it without repetition inside repetition such as (.*a){12} or (a+)+");
      }
    }
    return found;
  }

  /**
   * The steps (characters read) a pattern may take on an answer of this length: 1 million plus 16 per
   * pair of characters, at most {@link #MAX_STEPS}.
   */
  static long stepBudget(int length) {
    return Math.min(MAX_STEPS, MIN_STEPS + 16L * length * length);
  }

  /** The answer as the regular expression engine reads it, one step per character read. */
  private static final class BudgetedText implements CharSequence {
    private final String text;
    private long left;

    BudgetedText(String text, long budget) {
      this.text = text;
      this.left = budget;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new BudgetSpent();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown inside matching when the budget is spent; no stack trace, it never leaves this class. */
  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  private static boolean anyMasked(boolean[] masked, int start, int end) {
    for (int i = start; i < end; i++) {
      if (masked[i]) {
        return true;
      }
    }
    return false;
  }

  /** Lower case (Locale.ROOT), typographic apostrophes and dashes made plain, runs of white space made one space. */
  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-')
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** A phrase as a whole-word pattern; a trailing {@code *} lets the last word run on. */
  static Pattern phrasePattern(String phrase) {
    String p = normalise(phrase);
    boolean prefix = p.endsWith("*");
    if (prefix) {
      p = p.substring(0, p.length() - 1).strip();
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = p.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(words[i]));
    }
    regex.append(prefix ? "[\\p{L}\\p{N}'-]*" : "(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString());
  }

  static Pattern compilePattern(String themeId, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("theme '" + themeId + "' has a pattern that is not a valid Java regular expression: "
          + regex + " (" + e.getDescription() + " at index " + e.getIndex() + ")", e);
    }
  }
}
