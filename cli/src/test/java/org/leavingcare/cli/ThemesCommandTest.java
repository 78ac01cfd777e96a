package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consultation themes} on the bundled demo consultation, and the review round trip. */
class ThemesCommandTest {

  static Path copy(Path dir, String name) throws Exception {
    try (InputStream in = Objects.requireNonNull(ThemesCommandTest.class.getResourceAsStream(
        "/org/leavingcare/cli/demo/consultation/" + name))) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  static List<String[]> readCsv(Path p) throws Exception {
    try (CSVReader r = new CSVReader(Files.newBufferedReader(p, StandardCharsets.UTF_8))) {
      return r.readAll();
    }
  }

  @Test
  void codesTheDemoConsultationAndWritesRedactedAnswersForReview(@TempDir Path dir) throws Exception {
    Path coded = dir.resolve("coded.csv");
    CliRunner r = CliRunner.run("consultation", "themes", "--responses", copy(dir, "responses.csv").toString(),
        "--config", copy(dir, "config.json").toString(), "--codebook", copy(dir, "codebook.json").toString(),
        "--out", coded.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("320 rows read, 320 accepted, 0 rejected");
    assertThat(r.out()).contains("codebook demo-local-offer-2026 v1.0; weighting: care-experienced \u00d73.0")
        .contains("b2_why: ").contains("choice-and-control").contains("change_one_thing: ").contains("uncoded")
        .containsPattern("Redaction: \\d+ of 493 answers had \\d+ item\\(s\\) removed: ");
    List<String[]> rows = readCsv(coded);
    assertThat(rows.get(0)).containsExactly(ThemesCommand.COLUMNS.toArray(String[]::new));
    assertThat(rows).hasSize(494);
    String all = Files.readString(coded, StandardCharsets.UTF_8);
    for (String[] planted : readCsv(copy(dir, "pii-ground-truth.csv")).subList(1, 28)) {
      assertThat(all).as(planted[2]).doesNotContain(planted[3]);
    }
    assertThat(rows.subList(1, rows.size())).allSatisfy(row ->
        assertThat(row[9]).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
  }

  @Test
  void aTargetShareWeightsTheThemesInsteadOfFallingBackToUnweighted(@TempDir Path dir) throws Exception {
    Path responses = copy(dir, "responses.csv");
    Path codebook = copy(dir, "codebook.json");
    Path config = copy(dir, "config.json");
    String json = Files.readString(config, StandardCharsets.UTF_8);
    Path share = dir.resolve("share.json");
    Files.writeString(share, json.replace("{\"careExperiencedMultiplier\": 3.0}", "{\"careExperiencedShare\": 0.5}"),
        StandardCharsets.UTF_8);
    Path unweighted = dir.resolve("unweighted.json");
    Files.writeString(unweighted, json.replace("{\"careExperiencedMultiplier\": 3.0}", "{}"), StandardCharsets.UTF_8);

    CliRunner r = CliRunner.run("consultation", "themes", "--responses", responses.toString(), "--config",
        share.toString(), "--codebook", codebook.toString());
    CliRunner plain = CliRunner.run("consultation", "themes", "--responses", responses.toString(), "--config",
        unweighted.toString(), "--codebook", codebook.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("weighting: care-experienced share of weight 0.5")
        .contains("the k that gives this share over all respondents").doesNotContain("unweighted (");
    String shares = r.out().substring(r.out().indexOf('\n'));
    assertThat(shares).isNotEqualTo(plain.out().substring(plain.out().indexOf('\n')));
  }

  @Test
  void aReviewersCodesComeBackAsManualAndBadRowsAreReported(@TempDir Path dir) throws Exception {
    Path responses = copy(dir, "responses.csv");
    Path config = copy(dir, "config.json");
    Path codebook = copy(dir, "codebook.json");
    Path coded = dir.resolve("coded.csv");
    assertThat(CliRunner.run("consultation", "themes", "--responses", responses.toString(), "--config", config.toString(),
        "--codebook", codebook.toString(), "--out", coded.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    List<String[]> rows = readCsv(coded);
    String[] first = rows.get(1);
    String[] second = rows.get(2);
    String review = String.join("\r\n",
        "respondent_id,question_id,themes,coder",
        first[0] + "," + first[1] + ",housing,R. Viewer",
        second[0] + "," + second[1] + ",hosuing,R. Viewer",
        rows.get(3)[0] + "," + rows.get(3)[1] + ",,") + "\r\n";
    Path manual = dir.resolve("manual.csv");
    Files.writeString(manual, review, StandardCharsets.UTF_8);
    Path recoded = dir.resolve("recoded.csv");
    CliRunner r = CliRunner.run("consultation", "themes", "--responses", responses.toString(), "--config", config.toString(),
        "--codebook", codebook.toString(), "--manual-codes", manual.toString(), "--out", recoded.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(r.err()).contains("manual.csv: 3 rows read, 1 accepted, 1 rejected, 1 not coded")
        .contains("manual.csv row 3, column themes, value 'hosuing'");
    String[] back = readCsv(recoded).get(1);
    assertThat(back[0]).isEqualTo(first[0]);
    assertThat(back[2]).isEqualTo("housing");
    assertThat(back[3]).isEqualTo("R. Viewer");
    assertThat(back[5]).isEqualTo("manual");
    assertThat(back[4]).isEqualTo(first[4]);
  }
}
