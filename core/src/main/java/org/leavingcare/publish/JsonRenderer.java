package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

  /**
   * Jackson's streaming generator (jackson-core) writes the document as it is walked: no tree, and
   * none of jackson-databind's classes to load, which took longer than the rest of a small CLI run.
   */
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

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
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      write(g, report);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a report as JSON; this is a bug", e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator g, Report report) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("title", report.title());
    g.writeArrayFieldStart("details");
    for (Report.Detail d : report.details()) {
      g.writeStartObject();
      g.writeStringField("label", d.label());
      g.writeStringField("value", d.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    SuppressionPolicy p = report.policy();
    g.writeObjectFieldStart("suppression");
    g.writeNumberField("minimumCount", p.minimumCount());
    g.writeNumberField("minimumBase", p.minimumBase());
    g.writeBooleanField("secondary", p.secondary());
    g.writeBooleanField("dominance", p.dominance());
    g.writeStringField("source", p.source());
    g.writeEndObject();
    g.writeArrayFieldStart("sections");
    for (Section s : report.sections()) {
      g.writeStartObject();
      g.writeStringField("heading", s.heading());
      g.writeArrayFieldStart("blocks");
      for (Block b : s.blocks()) {
        g.writeStartObject();
        if (b instanceof Paragraph) {
          g.writeStringField("type", "paragraph");
          g.writeStringField("text", ((Paragraph) b).text());
        } else if (b instanceof Quote) {
          Quote q = (Quote) b;
          g.writeStringField("type", "quote");
          g.writeStringField("text", q.text());
          g.writeStringField("attribution", q.attribution());
        } else if (b instanceof ReportTable) {
          g.writeStringField("type", "table");
          g.writeFieldName("table");
          table(g, (ReportTable) b);
        } else if (b instanceof Chart) {
          Chart c = (Chart) b;
          g.writeStringField("type", "chart");
          g.writeStringField("chart", c.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          g.writeStringField("summary", c.summary());
          g.writeFieldName("table");
          table(g, c.data());
        } else {
          throw new IllegalStateException("unknown block " + b.getClass() + "; this is a bug");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void table(JsonGenerator g, ReportTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("title", t.title());
    g.writeStringField("unit", t.unit());
    g.writeStringField("rowHeading", t.rowHeading());
    strings(g, "columns", t.columns());
    if (t.totalColumnLabel().isPresent()) {
      g.writeStringField("totalColumn", t.totalColumnLabel().get());
    }
    g.writeBooleanField("rowsAddUp", t.rowsAddUp());
    g.writeBooleanField("columnsAddUp", t.columnsAddUp());
    g.writeArrayFieldStart("rows");
    for (ReportTable.Row row : t.rows()) {
      g.writeStartObject();
      g.writeStringField("label", row.label());
      g.writeBooleanField("total", row.total());
      g.writeArrayFieldStart("cells");
      for (Cell cell : row.cells()) {
        cell(g, cell);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "footnotes", t.footnotes());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void cell(JsonGenerator g, Cell cell) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", cell.kind() == Cell.Kind.NOT_APPLICABLE ? "notApplicable"
        : cell.kind().name().toLowerCase(Locale.ROOT));
    if (cell.isSuppressed()) {
      g.writeStringField("mark", SuppressionReason.SYMBOL);
      g.writeStringField("suppression", Symbols.reasonCode(cell.suppression().orElseThrow()));
      g.writeEndObject();
      return;
    }
    if (cell.value().isPresent()) {
      double v = cell.value().getAsDouble();
      if (cell.kind() == Cell.Kind.COUNT) {
        g.writeNumberField("value", (long) v);
      } else {
        g.writeNumberField("value", v);
      }
    }
    if (cell.interval().isPresent()) {
      g.writeNumberField("lower", cell.interval().get().lower());
      g.writeNumberField("upper", cell.interval().get().upper());
    }
    if (cell.kind() == Cell.Kind.ESTIMATE) {
      g.writeNumberField("decimals", cell.decimals());
    }
    if (cell.kind() != Cell.Kind.COUNT && cell.unweightedCount().isPresent()) {
      g.writeNumberField("unweightedCount", cell.unweightedCount().getAsLong());
    }
    if (cell.unweightedBase().isPresent()) {
      g.writeNumberField("unweightedBase", cell.unweightedBase().getAsLong());
    }
    if (cell.text().isPresent()) {
      g.writeStringField("text", cell.text().get());
    }
    if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
      g.writeStringField("mark", Cell.NOT_APPLICABLE_SYMBOL);
    }
    g.writeEndObject();
  }
}
