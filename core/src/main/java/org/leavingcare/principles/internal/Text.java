package org.leavingcare.principles.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text helpers shared by the renderers: dates in words (Markdown escaping is {@code publish.Markdown}). */
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
}
