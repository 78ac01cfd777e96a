package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** CL-001 of the law vectors: eligible on the day 13 weeks are completed. */
  private static final String ELIGIBLE = "{\"id\":\"A\",\"dateOfBirth\":\"2009-03-10\",\"episodes\":[{\"start\":"
      + "\"2025-01-01\",\"end\":null}],\"facts\":{\"pathwayPlanExists\":false},\"assessmentDate\":\"2025-04-02\"}";
  /** CL-006: left care on the 16th birthday; relevant by default, qualifying under STRICTLY_AFTER. */
  private static final String LEFT_ON_16TH = "{\"id\":\"B\",\"dateOfBirth\":\"2009-01-20\",\"episodes\":[{\"start\":"
      + "\"2024-06-01\",\"end\":\"2025-01-20\"}],\"assessmentDate\":\"2025-02-20\"}";
  private static final String BAD_END = "{\"id\":\"C\",\"dateOfBirth\":\"2009-01-20\",\"episodes\":[{\"start\":"
      + "\"2024-06-01\",\"end\":\"2024-05-01\"}],\"assessmentDate\":\"2025-02-20\"}";

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonLinesGiveOneObjectPerRecordInOrderWithCategoryDutiesDeadlinesAndReasons(@TempDir Path dir) throws IOException {
    Path in = write(dir, "cases.jsonl", ELIGIBLE + "\n\n" + LEFT_ON_16TH + "\n");
    CliRunner r = CliRunner.run("assess", in.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("id").asText()).isEqualTo("A");
    assertThat(out.get(0).get("category").asText()).isEqualTo("ELIGIBLE");
    assertThat(out.get(0).get("deadlines").get("needsAssessmentBy").asText()).isEqualTo("2025-07-02");
    assertThat(out.get(0).get("duties").toString()).contains("PA_APPOINT", "NEEDS_ASSESSMENT");
    JsonNode reason = out.get(0).get("reasons").get(0);
    assertThat(reason.get("provision").asText()).isNotBlank();
    assertThat(reason.get("text").asText()).isNotBlank();
    assertThat(out.get(1).get("category").asText()).isEqualTo("RELEVANT");
    assertThat(out.get(0).has("dutyDetails")).isFalse();
    assertThat(r.err()).contains("2 record(s) read, 2 assessed, 0 rejected");
  }

  @Test
  void detailsAddEachDutysProvisionAndDates(@TempDir Path dir) throws IOException {
    Path in = write(dir, "cases.jsonl", ELIGIBLE + "\n");
    JsonNode out = lines(CliRunner.run("assess", in.toString(), "--details").out()).get(0);
    JsonNode assessment = null;
    for (JsonNode d : out.get("dutyDetails")) {
      if (d.get("code").asText().equals("NEEDS_ASSESSMENT")) {
        assessment = d;
      }
    }
    assertThat(assessment).isNotNull();
    assertThat(assessment.get("nextDueBy").asText()).isEqualTo("2025-07-02");
    assertThat(assessment.get("since").asText()).isEqualTo("2025-04-02");
    assertThat(assessment.get("provision").asText()).contains("reg. 42");
  }

  @Test
  void aBadRecordGivesAnErrorObjectTheOthersAreAssessedAndTheExitCodeIsOne(@TempDir Path dir) throws IOException {
    Path in = write(dir, "cases.jsonl", ELIGIBLE + "\n" + BAD_END + "\n{not json\n" + LEFT_ON_16TH + "\n");
    CliRunner r = CliRunner.run("assess", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    List<JsonNode> out = lines(r.out());
    assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("A", "C", "#3", "B");
    assertThat(out.get(1).get("field").asText()).isEqualTo("episodes[0].end");
    assertThat(out.get(1).get("message").asText()).contains("2024-05-01");
    assertThat(out.get(2).get("message").asText()).contains("Line 3");
    assertThat(r.err()).contains("4 record(s) read, 2 assessed, 2 rejected");
  }

  @Test
  void anArrayAndASingleObjectAreReadToo(@TempDir Path dir) throws IOException {
    Path array = write(dir, "cases.json", "[\n  " + ELIGIBLE + ",\n  " + LEFT_ON_16TH + "\n]\n");
    assertThat(lines(CliRunner.run("assess", array.toString()).out())).hasSize(2);
    Path single = write(dir, "case.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(ELIGIBLE)));
    List<JsonNode> out = lines(CliRunner.run("assess", single.toString()).out());
    assertThat(out).hasSize(1);
    assertThat(out.get(0).get("category").asText()).isEqualTo("ELIGIBLE");
  }

  @Test
  void policyAndAsOfApplyToEveryRecord(@TempDir Path dir) throws IOException {
    Path in = write(dir, "cases.jsonl", LEFT_ON_16TH + "\n");
    JsonNode strict = lines(CliRunner.run("assess", in.toString(), "--policy", "SIXTEEN_BOUNDARY=STRICTLY_AFTER").out()).get(0);
    assertThat(strict.get("category").asText()).isEqualTo("QUALIFYING");
    JsonNode at21 = lines(CliRunner.run("assess", in.toString(), "--as-of", "2030-01-20").out()).get(0);
    assertThat(at21.get("assessmentDate").asText()).isEqualTo("2030-01-20");
    assertThat(at21.get("category").asText()).isEqualTo("FORMER_RELEVANT_21_25");
  }

  @Test
  void aWrongPolicyOrDateIsAUsageErrorAndAMissingFileIsUnusableInput(@TempDir Path dir) throws IOException {
    Path in = write(dir, "cases.jsonl", ELIGIBLE + "\n");
    CliRunner bad = CliRunner.run("assess", in.toString(), "--policy", "DAY_COUNT=SOMETIMES");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("SOMETIMES").contains("ELAPSED_DAYS");
    assertThat(CliRunner.run("assess", in.toString(), "--as-of", "2025-02-30").exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRunner missing = CliRunner.run("assess", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(missing.err()).contains("nope.jsonl");
  }

  @Test
  void manyRecordsOnSeveralThreadsComeOutInInputOrder(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    int n = 1100; // more than two batches of 512
    for (int i = 0; i < n; i++) {
      sb.append(ELIGIBLE.replace("\"id\":\"A\"", "\"id\":\"R" + i + "\"")).append('\n');
    }
    Path in = write(dir, "many.jsonl", sb.toString());
    CliRunner r = CliRunner.run("assess", in.toString(), "--threads", "3");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    List<JsonNode> out = lines(r.out());
    List<String> ids = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(out.get(i).get("id").asText());
      expected.add("R" + i);
    }
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("latin1.jsonl");
    Files.write(in, ("{\"id\":\"caf" + (char) 0xE9 + "\"}\n").getBytes(StandardCharsets.ISO_8859_1));
    CliRunner r = CliRunner.run("assess", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("not UTF-8").contains("latin1.jsonl");
  }
}
