package org.leavingcare.consultation.summary;

import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.QuantileEstimate;

/**
 * Headline measures of a Likert question. Their base is the respondents who gave a substantive
 * answer: non-substantive answers such as "Don't know" are left out (CONSULTATION-METHODS.md §12.2).
 * "Agree" is the upper half of the scale (for example Agree and Strongly agree on five points),
 * "disagree" the lower half; net agreement is the mean of +1 (agree), 0 (middle), −1 (disagree),
 * which equals % agree − % disagree with a correct standard error (§3.4).
 *
 * @param substantiveRespondents respondents with a substantive answer
 * @param agree weighted proportion in the upper half of the scale
 * @param disagree weighted proportion in the lower half
 * @param netAgreement net agreement, −1 to 1
 * @param median the weighted median scale position (1 = lowest point; R's "math" rule), with its
 *     Woodruff interval; empty if nobody answered
 */
public record LikertMeasures(long substantiveRespondents, Measure agree, Measure disagree, Measure netAgreement,
    Optional<QuantileEstimate> median) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public LikertMeasures {
    Objects.requireNonNull(agree, "agree");
    Objects.requireNonNull(disagree, "disagree");
    Objects.requireNonNull(netAgreement, "netAgreement");
    Objects.requireNonNull(median, "median");
  }
}
