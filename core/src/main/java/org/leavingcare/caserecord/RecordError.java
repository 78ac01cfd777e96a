package org.leavingcare.caserecord;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.leavingcare.model.Problem;

/**
 * A case record that could not be used (LAW.md §15.9), with every problem found in it. Written by
 * the CLI as {@code {"id", "field", "message", "problems": [...]}}; {@code field} and
 * {@code message} are those of the first problem.
 *
 * @param number the record's position in its input, from 1
 * @param line the line of the input where the record starts, from 1 (0 if unknown)
 * @param id the record's {@code id} member, if it could be read
 * @param problems the problems, at least one, each naming a field and value
 */
public record RecordError(long number, long line, Optional<String> id, List<Problem> problems)
    implements CaseRecordResult {

  /**
   * Checks the parts and copies the list.
   *
   * @throws IllegalArgumentException if there is no problem
   */
  public RecordError {
    requireNonNull(id, "id");
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a record error needs at least one problem");
    }
  }

  /**
   * Returns the field of the first problem.
   *
   * @return the field of the first problem
   */
  public String field() {
    return problems.get(0).field();
  }

  /**
   * Returns the message of the first problem.
   *
   * @return the message of the first problem
   */
  public String message() {
    return problems.get(0).message();
  }

  @Override
  public String displayId() {
    return id.orElse("#" + number);
  }
}
