package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code assess} hands its UTF-8 JSON straight to standard output; the bytes must be those an
 * encoding writer would give: characters outside the BMP as 4-byte UTF-8, a lone surrogate (only
 * possible through a JSON escape) as {@code ?}, the same from 1 thread or several.
 */
class AssessOutputBytesTest {

  private static final String RECORDS = String.join("\n",
      "{\"id\":\"a\\ud83d\\ude00b\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
      "{\"id\":\"x\\ud800y\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
      "{\"id\":\"\\udc00\",\"dateOfBirth\":\"2008-13-01\",\"assessmentDate\":\"2025-01-01\"}",
      "{\"id\":\"\u00e9\u20ac\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\","
          + "\"episodes\":[{\"start\":\"2020-01-01\",\"legalStatus\":\"\\ud800\"}]}") + "\n";

  private static void run(PrintWriter out, Path in, String threads) {
    CommandLine cl = LeavingCareCommand.commandLine();
    cl.setOut(out);
    cl.setErr(new PrintWriter(new StringWriter(), true));
    cl.execute("assess", in.toString(), "--threads", threads);
    out.flush();
  }

  @Test
  void bytesToStandardOutputAreWhatAnEncodingWriterGives(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("cases.jsonl");
    Files.writeString(in, RECORDS, StandardCharsets.UTF_8);
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    run(StandardOutput.of(direct, StandardCharsets.UTF_8), in, "1");
    ByteArrayOutputStream viaChars = new ByteArrayOutputStream();
    run(new PrintWriter(new OutputStreamWriter(viaChars, StandardCharsets.UTF_8), true), in, "3");

    assertThat(direct.toByteArray()).isEqualTo(viaChars.toByteArray());
    String text = direct.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(4);
    assertThat(text).contains("{\"id\":\"a\ud83d\ude00b\"", "{\"id\":\"x?y\"", "{\"id\":\"?\"",
        "{\"id\":\"\u00e9\u20ac\"", "'?' is not an SSDA903 legal status code");
    assertThat(direct.toByteArray()).containsSequence(0xF0, 0x9F, 0x98, 0x80);
  }
}
