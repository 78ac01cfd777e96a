package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.ingest.IngestReport;

/**
 * The weighted summary of a consultation: who responded, every closed (and numeric) question
 * overall, by respondent group and by care experience, and the sensitivity of the headline results
 * to the care-experience multiplier. An immutable value; {@link SummaryJson} writes it in the
 * documented JSON form (docs/consultation.md), and report renderers read it directly.
 *
 * <p>Intervals are indicative of the stability of the weighted result given who responded; a
 * consultation is not a probability sample (CONSULTATION-METHODS.md §0).
 *
 * @param input what was read, accepted and rejected
 * @param weighting the weighting used
 * @param confidenceLevel the level of every interval
 * @param intervalMethod the method of proportion intervals
 * @param respondents accepted respondents (the design's {@code n})
 * @param profile who responded, by respondent group
 * @param questions one summary per closed or numeric question, in configuration order
 * @param sensitivity the headline results across care-experience multipliers, if computed
 */
public record ConsultationSummary(IngestReport input, WeightingSummary weighting, double confidenceLevel,
    IntervalMethod intervalMethod, long respondents, List<GroupProfile> profile, List<QuestionSummary> questions,
    Optional<Sensitivity> sensitivity) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public ConsultationSummary {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(intervalMethod, "intervalMethod");
    profile = List.copyOf(profile);
    questions = List.copyOf(questions);
    Objects.requireNonNull(sensitivity, "sensitivity");
  }

  /**
   * The summary of one question.
   *
   * @param id the question's id
   * @return its summary, or empty
   */
  public Optional<QuestionSummary> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }
}
