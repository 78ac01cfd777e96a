package org.leavingcare.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code leavingcare} command. Subcommands are listed here ({@link #SUBCOMMANDS}),
 * one class each.
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
    })
public final class LeavingCareCommand implements Runnable {

  /**
   * The subcommands of {@code leavingcare} and of {@code leavingcare consultation}, in the order
   * {@code --help} lists them. They are listed here rather than in the {@code @Command}
   * annotations so that a run builds only the command it runs: picocli reads the annotations and
   * fields of every command it is given, and loads the classes they name, which took a quarter of
   * a second at every start (see {@link #commandLine(String...)}). Commands further down keep
   * their subcommands in their own annotation.
   */
  static final Map<Class<?>, List<Class<?>>> SUBCOMMANDS = Map.of(
      LeavingCareCommand.class, List.of(
          CommandLine.HelpCommand.class,
          DemoCommand.class,
          PrinciplesCommand.class,
          LocalOfferCommand.class,
          ConsultationCommand.class,
          AssessCommand.class,
          CohortCommand.class,
          GenerateCommand.class),
      ConsultationCommand.class, List.of(SummariseCommand.class, ThemesCommand.class, CodebookCommand.class));

  @Spec CommandSpec spec;

  /**
   * The configured command line with every subcommand, with leavingcare's exit codes and error
   * handling.
   *
   * @return a new command line ready to {@code execute}
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for running {@code args}, with leavingcare's exit codes and error
   * handling. Where the first argument names a subcommand (and so on down), only that subcommand
   * is built; otherwise every one is, so that {@code --help}, {@code help COMMAND} and the
   * suggestions for a misspelt command see them all. Either way the command line runs
   * {@code args} exactly as one with every subcommand would.
   *
   * @param args the arguments it will be given to {@code execute}
   * @return a new command line ready to {@code execute(args)}
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = build(LeavingCareCommand.class, Arrays.asList(args));
    cl.setExecutionExceptionHandler(LeavingCareCommand::handleExecutionException);
    return cl;
  }

  /** A command with its subcommands: only the one {@code args} names first, if any, else all. */
  private static CommandLine build(Class<?> command, List<String> args) {
    CommandLine cl = new CommandLine(command);
    List<Class<?>> subcommands = SUBCOMMANDS.getOrDefault(command, List.of());
    Class<?> named = null;
    if (!args.isEmpty()) {
      for (Class<?> s : subcommands) {
        if (s != CommandLine.HelpCommand.class && names(s).contains(args.get(0))) {
          named = s;
        }
      }
    }
    for (Class<?> s : subcommands) {
      if (named == null) {
        cl.addSubcommand(build(s, List.of()));
      } else if (s == named) {
        cl.addSubcommand(build(s, args.subList(1, args.size())));
      }
    }
    return cl;
  }

  /** A command's name and aliases, read from its annotation without building the command. */
  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(Arrays.asList(c.aliases()));
    names.add(c.name());
    return names;
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
