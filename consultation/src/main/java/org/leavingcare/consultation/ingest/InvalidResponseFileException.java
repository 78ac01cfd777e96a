package org.leavingcare.consultation.ingest;

import java.util.List;

/**
 * A response file cannot be used at all: it is empty, not text, or lacks columns the configuration
 * names. Lists every problem found; never contains response data.
 */
public final class InvalidResponseFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * An exception listing problems.
   *
   * @param file the file name
   * @param problems what is wrong, each saying what to do
   */
  public InvalidResponseFileException(String file, List<String> problems) {
    super(file + ": " + String.join(System.lineSeparator() + "  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found */
  public List<String> problems() {
    return problems;
  }
}
