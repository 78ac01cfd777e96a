package org.leavingcare.consultation.model;

import java.util.Locale;

/**
 * How answer texts are compared with the configured options: leading and trailing spaces are
 * ignored, runs of spaces count as one, case is ignored (in {@link Locale#ROOT}), and typographic
 * apostrophes and quotes match straight ones, so "don’t  know" matches "Don't know".
 */
public final class AnswerText {

  private AnswerText() {}

  /**
   * The comparison key of an answer text.
   *
   * @param text the text
   * @return its normalised form
   */
  public static String normalise(String text) {
    String t = text.strip();
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
        c = '\'';
      } else if (c == '\u201c' || c == '\u201d') {
        c = '"';
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
