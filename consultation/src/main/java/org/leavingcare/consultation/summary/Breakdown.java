package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.QuantileEstimate;

/**
 * A question's results for all respondents or for one domain (a respondent group, or care-experienced
 * respondents). Estimates use the domain's respondents who answered, with variances that keep the
 * whole design's {@code n} (CONSULTATION-METHODS.md §1.2).
 *
 * @param label "All respondents", the group's name, "Care-experienced" or "Not care-experienced"
 * @param respondents unweighted respondents in the domain who answered (for multiple choice: chose
 *     at least one option)
 * @param notAnswered respondents in the domain who did not answer
 * @param effectiveN Kish's effective sample size of the respondents who answered, {@code (Σw)²/Σw²}
 * @param options one entry per category, in configuration order (options, then non-substantive
 *     answers); empty for numeric questions
 * @param likert headline measures for Likert questions
 * @param mean the weighted mean for numeric questions
 * @param median the weighted median for numeric questions
 */
public record Breakdown(String label, long respondents, long notAnswered, double effectiveN, List<OptionResult> options,
    Optional<LikertMeasures> likert, Optional<Measure> mean, Optional<QuantileEstimate> median) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public Breakdown {
    Objects.requireNonNull(label, "label");
    options = List.copyOf(options);
    Objects.requireNonNull(likert, "likert");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(median, "median");
  }

  /**
   * The result for one option.
   *
   * @param option the option as configured
   * @return its result, or empty
   */
  public Optional<OptionResult> option(String option) {
    return options.stream().filter(o -> o.option().equals(option)).findFirst();
  }
}
