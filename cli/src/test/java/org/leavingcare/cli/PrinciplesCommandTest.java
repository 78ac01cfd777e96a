package org.leavingcare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinciplesCommandTest {

  static final String COMPLETE = """
      { "subject": "Leisure pass policy", "kind": "POLICY", "department": "Leisure Services",
        "completedBy": "Head of leisure", "date": "2026-09-01",
        "principles": [
          { "principle": "a", "rating": "MET", "evidence": "Free gym use" },
          { "principle": "b", "rating": "MET", "evidence": "Asked the care leavers' council" },
          { "principle": "c", "rating": "MET", "evidence": "Pool hours changed after feedback" },
          { "principle": "d", "rating": "PARTLY_MET", "evidence": "PAs know about it",
            "actions": [ { "action": "Add the pass to the Local Offer page", "owner": "Leisure marketing", "due": "2026-09-15" } ] },
          { "principle": "e", "rating": "MET", "evidence": "Coaching courses free" },
          { "principle": "f", "rating": "NOT_APPLICABLE", "notApplicableReason": "Does not affect home life" },
          { "principle": "g", "rating": "MET", "evidence": "Includes cookery classes" } ] }
      """;

  @Test
  void templateWritesABlankChecklistThatCheckReportsAsIncomplete(@TempDir Path dir) {
    Path file = dir.resolve("checklist.json");
    CliRunner t = CliRunner.run("principles", "template", "--out", file.toString());
    assertThat(t.exitCode()).as(t.err()).isEqualTo(ExitCodes.OK);
    CliRunner c = CliRunner.run("principles", "check", file.toString(), "--as-of", "2026-10-01");
    assertThat(c.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(c.out()).contains("Gaps: 7").contains("Still to complete: 12").contains("$.principles[6].rating");
  }

  @Test
  void checkSummarisesAndFlagsOverdueActions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.json");
    Files.writeString(file, COMPLETE, UTF_8);
    CliRunner before = CliRunner.run("principles", "check", file.toString(), "--as-of", "2026-09-10");
    assertThat(before.exitCode()).as(before.out()).isEqualTo(ExitCodes.OK);
    assertThat(before.out()).contains("Met 5").contains("Partly met 1").contains("Overdue actions on 2026-09-10: 0")
        .contains("Complete.");
    CliRunner after = CliRunner.run("principles", "check", file.toString(), "--as-of", "2026-10-01");
    assertThat(after.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(after.out()).contains("Overdue actions on 2026-10-01: 1").contains("16 days overdue, owner: Leisure marketing");
  }

  @Test
  void checkRendersHtmlAndMarkdown(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.json");
    Files.writeString(file, COMPLETE, UTF_8);
    Path html = dir.resolve("out/c.html");
    CliRunner r = CliRunner.run("principles", "check", file.toString(), "--as-of", "2026-09-10", "--format", "html",
        "--out", html.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(html, UTF_8)).contains("<h1>Corporate parenting principles checklist: Leisure pass policy</h1>");
    CliRunner md = CliRunner.run("principles", "check", file.toString(), "--as-of", "2026-09-10", "--format", "md");
    assertThat(md.out()).contains("| Partly met | 1 |").contains("### (d) To help those children");
  }

  @Test
  void anUnreadableChecklistListsEveryProblemAndExits3(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{ \"kind\": \"PLAN\", \"principles\": [ { \"principle\": \"q\" } ] }", UTF_8);
    CliRunner r = CliRunner.run("principles", "check", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("2 problems").contains("$.kind").contains("$.principles[0].principle");
  }

  @Test
  void aMissingFileSaysSo() {
    CliRunner r = CliRunner.run("principles", "check", "no-such-file.json");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(r.err()).contains("no-such-file.json: no such file");
  }
}
