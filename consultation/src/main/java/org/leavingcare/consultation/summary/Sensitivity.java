package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;

/**
 * How the headline results move as the care-experience multiplier varies (CONSULTATION-METHODS.md
 * §8): one {@link QuestionSensitivity} per closed question, over the same multipliers.
 *
 * @param multipliers the multipliers, ascending (by default 1, 1.5, 2, 3, 4, 5, plus the adopted one)
 * @param questions one entry per closed question
 */
public record Sensitivity(List<Double> multipliers, List<QuestionSensitivity> questions) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public Sensitivity {
    multipliers = List.copyOf(multipliers);
    questions = List.copyOf(questions);
    Objects.requireNonNull(questions, "questions");
  }
}
