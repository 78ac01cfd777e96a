package org.leavingcare.consultation.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.ResponseReader;

/**
 * Summaries are thread-safe and deterministic: 8 threads summarising the same statistics at once
 * (each across several multipliers) give exactly the single-threaded summaries; reading the file on
 * 1 or 8 threads gives the same statistics; the same summary always writes the same JSON.
 */
class ConcurrentSummaryTest {

  private static final ConsultationConfig CONFIG = SummariserGoldenTest.CONFIG;
  private static final double[] MULTIPLIERS = {1, 2, 3.5};
  private static byte[] csv;

  @BeforeAll
  static void generate() {
    Random random = new Random(11);
    String[] groups = {"care", "prof", "pub"};
    StringBuilder b = new StringBuilder("id,grp,ce,lik,aware\n");
    for (int i = 1; i <= 3000; i++) {
      String g = groups[random.nextInt(3)];
      int lik = random.nextInt(7);
      b.append(i).append(',').append(g).append(',').append(g.equals("care") || random.nextInt(20) == 0 ? "Yes" : "No")
          .append(',').append(lik == 0 ? "" : lik == 6 ? "Don't know" : SummariserGoldenTest.LIKERT[lik - 1]).append(',')
          .append(random.nextInt(9) == 0 ? "" : random.nextBoolean() ? "yes" : "no").append('\n');
    }
    csv = b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ConsultationData read(int threads) {
    ConsultationData.Builder builder = ConsultationData.builder(CONFIG.consultation());
    IngestReport report = ResponseReader.of(CONFIG.consultation()).withThreads(threads).read(csv, "r.csv", builder::add);
    return builder.build(report);
  }

  private static List<ConsultationSummary> summarise(Summariser s) {
    List<ConsultationSummary> out = new ArrayList<>();
    for (double k : MULTIPLIERS) {
      out.add(s.summarise(CONFIG.weighting().withCareExperiencedMultiplier(k)));
    }
    return out;
  }

  @Test
  void eightThreadsSummarisingAtOnceGiveTheSingleThreadedSummaries() throws Exception {
    Summariser shared = Summariser.of(read(1), CONFIG.analysis());
    List<ConsultationSummary> expected = summarise(shared);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ConsultationSummary>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<ConsultationSummary> last = List.of();
          for (int i = 0; i < 5; i++) {
            last = summarise(shared);
          }
          return last;
        }));
      }
      for (Future<List<ConsultationSummary>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readingOnOneOrEightThreadsGivesTheSameSummary() {
    List<ConsultationSummary> one = summarise(Summariser.of(read(1), CONFIG.analysis()));
    List<ConsultationSummary> eight = summarise(Summariser.of(read(8), CONFIG.analysis()));
    assertThat(eight).isEqualTo(one);
    assertThat(one.get(0).input().rowsAccepted()).isEqualTo(3000);
  }

  @Test
  void theSameInputAlwaysWritesTheSameJson() {
    String first = SummaryJson.toJson(Summariser.of(read(2), CONFIG.analysis()).summarise(CONFIG.weighting()));
    String second = SummaryJson.toJson(Summariser.of(read(8), CONFIG.analysis()).summarise(CONFIG.weighting()));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void countingAnswerCodesInChunksOnEveryCoreGivesTheSameJsonAsResponsesReadOnOneThread() {
    // Over 1 MiB, so the file is cut into chunks; multi-line quoted comments cross the cuts.
    Random random = new Random(12);
    StringBuilder b = new StringBuilder("id,grp,ce,lik,aware,comment\r\n");
    for (int i = 1; i <= 24_000; i++) {
      b.append(i).append(random.nextInt(4) == 0 ? ",care,Yes," : ",pub,No,")
          .append(SummariserGoldenTest.LIKERT[random.nextInt(5)]).append(',').append(random.nextBoolean() ? "yes" : "no")
          .append(",\"line one\r\n\"\"line\"\" two,\n").append("x".repeat(random.nextInt(40))).append("\"\r\n");
    }
    byte[] big = b.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(big.length).isGreaterThan(1 << 20);
    ConsultationData.Builder builder = ConsultationData.builder(CONFIG.consultation());
    IngestReport report = ResponseReader.of(CONFIG.consultation()).withThreads(1).read(big, "big.csv", builder::add);
    ConsultationData byResponses = builder.build(report);
    ConsultationData byCodes = ConsultationData.read(big, "big.csv", CONFIG.consultation());
    assertThat(byCodes.ingestReport()).isEqualTo(report);
    assertThat(report.rowsAccepted()).isEqualTo(24_000);
    assertThat(SummaryJson.toJson(Summariser.of(byCodes, CONFIG.analysis()).summarise(CONFIG.weighting())))
        .isEqualTo(SummaryJson.toJson(Summariser.of(byResponses, CONFIG.analysis()).summarise(CONFIG.weighting())));
  }
}
