package org.leavingcare.consultation.summary;

import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.Interval;

/**
 * One option of a closed question within a breakdown.
 *
 * @param option the option (or non-substantive answer) as configured
 * @param count unweighted number of respondents choosing it
 * @param unweightedProportion {@code count / respondents} of the breakdown, 0 to 1
 * @param proportion weighted proportion of the respondents who answered, 0 to 1
 * @param standardError the proportion's standard error
 * @param ci its confidence interval, if one can be given
 */
public record OptionResult(String option, long count, double unweightedProportion, double proportion,
    double standardError, Optional<Interval> ci) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if option or ci is null
   */
  public OptionResult {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(ci, "ci");
  }
}
