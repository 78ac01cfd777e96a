package org.leavingcare.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.privacy.PersonalDataType;
import org.leavingcare.consultation.privacy.RedactedText;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.testkit.internal.Draw;

class ConsultationGeneratorTest {

  @Test
  void theSameSeedWritesTheSameFiles(@TempDir Path tmp) throws IOException {
    ConsultationGenerator gen = ConsultationGenerator.builder().seed(4).respondents(300).build();
    gen.writeTo(tmp.resolve("a"));
    gen.writeTo(tmp.resolve("b"));
    for (String f : List.of("responses.csv", "config.json", "truth/design.csv", "truth/themes.csv",
        "truth/personal-data.csv", "truth/formula-like-cells.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }
    ConsultationGenerator other = ConsultationGenerator.builder().seed(5).respondents(300).build();
    assertThat(other.responses().map(Object::toString).collect(Collectors.toList()))
        .isNotEqualTo(gen.responses().map(Object::toString).collect(Collectors.toList()));
    assertThat(ConsultationGenerator.builder().seed(4).respondents(20).build().responses().map(Object::toString)
        .collect(Collectors.toList()))
        .isEqualTo(gen.responses().limit(20).map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void answersDifferByGroupAsTheDesignSays() {
    List<ConsultationGenerator.SyntheticResponse> rs = ConsultationGenerator.builder().seed(9).respondents(3_000)
        .careExperiencedShare(0.5).build().responses().collect(Collectors.toList());
    long ce = rs.stream().filter(r -> r.respondentClass() == RespondentClass.CARE_EXPERIENCED).count();
    assertThat((double) ce / rs.size()).isCloseTo(0.5, within(0.03));
    assertThat(agreeShare(rs, RespondentClass.CARE_EXPERIENCED, "b1")).isCloseTo(0.85, within(0.05));
    assertThat(agreeShare(rs, RespondentClass.PUBLIC, "b1")).isCloseTo(0.45, within(0.06));
    assertThat(agreeShare(rs, RespondentClass.CARE_EXPERIENCED, "b7")).isCloseTo(0.40, within(0.05));
    assertThat(agreeShare(rs, RespondentClass.PROFESSIONAL, "b7")).isCloseTo(0.75, within(0.06));
    assertThat(rs.stream().map(r -> r.cells().get("b2"))).contains("Don't know", "");
    assertThat(rs.stream().map(r -> r.cells().get("top_three").split(";").length)).contains(1, 2, 3);
    assertThat(rs.stream().map(r -> r.cells().get("anything_else"))).anyMatch(t -> t.contains("\n"));
  }

  private static double agreeShare(List<ConsultationGenerator.SyntheticResponse> rs, RespondentClass c, String q) {
    List<String> answers = rs.stream().filter(r -> r.respondentClass() == c).map(r -> r.cells().get(q))
        .filter(a -> !a.isEmpty() && !a.equals("Don't know")).collect(Collectors.toList());
    return (double) answers.stream().filter(a -> a.equals("Agree") || a.equals("Strongly agree")).count() / answers.size();
  }

  @Test
  void theRedactorFindsEveryPlantedIdentifier() {
    Redactor redactor = Redactor.standard();
    List<ConsultationGenerator.SyntheticResponse> rs = ConsultationGenerator.builder().seed(12).respondents(2_000).build()
        .responses().filter(r -> !r.planted().isEmpty()).collect(Collectors.toList());
    assertThat(rs.stream().flatMap(r -> r.planted().stream()).map(PlantedPersonalData::type).distinct())
        .containsExactlyInAnyOrder("PHONE", "EMAIL", "NI_NUMBER", "NHS_NUMBER", "NAME");
    for (ConsultationGenerator.SyntheticResponse r : rs) {
      for (PlantedPersonalData p : r.planted()) {
        String text = r.cells().get(p.column());
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.value());
        RedactedText redacted = redactor.redact(text);
        assertThat(redacted.redactions()).as("%s in %s", p.type(), text)
            .anySatisfy(x -> {
              assertThat(x.type()).isEqualTo(PersonalDataType.valueOf(p.type()));
              assertThat(x.start()).isLessThanOrEqualTo(p.start());
              assertThat(x.end()).isGreaterThanOrEqualTo(p.end());
            });
        assertThat(redacted.text()).doesNotContain(p.value());
      }
    }
  }

  @Test
  void plantedNhsNumbersPassTheModulusElevenCheck() {
    for (int i = 0; i < 200; i++) {
      String n = FreeText.nhsNumber(Draw.forRecord(1, 2, i)).replace(" ", "");
      assertThat(n).hasSize(10).startsWith("999");
      int sum = 0;
      for (int k = 0; k < 9; k++) {
        sum += (n.charAt(k) - '0') * (10 - k);
      }
      assertThat((11 - sum % 11) % 11).isEqualTo(n.charAt(9) - '0');
    }
  }

  @Test
  void theFilesHoldTheTruthAndTheConfigNamesEveryColumn(@TempDir Path tmp) throws IOException {
    GeneratedConsultation run = ConsultationGenerator.builder().seed(2).respondents(400).build().writeTo(tmp);
    String config = Files.readString(run.config());
    String header = Files.readAllLines(run.responses()).get(0);
    for (String column : header.split(",")) {
      assertThat(config).contains("\"" + column + "\"");
    }
    assertThat(Files.readAllLines(run.truthDirectory().resolve("personal-data.csv"))).hasSize((int) run.plantedPersonalData() + 1);
    assertThat(run.plantedPersonalData()).isPositive();
    assertThat(Files.readAllLines(run.truthDirectory().resolve("design.csv"))).contains(
        "b1,CARE_EXPERIENCED,Agree,0.4441", "b1,CARE_EXPERIENCED,Don't know,0.0500");
  }

  @Test
  void theConsultationModuleReadsTheConfigAndEveryRow(@TempDir Path tmp) throws IOException {
    GeneratedConsultation run = ConsultationGenerator.builder().seed(3).respondents(500).build().writeTo(tmp);
    ConsultationConfig config = ConsultationConfig.read(run.config());
    assertThat(config.consultation().questions()).hasSize(13);
    List<Response> responses = new ArrayList<>();
    IngestReport report = ResponseReader.of(config.consultation()).read(run.responses(), responses::add);
    assertThat(report.rowsRead()).as(report.summary()).isEqualTo(500);
    assertThat(report.rowsRejected()).as(report.summary()).isZero();
    assertThat(report.cellsRejected()).as("%s %s", report.summary(), report.rejections()).isZero();
    assertThat(responses).hasSize(500);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> ConsultationGenerator.builder().careExperiencedShare(1.0)).hasMessageContaining("was 1.0");
    assertThatThrownBy(() -> ConsultationGenerator.builder().respondents(0)).hasMessageContaining("was 0");
  }
}
