package org.leavingcare.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;
import org.leavingcare.ssda903.CohortAssessment;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Reader.Input;
import org.leavingcare.ssda903.Ssda903Return;

/**
 * SSDA903 CSV tables (the reader recognises a table by its headers, so the fuzzer is given the
 * Header and Episodes headers as dictionary seeds in the corpus) through the reader and the cohort
 * assessment. The reader documents no exception: it reports every problem in its read report,
 * whose counts must reconcile; the cohort assessment must take whatever was accepted.
 */
class Ssda903CsvFuzzTest {

  @FuzzTest(maxDuration = "3s")
  void readAndAssess(FuzzedDataProvider data) {
    String header = data.consumeString(2000);
    byte[] episodes = data.consumeRemainingAsBytes();
    Ssda903Return ret = Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(1).readInputs(List.of(
        Input.of("header.csv", header.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Input.of("episodes.csv", episodes)));
    assertThat(ret.report().rowsRead()).isEqualTo(ret.report().rowsAccepted() + ret.report().rowsRejected());
    CohortAssessment.of(ret, LocalDate.of(2024, 3, 31), Policy.defaults(), EnglandRules.standard());
  }
}
