package org.leavingcare.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A care record that cannot be assessed, with every fault found in it (not just the first).
 * Messages name fields and values, never personal details.
 */
public final class InvalidCareHistoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception listing the given problems.
   *
   * @param problems the faults found, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidCareHistoryException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid care history needs at least one problem");
    }
    return problems.size() + " problem(s) in the care record: "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  /**
   * Every fault found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
