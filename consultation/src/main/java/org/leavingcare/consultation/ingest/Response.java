package org.leavingcare.consultation.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;

/**
 * One accepted row of a response file: the respondent and their answers. Questions are addressed
 * by their index in {@link Consultation#questions()} (fast) or by id. Immutable.
 */
public final class Response {

  private final long row;
  private final Respondent respondent;
  private final Consultation consultation;
  private final int[] choice;
  private final long[] chosen;
  private final double[] number;
  private final String[] text;
  private final boolean careCellEmpty;

  Response(long row, Respondent respondent, Consultation consultation, int[] choice, long[] chosen, double[] number,
      String[] text, boolean careCellEmpty) {
    this.careCellEmpty = careCellEmpty;
    this.row = row;
    this.respondent = respondent;
    this.consultation = consultation;
    this.choice = choice;
    this.chosen = chosen;
    this.number = number;
    this.text = text;
  }

  /** @return the row number in the file (header = 1) */
  public long row() {
    return row;
  }

  /** @return who responded */
  public Respondent respondent() {
    return respondent;
  }

  /**
   * For a Likert or single-choice question: the index of the answer in {@link Question#categories()}
   * (options, then non-substantive answers), or -1 if not answered.
   *
   * @param question index in {@link Consultation#questions()}
   * @return the category index, or -1
   */
  public int choiceIndex(int question) {
    return choice[question];
  }

  /**
   * For a multiple-choice question: bit {@code i} is set if category {@code i} of
   * {@link Question#categories()} was chosen; 0 if nothing was chosen.
   *
   * @param question index in {@link Consultation#questions()}
   * @return the chosen categories as bits
   */
  public long chosenMask(int question) {
    return chosen[question];
  }

  /**
   * For a numeric question: the number, or NaN if not answered.
   *
   * @param question index in {@link Consultation#questions()}
   * @return the number or NaN
   */
  public double numberValue(int question) {
    return number[question];
  }

  /**
   * Whether the respondent answered a question (chose something, gave a number or wrote text).
   *
   * @param question index in {@link Consultation#questions()}
   * @return true if answered
   */
  public boolean answered(int question) {
    return choice[question] >= 0 || chosen[question] != 0 || !Double.isNaN(number[question]) || text[question] != null;
  }

  /**
   * The answer to a Likert or single-choice question.
   *
   * @param questionId the question's id
   * @return the category chosen, as configured, or empty if not answered
   * @throws IllegalArgumentException if no question has that id
   */
  public Optional<String> choice(String questionId) {
    int q = index(questionId);
    int c = choice[q];
    return c < 0 ? Optional.empty() : Optional.of(consultation.questions().get(q).categories().get(c));
  }

  /**
   * The categories chosen in a multiple-choice question, in configuration order.
   *
   * @param questionId the question's id
   * @return the chosen categories; empty if none
   * @throws IllegalArgumentException if no question has that id
   */
  public List<String> choices(String questionId) {
    int q = index(questionId);
    List<String> cats = consultation.questions().get(q).categories();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cats.size(); i++) {
      if ((chosen[q] & (1L << i)) != 0) {
        out.add(cats.get(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The answer to a numeric question.
   *
   * @param questionId the question's id
   * @return the number, or empty if not answered
   * @throws IllegalArgumentException if no question has that id
   */
  public OptionalDouble number(String questionId) {
    double v = number[index(questionId)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The answer to a free-text question. Free text may contain personal data: redact it before
   * display (see the privacy package).
   *
   * @param questionId the question's id
   * @return the text, or empty if not answered
   * @throws IllegalArgumentException if no question has that id
   */
  public Optional<String> text(String questionId) {
    return Optional.ofNullable(text[index(questionId)]);
  }

  private int index(String questionId) {
    Objects.requireNonNull(questionId, "questionId");
    List<Question> qs = consultation.questions();
    for (int i = 0; i < qs.size(); i++) {
      if (qs.get(i).id().equals(questionId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no question has the id '" + questionId + "'");
  }

  @Override
  public String toString() {
    return "Response[row " + row + ", respondent " + respondent.id() + "]";
  }

  /** Whether the care-experience cell was empty (counted in the ingest report). */
  boolean careCellEmpty() {
    return careCellEmpty;
  }
}
