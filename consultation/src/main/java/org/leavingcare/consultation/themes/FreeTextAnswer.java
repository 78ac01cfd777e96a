package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

/**
 * One respondent's answer to one free-text question, as read from the responses file. The text is
 * the original, which may hold personal data: it never leaves this package unredacted.
 *
 * @param respondentId the respondent's id in the responses file
 * @param questionId the question's id in the consultation configuration
 * @param text the answer as written (not blank: blank cells are "not answered" and are not coded)
 */
public record FreeTextAnswer(String respondentId, String questionId, String text) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public FreeTextAnswer {
    requireNonNull(respondentId, "respondentId");
    requireNonNull(questionId, "questionId");
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("the answer of respondent " + respondentId + " to " + questionId
          + " is blank; a blank cell means not answered and is not coded");
    }
  }

  /**
   * Returns the respondent and question, never the text.
   *
   * @return for example {@code FreeTextAnswer[R17, why_b2]}
   */
  @Override
  public String toString() {
    return "FreeTextAnswer[" + respondentId + ", " + questionId + "]";
  }
}
