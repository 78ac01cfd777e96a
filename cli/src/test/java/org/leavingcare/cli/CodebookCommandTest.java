package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.consultation.themes.Codebook;

class CodebookCommandTest {

  @Test
  void templatePrintsTheStarterCodebook() {
    CliRunner r = CliRunner.run("consultation", "codebook", "template");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(Codebook.starterJson());
  }

  @Test
  void aBlankTemplateWrittenToAFilePassesTheCheck(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    CliRunner t = CliRunner.run("consultation", "codebook", "template", "--blank", "--out", file.toString());
    assertThat(t.exitCode()).as(t.err()).isEqualTo(ExitCodes.OK);
    assertThat(t.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Codebook.blankTemplateJson());
    CliRunner c = CliRunner.run("consultation", "codebook", "check", file.toString());
    assertThat(c.exitCode()).as(c.err()).isEqualTo(ExitCodes.OK);
    assertThat(c.out()).contains("codebook my-consultation v0.1: 1 section(s), 1 theme(s); no problems found")
        .contains("questions *: example-theme");
  }

  @Test
  void checkListsEveryProblemAndExitsThree(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"id": "c", "version": "1", "codebooks": [{"questions": ["*"], "themes": [
          {"id": "a", "label": "A", "phrases": ["x"], "principles": ["BE_NICE"]},
          {"id": "b", "label": "B", "patterns": ["[unclosed"]}]}]}""", StandardCharsets.UTF_8);
    CliRunner c = CliRunner.run("consultation", "codebook", "check", file.toString());
    assertThat(c.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(c.err()).contains("2 problem(s) in bad.json")
        .contains("codebooks[0].themes[0].principles[0], value 'BE_NICE'")
        .contains("codebooks[0].themes[1], value 'b'");
  }

  @Test
  void checkSaysWhatToDoWhenTheFileIsMissing(@TempDir Path dir) {
    CliRunner c = CliRunner.run("consultation", "codebook", "check", dir.resolve("nope.json").toString());
    assertThat(c.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(c.err()).contains("not found").contains("codebook template");
  }
}
