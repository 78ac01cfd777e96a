package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void generate903WritesTheReturnsAndTheTruth(@TempDir Path dir) throws IOException {
    CliRunner r = CliRunner.run("generate", "903", "--seed", "4", "--size", "120", "--years", "2023-2025", "--out",
        dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Wrote 120 children").contains("2022-23 to 2024-25");
    assertThat(dir.resolve("903/2024-25/episodes.csv")).exists();
    assertThat(dir.resolve("truth/indicators.csv")).exists();
    assertThat(Files.readString(dir.resolve("generation.txt"))).contains("seed: 4");
  }

  @Test
  void theSameSeedGivesTheSameFiles(@TempDir Path dir) throws IOException {
    CliRunner.run("generate", "consultation", "--seed", "9", "--size", "50", "--out", dir.resolve("a").toString());
    CliRunner r = CliRunner.run("generate", "consultation", "--seed", "9", "--size", "50", "--out", dir.resolve("b").toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Wrote 50 responses");
    assertThat(Files.readAllBytes(dir.resolve("b/responses.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/responses.csv")));
    assertThat(dir.resolve("b/config.json")).exists();
  }

  @Test
  void badValuesAreUsageErrorsThatSayWhatToWrite(@TempDir Path dir) {
    CliRunner r = CliRunner.run("generate", "903", "--years", "2025-2019", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("2025 to 2019");
    r = CliRunner.run("generate", "903", "--years", "last year", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("write it as 2019-2025");
    r = CliRunner.run("generate", "consultation", "--care-experienced-share", "2", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("was 2.0");
    r = CliRunner.run("generate");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("903").contains("consultation");
  }
}
