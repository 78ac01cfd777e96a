package org.leavingcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.rules.Assessment;

/** The inputs of {@link AssessBenchmark} are valid and its two alternatives agree. */
class AssessBenchmarkTest {

  private static AssessBenchmark bench;

  @BeforeAll
  static void setUp() {
    bench = new AssessBenchmark();
    bench.seed = 1;
    bench.setUp();
  }

  @Test
  void everyGeneratedRecordDecodes() {
    assertThat(bench.records()).hasSize(AssessBenchmark.RECORDS);
  }

  @Test
  void decodingFromJsonGivesTheSameAssessmentsAsTheDecodedHistories() {
    List<Assessment> direct = bench.assessments();
    assertThat(bench.decodedAssessments()).isEqualTo(direct);
  }

  @Test
  void theEngineAgreesWithTheGeneratorsTruthOnEveryRecord() {
    List<Assessment> assessed = bench.assessments();
    List<CaseRecord> records = bench.records();
    for (int i = 0; i < records.size(); i++) {
      CaseRecord r = records.get(i);
      assertThat(assessed.get(i).category())
          .as("record %s", r.displayId())
          .isEqualTo(r.expected().orElseThrow().category());
    }
  }
}
