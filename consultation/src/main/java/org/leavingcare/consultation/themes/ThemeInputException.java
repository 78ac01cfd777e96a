package org.leavingcare.consultation.themes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A codebook or manual-codes file could not be used at all. Every problem found is listed, not
 * just the first, so the file can be mended in one pass.
 */
public final class ThemeInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /**
   * An exception listing the problems.
   *
   * @param problems at least one problem
   */
  public ThemeInputException(List<InputProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<InputProblem> problems) {
    return problems.size() + " problem(s) in " + problems.get(0).file() + "; mend them and run again:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /**
   * What is wrong, in file order.
   *
   * @return the problems, never empty
   */
  public List<InputProblem> problems() {
    return problems;
  }
}
