package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered report in real headless Chromium. Skipped, with a message, only where Chromium
 * is not installed; CI installs Debian's {@code chromium} package before the build (.ci/run).
 */
class HtmlInBrowserTest {

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
      "  out.textContent = JSON.stringify({seen: seen, charts: charts,",
      "      resources: performance.getEntriesByType('resource').length});",
      "  document.body.appendChild(out);",
      "})();",
      "</script>");

  @TempDir Path dir;

  @Test
  void theReportRendersWithoutErrorsAndItsKeyFiguresAreVisible() throws Exception {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    assumeTrue(chromium.isPresent(), "Skipped: chromium is not installed (apt-get install chromium, or set"
        + " LEAVINGCARE_CHROMIUM). CI installs it in .ci/run.");
    String html = HtmlRenderer.withDefaults().render(SampleReports.committee());
    List<String> keyFigures = List.of("27.4", "-3.2", "58%", "91%", "88%", "72", "[c]",
        "Care leavers in touch and in education, employment or training");
    Path page = dir.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path probed = dir.resolve("report-probed.html");
    String figures = "[" + String.join(",", keyFigures.stream().map(f -> "\"" + f + "\"").toList()) + "]";
    Files.writeString(probed, html.replace("</body>", String.format(java.util.Locale.ROOT, PROBE, figures)
        + "\n</body>"), StandardCharsets.UTF_8);

    HeadlessChromium.Run dom = chromium.get().run(probed, dir, "--dump-dom");
    Path png = dir.resolve("report.png");
    HeadlessChromium.Run shot = chromium.get().run(page, dir, "--window-size=1000,1600",
        "--screenshot=" + png, "--hide-scrollbars");

    assertThat(dom.exitCode()).as("chromium exit code; stderr:%n%s", dom.stderr()).isZero();
    assertThat(shot.exitCode()).as("chromium exit code; stderr:%n%s", shot.stderr()).isZero();
    assertThat(dom.stderr() + shot.stderr()).doesNotContain("CONSOLE").doesNotContain("Uncaught");
    String check = dom.stdout().substring(dom.stdout().indexOf("<pre id=\"browser-check\">"));
    for (String f : keyFigures) {
      assertThat(check).as("key figure %s is visible", f).contains("\"" + f + "\":true");
    }
    assertThat(check).contains("\"charts\":4").contains("\"resources\":0");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(distinctColours(image)).as("the screenshot shows a drawn page, not a blank one").isGreaterThan(20);
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
