package org.leavingcare.consultation.summary;

import java.util.Objects;

/**
 * Who responded: one respondent group with its unweighted count, how many of them are
 * care-experienced, and the share of the total weight the group carries under the weighting.
 *
 * @param group the respondent group
 * @param respondents unweighted respondents
 * @param careExperienced of whom care-experienced
 * @param shareOfWeight the group's share of the total weight, 0 to 1
 */
public record GroupProfile(String group, long respondents, long careExperienced, double shareOfWeight) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if group is null
   */
  public GroupProfile {
    Objects.requireNonNull(group, "group");
  }
}
