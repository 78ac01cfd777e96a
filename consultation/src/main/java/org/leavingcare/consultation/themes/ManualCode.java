package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person's themes for one answer, from a manual-codes file. An empty list of themes records that
 * the person read the answer and no theme applies.
 *
 * @param respondentId the respondent
 * @param questionId the question
 * @param themeIds the themes the person assigned
 * @param coder who coded it
 * @param row the row of the file it came from (1 = header)
 */
public record ManualCode(String respondentId, String questionId, List<String> themeIds, String coder, int row) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public ManualCode {
    requireNonNull(respondentId, "respondentId");
    requireNonNull(questionId, "questionId");
    requireNonNull(coder, "coder");
    themeIds = List.copyOf(themeIds);
  }
}
