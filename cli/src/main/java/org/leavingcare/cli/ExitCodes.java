package org.leavingcare.cli;

/**
 * The exit codes of every {@code leavingcare} command, also listed in the footer of {@code --help}
 * ({@link LeavingCareCommand}).
 */
public final class ExitCodes {

  private ExitCodes() {}

  /** Everything read was accepted and the work is done. */
  public static final int OK = 0;

  /** The work is done, but some records or rows were rejected: see the error output. */
  public static final int SOME_INPUT_REJECTED = 1;

  /** The command line was wrong: an unknown option, a missing argument or a bad value. */
  public static final int USAGE = 2;

  /** An input could not be used at all: missing file, unreadable encoding, invalid configuration. */
  public static final int INPUT_UNUSABLE = 3;

  /** A fault inside leavingcare: please report it with the command you ran. */
  public static final int INTERNAL_ERROR = 4;
}
