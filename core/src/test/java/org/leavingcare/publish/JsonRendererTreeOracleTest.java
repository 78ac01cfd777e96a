package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonRenderer} writes with Jackson's streaming generator; until November 2026 it built a
 * jackson-databind tree and wrote that. Published JSON must not change by a byte, so this test keeps
 * the tree renderer, frozen, as an oracle and compares the two on reports using every block, cell
 * kind and suppression, and text that needs escaping.
 */
class JsonRendererTreeOracleTest {

  @Test
  void theCommitteeReportIsWrittenByteForByteAsTheTreeRendererWroteIt() throws Exception {
    Report report = SampleReports.committee();
    assertThat(JsonRenderer.withDefaults().render(report)).isEqualTo(Oracle.render(report));
  }

  @Test
  void textNeedingEscapesAndNonAsciiIsWrittenAsTheTreeRendererWroteIt() throws Exception {
    ReportTable t = ReportTable.builder("escapes", "Quotes \" backslash \\ tab \t line\nbreak \u0001 control")
        .unit("caf\u00e9 \u2013 \u00a3 \ud83d\ude00").rowHeading("R\u00f4w")
        .columns("\u201cA\u201d", "</script>")
        .row("\u2028 separator", Cell.text("x\u2029y"), Cell.count(5))
        .row("Not applicable", Cell.notApplicable(), Cell.estimate(1e-7, 3, 12).withInterval(-0.0, 1.5e300))
        .footnote("Na\u00efve \"quoted\" \\ footnote")
        .build();
    Report report = Report.builder("T\u00eftle \"with\" quotes")
        .detail("Key \u00e9", "Value\r\nwith CRLF")
        .section(Section.builder("Heading \u2014 dash").paragraph("P\u00e4ragraph \u0000 nul").add(t)
            .add(new Quote("\u201cI said \"no\"\u201d", "care leaver, 21\u201324")).build())
        .build();
    assertThat(JsonRenderer.withDefaults().render(report)).isEqualTo(Oracle.render(report));
  }

  /** The databind tree renderer as it was (commit c789af6), kept only to check the streaming one. */
  private static final class Oracle {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    static String render(Report report) throws Exception {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("format", JsonRenderer.FORMAT);
      root.put("title", report.title());
      ArrayNode details = root.putArray("details");
      for (Report.Detail d : report.details()) {
        details.addObject().put("label", d.label()).put("value", d.value());
      }
      SuppressionPolicy p = report.policy();
      root.putObject("suppression").put("minimumCount", p.minimumCount()).put("minimumBase", p.minimumBase())
          .put("secondary", p.secondary()).put("dominance", p.dominance()).put("source", p.source());
      ArrayNode sections = root.putArray("sections");
      for (Section s : report.sections()) {
        ObjectNode section = sections.addObject();
        section.put("heading", s.heading());
        ArrayNode blocks = section.putArray("blocks");
        for (Block b : s.blocks()) {
          ObjectNode block = blocks.addObject();
          if (b instanceof Paragraph) {
            block.put("type", "paragraph").put("text", ((Paragraph) b).text());
          } else if (b instanceof Quote) {
            Quote q = (Quote) b;
            block.put("type", "quote").put("text", q.text()).put("attribution", q.attribution());
          } else if (b instanceof ReportTable) {
            block.put("type", "table");
            table(block.putObject("table"), (ReportTable) b);
          } else if (b instanceof Chart) {
            Chart c = (Chart) b;
            block.put("type", "chart").put("chart", c.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("summary", c.summary());
            table(block.putObject("table"), c.data());
          }
        }
      }
      return WRITER.writeValueAsString(root) + "\n";
    }

    private static void table(ObjectNode node, ReportTable t) {
      node.put("id", t.id()).put("title", t.title()).put("unit", t.unit()).put("rowHeading", t.rowHeading());
      ArrayNode columns = node.putArray("columns");
      t.columns().forEach(columns::add);
      t.totalColumnLabel().ifPresent(l -> node.put("totalColumn", l));
      node.put("rowsAddUp", t.rowsAddUp()).put("columnsAddUp", t.columnsAddUp());
      ArrayNode rows = node.putArray("rows");
      for (ReportTable.Row row : t.rows()) {
        ObjectNode r = rows.addObject();
        r.put("label", row.label()).put("total", row.total());
        ArrayNode cells = r.putArray("cells");
        for (Cell cell : row.cells()) {
          cell(cells.addObject(), cell);
        }
      }
      ArrayNode notes = node.putArray("footnotes");
      t.footnotes().forEach(notes::add);
    }

    private static void cell(ObjectNode node, Cell cell) {
      node.put("kind", cell.kind() == Cell.Kind.NOT_APPLICABLE ? "notApplicable"
          : cell.kind().name().toLowerCase(Locale.ROOT));
      if (cell.isSuppressed()) {
        node.put("mark", SuppressionReason.SYMBOL);
        node.put("suppression", Symbols.reasonCode(cell.suppression().orElseThrow()));
        return;
      }
      if (cell.value().isPresent()) {
        double v = cell.value().getAsDouble();
        if (cell.kind() == Cell.Kind.COUNT) {
          node.put("value", (long) v);
        } else {
          node.put("value", v);
        }
      }
      cell.interval().ifPresent(i -> node.put("lower", i.lower()).put("upper", i.upper()));
      if (cell.kind() == Cell.Kind.ESTIMATE) {
        node.put("decimals", cell.decimals());
      }
      if (cell.kind() != Cell.Kind.COUNT) {
        cell.unweightedCount().ifPresent(n -> node.put("unweightedCount", n));
      }
      cell.unweightedBase().ifPresent(n -> node.put("unweightedBase", n));
      cell.text().ifPresent(t -> node.put("text", t));
      if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
        node.put("mark", Cell.NOT_APPLICABLE_SYMBOL);
      }
    }
  }
}
