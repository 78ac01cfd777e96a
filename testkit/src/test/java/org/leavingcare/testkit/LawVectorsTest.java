package org.leavingcare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavingcare.testkit.LeavingCareAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.testkit.generate.Ssda903Generator;

class LawVectorsTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();

  static List<LawVector> bundled() {
    return LawVectors.bundled();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundled")
  void theBundledVectorsPassOnTheEngine(LawVector v) {
    assertThat(v.assess(ENGLAND)).matches(v);
  }

  @Test
  void thereAre41BundledVectorsNamedById() {
    assertThat(bundled()).hasSize(41);
    assertThat(bundled().get(0).toString()).startsWith("CL-001: Exactly 13 weeks");
  }

  @Test
  void anyVectorFileLoads_includingTheGeneratorsCaseRecords(@TempDir Path dir) throws IOException {
    Ssda903Generator.builder().seed(3).children(40).collectionYears(2022, 2025).build().writeTo(dir);
    List<LawVector> generated = LawVectors.load(dir.resolve("truth/case-records.jsonl"));
    assertThat(generated).isNotEmpty();
    for (LawVector v : generated) {
      assertThat(v.assess(ENGLAND)).matches(v);
    }
  }

  @Test
  void aBadRecordIsNamedWithWhatIsWrong(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "[{\"id\": \"X-1\", \"dateOfBirth\": \"2008-02-30\", \"assessmentDate\": \"2025-01-01\","
        + " \"expected\": {\"category\": \"NONE\"}},\n {\"id\": \"X-2\", \"dateOfBirth\": \"2008-01-01\","
        + " \"assessmentDate\": \"2025-01-01\"}]", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LawVectors.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.json").hasMessageContaining("X-1").hasMessageContaining("dateOfBirth")
        .hasMessageContaining("X-2 has no \"expected\" member");
  }
}
