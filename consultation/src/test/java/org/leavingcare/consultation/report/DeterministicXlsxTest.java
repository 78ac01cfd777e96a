package org.leavingcare.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leavingcare.publish.Report;

/**
 * The same report gives byte-identical XLSX workbooks: built twice from the same input, and rendered
 * from 8 threads at once through one renderer (fixed archive timestamps, no random identifiers).
 */
class DeterministicXlsxTest {

  @Test
  void theSameInputGivesTheSameWorkbookBytes() {
    byte[] first = XlsxRenderer.withDefaults().render(ConsultationReportTest.report());
    byte[] second = XlsxRenderer.withDefaults().render(ConsultationReportTest.report());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void eightThreadsSharingARendererWriteWhatOneThreadWrites() throws Exception {
    XlsxRenderer renderer = XlsxRenderer.withDefaults();
    Report report = ConsultationReportTest.report();
    byte[] expected = renderer.render(report);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          byte[] last = new byte[0];
          for (int i = 0; i < 5; i++) {
            last = renderer.render(report);
          }
          return last;
        }));
      }
      for (Future<byte[]> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
