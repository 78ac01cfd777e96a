package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Renders a {@link Report} as JSON with stable, documented field names (docs/formats/report-json.md),
 * indented two spaces, LF line ends, fields in a fixed order. Immutable and thread-safe.
 *
 * <p>Shape: {@code {format, title, details[{label, value}], suppression{minimumCount,
 * minimumBase, secondary, dominance, source}, sections[{heading, blocks[...]}]}}, where a block is
 * {@code {type: "paragraph", text}}, {@code {type: "quote", text, attribution}},
 * {@code {type: "table", table}} or {@code {type: "chart", chart, summary, table}}; a table is
 * {@code {id, title, unit, rowHeading, columns[], totalColumn?, rowsAddUp, columnsAddUp,
 * rows[{label, total, cells[]}], footnotes[]}}; a cell is {@code {kind, value?, lower?, upper?,
 * decimals?, unweightedCount?, unweightedBase?, text?, mark?, suppression?}}. A suppressed cell
 * has only {@code kind}, {@code mark: "[c]"} and {@code suppression} (small-count, small-base,
 * dominance or secondary): its numbers are never written.
 */
public final class JsonRenderer {

  /** The value of the top-level {@code format} field; changes only with an incompatible change. */
  public static final String FORMAT = "leavingcare-report/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonRenderer() {}

  /**
   * The renderer.
   *
   * @return the renderer
   */
  public static JsonRenderer withDefaults() {
    return new JsonRenderer();
  }

  /**
   * Renders the report.
   *
   * @param report the report, not null
   * @return the JSON text, ending with a line feed
   */
  public String render(Report report) {
    requireNonNull(report, "report");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
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
        } else {
          throw new IllegalStateException("unknown block " + b.getClass() + "; this is a bug");
        }
      }
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a report as JSON; this is a bug", e);
    }
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
