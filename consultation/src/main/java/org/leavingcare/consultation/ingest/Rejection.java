package org.leavingcare.consultation.ingest;

import java.util.Objects;

/**
 * A row, or one cell of a row, that could not be used, and why. Rows are numbered as a spreadsheet
 * shows them: the header is row 1, the first response row 2. Values are shortened to 60
 * characters; free-text answers are never rejected, so never echoed.
 *
 * @param row the row number (header = 1)
 * @param column the column name; {@code "(row)"} when the whole row is rejected for its shape
 * @param value the offending value, shortened
 * @param reason what is wrong and what to do
 * @param wholeRow true if the whole row was rejected; false if only this cell was set aside and
 *     the rest of the row was used
 */
public record Rejection(long row, String column, String value, String reason, boolean wholeRow) {

  /** The column name used when a row is rejected for its shape rather than one cell. */
  public static final String WHOLE_ROW = "(row)";

  /**
   * Checks and shortens the values.
   *
   * @throws NullPointerException if a text is null
   */
  public Rejection {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    value = value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }

  @Override
  public String toString() {
    return "row " + row + ", column " + column + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason;
  }
}
