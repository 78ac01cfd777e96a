package org.leavingcare.principles;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ChecklistJsonTest {

  @Test
  void aChecklistSurvivesWritingAndReading() {
    Checklist c = ChecklistTest.complete();
    String json = ChecklistJson.write(c);
    assertThat(ChecklistJson.read(json.getBytes(UTF_8), "c.json")).isEqualTo(c);
    assertThat(json).contains("\"format\" : \"leavingcare/principles-checklist@1\"")
        .contains("\"provision\" : \"Children and Social Work Act 2017 s.1(1)(d)\"");
  }

  @Test
  void theTemplateReadsBackAsTheBlankChecklist() {
    assertThat(ChecklistJson.read(ChecklistJson.template().getBytes(UTF_8), "t.json")).isEqualTo(Checklist.blank());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsJsonPath() {
    String json = """
        { "subject": 12, "kind": "STRATEGY", "date": "2026-02-30", "colour": "red",
          "principles": [
            { "principle": "a", "rating": "GOOD" },
            { "principle": "z" },
            "b",
            { "principle": "a", "rating": "MET", "actions": [ { "action": "x", "due": "soon", "owner": true } ] }
          ] }
        """;
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> ChecklistJson.read(json.getBytes(UTF_8), "bad.json"));
    assertThat(e.problems()).extracting(DocumentProblem::path).containsExactly(
        "$.colour", "$.subject", "$.kind", "$.date",
        "$.principles[0].rating", "$.principles[1].principle", "$.principles[2]",
        "$.principles[3].actions[0].owner", "$.principles[3].actions[0].due", "$.principles[3].principle");
    assertThat(e.getMessage()).startsWith("bad.json: 10 problems").contains("'2026-02-30' is not a real date")
        .contains("'GOOD' is not one of MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE")
        .contains("principle a appears more than once");
  }

  @Test
  void brokenJsonSaysWhere() {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> ChecklistJson.read("{\n \"subject\": \"x\",\n }".getBytes(UTF_8), "broken.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("line 3"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedPlainly() {
    byte[] latin1 = {'{', '"', 's', 'u', 'b', 'j', 'e', 'c', 't', '"', ':', '"', (byte) 0xE9, '"', '}'};
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> ChecklistJson.read(latin1, "latin1.json"));
    assertThat(e.getMessage()).contains("not UTF-8");
  }

  @Test
  void aJsonArrayAtTheTopIsNotAChecklist() {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> ChecklistJson.read("[]".getBytes(UTF_8), "a.json"));
    assertThat(e.problems()).extracting(DocumentProblem::path).containsExactly("$");
  }
}
