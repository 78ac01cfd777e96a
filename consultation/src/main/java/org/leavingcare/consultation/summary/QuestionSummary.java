package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leavingcare.consultation.estimates.RaoScottTest;
import org.leavingcare.consultation.model.QuestionType;

/**
 * Everything summarised for one question under one weighting.
 *
 * @param id the question's id
 * @param type its type
 * @param text its wording, if configured
 * @param careExperiencedMultiplier the care-experience multiplier used for this question (differs by
 *     question under a target share)
 * @param careExperiencedShareOfWeight the share of the weight of the respondents who answered that
 *     care-experienced respondents carry, 0 to 1 (NaN without a care-experience column)
 * @param overall all respondents
 * @param byGroup one breakdown per respondent group, in order of first appearance in the file
 * @param byCareExperience care-experienced, then not care-experienced (empty without a
 *     care-experience column)
 * @param byGroupTest Rao–Scott test of answer by respondent group (substantive answers only)
 * @param byCareExperienceTest Rao–Scott test of answer by care experience (substantive answers only)
 * @param careExperiencedVersusOthers differences, care-experienced minus others
 */
public record QuestionSummary(String id, QuestionType type, Optional<String> text, double careExperiencedMultiplier,
    double careExperiencedShareOfWeight, Breakdown overall, List<Breakdown> byGroup, List<Breakdown> byCareExperience,
    Optional<RaoScottTest> byGroupTest, Optional<RaoScottTest> byCareExperienceTest,
    List<Comparison> careExperiencedVersusOthers) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public QuestionSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(overall, "overall");
    byGroup = List.copyOf(byGroup);
    byCareExperience = List.copyOf(byCareExperience);
    Objects.requireNonNull(byGroupTest, "byGroupTest");
    Objects.requireNonNull(byCareExperienceTest, "byCareExperienceTest");
    careExperiencedVersusOthers = List.copyOf(careExperiencedVersusOthers);
  }
}
