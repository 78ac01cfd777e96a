package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One question's headline measure across care-experience multipliers, with flips flagged.
 *
 * <p>The headline measure is, for a Likert question, the weighted proportion agreeing (upper half
 * of the scale, substantive answers); for a single- or multiple-choice question, the weighted
 * proportion choosing the option that leads at the smallest multiplier. A <b>majority flip</b> is
 * the measure crossing 50% between the smallest and largest multiplier; {@link #majorityFlipsAt()}
 * is the multiplier where it crosses (found to 1e-9 by bisection; the first crossing if several).
 * A <b>ranking flip</b> is a change in the order of the substantive options by weighted proportion;
 * {@link #rankingFlipsAt()} is the smallest multiplier at which the order differs from the order at
 * the smallest multiplier.
 *
 * @param questionId the question's id
 * @param measure what the estimates are, for example "agree (Agree or Strongly agree)"
 * @param points the estimate at each multiplier
 * @param majorityFlips whether the measure crosses 50% within the range
 * @param majorityFlipsAt the multiplier where it first crosses, if it does
 * @param rankingFlips whether the order of the options changes within the range
 * @param rankingFlipsAt the smallest multiplier with a different order, if any
 */
public record QuestionSensitivity(String questionId, String measure, List<SensitivityPoint> points,
    boolean majorityFlips, OptionalDouble majorityFlipsAt, boolean rankingFlips, OptionalDouble rankingFlipsAt) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public QuestionSensitivity {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(measure, "measure");
    points = List.copyOf(points);
    Objects.requireNonNull(majorityFlipsAt, "majorityFlipsAt");
    Objects.requireNonNull(rankingFlipsAt, "rankingFlipsAt");
  }
}
