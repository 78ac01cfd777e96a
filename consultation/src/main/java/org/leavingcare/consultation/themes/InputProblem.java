package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

/**
 * One fault in an input file (a codebook or a manual-codes CSV): which file, where in it, the
 * offending value and what to do. Values are identifiers, theme ids or patterns, never the text of
 * a response.
 *
 * @param file the file's name as the caller gave it
 * @param location where in the file, for example {@code row 7, column themes} or {@code codebooks[0].themes[2].patterns[1]}
 * @param value the offending value as found (empty if the value is missing)
 * @param message what is wrong and what to do
 */
public record InputProblem(String file, String location, String value, String message) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   */
  public InputProblem {
    requireNonNull(file, "file");
    requireNonNull(location, "location");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
  }

  /**
   * One line for a person: {@code codes.csv row 7, column themes, value 'hosuing': unknown theme ...}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    return file + " " + location + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + message;
  }
}
