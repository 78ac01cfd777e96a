package org.leavingcare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalOfferCommandTest {

  static Path youngPerson(Path dir) throws IOException {
    Path file = dir.resolve("case.json");
    try (InputStream in = PersonalOfferCommandTest.class.getResourceAsStream(LocalOfferDemoSection.YOUNG_PERSON)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void printsOneYoungPersonsOfferAsHtml(@TempDir Path dir) throws IOException {
    Path offer = dir.resolve("offer.json");
    CliRunner.run("local-offer", "render", "--example", "--format", "json", "--out", offer.toString());
    CliRunner r = CliRunner.run("local-offer", "for", youngPerson(dir).toString(), "--offer", offer.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("Your Local Offer from Exampleshire County Council")
        .contains("Staying put with your foster carers").contains("£260 a week").contains("DEMO-0042");
    assertThat(r.err()).contains("Read 1 record(s): 1 offer(s) written, 0 rejected.");
  }

  @Test
  void writesJsonAndMarkdown(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("out/p.json");
    CliRunner r = CliRunner.run("local-offer", "for", youngPerson(dir).toString(), "--example-offer", "--format", "json",
        "--out", json.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(json, UTF_8)).contains("\"category\" : \"FORMER_RELEVANT\"")
        .contains("\"service\" : \"staying-put\"").contains("\"endsAtStartOf\" : \"2028-02-14\"");
    CliRunner md = CliRunner.run("local-offer", "for", youngPerson(dir).toString(), "--example-offer", "--format", "md");
    assertThat(md.out()).contains("## What you are entitled to").contains("### Staying put with your foster carers");
  }

  @Test
  void severalRecordsGoToADirectoryAndRejectedOnesAreListed(@TempDir Path dir) throws IOException {
    Path cases = dir.resolve("cases.jsonl");
    String one = Files.readString(youngPerson(dir), UTF_8).replaceAll("\\s*\\n\\s*", " ");
    Files.writeString(cases, one + "\n" + one.replace("DEMO-0042", "DEMO-0043") + "\n"
        + "{\"id\": \"BAD-1\", \"dateOfBirth\": \"2007-02-30\", \"assessmentDate\": \"2026-10-01\", \"episodes\": []}\n", UTF_8);
    Path outDir = dir.resolve("offers");
    Files.createDirectories(outDir);
    CliRunner r = CliRunner.run("local-offer", "for", cases.toString(), "--example-offer", "--out", outDir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_INPUT_REJECTED);
    assertThat(outDir.resolve("DEMO-0042.html")).exists();
    assertThat(outDir.resolve("DEMO-0043.html")).exists();
    assertThat(r.err()).contains("record BAD-1").contains("dateOfBirth").contains("3 record(s): 2 offer(s) written, 1 rejected");
  }

  @Test
  void needsAnOffer(@TempDir Path dir) throws IOException {
    CliRunner r = CliRunner.run("local-offer", "for", youngPerson(dir).toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void demoWritesThePersonalisedOffer(@TempDir Path dir) {
    CliRunner r = CliRunner.run("demo", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("== Local Offer and a personalised offer ==")
        .contains("Exampleshire County Council (fictional)").contains("complete")
        .contains("Case DEMO-0042 on 2026-10-01: aged 19, FORMER_RELEVANT")
        .contains("entitled  Staying put with your foster carers (until 2028-02-13), £260 a week");
    assertThat(dir.resolve("personalised-offer-DEMO-0042.html")).exists();
    assertThat(dir.resolve("local-offer.html")).exists();
    assertThat(dir.resolve("principles-checklist-template.json")).exists();
  }
}
