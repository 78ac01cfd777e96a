package org.leavingcare.consultation.report;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.SpreadsheetSafety;
import org.leavingcare.publish.SuppressionReason;

/**
 * Renders a {@link Report} as an XLSX workbook (through fastexcel): a "Notes" sheet first (the
 * report's details, the suppression policy, what the symbols mean, a list of the tables), then
 * one sheet per table, named by its id.
 *
 * <p>Safe (CONSULTATION-METHODS.md §11.2): every string is written as a string cell, never a
 * formula, after {@link SpreadsheetSafety#neutralise(String)}; numbers are numeric cells;
 * nothing is a hyperlink; sheet names are at most 31 characters without {@code []:*?/\}.
 * A suppressed cell holds the text {@code [c]}, never a blank or a zero. A cell's interval
 * goes in two extra columns after its column ("lower" and "upper").
 *
 * <p>Deterministic: the same report gives the same bytes. fastexcel stamps the document with the
 * time of writing and the zip entries with the clock, so the workbook is rewritten with the
 * renderer's fixed {@linkplain #withTimestamp(Instant) timestamp}. Immutable and thread-safe.
 */
public final class XlsxRenderer {

  /** The default document timestamp: the earliest a zip file can record, 1980-01-01T00:00:00Z. */
  public static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-01-01T00:00:00Z");

  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created xsi:type=\"dcterms:W3CDTF\">[^<]*</dcterms:created>");
  private static final String APPLICATION = "leavingcare";

  private final Instant timestamp;

  private XlsxRenderer(Instant timestamp) {
    this.timestamp = timestamp;
  }

  /**
   * A renderer stamping documents with {@link #DEFAULT_TIMESTAMP}.
   *
   * @return the renderer
   */
  public static XlsxRenderer withDefaults() {
    return new XlsxRenderer(DEFAULT_TIMESTAMP);
  }

  /**
   * This renderer stamping documents (and their zip entries) with the given instant, such as the
   * run's time from the caller's clock.
   *
   * @param instant the timestamp, from 1980 to 2107, not null
   * @return a new renderer
   * @throws IllegalArgumentException if the instant cannot be recorded in a zip file
   */
  public XlsxRenderer withTimestamp(Instant instant) {
    requireNonNull(instant, "instant");
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    if (year < 1980 || year > 2107) {
      throw new IllegalArgumentException("an XLSX timestamp must be from 1980 to 2107, was " + instant);
    }
    return new XlsxRenderer(instant);
  }

  /**
   * Renders the report.
   *
   * @param report the report, not null
   * @return the workbook's bytes
   */
  public byte[] render(Report report) {
    requireNonNull(report, "report");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, APPLICATION, "1.0");
      wb.properties().setTitle(SpreadsheetSafety.neutralise(report.title()));
      List<String> names = sheetNames(report.tables());
      notes(wb.newWorksheet("Notes"), report, names);
      List<ReportTable> tables = report.tables();
      for (int i = 0; i < tables.size(); i++) {
        table(wb.newWorksheet(names.get(i)), tables.get(i));
      }
      wb.finish();
      return normalise(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the workbook in memory; this is a bug", e);
    }
  }

  /** Sheet names from table ids: at most 31 characters, unique, never "Notes". */
  static List<String> sheetNames(List<ReportTable> tables) {
    Set<String> used = new HashSet<>();
    used.add("notes");
    List<String> names = new ArrayList<>();
    for (ReportTable t : tables) {
      String base = t.id().replaceAll("[\\[\\]:*?/\\\\']", "-");
      base = base.length() > 31 ? base.substring(0, 31) : base;
      String name = base;
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        String suffix = "-" + n;
        name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
      }
      names.add(name);
    }
    return names;
  }

  private static void text(Worksheet ws, int r, int c, String value) {
    ws.value(r, c, SpreadsheetSafety.neutralise(value));
  }

  private void notes(Worksheet ws, Report report, List<String> names) {
    int r = 0;
    text(ws, r, 0, report.title());
    ws.style(r, 0).bold().fontSize(14).set();
    r += 2;
    for (Report.Detail d : report.details()) {
      text(ws, r, 0, d.label());
      ws.style(r, 0).bold().set();
      text(ws, r++, 1, d.value());
    }
    r++;
    text(ws, r, 0, "Symbols");
    ws.style(r++, 0).bold().set();
    text(ws, r, 0, SuppressionReason.SYMBOL);
    text(ws, r++, 1, "Suppressed to protect privacy: " + report.policy().describe());
    text(ws, r, 0, Cell.NOT_APPLICABLE_SYMBOL);
    text(ws, r++, 1, "Not applicable.");
    text(ws, r, 0, "Text");
    text(ws, r++, 1, "Text that could be read as a formula starts with an apostrophe ('), which is not part of it.");
    r++;
    text(ws, r, 0, "Tables");
    ws.style(r++, 0).bold().set();
    List<ReportTable> tables = report.tables();
    for (int i = 0; i < tables.size(); i++) {
      text(ws, r, 0, names.get(i));
      text(ws, r++, 1, tables.get(i).title());
    }
    ws.width(0, 28);
    ws.width(1, 100);
  }

  private static void table(Worksheet ws, ReportTable t) {
    List<String> headers = t.headers();
    boolean[] hasInterval = new boolean[headers.size()];
    for (ReportTable.Row row : t.rows()) {
      for (int c = 0; c < headers.size(); c++) {
        hasInterval[c] |= row.cells().get(c).interval().isPresent();
      }
    }
    int r = 0;
    text(ws, r, 0, t.title());
    ws.style(r++, 0).bold().fontSize(13).set();
    if (!t.unit().isBlank()) {
      text(ws, r++, 0, t.unit());
    }
    text(ws, r++, 0, "Suppressed figures are shown as " + SuppressionReason.SYMBOL + "; see the Notes sheet.");
    int header = r;
    text(ws, header, 0, t.rowHeading());
    int col = 1;
    for (int c = 0; c < headers.size(); c++) {
      text(ws, header, col++, headers.get(c));
      if (hasInterval[c]) {
        text(ws, header, col++, headers.get(c) + " (lower)");
        text(ws, header, col++, headers.get(c) + " (upper)");
      }
    }
    ws.range(header, 0, header, col - 1).style().bold().wrapText(true).set();
    r++;
    for (ReportTable.Row row : t.rows()) {
      text(ws, r, 0, row.label());
      col = 1;
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = row.cells().get(c);
        cell(ws, r, col++, cell);
        if (hasInterval[c]) {
          if (cell.interval().isPresent()) {
            number(ws, r, col++, cell.interval().get().lower(), cell);
            number(ws, r, col++, cell.interval().get().upper(), cell);
          } else {
            ws.value(r, col++, cell.isSuppressed() ? SuppressionReason.SYMBOL : "");
            ws.value(r, col++, cell.isSuppressed() ? SuppressionReason.SYMBOL : "");
          }
        }
      }
      if (row.total()) {
        ws.range(r, 0, r, col - 1).style().bold().set();
      }
      r++;
    }
    r++;
    for (String note : t.footnotes()) {
      text(ws, r++, 0, note);
    }
    ws.width(0, 36);
    for (int c = 1; c < col; c++) {
      ws.width(c, 16);
    }
    ws.freezePane(1, header + 1);
  }

  private static void cell(Worksheet ws, int r, int c, Cell cell) {
    if (cell.isSuppressed()) {
      ws.value(r, c, SuppressionReason.SYMBOL);
      ws.style(r, c).horizontalAlignment("right").set();
      return;
    }
    switch (cell.kind()) {
      case TEXT:
        text(ws, r, c, cell.text().orElseThrow());
        ws.style(r, c).wrapText(true).set();
        return;
      case NOT_APPLICABLE:
        ws.value(r, c, Cell.NOT_APPLICABLE_SYMBOL);
        ws.style(r, c).horizontalAlignment("right").set();
        return;
      default:
        number(ws, r, c, cell.value().orElseThrow(), cell);
    }
  }

  private static void number(Worksheet ws, int r, int c, double value, Cell cell) {
    ws.value(r, c, value);
    String format;
    switch (cell.kind()) {
      case COUNT:
        format = "#,##0";
        break;
      case PERCENT:
        format = "0.0";
        break;
      default:
        format = cell.decimals() == 0 ? "0" : "0." + "0".repeat(cell.decimals());
    }
    ws.style(r, c).format(format).set();
  }

  /**
   * Rewrites the workbook with a fixed document timestamp and fixed zip entry times, keeping the
   * entries and their order.
   */
  private byte[] normalise(byte[] xlsx) throws IOException {
    String created = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + DateTimeFormatter.ISO_INSTANT.format(timestamp) + "</dcterms:created>";
    LocalDateTime entryTime = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
    // fastexcel's zip writer leaves sizes out of local headers, which ZipInputStream cannot read;
    // ZipFile reads the central directory, so the workbook passes through a temporary file.
    Path tmp = Files.createTempFile("leavingcare-", ".xlsx");
    try {
      Files.write(tmp, xlsx);
      try (ZipFile in = new ZipFile(tmp.toFile());
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(6);
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          byte[] data;
          try (InputStream entry = in.getInputStream(e)) {
            data = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(data, StandardCharsets.UTF_8);
            data = CREATED.matcher(xml).replaceAll(java.util.regex.Matcher.quoteReplacement(created))
                .getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(entryTime);
          zip.putNextEntry(copy);
          zip.write(data);
          zip.closeEntry();
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return out.toByteArray();
  }
}
