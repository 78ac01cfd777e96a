package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RenderersTest {

  private static final Report REPORT = SampleReports.committee();

  @Test
  void theSameReportAlwaysGivesTheSameBytesWhateverTheDefaultLocale() {
    String html = HtmlRenderer.withDefaults().render(REPORT);
    String md = MarkdownRenderer.withDefaults().render(REPORT);
    String csv = CsvRenderer.withDefaults().render(REPORT);
    String json = JsonRenderer.withDefaults().render(REPORT);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Report again = SampleReports.committee();
      assertThat(HtmlRenderer.withDefaults().render(again)).isEqualTo(html);
      assertThat(MarkdownRenderer.withDefaults().render(again)).isEqualTo(md);
      assertThat(CsvRenderer.withDefaults().render(again)).isEqualTo(csv);
      assertThat(JsonRenderer.withDefaults().render(again)).isEqualTo(json);
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(html).doesNotContain("27,4").contains("27.4");
  }

  @Test
  void htmlIsSelfContainedWithNoScriptsOrExternalAssets() {
    String html = HtmlRenderer.withDefaults().render(REPORT);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("src=")
        .doesNotContain("@import").doesNotContain("url(http").doesNotContain("href=\"http");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("@media print").contains("@page");
  }

  @Test
  void htmlTablesHaveCaptionsAndHeaderScopes() {
    String html = HtmlRenderer.withDefaults().render(REPORT);

    int tables = count(html, "<table ");
    assertThat(tables).isEqualTo(REPORT.tables().size());
    assertThat(count(html, "<caption>")).isEqualTo(tables);
    assertThat(html).contains("<th scope=\"col\">Online</th>").contains("<th scope=\"row\">Foster carer</th>");
    assertThat(html).contains("<tr class=\"total\"><th scope=\"row\">All</th>");
    assertThat(html).contains("<h1>Local Offer consultation 2026: summary</h1>")
        .contains("<h2 id=\"section-1\">Finding the Local Offer</h2>");
  }

  @Test
  void everyChartIsWellFormedSvgWithATextAlternativeAndItsDataTableBeside() throws Exception {
    String html = HtmlRenderer.withDefaults().render(REPORT);
    Matcher svg = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
    List<String> charts = new ArrayList<>();
    while (svg.find()) {
      charts.add(svg.group());
    }

    assertThat(charts).hasSize(4);
    for (String chart : charts) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8)));
      String id = doc.getDocumentElement().getAttribute("aria-labelledby");
      assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(id).matches("figure-[a-z0-9-]+-title figure-[a-z0-9-]+-desc");
      assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
      assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("table that follows");
      String tableId = id.substring("figure-".length(), id.indexOf("-title"));
      int after = html.indexOf(chart) + chart.length();
      assertThat(html.indexOf("<table id=\"data-" + tableId + "\">", after)).isGreaterThan(after);
    }
    assertThat(charts.get(0)).contains(">35%<");
  }

  @Test
  void suppressedCellsAreMarkedAndFootnotedInEveryFormatNeverBlankOrZero() throws Exception {
    String html = HtmlRenderer.withDefaults().render(REPORT);
    String md = MarkdownRenderer.withDefaults().render(REPORT);
    String csv = CsvRenderer.withDefaults().render(REPORT);
    JsonNode json = new ObjectMapper().readTree(JsonRenderer.withDefaults().render(REPORT));

    assertThat(html).contains("<abbr title=\"suppressed: small count\">[c]</abbr>")
        .contains("Suppressed: fewer than 5 people");
    assertThat(md).contains("| Care leaver 16-25 |").doesNotContain("| |");
    assertThat(md).contains("| [c] |").contains("Suppressed: fewer than 5 people");
    assertThat(csv).contains("\"Care leaver 16-25\",\"Paper\",\"false\",\"count\",\"\",\"\",\"\",\"\",\"\",\"[c]\",\"small-count\"");
    JsonNode respondents = json.at("/sections/1/blocks/1/table");
    assertThat(respondents.at("/id").asText()).isEqualTo("respondents");
    JsonNode paper = respondents.at("/rows/0/cells/1");
    assertThat(paper.at("/mark").asText()).isEqualTo("[c]");
    assertThat(paper.at("/suppression").asText()).isEqualTo("small-count");
    assertThat(paper.has("value")).isFalse();
    assertThat(respondents.at("/rows/3/cells/2/value").asLong()).isEqualTo(72);
    assertThat(respondents.at("/footnotes/0").asText()).startsWith("[c]");
    // The estimate on a base of 7 is withheld too.
    assertThat(json.at("/sections/0/blocks/2/table/rows/2/cells/0/suppression").asText()).isEqualTo("small-base");
  }

  @Test
  void jsonHasTheDocumentedFieldNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonRenderer.withDefaults().render(REPORT));

    assertThat(json.at("/format").asText()).isEqualTo(JsonRenderer.FORMAT);
    assertThat(json.at("/suppression/minimumCount").asInt()).isEqualTo(5);
    assertThat(json.at("/suppression/minimumBase").asInt()).isEqualTo(10);
    JsonNode chart = json.at("/sections/0/blocks/1");
    assertThat(chart.at("/type").asText()).isEqualTo("chart");
    assertThat(chart.at("/chart").asText()).isEqualTo("diverging-stacked");
    assertThat(chart.at("/table/columns/0").asText()).isEqualTo("Strongly disagree");
    JsonNode weighted = json.at("/sections/0/blocks/2/table/rows/0/cells/0");
    assertThat(weighted.at("/kind").asText()).isEqualTo("estimate");
    assertThat(weighted.at("/value").asDouble()).isEqualTo(27.4);
    assertThat(weighted.at("/lower").asDouble()).isEqualTo(12.1);
    assertThat(weighted.at("/unweightedBase").asLong()).isEqualTo(100);
    assertThat(json.at("/sections/2/blocks/1/attribution").asText()).isEqualTo("care leaver, 21-24");
  }

  @Test
  void markdownIsPipeTablesWithTextEscaped() {
    String md = MarkdownRenderer.withDefaults().render(REPORT);

    assertThat(md).startsWith("# Local Offer consultation 2026: summary\n\n");
    assertThat(md).contains("| Weight k | Agree |\n| --- | ---: |\n| 1 | 53% (30 to 74) |\n");
    assertThat(md).contains("&lt;script&gt;").contains("\\| pipe").contains("[see\\](http").doesNotContain("<script>");
    assertThat(md).contains("| **All** | **53** | **19** | **72** |");
    assertThat(md).contains("> I didn't know I could ask for help with a deposit until I was 22.\n>\n> \u2014 care leaver, 21-24");
  }

  @Test
  void percentagesFollowTheRoundingConventions() {
    assertThat(Formats.percent(0.3, 0)).isEqualTo("[k]");
    assertThat(Formats.percent(0, 0)).isEqualTo("0%");
    assertThat(Formats.percent(52.5, 0)).isEqualTo("53%");
    assertThat(Formats.percent(52.45, 1)).isEqualTo("52.5%");
    assertThat(Formats.number(-0.04, 1)).isEqualTo("0.0");
    assertThat(Formats.grouped(1234567)).isEqualTo("1,234,567");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
