package org.leavingcare.consultation.ingest;

import java.util.List;

/**
 * Receives accepted responses as <em>answer codes</em> rather than {@link Response} objects: the
 * fast path that {@code ConsultationData.read} uses to count a large file into sufficient
 * statistics without an object, a String or a map lookup per row
 * ({@link ResponseReader#readAnswerCodes}).
 *
 * <p>Respondents are grouped into <em>classes</em> (respondent group × care experience ×
 * demographic values), numbered 0, 1, 2, ... in order of first appearance among accepted rows.
 * The answer code of question {@code q} (its index in {@code Consultation.questions()}) is: for
 * Likert and single-choice questions the index of the answer in {@code Question.categories()};
 * for multiple-choice questions a bit mask of the chosen categories; for numeric questions the
 * number's {@link Double#doubleToLongBits bits}; for free text {@code 1}; and
 * {@link #NOT_ANSWERED} when the respondent did not answer (or the answer was rejected).
 *
 * <p>Calls come on the reading thread, in file order.
 */
public interface AnswerCodeSink {

  /** The code of "not answered". */
  long NOT_ANSWERED = Long.MIN_VALUE;

  /**
   * A respondent class seen for the first time; called before the first response of the class.
   *
   * @param index the class number: 0 for the first class, then 1, 2, ...
   * @param group the respondent group ({@link Respondent#GROUP_NOT_STATED} if the cell was empty)
   * @param careExperienced whether the class is care-experienced
   * @param demographics the demographic values, aligned with {@code Consultation.demographicColumns()}
   */
  void respondentClass(int index, String group, boolean careExperienced, List<String> demographics);

  /**
   * One accepted response.
   *
   * @param respondentClass the number of the respondent's class
   * @param codes the answer codes: {@code codes[offset + q]} for question {@code q}; valid only
   *     during the call (the array is reused)
   * @param offset where this response's codes start
   */
  void response(int respondentClass, long[] codes, int offset);
}
