package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

/**
 * An answer chosen to illustrate a theme: redacted, from a respondent who agreed to publication,
 * attributed to a respondent group only, with the reason it was chosen (CONSULTATION-METHODS §13.5).
 * A person must still review it before publication (§10.1 step 6).
 *
 * @param questionId the question
 * @param themeId the theme it illustrates
 * @param respondentId the respondent, for tracing the quote to its response (not for publication)
 * @param text the redacted answer
 * @param attribution the respondent group, or {@link #UNATTRIBUTED} when the group is too small to name
 * @param reason why it was chosen: the selector's criteria as they applied to this answer
 */
public record Quote(String questionId, String themeId, String respondentId, String text, String attribution, String reason) {

  /** The attribution of a quote whose respondent group is below the minimum size. */
  public static final String UNATTRIBUTED = "A respondent";

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Quote {
    requireNonNull(questionId, "questionId");
    requireNonNull(themeId, "themeId");
    requireNonNull(respondentId, "respondentId");
    requireNonNull(text, "text");
    requireNonNull(attribution, "attribution");
    requireNonNull(reason, "reason");
  }
}
