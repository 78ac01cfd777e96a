package org.leavingcare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalOfferCommandTest {

  @Test
  void theBundledExampleIsCompleteAndRendersToEachFormat(@TempDir Path dir) throws IOException {
    CliRunner check = CliRunner.run("local-offer", "check", "--example", "--as-of", "2026-10-01");
    assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.OK);
    assertThat(check.out()).contains("Exampleshire County Council").contains("Complete");
    Path json = dir.resolve("offer.json");
    assertThat(CliRunner.run("local-offer", "render", "--example", "--format", "json", "--out", json.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    CliRunner html = CliRunner.run("local-offer", "render", json.toString(), "--as-of", "2026-10-01");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Setting up home allowance");
    CliRunner md = CliRunner.run("local-offer", "render", json.toString(), "--format", "md", "--as-of", "2026-10-01");
    assertThat(md.out()).startsWith("# Our offer to care leavers");
  }

  @Test
  void checkListsFindingsAndExits1(@TempDir Path dir) {
    CliRunner r = CliRunner.run("local-offer", "check", "--example", "--as-of", "2026-10-01",
        "--cwsa2026-staying-close", "on");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(r.out()).contains("1 finding:").contains("ENTITLEMENT_MISSING $.services").contains("Staying close support");
  }

  @Test
  void aBadSwitchValueIsAUsageError() {
    CliRunner r = CliRunner.run("local-offer", "check", "--example", "--cwsa2026-local-offer", "maybe");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("CWSA2026_LOCAL_OFFER must be off, on");
  }

  @Test
  void anUnreadableOfferListsEveryProblemWithItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{ \"council\": \"\", \"published\": \"soon\", \"services\": {} }", UTF_8);
    CliRunner r = CliRunner.run("local-offer", "check", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("4 problems").contains("$.council").contains("$.published").contains("$.contact")
        .contains("$.services");
  }

  @Test
  void fileAndExampleTogetherIsAUsageError() {
    CliRunner r = CliRunner.run("local-offer", "render", "x.json", "--example");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
