package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortCommandTest {

  /** The bundled synthetic return: year directories 2018-19 to 2023-24 (see demo/README.md). */
  private static final String DEMO = "src/main/resources/org/leavingcare/cli/demo/903";

  @Test
  void reportsTheYearsReturnWithEarlierEpisodesAndExitsOneForRejectedRows() {
    CliRunner r = CliRunner.run("cohort", "--as-of", "2024-03-31", "--year", "2023-24", DEMO);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(r.out()).startsWith("# Children looked after and care leavers: cohort report 2023-24")
        .contains("## Care leavers: DfE indicators", "[c]");
    assertThat(r.err()).contains("1 rejected", "reviews.csv row 6, column REVIEW, value '31/02/2024'",
        "OC3 check: 94 expected, 1 missing, 1 unexpected (use --details FILE.csv to list them)");
  }

  @Test
  void writesHtmlAndTheAnalystsDetails(@TempDir Path tmp) throws Exception {
    Path html = tmp.resolve("report.html");
    Path details = tmp.resolve("details.csv");
    CliRunner r = CliRunner.run("cohort", "--as-of", "2024-03-31", DEMO, "--format", "html", "--out", html.toString(),
        "--details", details.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg");
    assertThat(Files.readString(details, StandardCharsets.UTF_8))
        .contains("missing OC3 row,C00000070,20,Former relevant child on the birthday")
        .contains("unexpected OC3 row,C00000023,")
        .contains("overdue review,");
  }

  @Test
  void aWrongDateIsAUsageErrorAndAMissingFileIsUnusableInput() {
    CliRunner bad = CliRunner.run("cohort", "--as-of", "31/03/2024", DEMO);
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--as-of must be a date written yyyy-mm-dd");

    CliRunner missing = CliRunner.run("cohort", "--as-of", "2024-03-31", "no/such/dir");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(missing.err()).contains("input not found: no/such/dir");
  }

  @Test
  void aFileGivenTwiceIsAUsageErrorNamingIt() {
    String header = DEMO + "/2023-24/header.csv";
    CliRunner r = CliRunner.run("cohort", "--as-of", "2024-03-31", "--year", "2023-24", header, header);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(header + " is given twice. Give each file once");

    // Through its directory as well as by name.
    CliRunner again = CliRunner.run("cohort", "--as-of", "2024-03-31", "--year", "2023-24", DEMO + "/2023-24", header);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("is given twice");
  }

  @Test
  void nothingUsableIsUnusableInput(@TempDir Path tmp) throws Exception {
    Path notes = tmp.resolve("notes.csv");
    Files.writeString(notes, "NAME,NOTE\nA,B\n", StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("cohort", "--as-of", "2024-03-31", notes.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("match no 903 table", "no row of the return could be used");
  }
}
