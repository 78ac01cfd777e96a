package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Renders a {@link Report} as one self-contained HTML page: no external assets and no
 * JavaScript; semantic headings; tables with captions and header scopes; each chart as inline
 * SVG with a text alternative, followed by its data table; print styles for A4. The same report
 * always gives the same bytes. Immutable and thread-safe.
 */
public final class HtmlRenderer {

  private static final String CSS = String.join("\n",
      ":root { color-scheme: light; }",
      "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1a1a;"
          + " background: #ffffff; line-height: 1.5; margin: 0; }",
      "main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }",
      "h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.75rem; }",
      "h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid #1a1a1a; }",
      "h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }",
      "dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1.5rem;"
          + " padding: 0.75rem 1rem; background: #f3f2f1; }",
      "dl.details dt { font-weight: 600; } dl.details dd { margin: 0; }",
      "nav ol { padding-left: 1.25rem; } a { color: #1d4f91; }",
      "table { border-collapse: collapse; margin: 0.5rem 0 0.25rem; font-size: 0.95rem; width: auto; min-width: min(100%, 30rem); max-width: 100%; }",
      "caption { text-align: left; font-weight: 600; padding-bottom: 0.35rem; }",
      "caption .unit { display: block; font-weight: 400; font-size: 0.9rem; color: #3d3d3d; }",
      "th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3rem 0.6rem; vertical-align: top; }",
      "thead th { border-bottom: 2px solid #1a1a1a; text-align: right; vertical-align: bottom; }",
      "thead th:first-child, tbody th { text-align: left; font-weight: 400; }",
      "td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
      "td.text { text-align: left; }",
      ".ci { color: #3d3d3d; font-size: 0.85em; }",
      "tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; }",
      "td.suppressed, td.na { color: #3d3d3d; }",
      "ul.notes { font-size: 0.85rem; color: #3d3d3d; margin: 0.25rem 0 1.25rem; padding-left: 1.1rem; }",
      "figure { margin: 1rem 0 0.5rem; } figure svg { max-width: 100%; height: auto; }",
      "figcaption { font-size: 0.95rem; margin-bottom: 0.5rem; }",
      "blockquote { margin: 0.75rem 0; padding: 0.5rem 1rem; border-left: 4px solid #5e3c99; background: #f6f5fa; }",
      "blockquote footer { font-size: 0.9rem; color: #3d3d3d; }",
      "footer.symbols { margin-top: 3rem; font-size: 0.9rem; border-top: 1px solid #b1b4b6; }",
      ".table-scroll { overflow-x: auto; }",
      "@page { size: A4; margin: 15mm; }",
      "@media print {",
      "  body { font-size: 10pt; } main { max-width: none; padding: 0; }",
      "  nav { display: none; } a { color: inherit; text-decoration: none; }",
      "  h2 { break-before: auto; break-after: avoid; } h3 { break-after: avoid; }",
      "  figure, table, blockquote { break-inside: avoid; } .table-scroll { overflow: visible; }",
      "}");

  private final int percentDecimals;

  private HtmlRenderer(int percentDecimals) {
    this.percentDecimals = percentDecimals;
  }

  /**
   * A renderer showing whole-number percentages, as committee tables do (CONSULTATION-METHODS.md
   * §9.2 rule 7).
   *
   * @return the renderer
   */
  public static HtmlRenderer withDefaults() {
    return new HtmlRenderer(0);
  }

  /**
   * This renderer with another number of decimals for percentages (1 for a technical annex).
   *
   * @param decimals 0 to 3
   * @return a new renderer
   * @throws IllegalArgumentException if decimals is out of range
   */
  public HtmlRenderer withPercentDecimals(int decimals) {
    if (decimals < 0 || decimals > 3) {
      throw new IllegalArgumentException("percentage decimals must be from 0 to 3, was " + decimals);
    }
    return new HtmlRenderer(decimals);
  }

  /**
   * Renders the report.
   *
   * @param report the report, not null
   * @return the HTML page
   */
  public String render(Report report) {
    requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    sb.append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
    if (!report.details().isEmpty()) {
      sb.append("<dl class=\"details\">\n");
      for (Report.Detail d : report.details()) {
        sb.append("<dt>").append(Html.escape(d.label())).append("</dt><dd>").append(Html.escape(d.value()))
            .append("</dd>\n");
      }
      sb.append("</dl>\n");
    }
    List<Section> sections = report.sections();
    if (sections.size() > 1) {
      sb.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
      for (int i = 0; i < sections.size(); i++) {
        sb.append("<li><a href=\"#section-").append(i + 1).append("\">")
            .append(Html.escape(sections.get(i).heading())).append("</a></li>\n");
      }
      sb.append("</ol>\n</nav>\n");
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      sb.append("<section aria-labelledby=\"section-").append(i + 1).append("\">\n<h2 id=\"section-")
          .append(i + 1).append("\">").append(Html.escape(s.heading())).append("</h2>\n");
      for (Block b : s.blocks()) {
        block(sb, b);
      }
      sb.append("</section>\n");
    }
    sb.append("<footer class=\"symbols\">\n<h2>About these figures</h2>\n<ul>\n")
        .append("<li><strong>").append(SuppressionReason.SYMBOL).append("</strong> suppressed to protect privacy: ")
        .append(Html.escape(report.policy().describe())).append("</li>\n")
        .append("<li><strong>").append(Formats.ROUNDS_TO_ZERO)
        .append("</strong> more than 0 but rounds to 0%.</li>\n")
        .append("<li><strong>").append(Cell.NOT_APPLICABLE_SYMBOL).append("</strong> not applicable.</li>\n")
        .append("<li>A 0 shown is a true zero. Percentages are rounded and may not add up to 100.</li>\n")
        .append("</ul>\n</footer>\n</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private void block(StringBuilder sb, Block b) {
    if (b instanceof Paragraph) {
      sb.append("<p>").append(Html.escape(((Paragraph) b).text())).append("</p>\n");
    } else if (b instanceof Quote) {
      Quote q = (Quote) b;
      sb.append("<blockquote>\n<p>").append(Html.escape(q.text())).append("</p>\n");
      if (!q.attribution().isBlank()) {
        sb.append("<footer>\u2014 ").append(Html.escape(q.attribution())).append("</footer>\n");
      }
      sb.append("</blockquote>\n");
    } else if (b instanceof ReportTable) {
      ReportTable t = (ReportTable) b;
      sb.append("<h3 id=\"table-").append(t.id()).append("\">").append(Html.escape(t.title())).append("</h3>\n");
      table(sb, t, "");
    } else if (b instanceof Chart) {
      Chart c = (Chart) b;
      String id = "figure-" + c.data().id();
      sb.append("<h3 id=\"").append(id).append("-heading\">").append(Html.escape(c.title())).append("</h3>\n")
          .append("<figure aria-labelledby=\"").append(id).append("-heading\">\n")
          .append("<figcaption>").append(Html.escape(c.summary())).append("</figcaption>\n")
          .append(SvgCharts.draw(c, id, percentDecimals)).append("\n</figure>\n");
      table(sb, c.data(), "Data for the chart: ");
    } else {
      throw new IllegalStateException("unknown block " + b.getClass() + "; this is a bug");
    }
  }

  private void table(StringBuilder sb, ReportTable t, String captionPrefix) {
    sb.append("<div class=\"table-scroll\">\n<table id=\"").append(captionPrefix.isEmpty() ? "t-" : "data-")
        .append(t.id()).append("\">\n<caption>").append(Html.escape(captionPrefix + t.title()));
    if (!t.unit().isBlank()) {
      sb.append("<span class=\"unit\">").append(Html.escape(t.unit())).append("</span>");
    }
    sb.append("</caption>\n<thead>\n<tr><th scope=\"col\">").append(Html.escape(t.rowHeading())).append("</th>");
    for (String h : t.headers()) {
      sb.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
    for (ReportTable.Row row : t.rows()) {
      sb.append(row.total() ? "<tr class=\"total\">" : "<tr>").append("<th scope=\"row\">")
          .append(Html.escape(row.label())).append("</th>");
      for (Cell cell : row.cells()) {
        cell(sb, cell);
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n</div>\n");
    if (!t.footnotes().isEmpty()) {
      sb.append("<ul class=\"notes\">\n");
      for (String note : t.footnotes()) {
        sb.append("<li>").append(Html.escape(note)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
  }

  private void cell(StringBuilder sb, Cell cell) {
    if (cell.isSuppressed()) {
      sb.append("<td class=\"num suppressed\"><abbr title=\"suppressed: ")
          .append(Symbols.reasonPhrase(cell.suppression().orElseThrow())).append("\">")
          .append(SuppressionReason.SYMBOL).append("</abbr></td>");
      return;
    }
    switch (cell.kind()) {
      case TEXT:
        sb.append("<td class=\"text\">").append(Html.escape(cell.text().orElseThrow())).append("</td>");
        return;
      case NOT_APPLICABLE:
        sb.append("<td class=\"num na\"><abbr title=\"not applicable\">").append(Cell.NOT_APPLICABLE_SYMBOL)
            .append("</abbr></td>");
        return;
      default:
        sb.append("<td class=\"num\">").append(Html.escape(Formats.value(cell, percentDecimals)));
        String ci = Formats.interval(cell, percentDecimals);
        if (!ci.isEmpty()) {
          sb.append(" <span class=\"ci\">(").append(ci).append(")</span>");
        }
        sb.append("</td>");
    }
  }
}
