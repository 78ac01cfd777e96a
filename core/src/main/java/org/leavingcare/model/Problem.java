package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

/**
 * One fault found in a care record: what is wrong, where, and what to do. Messages name the field
 * and the value but never a name or free text.
 *
 * @param code a stable identifier of the kind of fault, for example {@code "END_BEFORE_START"}
 * @param field where the fault is, as a path in the case-record format, for example
 *     {@code "episodes[2].end"}
 * @param value the offending value as text, or {@code ""} where the fault is a missing value
 * @param message what is wrong and what to do, naming the field and value
 */
public record Problem(String code, String field, String value, String message) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   */
  public Problem {
    requireNonNull(code, "code");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
