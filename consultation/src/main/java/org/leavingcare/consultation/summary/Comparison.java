package org.leavingcare.consultation.summary;

import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.Interval;

/**
 * Care-experienced minus other respondents, for one measure of a question, with a design-based t
 * test (R {@code svyby} + {@code svycontrast}, {@code svyttest}; CONSULTATION-METHODS.md §3.5).
 *
 * @param measure {@code "option"} (the proportion choosing {@link #option()}), {@code "agree"} or
 *     {@code "netAgreement"} (Likert), or {@code "mean"} (numeric)
 * @param option the option compared, or the measure's name
 * @param difference the difference, care-experienced minus others
 * @param standardError its standard error
 * @param ci its confidence interval (t on {@code df})
 * @param t the t statistic
 * @param df degrees of freedom: respondents of both domains who answered, minus 2
 * @param pValue two-sided p-value; not adjusted for multiple comparisons
 */
public record Comparison(String measure, String option, double difference, double standardError, Optional<Interval> ci,
    double t, long df, double pValue) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public Comparison {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(ci, "ci");
  }
}
