package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny, ragged consultation (found by fuzzing, bench/findings) whose answer-by-group tables have
 * degenerate design effects: the summary must still be produced, without the Rao-Scott test that
 * is undefined there, instead of failing with an internal error.
 */
class SummariseDegenerateInputTest {

  private static Path copy(Path dir, String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = SummariseDegenerateInputTest.class.getResourceAsStream("degenerate/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void summarisesWithoutAnInternalError(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("summary.json");
    CliRunner r = CliRunner.run("consultation", "summarise", "--responses", copy(dir, "responses.csv").toString(),
        "--config", copy(dir, "config.json").toString(), "--format", "json", "--out", out.toString());
    assertThat(r.err()).doesNotContain("internal error");
    assertThat(r.exitCode()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.SOME_INPUT_REJECTED);
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("questions")).hasSize(10);
    for (JsonNode q : json.get("questions")) {
      for (JsonNode o : q.get("options")) {
        double p = o.get("proportion").asDouble();
        assertThat(p).isBetween(0.0, 1.0);
      }
    }
  }
}
