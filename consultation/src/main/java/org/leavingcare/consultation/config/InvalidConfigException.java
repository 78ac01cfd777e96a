package org.leavingcare.consultation.config;

import java.util.List;

/**
 * A configuration file could not be used. Carries <em>every</em> problem found, each with its JSON
 * path, so the analyst can fix them all at once.
 */
public final class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<ConfigProblem> problems;

  /**
   * An exception listing problems.
   *
   * @param source the file name (or other description) of the configuration
   * @param problems the problems, at least one
   */
  public InvalidConfigException(String source, List<ConfigProblem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<ConfigProblem> problems) {
    StringBuilder b = new StringBuilder();
    b.append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append(" in the consultation configuration; fix them and run again:");
    for (ConfigProblem p : problems) {
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }

  /** @return the configuration's file name or description */
  public String source() {
    return source;
  }

  /** @return every problem found, in document order */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
