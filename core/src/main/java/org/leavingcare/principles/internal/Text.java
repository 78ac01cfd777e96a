package org.leavingcare.principles.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text helpers shared by the renderers: dates in words and Markdown escaping. */
public final class Text {

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Text() {}

  /**
   * A date as a reader writes it.
   *
   * @param date the date
   * @return for example {@code "1 October 2026"}
   */
  public static String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /**
   * Escapes text for Markdown: characters that would start emphasis, links, code, HTML, headings
   * or table cells are backslash-escaped, and line breaks become spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String md(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_[]<>#|!{}".indexOf(ch) >= 0) {
        sb.append('\\').append(ch);
      } else if (ch == '\n' || ch == '\r') {
        sb.append(' ');
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
