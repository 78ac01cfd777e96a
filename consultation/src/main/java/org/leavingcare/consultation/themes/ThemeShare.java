package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.leavingcare.consultation.estimates.Interval;

/**
 * The prevalence of one theme among the respondents of a breakdown who gave a substantive answer to
 * the question (CONSULTATION-METHODS §13.4, §12.2): the unweighted number mentioning it and the
 * weighted proportion, with its standard error and interval. Prevalences of a question's themes do
 * not add up to 1: an answer may carry several themes.
 *
 * @param themeId the theme's id, or {@link #UNCODED} for substantive answers no theme fits
 * @param label the theme's label
 * @param mentions respondents whose answer carries the theme (unweighted)
 * @param base respondents who gave a substantive answer (unweighted), the denominator
 * @param unweightedProportion {@code mentions / base}, NaN when the base is 0
 * @param proportion the weighted proportion, 0 to 1, NaN when the base is 0
 * @param standardError its standard error (R survey's {@code svymean} linearisation)
 * @param interval its confidence interval, when one can be made
 */
public record ThemeShare(String themeId, String label, long mentions, long base, double unweightedProportion,
    double proportion, double standardError, Optional<Interval> interval) {

  /** The id of the row for substantive answers that carry no theme ("Other", listed for review). */
  public static final String UNCODED = "uncoded";

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if the mentions are negative or exceed the base
   */
  public ThemeShare {
    requireNonNull(themeId, "themeId");
    requireNonNull(label, "label");
    requireNonNull(interval, "interval");
    if (mentions < 0 || mentions > base) {
      throw new IllegalArgumentException("need 0 <= mentions <= base, was " + mentions + " of " + base);
    }
  }
}
