package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * Renders a {@link Report} as Markdown (GitHub-flavoured pipe tables) for pasting into a
 * committee paper. A chart appears as its title, its text alternative and its data table.
 * Text is escaped so that no respondent's words become markup or HTML. The same report always
 * gives the same bytes; lines end with LF. Immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private final int percentDecimals;

  private MarkdownRenderer(int percentDecimals) {
    this.percentDecimals = percentDecimals;
  }

  /**
   * A renderer showing whole-number percentages.
   *
   * @return the renderer
   */
  public static MarkdownRenderer withDefaults() {
    return new MarkdownRenderer(0);
  }

  /**
   * This renderer with another number of decimals for percentages.
   *
   * @param decimals 0 to 3
   * @return a new renderer
   * @throws IllegalArgumentException if decimals is out of range
   */
  public MarkdownRenderer withPercentDecimals(int decimals) {
    if (decimals < 0 || decimals > 3) {
      throw new IllegalArgumentException("percentage decimals must be from 0 to 3, was " + decimals);
    }
    return new MarkdownRenderer(decimals);
  }

  /**
   * Renders the report.
   *
   * @param report the report, not null
   * @return the Markdown text
   */
  public String render(Report report) {
    requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder(8_192);
    sb.append("# ").append(Markdown.inline(report.title())).append("\n\n");
    for (Report.Detail d : report.details()) {
      sb.append("- **").append(Markdown.inline(d.label())).append(":** ").append(Markdown.inline(d.value())).append('\n');
    }
    if (!report.details().isEmpty()) {
      sb.append('\n');
    }
    for (Section s : report.sections()) {
      sb.append("## ").append(Markdown.inline(s.heading())).append("\n\n");
      for (Block b : s.blocks()) {
        block(sb, b);
      }
    }
    sb.append("## About these figures\n\n")
        .append("- ").append(Markdown.inline(SuppressionReason.SYMBOL)).append(" suppressed to protect privacy: ")
        .append(Markdown.inline(report.policy().describe())).append('\n')
        .append("- ").append(Markdown.inline(Formats.ROUNDS_TO_ZERO)).append(" more than 0 but rounds to 0%.\n")
        .append("- ").append(Markdown.inline(Cell.NOT_APPLICABLE_SYMBOL)).append(" not applicable.\n")
        .append("- A 0 shown is a true zero. Percentages are rounded and may not add up to 100.\n");
    return sb.toString();
  }

  private void block(StringBuilder sb, Block b) {
    if (b instanceof Paragraph) {
      sb.append(Markdown.escape(((Paragraph) b).text())).append("\n\n");
    } else if (b instanceof Quote) {
      Quote q = (Quote) b;
      sb.append("> ").append(Markdown.escape(q.text()).replace("\n", "\n> ")).append('\n');
      if (!q.attribution().isBlank()) {
        sb.append(">\n> \u2014 ").append(Markdown.inline(q.attribution())).append('\n');
      }
      sb.append('\n');
    } else if (b instanceof ReportTable) {
      ReportTable t = (ReportTable) b;
      sb.append("### ").append(Markdown.inline(t.title())).append("\n\n");
      table(sb, t);
    } else if (b instanceof Chart) {
      Chart c = (Chart) b;
      sb.append("### ").append(Markdown.inline(c.title())).append("\n\n")
          .append("*Chart:* ").append(Markdown.inline(c.summary())).append(" The figures are below.\n\n");
      table(sb, c.data());
    } else {
      throw new IllegalStateException("unknown block " + b.getClass() + "; this is a bug");
    }
  }

  private void table(StringBuilder sb, ReportTable t) {
    if (!t.unit().isBlank()) {
      sb.append('*').append(Markdown.inline(t.unit())).append("*\n\n");
    }
    sb.append("| ").append(Markdown.inline(t.rowHeading().isBlank() ? " " : t.rowHeading())).append(" |");
    for (String h : t.headers()) {
      sb.append(' ').append(Markdown.inline(h)).append(" |");
    }
    sb.append("\n| --- |");
    for (int i = 0; i < t.headers().size(); i++) {
      sb.append(" ---: |");
    }
    sb.append('\n');
    for (ReportTable.Row row : t.rows()) {
      String label = Markdown.inline(row.label());
      sb.append("| ").append(row.total() ? "**" + label + "**" : label).append(" |");
      for (Cell cell : row.cells()) {
        String text = Markdown.inline(Formats.cell(cell, percentDecimals));
        sb.append(' ').append(row.total() && cell.isNumeric() && !cell.isSuppressed() ? "**" + text + "**" : text)
            .append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
    for (String note : t.footnotes()) {
      sb.append("- ").append(Markdown.inline(note)).append('\n');
    }
    if (!t.footnotes().isEmpty()) {
      sb.append('\n');
    }
  }
}
