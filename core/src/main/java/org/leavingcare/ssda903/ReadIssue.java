package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

/**
 * One problem or normalisation found while reading a 903 return: where it is, what the value was,
 * what was done with it and why.
 *
 * <p>No personal data beyond the child's id: values of the identifying columns (dates of birth,
 * UPN, postcodes) are never copied into an issue; {@link #value()} then reads
 * {@code "(withheld)"}.
 *
 * @param file the file name as given to the reader
 * @param row the line number in the file (the CSV header is line 1; for XML, the line of the
 *     element), or 0 for an issue about the whole file or a child across files
 * @param column the column (XML: element) concerned, or empty
 * @param value the value as read, or empty, or {@code "(withheld)"}
 * @param childId the child's id when known, or empty
 * @param severity what happened to the data
 * @param kind why
 * @param message a sentence describing this case
 */
public record ReadIssue(String file, long row, String column, String value, String childId,
    Severity severity, IssueKind kind, String message) {

  /** Placed in {@link #value()} instead of an identifying value. */
  public static final String WITHHELD = "(withheld)";

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   */
  public ReadIssue {
    requireNonNull(file, "file");
    requireNonNull(column, "column");
    requireNonNull(value, "value");
    requireNonNull(childId, "childId");
    requireNonNull(severity, "severity");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }

  /**
   * The issue as one line for people: place, value, what happened, why, and what to do.
   *
   * @return for example {@code episodes.csv row 4, column LS, value 'Q9' (child 1234): row
   *     rejected: ...}
   */
  public String describe() {
    StringBuilder b = new StringBuilder(file);
    if (row > 0) {
      b.append(" row ").append(row);
    }
    if (!column.isEmpty()) {
      b.append(", column ").append(column);
    }
    if (!value.isEmpty()) {
      b.append(", value '").append(value).append('\'');
    }
    if (!childId.isEmpty()) {
      b.append(" (child ").append(childId).append(')');
    }
    b.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(": ").append(message).append(' ').append(kind.advice());
    return b.toString();
  }
}
