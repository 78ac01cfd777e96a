package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;

/**
 * Every free-text answer of a consultation with its themes: coded automatically by a
 * {@link ThemeCoder}, then overridden answer by answer by a person's {@link ManualCodes}. Answers
 * keep the order they were given in.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThemeCoding {

  private final ThemeCoder coder;
  private final Map<Key, CodedAnswer> answers;

  private record Key(String respondentId, String questionId) {}

  private ThemeCoding(ThemeCoder coder, Map<Key, CodedAnswer> answers) {
    this.coder = coder;
    this.answers = answers;
  }

  /**
   * Codes every answer automatically.
   *
   * @param coder the coder, not null
   * @param answers the answers, at most one per respondent and question
   * @return the coding
   * @throws IllegalArgumentException if a respondent answers a question twice, or a question has no codebook section
   */
  public static ThemeCoding code(ThemeCoder coder, Iterable<FreeTextAnswer> answers) {
    requireNonNull(coder, "coder");
    Map<Key, CodedAnswer> coded = new LinkedHashMap<>();
    for (FreeTextAnswer a : answers) {
      Key key = new Key(a.respondentId(), a.questionId());
      if (coded.containsKey(key)) {
        throw new IllegalArgumentException("respondent " + a.respondentId() + " has two answers to question "
            + a.questionId() + "; give one answer per respondent and question");
      }
      coded.put(key, coder.code(a));
    }
    return new ThemeCoding(coder, coded);
  }

  /**
   * Codes every answer to every free-text question of a consultation's responses.
   *
   * @param coder the coder, not null
   * @param consultation the consultation the responses were read with
   * @param responses the accepted responses
   * @return the coding
   * @throws IllegalArgumentException if a free-text question has no codebook section, or a respondent id repeats
   */
  public static ThemeCoding code(ThemeCoder coder, Consultation consultation, Iterable<Response> responses) {
    List<String> questions = consultation.questions().stream()
        .filter(q -> q.type() == QuestionType.TEXT).map(Question::id).toList();
    questions.forEach(coder::section);
    List<FreeTextAnswer> answers = new ArrayList<>();
    for (Response r : responses) {
      for (String q : questions) {
        r.text(q).filter(t -> !t.isBlank()).ifPresent(t -> answers.add(new FreeTextAnswer(r.respondent().id(), q, t)));
      }
    }
    return code(coder, answers);
  }

  /**
   * This coding with a person's codes in place of the automatic ones, for the answers they cover.
   * Each overridden answer is recorded as {@link CodeSource#MANUAL} with the coder's name and keeps
   * the automatic themes in {@link CodedAnswer#automaticThemeIds()}.
   *
   * @param manual manual codes read against this coding ({@link ManualCodes#read})
   * @return a new coding
   */
  public ThemeCoding withManualCodes(ManualCodes manual) {
    Map<Key, CodedAnswer> copy = new LinkedHashMap<>(answers);
    for (ManualCode m : manual.codes()) {
      Key key = new Key(m.respondentId(), m.questionId());
      CodedAnswer auto = copy.get(key);
      if (auto == null) {
        throw new IllegalArgumentException("manual code for respondent " + m.respondentId() + " and question " + m.questionId()
            + " has no answer in this coding; read the manual codes against this coding");
      }
      List<String> ordered = section(m.questionId()).themes().stream().map(Theme::id).filter(m.themeIds()::contains).toList();
      copy.put(key, new CodedAnswer(auto.respondentId(), auto.questionId(), auto.text(), auto.substantive(), ordered,
          CodeSource.MANUAL, m.coder(), Map.of(), auto.automaticThemeIds()));
    }
    return new ThemeCoding(coder, copy);
  }

  /**
   * All coded answers, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<CodedAnswer> answers() {
    return List.copyOf(answers.values());
  }

  /**
   * The coded answers to one question, in the order given.
   *
   * @param questionId a question id
   * @return an unmodifiable list, empty if nobody answered it
   */
  public List<CodedAnswer> answers(String questionId) {
    return answers.values().stream().filter(a -> a.questionId().equals(questionId)).toList();
  }

  /**
   * One answer.
   *
   * @param respondentId the respondent
   * @param questionId the question
   * @return the coded answer, or empty if that respondent did not answer that question
   */
  public Optional<CodedAnswer> answer(String respondentId, String questionId) {
    return Optional.ofNullable(answers.get(new Key(respondentId, questionId)));
  }

  /**
   * The questions answered, in the order first seen.
   *
   * @return an unmodifiable list of question ids
   */
  public List<String> questionIds() {
    Set<String> ids = new LinkedHashSet<>();
    answers.keySet().forEach(k -> ids.add(k.questionId()));
    return List.copyOf(ids);
  }

  /**
   * The substantive answers to a question that no theme fits and no person has coded yet: list them
   * for review (their text is redacted).
   *
   * @param questionId a question id
   * @return an unmodifiable list, in the order given
   */
  public List<CodedAnswer> forReview(String questionId) {
    List<CodedAnswer> out = new ArrayList<>();
    for (CodedAnswer a : answers(questionId)) {
      if (a.needsCoding()) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The codebook section for a question.
   *
   * @param questionId a question id
   * @return the section
   * @throws IllegalArgumentException if the codebook has none for it
   */
  public QuestionCodebook section(String questionId) {
    return coder.section(questionId);
  }

  /**
   * The codebook used.
   *
   * @return the codebook
   */
  public Codebook codebook() {
    return coder.codebook();
  }
}
