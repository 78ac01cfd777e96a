package org.leavingcare.cli;

/** Entry point of the {@code leavingcare} command: runs it and exits with its exit code. */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits with the code documented in {@link ExitCodes}.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(LeavingCareCommand.commandLine(args).setOut(StandardOutput.system()).execute(args));
  }
}
