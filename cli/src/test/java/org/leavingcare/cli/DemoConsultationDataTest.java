package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.privacy.PersonalDataType;
import org.leavingcare.consultation.privacy.RedactedText;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.consultation.themes.Codebook;

/** The bundled demo consultation (tools/demo-consultation): it loads, nothing is rejected, redaction finds every planted identifier. */
class DemoConsultationDataTest {

  static final String DIR = "/org/leavingcare/cli/demo/consultation/";

  static byte[] bytes(String name) throws Exception {
    try (InputStream in = Objects.requireNonNull(DemoConsultationDataTest.class.getResourceAsStream(DIR + name), name)) {
      return in.readAllBytes();
    }
  }

  static List<Response> responses() throws Exception {
    ConsultationConfig config = ConsultationConfig.parse(new String(bytes("config.json"), StandardCharsets.UTF_8), "config.json");
    List<Response> out = new ArrayList<>();
    IngestReport report = ResponseReader.of(config.consultation()).withThreads(1).read(bytes("responses.csv"), "responses.csv", out::add);
    assertThat(report.rowsRead()).isEqualTo(320);
    assertThat(report.rowsRejected()).isZero();
    assertThat(report.cellsRejected()).isZero();
    assertThat(report.encoding()).isEqualTo("UTF-8 (BOM)");
    return out;
  }

  @Test
  void theConfigReadsEveryRowAndTheCodebookCoversTheFreeTextQuestions() throws Exception {
    List<Response> responses = responses();
    assertThat(responses).hasSize(320);
    assertThat(responses.stream().filter(r -> r.respondent().careExperienced()).count()).isEqualTo(127);
    Codebook codebook = Codebook.parse(new java.io.ByteArrayInputStream(bytes("codebook.json")), "codebook.json");
    ConsultationConfig config = ConsultationConfig.parse(new String(bytes("config.json"), StandardCharsets.UTF_8), "config.json");
    List<String> textQuestions = config.consultation().questions().stream()
        .filter(q -> q.type() == QuestionType.TEXT).map(Question::id).toList();
    assertThat(textQuestions).containsExactly("b2_why", "change_one_thing", "anything_else");
    textQuestions.forEach(q -> assertThat(codebook.forQuestion(q)).as(q).isPresent());
    assertThat(codebook.forQuestion("b2_why").orElseThrow().theme("choice-and-control")).isPresent();
    assertThat(codebook.forQuestion("anything_else").orElseThrow().themes())
        .as("the demo's general section is the starter, unchanged")
        .isEqualTo(Codebook.starter().sections().get(0).themes());
  }

  @Test
  void redactionRemovesEveryPlantedIdentifier() throws Exception {
    List<Response> responses = responses();
    ConsultationConfig config = ConsultationConfig.parse(new String(bytes("config.json"), StandardCharsets.UTF_8), "config.json");
    List<String[]> truth;
    try (CSVReader r = new CSVReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes("pii-ground-truth.csv")), StandardCharsets.UTF_8))) {
      truth = r.readAll().subList(1, 28);
    }
    assertThat(truth).hasSize(27);
    for (String[] t : truth) {
      String respondent = t[0];
      String column = t[1];
      PersonalDataType type = PersonalDataType.valueOf(t[2]);
      String value = t[3];
      String questionId = config.consultation().questions().stream().filter(q -> q.column().equals(column)).findFirst()
          .orElseThrow().id();
      String text = responses.stream().filter(r -> r.respondent().id().equals(respondent)).findFirst().orElseThrow()
          .text(questionId).orElseThrow();
      assertThat(text).contains(value);
      RedactedText redacted = Redactor.standard().redact(text);
      assertThat(redacted.text()).as(respondent + " " + type).doesNotContain(value);
      assertThat(redacted.counts()).as(respondent).containsKey(type);
    }
  }
}
