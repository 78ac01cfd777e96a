package org.leavingcare.consultation.summary;

import java.util.List;
import java.util.Objects;

/**
 * Respondents who share everything a weight can depend on: respondent group, care experience and
 * the demographic values kept for calibration. Every weighting scenario gives all members of a
 * class the same weight, which is why sufficient statistics per class are enough.
 *
 * @param group the respondent group
 * @param careExperienced whether the respondents are care-experienced
 * @param demographics the demographic values, aligned with {@code Consultation.demographicColumns()}
 */
public record RespondentClass(String group, boolean careExperienced, List<String> demographics) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public RespondentClass {
    Objects.requireNonNull(group, "group");
    demographics = List.copyOf(demographics);
  }
}
