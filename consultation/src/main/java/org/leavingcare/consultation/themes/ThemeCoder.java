package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leavingcare.consultation.privacy.RedactedText;
import org.leavingcare.consultation.privacy.Redactor;

/**
 * Codes free-text answers with a codebook: an answer carries every theme of its question's section
 * with at least one phrase or pattern found outside that theme's exclusions (multi-coding, §13.1).
 * Answers that say nothing ("n/a") are marked not substantive; the text kept is always redacted.
 *
 * <p>Matching is on the original text lower-cased ({@link java.util.Locale#ROOT}) with typographic
 * apostrophes made plain and white space collapsed, so redaction tokens never hide a phrase.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThemeCoder {

  private final Codebook codebook;
  private final Redactor redactor;
  private final Map<QuestionCodebook, List<ThemeMatcher>> matchers = new LinkedHashMap<>();

  private ThemeCoder(Codebook codebook, Redactor redactor) {
    this.codebook = codebook;
    this.redactor = redactor;
    for (QuestionCodebook section : codebook.sections()) {
      matchers.put(section, section.themes().stream().map(ThemeMatcher::new).toList());
    }
  }

  /**
   * A coder for a codebook, redacting with the given redactor.
   *
   * @param codebook the codebook, not null
   * @param redactor the redactor applied to every answer's text, not null
   * @return the coder
   */
  public static ThemeCoder of(Codebook codebook, Redactor redactor) {
    return new ThemeCoder(requireNonNull(codebook, "codebook"), requireNonNull(redactor, "redactor"));
  }

  /**
   * Codes one answer.
   *
   * @param answer the answer, not null
   * @return the coded answer, with redacted text
   * @throws IllegalArgumentException if the codebook has no section for the answer's question, or one of
   *     its patterns backtracks without end on this answer (the message names the theme, the pattern, the
   *     respondent id and the question, never the answer's text)
   */
  public CodedAnswer code(FreeTextAnswer answer) {
    QuestionCodebook section = section(answer.questionId());
    RedactedText redacted = redactor.redact(answer.text());
    String codedBy = "codebook " + codebook.id() + " v" + codebook.version();
    if (codebook.isNonSubstantive(answer.text())) {
      return new CodedAnswer(answer.respondentId(), answer.questionId(), redacted, false, List.of(),
          CodeSource.AUTOMATIC, codedBy, Map.of(), List.of());
    }
    String normalised = ThemeMatcher.normalise(answer.text());
    List<String> themes = new ArrayList<>();
    Map<String, List<String>> evidence = new LinkedHashMap<>();
    for (ThemeMatcher m : matchers.get(section)) {
      List<String> found;
      try {
        found = m.matches(normalised);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("codebook '" + codebook.id() + "', answer of respondent "
            + answer.respondentId() + " to question '" + answer.questionId() + "': " + e.getMessage(), e);
      }
      if (!found.isEmpty()) {
        themes.add(m.theme().id());
        evidence.put(m.theme().id(), found);
      }
    }
    return new CodedAnswer(answer.respondentId(), answer.questionId(), redacted, true, themes,
        CodeSource.AUTOMATIC, codedBy, evidence, themes);
  }

  /**
   * The codebook section that codes a question.
   *
   * @param questionId a question id
   * @return the section
   * @throws IllegalArgumentException if no section names the question and there is no {@code *} section
   */
  public QuestionCodebook section(String questionId) {
    Optional<QuestionCodebook> s = codebook.forQuestion(questionId);
    return s.orElseThrow(() -> new IllegalArgumentException("codebook '" + codebook.id() + "' has no section for question '"
        + questionId + "'; add the question id to a section's \"questions\" or add a section for \"*\""));
  }

  /**
   * The codebook this coder applies.
   *
   * @return the codebook
   */
  public Codebook codebook() {
    return codebook;
  }
}
