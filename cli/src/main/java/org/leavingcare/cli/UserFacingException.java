package org.leavingcare.cli;

/**
 * A failure the user can act on (a missing file, an invalid configuration): the CLI prints the
 * message, without a stack trace, and exits with the given code. Messages never contain personal
 * data; they name files, rows, columns and what to do next.
 */
public final class UserFacingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * A failure with a message and an exit code from {@link ExitCodes}.
   *
   * @param message what went wrong and what to do next
   * @param exitCode the exit code
   */
  public UserFacingException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * The same, keeping the cause for debugging.
   *
   * @param message what went wrong and what to do next
   * @param exitCode the exit code
   * @param cause the underlying exception
   */
  public UserFacingException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * The exit code for this failure.
   *
   * @return one of {@link ExitCodes}
   */
  public int exitCode() {
    return exitCode;
  }
}
