package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Renders every table of a {@link Report} as one tidy CSV file: one line per published cell, with
 * its table, row, column, value, interval, unweighted numbers and suppression mark.
 *
 * <p>Safe to open in a spreadsheet (CONSULTATION-METHODS.md §11.1): RFC 4180 (every field in
 * double quotes, {@code "} doubled, CRLF line ends), and every string-typed field, the header
 * included, is passed through {@link SpreadsheetSafety#neutralise(String)}; numeric fields are
 * written from numbers and never prefixed. A suppressed cell has an empty value and the mark
 * {@code [c]} with its reason; its numbers are never written. Immutable and thread-safe.
 *
 * <p>Columns (stable): {@code table_id, table_title, unit, row, column, is_total, kind, value,
 * lower, upper, unweighted_count, unweighted_base, mark, suppression_reason, text}.
 */
public final class CsvRenderer {

  /** The header, in order. */
  public static final List<String> COLUMNS = List.of("table_id", "table_title", "unit", "row", "column",
      "is_total", "kind", "value", "lower", "upper", "unweighted_count", "unweighted_base", "mark",
      "suppression_reason", "text");

  private final boolean byteOrderMark;

  private CsvRenderer(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * A renderer without a byte-order mark.
   *
   * @return the renderer
   */
  public static CsvRenderer withDefaults() {
    return new CsvRenderer(false);
  }

  /**
   * This renderer starting the text with a UTF-8 byte-order mark, which Excel needs to read
   * UTF-8 correctly.
   *
   * @param on whether to write the mark
   * @return a new renderer
   */
  public CsvRenderer withByteOrderMark(boolean on) {
    return new CsvRenderer(on);
  }

  /**
   * Renders the report's tables.
   *
   * @param report the report, not null
   * @return the CSV text
   */
  public String render(Report report) {
    requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder(8_192);
    if (byteOrderMark) {
      sb.append('\uFEFF');
    }
    line(sb, COLUMNS.stream().map(CsvRenderer::text).toList());
    for (ReportTable t : report.tables()) {
      List<String> headers = t.headers();
      for (ReportTable.Row row : t.rows()) {
        for (int c = 0; c < headers.size(); c++) {
          Cell cell = row.cells().get(c);
          boolean totalColumn = t.totalColumnLabel().isPresent() && c == headers.size() - 1;
          line(sb, List.of(text(t.id()), text(t.title()), text(t.unit()), text(row.label()), text(headers.get(c)),
              quote(row.total() || totalColumn ? "true" : "false"),
              text(cell.kind().name().toLowerCase(java.util.Locale.ROOT)),
              number(cell.value().isPresent() ? Formats.plain(cell.value().getAsDouble()) : ""),
              number(cell.interval().map(i -> Formats.plain(i.lower())).orElse("")),
              number(cell.interval().map(i -> Formats.plain(i.upper())).orElse("")),
              number(cell.unweightedCount().isPresent() ? Long.toString(cell.unweightedCount().getAsLong()) : ""),
              number(cell.unweightedBase().isPresent() ? Long.toString(cell.unweightedBase().getAsLong()) : ""),
              text(mark(cell)),
              text(cell.suppression().map(Symbols::reasonCode).orElse("")),
              text(cell.text().orElse(""))));
        }
      }
    }
    return sb.toString();
  }

  private static String mark(Cell cell) {
    if (cell.isSuppressed()) {
      return SuppressionReason.SYMBOL;
    }
    return cell.kind() == Cell.Kind.NOT_APPLICABLE ? Cell.NOT_APPLICABLE_SYMBOL : "";
  }

  private static void line(StringBuilder sb, List<String> quotedFields) {
    sb.append(String.join(",", quotedFields)).append("\r\n");
  }

  /** A string-typed field: neutralised against formulas, then quoted. */
  static String text(String value) {
    return quote(SpreadsheetSafety.neutralise(value));
  }

  /** A field written from a number: quoted, never prefixed. */
  private static String number(String value) {
    return quote(value);
  }

  private static String quote(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
