package org.leavingcare.consultation.model;

import java.util.List;
import java.util.Objects;

/**
 * How a respondent's care experience is read from the file: a respondent is care-experienced when
 * the cell in {@code column} matches one of {@code values} (compared as {@link AnswerText} does).
 * Any other value, including an empty cell, counts as not care-experienced; the ingest report
 * counts empty cells so the analyst can check them.
 *
 * @param column the CSV column
 * @param values the answers meaning "care-experienced", for example {@code ["Yes"]}
 */
public record CareExperience(String column, List<String> values) {

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException if the column is blank or there are no values
   */
  public CareExperience {
    Objects.requireNonNull(column, "column");
    values = List.copyOf(values);
    if (column.isBlank() || values.isEmpty()) {
      throw new IllegalArgumentException("care experience needs a column and at least one value");
    }
  }

  /**
   * Whether a cell's text means care-experienced.
   *
   * @param cell the cell text
   * @return true if it matches one of the values
   */
  public boolean matches(String cell) {
    String key = AnswerText.normalise(cell);
    for (String v : values) {
      if (AnswerText.normalise(v).equals(key)) {
        return true;
      }
    }
    return false;
  }
}
