package org.leavingcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;

/** The generated responses of {@link ConsultationIngestBenchmark} are all accepted, alike on 1 and 2 threads. */
class ConsultationIngestBenchmarkTest {

  @Test
  void oneAndTwoThreadsReadTheSameResponses() {
    byte[] csv = Workloads.responses(20_000, 1);
    ResponseReader reader = ResponseReader.of(
        ConsultationConfig.parse(Workloads.consultationConfig(), "generated").consultation());
    List<String> one = new ArrayList<>();
    List<String> two = new ArrayList<>();
    IngestReport r1 = reader.withThreads(1).read(csv, "r.csv", r -> one.add(describe(r)));
    IngestReport r2 = reader.withThreads(2).read(csv, "r.csv", r -> two.add(describe(r)));
    assertThat(r1.rowsRead()).isEqualTo(20_000);
    assertThat(r1.rowsAccepted()).isEqualTo(20_000);
    assertThat(r1.hasRejections()).isFalse();
    assertThat(r2).isEqualTo(r1);
    assertThat(two).isEqualTo(one);
  }

  static String describe(Response r) {
    StringBuilder sb = new StringBuilder().append(r.row()).append(' ').append(r.respondent());
    for (int q = 0; q < Workloads.QUESTIONS; q++) {
      sb.append(' ').append(r.choiceIndex(q));
    }
    return sb.toString();
  }
}
