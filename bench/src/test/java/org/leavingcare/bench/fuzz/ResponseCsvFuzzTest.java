package org.leavingcare.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.leavingcare.bench.Workloads;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.InvalidResponseFileException;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.Summariser;

/**
 * Consultation response CSV (any bytes: encodings, quoting, ragged rows) through the ingest and the
 * summary: only {@link InvalidResponseFileException} may escape, the counts reconcile (read =
 * accepted + rejected rows) and a summary can be made from whatever was accepted.
 */
class ResponseCsvFuzzTest {

  private static final ConsultationConfig CONFIG = ConsultationConfig.parse(Workloads.consultationConfig(), "bench");
  private static final Consultation CONSULTATION = CONFIG.consultation();

  @FuzzTest(maxDuration = "3s")
  void ingestAndSummarise(byte[] input) throws Exception {
    Documented.onlyThese(List.of(InvalidResponseFileException.class), () -> {
      ConsultationData.Builder data = ConsultationData.builder(CONSULTATION);
      IngestReport report = ResponseReader.of(CONSULTATION).withThreads(2).read(input, "fuzz.csv", data::add);
      assertThat(report.rowsRead()).isEqualTo(report.rowsAccepted() + report.rowsRejected());
      Summariser.of(data.build(report), CONFIG.analysis()).summarise(CONFIG.weighting());
    });
  }
}
