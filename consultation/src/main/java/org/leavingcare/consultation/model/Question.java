package org.leavingcare.consultation.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a consultation and the CSV column holding its answers.
 *
 * <p>Closed questions list their {@link #options()}; a Likert question lists its scale from the
 * lowest to the highest point ("Strongly disagree" … "Strongly agree"). {@link #nonSubstantive()}
 * answers ("Don't know", "Prefer not to say") are accepted answers reported as their own categories
 * in a question's distribution, and left out of the bases of % agree, net agreement and the median
 * (CONSULTATION-METHODS.md §12.2). An open "why?" question may be {@link #linkedTo() linked} to the
 * closed question it explains.
 *
 * <p>Immutable; build with {@link #likert}, {@link #single}, {@link #multi}, {@link #numeric} or
 * {@link #text} and the {@code with…} methods.
 */
public final class Question {

  private final String id;
  private final String column;
  private final QuestionType type;
  private final List<String> options;
  private final List<String> nonSubstantive;
  private final String separator;
  private final Optional<String> linkedTo;
  private final Optional<String> text;

  private Question(String id, String column, QuestionType type, List<String> options, List<String> nonSubstantive,
      String separator, Optional<String> linkedTo, Optional<String> text) {
    this.id = requireText(id, "id");
    this.column = requireText(column, "column");
    this.type = requireNonNull(type, "type");
    this.options = List.copyOf(options);
    this.nonSubstantive = List.copyOf(nonSubstantive);
    this.separator = requireNonNull(separator, "separator");
    this.linkedTo = requireNonNull(linkedTo, "linkedTo");
    this.text = requireNonNull(text, "text");
    if (type.isClosed() && options.isEmpty()) {
      throw new IllegalArgumentException("question '" + id + "' is " + type.configName() + " and needs at least one option");
    }
    if (type == QuestionType.LIKERT && options.size() < 2) {
      throw new IllegalArgumentException("Likert question '" + id + "' needs a scale of at least two points");
    }
    if (!type.isClosed() && (!options.isEmpty() || !nonSubstantive.isEmpty())) {
      throw new IllegalArgumentException("question '" + id + "' is " + type.configName() + " and cannot have options");
    }
    if (type == QuestionType.MULTI && separator.isEmpty()) {
      throw new IllegalArgumentException("multiple-choice question '" + id + "' needs a separator");
    }
    Set<String> seen = new HashSet<>();
    for (String o : categories()) {
      if (!seen.add(AnswerText.normalise(o))) {
        throw new IllegalArgumentException("question '" + id + "' lists the option '" + o + "' twice");
      }
    }
  }

  private static String requireText(String s, String name) {
    requireNonNull(s, name);
    if (s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return s;
  }

  /**
   * A Likert question with its scale listed from the lowest point to the highest.
   *
   * @param id the question's id, unique in the consultation
   * @param column the CSV column holding the answers
   * @param scale the points of the scale, low to high, at least two
   * @return the question, with the default non-substantive answers "Don't know" and "Prefer not to say"
   */
  public static Question likert(String id, String column, List<String> scale) {
    return new Question(id, column, QuestionType.LIKERT, scale, Consultation.DEFAULT_NON_SUBSTANTIVE, ";",
        Optional.empty(), Optional.empty());
  }

  /**
   * A single-choice question.
   *
   * @param id the question's id
   * @param column the CSV column
   * @param options the options
   * @return the question, with the default non-substantive answers
   */
  public static Question single(String id, String column, List<String> options) {
    return new Question(id, column, QuestionType.SINGLE, options, Consultation.DEFAULT_NON_SUBSTANTIVE, ";",
        Optional.empty(), Optional.empty());
  }

  /**
   * A multiple-choice question whose cell joins the chosen options with a separator.
   *
   * @param id the question's id
   * @param column the CSV column
   * @param options the options
   * @param separator what joins the chosen options in a cell, for example {@code ";"}
   * @return the question, with the default non-substantive answers
   */
  public static Question multi(String id, String column, List<String> options, String separator) {
    return new Question(id, column, QuestionType.MULTI, options, Consultation.DEFAULT_NON_SUBSTANTIVE, separator,
        Optional.empty(), Optional.empty());
  }

  /**
   * A numeric question.
   *
   * @param id the question's id
   * @param column the CSV column
   * @return the question
   */
  public static Question numeric(String id, String column) {
    return new Question(id, column, QuestionType.NUMERIC, List.of(), List.of(), ";", Optional.empty(), Optional.empty());
  }

  /**
   * A free-text question.
   *
   * @param id the question's id
   * @param column the CSV column
   * @return the question
   */
  public static Question text(String id, String column) {
    return new Question(id, column, QuestionType.TEXT, List.of(), List.of(), ";", Optional.empty(), Optional.empty());
  }

  /**
   * This question with other non-substantive answers (closed questions only).
   *
   * @param answers for example {@code ["Don't know"]}; may be empty
   * @return the copy
   */
  public Question withNonSubstantive(List<String> answers) {
    return new Question(id, column, type, options, answers, separator, linkedTo, text);
  }

  /**
   * This question linked to the closed question it explains (an open "why?" question).
   *
   * @param questionId the closed question's id
   * @return the copy
   */
  public Question withLinkedTo(String questionId) {
    return new Question(id, column, type, options, nonSubstantive, separator, Optional.of(questionId), text);
  }

  /**
   * This question with the wording respondents saw.
   *
   * @param wording the question text
   * @return the copy
   */
  public Question withText(String wording) {
    return new Question(id, column, type, options, nonSubstantive, separator, linkedTo, Optional.of(wording));
  }

  /** @return the id, unique within the consultation */
  public String id() {
    return id;
  }

  /** @return the CSV column holding the answers */
  public String column() {
    return column;
  }

  /** @return the type */
  public QuestionType type() {
    return type;
  }

  /** @return the substantive options; for Likert, the scale from low to high */
  public List<String> options() {
    return options;
  }

  /** @return the non-substantive answers accepted, such as "Don't know" */
  public List<String> nonSubstantive() {
    return nonSubstantive;
  }

  /**
   * Every category a distribution reports, in order: the options, then the non-substantive answers.
   *
   * @return the categories
   */
  public List<String> categories() {
    List<String> all = new ArrayList<>(options);
    all.addAll(nonSubstantive);
    return List.copyOf(all);
  }

  /** @return what joins chosen options in a multiple-choice cell */
  public String separator() {
    return separator;
  }

  /** @return the id of the closed question this one explains, if any */
  public Optional<String> linkedTo() {
    return linkedTo;
  }

  /** @return the wording respondents saw, if configured */
  public Optional<String> text() {
    return text;
  }

  /**
   * For a Likert question, how many of the highest points count as agreement (and of the lowest as
   * disagreement): half the scale, rounded down. "Strongly agree" and "Agree" on a five-point
   * scale; the middle point of an odd scale is neither.
   *
   * @return the number of points on each side
   */
  public int pointsEachSide() {
    return options.size() / 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Question q && id.equals(q.id) && column.equals(q.column) && type == q.type
        && options.equals(q.options) && nonSubstantive.equals(q.nonSubstantive) && separator.equals(q.separator)
        && linkedTo.equals(q.linkedTo) && text.equals(q.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, column, type, options, nonSubstantive, separator, linkedTo, text);
  }

  @Override
  public String toString() {
    return "Question[" + id + ", " + type.configName() + ", column=" + column + ", options=" + options + "]";
  }
}
