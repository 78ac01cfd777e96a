package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A chart drawn from a {@link ReportTable}, which is published beside it as its data table. Every
 * chart has a text alternative: its title and a summary sentence saying what a reader should
 * see. Immutable and thread-safe.
 *
 * <p>Renderers draw the chart from the table after suppression, so a withheld value is never
 * drawn. Kinds (CONSULTATION-METHODS.md §12.4):
 * <ul>
 *   <li>{@link Type#DIVERGING_STACKED}: Likert distributions, one bar per row, columns in scale
 *       order from most negative to most positive, centred on the neutral point; columns after
 *       the scale (such as "Don't know") appear in the table only;</li>
 *   <li>{@link Type#BARS}: horizontal bars, one group per row and one bar per column, each with
 *       its confidence interval where the cell has one (indicators by age band, theme
 *       prevalence, weighted against unweighted);</li>
 *   <li>{@link Type#LINE}: one line per column over numeric x values given per row, with an
 *       interval ribbon and an optional reference line (the weight-sensitivity sweep).</li>
 * </ul>
 */
public final class Chart implements Block {

  /** The kind of chart. */
  public enum Type {
    /** Diverging stacked bars for Likert items. */
    DIVERGING_STACKED,
    /** Horizontal (grouped) bars with confidence intervals. */
    BARS,
    /** Lines over a numeric x axis, with interval ribbons. */
    LINE
  }

  private final Type type;
  private final String summary;
  private final ReportTable data;
  private final int negativeCategories;
  private final boolean neutralMidpoint;
  private final int positiveCategories;
  private final List<Double> x;
  private final String xLabel;
  private final OptionalDouble referenceLine;

  private Chart(Type type, String summary, ReportTable data, int negativeCategories,
      boolean neutralMidpoint, int positiveCategories, List<Double> x, String xLabel,
      OptionalDouble referenceLine) {
    requireNonNull(summary, "summary");
    requireNonNull(data, "data");
    if (summary.isBlank()) {
      throw new IllegalArgumentException("chart '" + data.id() + "' needs a summary for its text alternative");
    }
    for (ReportTable.Row row : data.rows()) {
      for (Cell cell : row.cells()) {
        if (cell.kind() == Cell.Kind.TEXT) {
          throw new IllegalArgumentException("chart '" + data.id() + "', row '" + row.label()
              + "' holds text; a chart's table holds numbers only");
        }
      }
    }
    this.type = type;
    this.summary = summary;
    this.data = data;
    this.negativeCategories = negativeCategories;
    this.neutralMidpoint = neutralMidpoint;
    this.positiveCategories = positiveCategories;
    this.x = List.copyOf(x);
    this.xLabel = xLabel;
    this.referenceLine = referenceLine;
  }

  /**
   * Diverging stacked bars: one bar per row of percentages, columns in scale order.
   *
   * @param summary what the reader should see, one or two sentences (the text alternative)
   * @param data the table: rows are items or groups, columns the scale points in order, then any
   *     columns shown only in the table
   * @param negativeCategories how many leading columns are on the negative side, at least 1
   * @param neutralMidpoint whether the next column is a neutral midpoint, split half each side
   * @param positiveCategories how many columns after that are on the positive side, at least 1
   * @return the chart
   * @throws IllegalArgumentException if the scale does not fit the columns or a cell is not a percentage
   */
  public static Chart divergingStacked(String summary, ReportTable data, int negativeCategories,
      boolean neutralMidpoint, int positiveCategories) {
    int scale = negativeCategories + (neutralMidpoint ? 1 : 0) + positiveCategories;
    if (negativeCategories < 1 || positiveCategories < 1 || scale > data.columns().size()) {
      throw new IllegalArgumentException("chart '" + data.id() + "': a scale of " + negativeCategories
          + " negative, " + (neutralMidpoint ? "a neutral, " : "") + positiveCategories
          + " positive categories does not fit " + data.columns().size() + " columns");
    }
    requireKinds(data, scale, Cell.Kind.PERCENT);
    return new Chart(Type.DIVERGING_STACKED, summary, data, negativeCategories, neutralMidpoint,
        positiveCategories, List.of(), "", OptionalDouble.empty());
  }

  /**
   * Horizontal bars, one group per row and one bar per column, with intervals where cells have them.
   *
   * @param summary what the reader should see (the text alternative)
   * @param data the table of percentages, counts or estimates
   * @return the chart
   */
  public static Chart bars(String summary, ReportTable data) {
    return new Chart(Type.BARS, summary, data, 0, false, 0, List.of(), "", OptionalDouble.empty());
  }

  /**
   * Lines over a numeric x axis: one point per row, one line per column.
   *
   * @param summary what the reader should see (the text alternative)
   * @param data the table: rows are points in x order, columns are series
   * @param x the x value of each category row, increasing
   * @param xLabel what x is, for example "weight given to care-experienced responses"
   * @param referenceLine a value to mark across the chart (such as 50%), if any
   * @return the chart
   * @throws IllegalArgumentException if x does not match the rows or does not increase
   */
  public static Chart line(String summary, ReportTable data, List<Double> x, String xLabel,
      OptionalDouble referenceLine) {
    requireNonNull(xLabel, "xLabel");
    requireNonNull(referenceLine, "referenceLine");
    if (x.size() != data.categoryRows().size() || x.size() < 2) {
      throw new IllegalArgumentException("chart '" + data.id() + "' has " + data.categoryRows().size()
          + " rows but " + x.size() + " x values; give one x value per row (at least 2)");
    }
    for (int i = 1; i < x.size(); i++) {
      if (!(x.get(i) > x.get(i - 1)) || !Double.isFinite(x.get(i))) {
        throw new IllegalArgumentException("chart '" + data.id() + "': x values must be finite and increase, were " + x);
      }
    }
    return new Chart(Type.LINE, summary, data, 0, false, 0, x, xLabel, referenceLine);
  }

  private static void requireKinds(ReportTable data, int columns, Cell.Kind kind) {
    for (ReportTable.Row row : data.rows()) {
      for (int c = 0; c < columns; c++) {
        if (row.cells().get(c).kind() != kind) {
          throw new IllegalArgumentException("chart '" + data.id() + "', row '" + row.label() + "', column '"
              + data.headers().get(c) + "' must be a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
  }

  /** A copy drawing from the given (suppressed) table. */
  Chart withData(ReportTable table) {
    return new Chart(type, summary, table, negativeCategories, neutralMidpoint, positiveCategories, x,
        xLabel, referenceLine);
  }

  /**
   * The kind of chart.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * The chart's title, which is its data table's title.
   *
   * @return the title
   */
  public String title() {
    return data.title();
  }

  /**
   * What the reader should see: the text alternative, with the title.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The data table, published beside the chart.
   *
   * @return the table
   */
  public ReportTable data() {
    return data;
  }

  /**
   * For diverging bars: how many leading columns are negative.
   *
   * @return the count (0 for other types)
   */
  public int negativeCategories() {
    return negativeCategories;
  }

  /**
   * For diverging bars: whether a neutral midpoint follows the negative columns.
   *
   * @return true if so
   */
  public boolean neutralMidpoint() {
    return neutralMidpoint;
  }

  /**
   * For diverging bars: how many columns after the midpoint are positive.
   *
   * @return the count (0 for other types)
   */
  public int positiveCategories() {
    return positiveCategories;
  }

  /**
   * For line charts: the x value of each category row.
   *
   * @return the x values (empty for other types)
   */
  public List<Double> x() {
    return x;
  }

  /**
   * For line charts: what x is.
   *
   * @return the label (empty for other types)
   */
  public String xLabel() {
    return xLabel;
  }

  /**
   * For line charts: a value marked across the chart.
   *
   * @return the value, if any
   */
  public OptionalDouble referenceLine() {
    return referenceLine;
  }

  @Override
  public String toString() {
    return "Chart[" + type + ", " + data.id() + "]";
  }
}
