package org.leavingcare.consultation.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One theme compiled for matching: phrases and patterns as evidence, exclusions masking them. */
final class ThemeMatcher {

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
      Matcher m = e.pattern().matcher(normalised);
      while (m.find()) {
        if (m.end() > m.start() && !anyMasked(masked, m.start(), m.end())) {
          found.add(e.source());
          break;
        }
      }
    }
    return found;
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
