package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeavingCareCommandTest {

  @Test
  void versionPrintsTheBuildVersion() {
    CliRunner r = CliRunner.run("--version");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("leavingcare 0.1.0-SNAPSHOT");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRunner r = CliRunner.run("--help");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Usage: leavingcare").contains("demo").contains("Exit codes:");
  }

  @Test
  void helpListsEveryCommandAndHelpCommandShowsOne() {
    CliRunner all = CliRunner.run("--help");
    for (Class<?> c : LeavingCareCommand.SUBCOMMANDS.get(LeavingCareCommand.class)) {
      String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
      assertThat(all.out()).containsPattern("(?m)^  " + name + " ");
    }
    CliRunner one = CliRunner.run("help", "consultation");
    assertThat(one.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(one.out()).contains("Usage: leavingcare consultation").contains("summarise").contains("themes")
        .contains("codebook");
  }

  @Test
  void aSubcommandBuiltAloneHasItsOwnHelpAndAliases() {
    CliRunner consultation = CliRunner.run("consultation", "--help");
    assertThat(consultation.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(consultation.out()).contains("summarise").contains("themes").contains("codebook");
    CliRunner summarise = CliRunner.run("consultation", "summarize", "--help");
    assertThat(summarise.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(summarise.out()).contains("Usage: leavingcare consultation summarise").contains("--responses");
    assertThat(LeavingCareCommand.commandLine("consultation", "summarise").getSubcommands()).containsOnlyKeys(
        "consultation");
    assertThat(LeavingCareCommand.commandLine("consultation", "summarise").getSubcommands().get("consultation")
        .getSubcommands()).containsOnlyKeys("summarise", "summarize");
  }

  @Test
  void aMisspeltCommandIsAUsageErrorWithSuggestions() {
    CliRunner r = CliRunner.run("consultaton", "summarise");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("consultaton").contains("consultation");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRunner r = CliRunner.run("--no-such-option");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void noCommandIsAUsageErrorThatShowsTheUsage() {
    CliRunner r = CliRunner.run();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: leavingcare").contains("Missing command");
  }

  @Test
  void demoRunsEverySectionAndSaysWhereTheReportsAre(@TempDir Path dir) {
    CliRunner r = CliRunner.run("demo", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    for (DemoSection s : DemoCommand.SECTIONS) {
      assertThat(r.out()).contains("== " + s.title() + " ==");
    }
    assertThat(r.out()).contains("Reports written to " + dir.toAbsolutePath().normalize());
  }
}
