package org.leavingcare.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code leavingcare} command. Subcommands are listed here, one class each.
 */
@Command(
    name = "leavingcare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Care leavers' legal status, duties and deadlines; SSDA903 cohorts and indicators;%n"
          + "weighted Local Offer consultations.",
      "Start with 'leavingcare demo': everything, on bundled synthetic sample data."
    },
    footer = {
      "",
      "Exit codes:",
      "  0  done, every record accepted",
      "  1  done, but some records were rejected (see the messages on stderr)",
      "  2  the command line is wrong (see --help)",
      "  3  an input could not be used (missing file, bad encoding, invalid configuration)",
      "  4  a fault inside leavingcare: please report it with the command you ran",
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      PrinciplesCommand.class,
      LocalOfferCommand.class,
      ConsultationCommand.class,
      AssessCommand.class,
      CohortCommand.class,
      GenerateCommand.class,
    })
public final class LeavingCareCommand implements Runnable {

  @Spec CommandSpec spec;

  /**
   * The configured command line, with leavingcare's exit codes and error handling.
   *
   * @return a new command line ready to {@code execute}
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new LeavingCareCommand());
    cl.setExecutionExceptionHandler(LeavingCareCommand::handleExecutionException);
    return cl;
  }

  @Override
  public void run() {
    // No subcommand: show the usage and treat it as a command-line error.
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands above.");
  }

  private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (ex instanceof UserFacingException u) {
      err.println("leavingcare: " + u.getMessage());
      err.flush();
      return u.exitCode();
    }
    err.println("leavingcare: internal error (" + ex.getClass().getName() + "). "
        + "This is a bug in leavingcare: please report it with the command you ran.");
    ex.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
