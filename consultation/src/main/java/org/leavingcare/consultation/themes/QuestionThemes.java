package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The themes of one free-text question: prevalence overall, by care experience and by respondent
 * group, and the answers left for review.
 *
 * @param questionId the question
 * @param section the codebook section used
 * @param overall all respondents
 * @param byCareExperience care-experienced, then the others (empty when the consultation records no care experience)
 * @param byGroup one breakdown per respondent group, in order of first appearance
 * @param forReview substantive answers no theme fits and no person has coded (redacted text)
 */
public record QuestionThemes(String questionId, QuestionCodebook section, ThemeBreakdown overall,
    List<ThemeBreakdown> byCareExperience, List<ThemeBreakdown> byGroup, List<CodedAnswer> forReview) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a field is null
   */
  public QuestionThemes {
    requireNonNull(questionId, "questionId");
    requireNonNull(section, "section");
    requireNonNull(overall, "overall");
    byCareExperience = List.copyOf(byCareExperience);
    byGroup = List.copyOf(byGroup);
    forReview = List.copyOf(forReview);
  }
}
