package org.leavingcare.consultation.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A consultation's instrument as it appears in a response file: the column identifying each
 * respondent, the respondent-group column (capacity: care leaver, foster carer, professional, …),
 * how care experience is recorded, further demographic columns, and the questions.
 *
 * <p>Immutable. Usually read from JSON by {@code ConsultationConfig}.
 */
public final class Consultation {

  /** The non-substantive answers a closed question accepts unless configured otherwise. */
  public static final List<String> DEFAULT_NON_SUBSTANTIVE = List.of("Don't know", "Prefer not to say");

  private final String respondentIdColumn;
  private final Optional<String> groupColumn;
  private final Optional<CareExperience> careExperience;
  private final List<String> demographicColumns;
  private final List<Question> questions;

  private Consultation(String respondentIdColumn, Optional<String> groupColumn, Optional<CareExperience> careExperience,
      List<String> demographicColumns, List<Question> questions) {
    this.respondentIdColumn = requireNonNull(respondentIdColumn, "respondentIdColumn");
    this.groupColumn = requireNonNull(groupColumn, "groupColumn");
    this.careExperience = requireNonNull(careExperience, "careExperience");
    this.demographicColumns = List.copyOf(demographicColumns);
    this.questions = List.copyOf(questions);
    Set<String> ids = new HashSet<>();
    for (Question q : this.questions) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException("two questions have the id '" + q.id() + "'; ids must be unique");
      }
    }
    for (Question q : this.questions) {
      if (q.linkedTo().isPresent() && !ids.contains(q.linkedTo().get())) {
        throw new IllegalArgumentException("question '" + q.id() + "' is linked to '" + q.linkedTo().get()
            + "', which is not a question of this consultation");
      }
    }
  }

  /**
   * A consultation.
   *
   * @param respondentIdColumn the column with each respondent's id
   * @param groupColumn the respondent-group column, if any
   * @param careExperience how care experience is recorded, if it is
   * @param demographicColumns further columns to keep (for calibration margins and breakdowns)
   * @param questions the questions, ids unique
   * @return the consultation
   * @throws IllegalArgumentException if two questions share an id or a link names no question
   */
  public static Consultation of(String respondentIdColumn, Optional<String> groupColumn,
      Optional<CareExperience> careExperience, List<String> demographicColumns, List<Question> questions) {
    return new Consultation(respondentIdColumn, groupColumn, careExperience, demographicColumns, questions);
  }

  /** @return the column with each respondent's id */
  public String respondentIdColumn() {
    return respondentIdColumn;
  }

  /** @return the respondent-group column, if any */
  public Optional<String> groupColumn() {
    return groupColumn;
  }

  /** @return how care experience is recorded, if it is */
  public Optional<CareExperience> careExperience() {
    return careExperience;
  }

  /** @return further demographic columns kept for calibration and breakdowns */
  public List<String> demographicColumns() {
    return demographicColumns;
  }

  /** @return the questions, in configuration order */
  public List<Question> questions() {
    return questions;
  }

  /**
   * The closed questions (Likert, single and multiple choice), in order.
   *
   * @return the closed questions
   */
  public List<Question> closedQuestions() {
    return questions.stream().filter(q -> q.type().isClosed()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The question with an id.
   *
   * @param id the id
   * @return the question, or empty
   */
  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Consultation c && respondentIdColumn.equals(c.respondentIdColumn)
        && groupColumn.equals(c.groupColumn) && careExperience.equals(c.careExperience)
        && demographicColumns.equals(c.demographicColumns) && questions.equals(c.questions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(respondentIdColumn, groupColumn, careExperience, demographicColumns, questions);
  }

  @Override
  public String toString() {
    return "Consultation[" + questions.size() + " questions, id column " + respondentIdColumn + "]";
  }
}
