package org.leavingcare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare consultation}: weighted analysis of Local Offer consultations. Its subcommands
 * are listed in {@link LeavingCareCommand#SUBCOMMANDS}.
 */
@Command(
    name = "consultation",
    mixinStandardHelpOptions = true,
    description = "Weighted analysis of Local Offer consultations, with care-experienced responses weighted as the council decides.")
final class ConsultationCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands above.");
  }
}
