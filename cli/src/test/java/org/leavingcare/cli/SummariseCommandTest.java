package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummariseCommandTest {

  static final String CONFIG = """
      {"respondentIdColumn": "respondent_id", "groupColumn": "respondent_group",
       "careExperienced": {"column": "care_experienced", "values": ["Yes"]},
       "weighting": {"careExperiencedMultiplier": 2.0},
       "questions": [
         {"id": "q1", "column": "q1", "type": "likert", "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]},
         {"id": "priority", "column": "priority", "type": "single", "options": ["Housing", "Money and benefits"]},
         {"id": "support_used", "column": "support_used", "type": "multi", "separator": ";", "options": ["Housing", "Employment"]},
         {"id": "comments", "column": "comments", "type": "text"}]}
      """;

  static final String CSV = """
      respondent_id,respondent_group,care_experienced,q1,priority,support_used,comments
      1,Care leaver,Yes,Agree,Housing,Housing;Employment,ok
      2,Care leaver,Yes,Strongly agree,Money and benefits,Housing,
      3,Professional,No,Disagree,Housing,Employment,
      4,Public,No,Neither agree nor disagree,Housing,,
      5,Public,No,Don't know,Money and benefits,Employment,
      """;

  static Path write(Path dir, String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void writesTheSummaryJsonWithEveryClosedQuestion(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("summary.json");
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", write(dir, "r.csv", CSV).toString(),
        "--config", write(dir, "c.json", CONFIG).toString(), "--format", "json", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("r.csv (UTF-8): 5 rows read, 5 accepted, 0 rejected");
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("questions")).hasSize(3);
    JsonNode q1 = json.get("questions").get(0);
    assertThat(q1.get("id").asText()).isEqualTo("q1");
    assertThat(q1.get("respondents").asLong()).isEqualTo(5);
    assertThat(q1.get("effectiveN").asDouble()).isGreaterThan(0);
    JsonNode agree = q1.get("options").get(3);
    assertThat(agree.get("option").asText()).isEqualTo("Agree");
    assertThat(agree.get("count").asLong()).isEqualTo(1);
    // weights 2, 2, 1, 1, 1: Agree carries 2 of 7
    assertThat(agree.get("proportion").asDouble()).isEqualTo(2.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(agree.get("ci").get("method").asText()).isEqualTo("logit");
    assertThat(q1.get("byGroup")).hasSize(3);
    assertThat(q1.get("byCareExperience").get(0).get("careExperienced").asBoolean()).isTrue();
    assertThat(json.get("sensitivity").get("multipliers")).hasSize(6);
  }

  @Test
  void theMultiplierOptionOverridesTheConfigurationAndPrintsToStdout(@TempDir Path dir) throws Exception {
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", write(dir, "r.csv", CSV).toString(),
        "--config", write(dir, "c.json", CONFIG).toString(), "--multiplier", "1");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("weighting").get("careExperiencedMultiplier").asDouble()).isEqualTo(1.0);
    assertThat(json.get("questions").get(0).get("options").get(3).get("proportion").asDouble())
        .isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void rejectedCellsAreListedAndTheExitCodeIsOne(@TempDir Path dir) throws Exception {
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses",
        write(dir, "r.csv", CSV + "6,Public,No,Agreed,Housing,,\n").toString(),
        "--config", write(dir, "c.json", CONFIG).toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(r.err()).contains("row 7, column q1, value 'Agreed': not one of the options of question 'q1'");
    assertThat(new ObjectMapper().readTree(r.out()).get("input").get("cellsRejected").asLong()).isEqualTo(1);
  }

  @Test
  void anInvalidConfigurationListsEveryProblemAndExitsWithThree(@TempDir Path dir) throws Exception {
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", write(dir, "r.csv", CSV).toString(),
        "--config", write(dir, "c.json", "{\"questions\": [{\"id\": \"q\", \"type\": \"likert\"}]}").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("$.respondentIdColumn").contains("$.questions[0].scale");
  }

  @Test
  void aMissingFileSaysWhichOption(@TempDir Path dir) throws Exception {
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", dir.resolve("none.csv").toString(),
        "--config", write(dir, "c.json", CONFIG).toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("response file not found").contains("--responses");
  }

  @Test
  void writesTheSummaryAndTheCommitteeReportInSeveralFormatsIntoADirectory(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reports");
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", write(dir, "r.csv", CSV).toString(),
        "--config", write(dir, "c.json", CONFIG).toString(), "--format", "json,html,md,xlsx,csv",
        "--out", out.toString(), "--title", "Test consultation");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(out.resolve("consultation-summary.json")).exists();
    for (String ext : java.util.List.of("html", "md", "xlsx", "csv")) {
      assertThat(out.resolve("consultation-report." + ext)).exists();
      assertThat(r.out()).contains("wrote " + out.resolve("consultation-report." + ext));
    }
    String html = Files.readString(out.resolve("consultation-report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<h1>Test consultation</h1>").contains("[c]").contains("<svg");
  }

  @Test
  void oneReportFormatWritesOneFileAndAReportFormatNeedsOut(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("committee.md");
    CliRunner ok = CliRunner.run("consultation", "summarise", "--responses", write(dir, "r.csv", CSV).toString(),
        "--config", write(dir, "c.json", CONFIG).toString(), "--format", "md", "--out", file.toString());
    CliRunner missing = CliRunner.run("consultation", "summarise", "--responses", dir.resolve("r.csv").toString(),
        "--config", dir.resolve("c.json").toString(), "--format", "html");
    CliRunner unknown = CliRunner.run("consultation", "summarise", "--responses", dir.resolve("r.csv").toString(),
        "--config", dir.resolve("c.json").toString(), "--format", "pdf", "--out", dir.toString());

    assertThat(ok.exitCode()).as(ok.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# Consultation: summary of responses");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("give --out");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("Unsupported --format 'pdf'");
  }

  @Test
  void withACodebookTheReportShowsThemesAndOnlyConsentedRedactedQuotes(@TempDir Path dir) throws Exception {
    Path responses = demoFile(dir, "responses.csv");
    Path config = demoFile(dir, "config.json");
    Path codebook = demoFile(dir, "codebook.json");
    Path html = dir.resolve("report.html");

    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", responses.toString(), "--config",
        config.toString(), "--codebook", codebook.toString(), "--consent-question", "publish_consent",
        "--format", "html", "--out", html.toString());
    CliRunner noConsent = CliRunner.run("consultation", "summarise", "--responses", responses.toString(), "--config",
        config.toString(), "--codebook", codebook.toString(), "--format", "md", "--out", dir.resolve("r.md").toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("What people said: B2. Please tell us why").contains("No theme fits (for review)")
        .contains("<blockquote>");
    List<String[]> planted = new com.opencsv.CSVReader(new java.io.StringReader(new String(
        ConsultationDemoSection.resource("pii-ground-truth.csv"), StandardCharsets.UTF_8))).readAll();
    for (String[] row : planted.subList(1, planted.size())) {
      assertThat(page).as("a planted identifier of type %s is not published", row[2]).doesNotContain(row[3]);
    }
    assertThat(noConsent.exitCode()).as(noConsent.err()).isEqualTo(ExitCodes.OK);
    String md = Files.readString(dir.resolve("r.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("What people said").doesNotContain("\n> ");
    assertThat(md.lines().filter(l -> l.startsWith("> ")).count()).as("no quote without consent").isZero();
  }

  @Test
  void aConsentQuestionThatIsNotAQuestionIsAUsageErrorNamingTheQuestions(@TempDir Path dir) throws Exception {
    Path responses = demoFile(dir, "responses.csv");
    Path config = demoFile(dir, "config.json");
    Path codebook = demoFile(dir, "codebook.json");

    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", responses.toString(), "--config",
        config.toString(), "--codebook", codebook.toString(), "--consent-question", "consent",
        "--format", "md", "--out", dir.resolve("r.md").toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--consent-question 'consent' is not the id of a question in config.json")
        .contains("publish_consent").doesNotContain("internal error");
  }

  /** Copies one of the demo's bundled consultation files into {@code dir}. */
  private static Path demoFile(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), ConsultationDemoSection.resource(name));
  }
}
