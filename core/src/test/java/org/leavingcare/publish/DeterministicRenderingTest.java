package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The same report renders to the same bytes in every format, whether rendered once, again, or from
 * 8 threads at once through shared renderers: published files can be compared and checked in.
 */
class DeterministicRenderingTest {

  private static final HtmlRenderer HTML = HtmlRenderer.withDefaults();
  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.withDefaults();
  private static final JsonRenderer JSON = JsonRenderer.withDefaults();

  @Test
  void aReportBuiltTwiceRendersToTheSameText() {
    assertThat(HtmlRenderer.withDefaults().render(SampleReports.committee())).isEqualTo(HTML.render(SampleReports.committee()));
    assertThat(MarkdownRenderer.withDefaults().render(SampleReports.committee()))
        .isEqualTo(MARKDOWN.render(SampleReports.committee()));
    assertThat(JsonRenderer.withDefaults().render(SampleReports.committee())).isEqualTo(JSON.render(SampleReports.committee()));
  }

  @Test
  void eightThreadsSharingTheRenderersWriteWhatOneThreadWrites() throws Exception {
    Report report = SampleReports.committee();
    List<String> expected = List.of(HTML.render(report), MARKDOWN.render(report), JSON.render(report));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      Callable<List<String>> render = () -> {
        List<String> last = List.of();
        for (int i = 0; i < 20; i++) {
          last = List.of(HTML.render(report), MARKDOWN.render(report), JSON.render(report));
        }
        return last;
      };
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(render));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
