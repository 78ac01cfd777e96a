package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's consultation report (diverging, bar and line charts, suppressed cells) in real
 * headless Chromium. Skipped, with a message, only where Chromium is not installed; CI installs
 * Debian's {@code chromium} package before the build (.ci/run).
 */
class ReportInBrowserTest {

  /**
   * A probe added to a test copy of the page (the report itself has no script): for each key
   * figure it finds the element showing it and records whether it is laid out, visible and on
   * the page; it also counts drawn charts and any resources the page tried to load.
   */
  private static final String PROBE = String.join("\n",
      "<script>",
      "(function () {",
      "  var figures = %s;",
      "  var seen = {};",
      "  figures.forEach(function (f) { seen[f] = false; });",
      "  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
      "  var docWidth = document.documentElement.scrollWidth;",
      "  while (walker.nextNode()) {",
      "    var node = walker.currentNode, el = node.parentElement;",
      "    figures.forEach(function (f) {",
      "      if (node.nodeValue.indexOf(f) < 0 || el.closest('script')) return;",
      "      var r = el.getBoundingClientRect(), s = getComputedStyle(el);",
      "      if (r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'",
      "          && parseFloat(s.opacity) > 0 && r.left >= 0 && r.right <= docWidth + 1) seen[f] = true;",
      "    });",
      "  }",
      "  var charts = 0;",
      "  document.querySelectorAll('svg').forEach(function (svg) {",
      "    var r = svg.getBoundingClientRect();",
      "    if (r.width > 300 && r.height > 50 && svg.querySelectorAll('rect,path,line').length > 3) charts++;",
      "  });",
      "  var out = document.createElement('pre');",
      "  out.id = 'browser-check';",
      "  out.textContent = JSON.stringify({seen: seen, charts: charts, svgs: document.querySelectorAll('svg').length,",
      "      resources: performance.getEntriesByType('resource').length});",
      "  document.body.appendChild(out);",
      "})();",
      "</script>");

  @TempDir Path dir;

  @Test
  void theDemoConsultationReportRendersWithoutErrorsAndItsKeyFiguresAreVisible() throws Exception {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    assumeTrue(chromium.isPresent(), "Skipped: chromium is not installed (apt-get install chromium, or set"
        + " LEAVINGCARE_CHROMIUM). CI installs it in .ci/run.");
    java.io.StringWriter printed = new java.io.StringWriter();
    new ConsultationDemoSection().run(new java.io.PrintWriter(printed, true), dir);
    String html = Files.readString(dir.resolve("consultation-report.html"), StandardCharsets.UTF_8);
    // What the demo printed for B2 and B7 (weighted, then unweighted) must be on the page.
    List<String> keyFigures = List.of("57%", "45%", "55%", "320", "[c]", "Who responded",
        "B2. Pay part of the setting-up-home allowance as money the young person controls");
    assertThat(printed.toString()).contains("weighted  57%, unweighted  45%").contains("weighted  45%, unweighted  55%");
    Path probed = dir.resolve("probed.html");
    String figures = "[" + String.join(",", keyFigures.stream().map(f -> "\"" + f + "\"").toList()) + "]";
    Files.writeString(probed, html.replace("</body>", String.format(Locale.ROOT, PROBE, figures) + "\n</body>"),
        StandardCharsets.UTF_8);

    HeadlessChromium.Run dom = chromium.get().run(probed, dir, "--dump-dom");

    assertThat(dom.exitCode()).as("chromium exit code; stderr:%n%s", dom.stderr()).isZero();
    assertThat(dom.stderr()).doesNotContain("CONSOLE").doesNotContain("Uncaught");
    String check = dom.stdout().substring(dom.stdout().indexOf("<pre id=\"browser-check\">"));
    for (String f : keyFigures) {
      assertThat(check).as("key figure %s is visible", f).contains("\"" + f + "\":true");
    }
    int svgs = count(html, "<svg ");
    assertThat(svgs).isGreaterThan(10);
    assertThat(check).contains("\"charts\":" + svgs + ",").contains("\"resources\":0");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
