package org.leavingcare.cli;

import java.util.Locale;
import org.leavingcare.consultation.report.XlsxRenderer;
import org.leavingcare.publish.CsvRenderer;
import org.leavingcare.publish.HtmlRenderer;
import org.leavingcare.publish.JsonRenderer;
import org.leavingcare.publish.MarkdownRenderer;
import org.leavingcare.publish.Report;
import java.nio.charset.StandardCharsets;

/**
 * A file format any report command can write ({@code --format}): each renders the shared
 * {@link Report} model. CSV is written with a UTF-8 byte-order mark so that Excel reads it
 * correctly.
 */
enum ReportFormat {
  /** Self-contained HTML with charts. */
  HTML("html"),
  /** Markdown for committee papers. */
  MD("md"),
  /** An Excel workbook, one sheet per table. */
  XLSX("xlsx"),
  /** One tidy CSV of every published cell. */
  CSV("csv"),
  /** JSON with stable field names. */
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  String extension() {
    return extension;
  }

  /** Renders the report in this format. */
  byte[] render(Report report) {
    switch (this) {
      case HTML:
        return HtmlRenderer.withDefaults().render(report).getBytes(StandardCharsets.UTF_8);
      case MD:
        return MarkdownRenderer.withDefaults().render(report).getBytes(StandardCharsets.UTF_8);
      case XLSX:
        return XlsxRenderer.withDefaults().render(report);
      case CSV:
        return CsvRenderer.withDefaults().withByteOrderMark(true).render(report).getBytes(StandardCharsets.UTF_8);
      case JSON:
        return JsonRenderer.withDefaults().render(report).getBytes(StandardCharsets.UTF_8);
      default:
        throw new IllegalStateException("unknown format " + this + "; this is a bug");
    }
  }

  /** The lower-case name users type. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
