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
import org.leavingcare.consultation.summary.SummaryJson;

/**
 * Differential fuzzing of the consultation summary's fast path: answer codes counted straight from
 * the bytes, in chunks on every core ({@link ConsultationData#read(byte[], String, Consultation)}),
 * must read any file exactly as the response path does on one thread: the same ingest report (counts,
 * rejections) and the same summary, to the byte of its JSON. Only {@link InvalidResponseFileException}
 * may escape.
 */
class AnswerCodesFuzzTest {

  private static final ConsultationConfig CONFIG = ConsultationConfig.parse(Workloads.consultationConfig(), "bench");
  private static final Consultation CONSULTATION = CONFIG.consultation();

  @FuzzTest(maxDuration = "3s")
  void answerCodesAgreeWithResponses(byte[] input) throws Exception {
    Documented.onlyThese(List.of(InvalidResponseFileException.class), () -> {
      ConsultationData.Builder data = ConsultationData.builder(CONSULTATION);
      IngestReport report = ResponseReader.of(CONSULTATION).withThreads(1).read(input, "fuzz.csv", data::add);
      ConsultationData byCodes = ConsultationData.read(input, "fuzz.csv", CONSULTATION);
      assertThat(byCodes.ingestReport()).isEqualTo(report);
      assertThat(SummaryJson.toJson(Summariser.of(byCodes, CONFIG.analysis()).summarise(CONFIG.weighting())))
          .isEqualTo(SummaryJson.toJson(Summariser.of(data.build(report), CONFIG.analysis()).summarise(CONFIG.weighting())));
    });
  }
}
