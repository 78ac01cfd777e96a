package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.leavingcare.consultation.privacy.RedactedText;

/**
 * A free-text answer with its themes: the answer's text (redacted, never the original), the themes
 * assigned, by whom, and the phrases that led the automatic coder to each theme.
 *
 * @param respondentId the respondent's id
 * @param questionId the question's id
 * @param text the redacted answer, with what was removed
 * @param substantive false for answers such as "n/a" or "no comment" ({@link Codebook#isNonSubstantive})
 * @param themeIds the themes assigned, in codebook order; empty for an uncoded or non-substantive answer
 * @param source who assigned them
 * @param codedBy the coder's name for manual codes, else the codebook's id and version
 * @param evidence for automatic codes, the phrases and patterns matched for each theme; empty for manual codes
 * @param automaticThemeIds the themes the automatic coder assigned, kept when a person overrides them (for agreement, §13.3)
 */
public record CodedAnswer(String respondentId, String questionId, RedactedText text, boolean substantive,
    List<String> themeIds, CodeSource source, String codedBy, Map<String, List<String>> evidence,
    List<String> automaticThemeIds) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CodedAnswer {
    requireNonNull(respondentId, "respondentId");
    requireNonNull(questionId, "questionId");
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(codedBy, "codedBy");
    themeIds = List.copyOf(themeIds);
    evidence = Map.copyOf(evidence);
    automaticThemeIds = List.copyOf(automaticThemeIds);
  }

  /**
   * Whether this substantive answer has no theme, so a person should code it or confirm that none applies.
   *
   * @return true if substantive, automatically coded and without a theme
   */
  public boolean needsCoding() {
    return substantive && themeIds.isEmpty() && source == CodeSource.AUTOMATIC;
  }

  /**
   * Whether the answer carries a theme.
   *
   * @param themeId a theme id
   * @return true if assigned
   */
  public boolean has(String themeId) {
    return themeIds.contains(themeId);
  }
}
