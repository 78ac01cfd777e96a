package org.leavingcare.consultation.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Who gave a response: their id, respondent group (capacity), whether they are care-experienced,
 * and their demographic values (in the order of {@code Consultation.demographicColumns()}, empty
 * text when not stated).
 *
 * @param id the respondent id from the file
 * @param group the respondent group; {@link #GROUP_NOT_STATED} if the cell was empty or there is no group column
 * @param careExperienced whether the respondent is care-experienced
 * @param demographics the demographic values, aligned with the configured demographic columns
 */
public record Respondent(String id, String group, boolean careExperienced, List<String> demographics) {

  /** The group of respondents whose group cell is empty. */
  public static final String GROUP_NOT_STATED = "Not stated";

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   */
  public Respondent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    demographics = List.copyOf(demographics);
  }
}
