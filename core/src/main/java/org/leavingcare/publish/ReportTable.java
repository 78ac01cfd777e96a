package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table for publication: a title, a unit, rows and columns in an explicit category order,
 * optional totals, cells, and footnotes. Immutable and thread-safe.
 *
 * <p>A table states which of its lines add up, because suppression needs to know what a reader
 * could work out: with a total column every row adds up to its total; with a total row every
 * column does; {@link Builder#columnsAddUp()} and {@link Builder#rowsAddUp()} declare lines that
 * add up to a whole the reader knows without a printed total (a distribution adding to 100%).
 *
 * <pre>{@code
 * ReportTable t = ReportTable.builder("in-touch", "Care leavers in touch, by age")
 *     .unit("care leavers").rowHeading("Age band")
 *     .columns("In touch", "Not in touch").totalColumn("Total")
 *     .row("17-18", Cell.count(40), Cell.count(3), Cell.count(43))
 *     .row("19-21", Cell.count(61), Cell.count(9), Cell.count(70))
 *     .totalRow("All", Cell.count(101), Cell.count(12), Cell.count(113))
 *     .build();
 * }</pre>
 *
 * <p>Tables reach readers only inside a {@link Report}, which applies its
 * {@link SuppressionPolicy} to every table; {@link #isSuppressionApplied()} says whether that has
 * happened to this instance.
 */
public final class ReportTable implements Block {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /**
   * One displayed row: a category (or the total row) and its cells, one per {@link #headers()} entry.
   *
   * @param label the row's category label
   * @param cells the cells, in column order (the total column last, if any)
   * @param total whether this is the total row
   */
  public record Row(String label, List<Cell> cells, boolean total) {
    /** Copies the cells. */
    public Row {
      requireNonNull(label, "label");
      cells = List.copyOf(cells);
    }
  }

  private final String id;
  private final String title;
  private final String unit;
  private final String rowHeading;
  private final List<String> columns;
  private final @Nullable String totalColumnLabel;
  private final List<Row> rows;
  private final boolean rowsAddUp;
  private final boolean columnsAddUp;
  private final List<String> footnotes;
  private final boolean suppressionApplied;

  private ReportTable(String id, String title, String unit, String rowHeading, List<String> columns,
      @Nullable String totalColumnLabel, List<Row> rows, boolean rowsAddUp, boolean columnsAddUp,
      List<String> footnotes, boolean suppressionApplied) {
    this.id = id;
    this.title = title;
    this.unit = unit;
    this.rowHeading = rowHeading;
    this.columns = List.copyOf(columns);
    this.totalColumnLabel = totalColumnLabel;
    this.rows = List.copyOf(rows);
    this.rowsAddUp = rowsAddUp;
    this.columnsAddUp = columnsAddUp;
    this.footnotes = List.copyOf(footnotes);
    this.suppressionApplied = suppressionApplied;
  }

  /**
   * Starts a table.
   *
   * @param id a stable identifier, lower-case letters, digits and hyphens (used for file and
   *     sheet names and HTML anchors), not null
   * @param title what the table shows, not null
   * @return a builder
   * @throws IllegalArgumentException if the id is malformed or the title blank
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /**
   * The stable identifier.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The title, shown as the caption.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * What the numbers are (for example "percent of respondents answering, weighted").
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The heading of the row-label column.
   *
   * @return the heading
   */
  public String rowHeading() {
    return rowHeading;
  }

  /**
   * The column categories in their explicit order, without the total column.
   *
   * @return the categories
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The label of the total column.
   *
   * @return the label, if the table has a total column
   */
  public Optional<String> totalColumnLabel() {
    return Optional.ofNullable(totalColumnLabel);
  }

  /**
   * Every column heading, in order: the categories, then the total column if any.
   *
   * @return the headings
   */
  public List<String> headers() {
    if (totalColumnLabel == null) {
      return columns;
    }
    List<String> all = new ArrayList<>(columns);
    all.add(totalColumnLabel);
    return List.copyOf(all);
  }

  /**
   * Every displayed row, in order: the categories, then the total row if any.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The category rows, without the total row.
   *
   * @return the rows
   */
  public List<Row> categoryRows() {
    return rows.stream().filter(r -> !r.total()).toList();
  }

  /**
   * Whether the table has a total row.
   *
   * @return true if it does
   */
  public boolean hasTotalRow() {
    return !rows.isEmpty() && rows.get(rows.size() - 1).total();
  }

  /**
   * Whether each row adds up (to its total column, or to a whole the reader knows).
   *
   * @return true if rows add up
   */
  public boolean rowsAddUp() {
    return rowsAddUp;
  }

  /**
   * Whether each column adds up (to its total row, or to a whole the reader knows).
   *
   * @return true if columns add up
   */
  public boolean columnsAddUp() {
    return columnsAddUp;
  }

  /**
   * The footnotes, including one for each suppression reason that occurs once suppression has
   * been applied.
   *
   * @return the footnotes
   */
  public List<String> footnotes() {
    return footnotes;
  }

  /**
   * Whether a {@link SuppressionPolicy} has been applied to this table.
   *
   * @return true once the table is fit to publish
   */
  public boolean isSuppressionApplied() {
    return suppressionApplied;
  }

  /**
   * How many cells are suppressed, for each reason (a machine-readable mask is
   * {@link Cell#suppression()} on each cell).
   *
   * @return the number of suppressed cells
   */
  public int suppressedCellCount() {
    return (int) rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::isSuppressed).count();
  }

  /** A copy with new rows, footnotes added, and marked as suppressed. */
  ReportTable withSuppressedRows(List<Row> newRows, List<String> extraFootnotes) {
    List<String> notes = new ArrayList<>(footnotes);
    for (String n : extraFootnotes) {
      if (!notes.contains(n)) {
        notes.add(n);
      }
    }
    return new ReportTable(id, title, unit, rowHeading, columns, totalColumnLabel, newRows, rowsAddUp,
        columnsAddUp, notes, true);
  }

  @Override
  public String toString() {
    return "ReportTable[" + id + ", " + rows.size() + " rows x " + headers().size() + " columns"
        + (suppressionApplied ? ", suppressed" : "") + "]";
  }

  /** Builds a {@link ReportTable}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String title;
    private String unit = "";
    private String rowHeading = "";
    private List<String> columns = List.of();
    private @Nullable String totalColumnLabel;
    private final List<Row> rows = new ArrayList<>();
    private @Nullable Row totalRow;
    private boolean rowsAddUp;
    private boolean columnsAddUp;
    private final List<String> footnotes = new ArrayList<>();

    private Builder(String id, String title) {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException("table id must be 1-63 lower-case letters, digits and hyphens,"
            + " starting with a letter or digit, was '" + id + "'");
      }
      if (title.isBlank()) {
        throw new IllegalArgumentException("table '" + id + "' needs a title");
      }
      this.id = id;
      this.title = title;
    }

    /**
     * Sets what the numbers are, for example "percent of respondents answering, weighted".
     *
     * @param unit the unit, not null
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the heading of the row-label column.
     *
     * @param heading the heading, not null
     * @return this builder
     */
    public Builder rowHeading(String heading) {
      this.rowHeading = requireNonNull(heading, "heading");
      return this;
    }

    /**
     * Sets the column categories, in the order they are shown.
     *
     * @param categories the categories, distinct
     * @return this builder
     */
    public Builder columns(String... categories) {
      return columns(Arrays.asList(categories));
    }

    /**
     * Sets the column categories, in the order they are shown.
     *
     * @param categories the categories, distinct
     * @return this builder
     * @throws IllegalArgumentException if a category repeats
     */
    public Builder columns(List<String> categories) {
      List<String> copy = List.copyOf(categories);
      if (new HashSet<>(copy).size() != copy.size()) {
        throw new IllegalArgumentException("table '" + id + "' repeats a column category: " + copy);
      }
      this.columns = copy;
      return this;
    }

    /**
     * Adds a total column: the last cell of every row is that row's total, and rows add up to it.
     *
     * @param label the column heading, for example "Total"
     * @return this builder
     */
    public Builder totalColumn(String label) {
      this.totalColumnLabel = requireNonNull(label, "label");
      this.rowsAddUp = true;
      return this;
    }

    /**
     * Declares that each row adds up to a whole the reader knows (such as 100%) even where no
     * total column is printed.
     *
     * @return this builder
     */
    public Builder rowsAddUp() {
      this.rowsAddUp = true;
      return this;
    }

    /**
     * Declares that each column adds up to a whole the reader knows (such as 100%) even where no
     * total row is printed.
     *
     * @return this builder
     */
    public Builder columnsAddUp() {
      this.columnsAddUp = true;
      return this;
    }

    /**
     * Adds a category row.
     *
     * @param label the category
     * @param cells one cell per column, plus the total if there is a total column
     * @return this builder
     */
    public Builder row(String label, Cell... cells) {
      return row(label, Arrays.asList(cells));
    }

    /**
     * Adds a category row.
     *
     * @param label the category, not null
     * @param cells one cell per column, plus the total if there is a total column
     * @return this builder
     */
    public Builder row(String label, List<Cell> cells) {
      rows.add(new Row(label, cells, false));
      return this;
    }

    /**
     * Sets the total row; columns then add up to it.
     *
     * @param label the label, for example "Total"
     * @param cells one total per column, plus the grand total if there is a total column
     * @return this builder
     */
    public Builder totalRow(String label, Cell... cells) {
      return totalRow(label, Arrays.asList(cells));
    }

    /**
     * Sets the total row; columns then add up to it.
     *
     * @param label the label, for example "Total"
     * @param cells one total per column, plus the grand total if there is a total column
     * @return this builder
     */
    public Builder totalRow(String label, List<Cell> cells) {
      this.totalRow = new Row(label, cells, true);
      this.columnsAddUp = true;
      return this;
    }

    /**
     * Adds a footnote.
     *
     * @param note the footnote, not null
     * @return this builder
     */
    public Builder footnote(String note) {
      footnotes.add(requireNonNull(note, "note"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if there are no columns, a row has the wrong number of
     *     cells or repeats a label, or a line declared to add up holds text or estimates
     */
    public ReportTable build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("table '" + id + "' needs at least one column; call columns(...)");
      }
      int width = columns.size() + (totalColumnLabel == null ? 0 : 1);
      List<Row> all = new ArrayList<>(rows);
      if (totalRow != null) {
        all.add(totalRow);
      }
      Set<String> labels = new HashSet<>();
      for (Row r : all) {
        if (r.cells().size() != width) {
          throw new IllegalArgumentException("table '" + id + "', row '" + r.label() + "' has "
              + r.cells().size() + " cells but the table has " + width
              + " columns (categories plus any total column)");
        }
        if (!labels.add(r.label())) {
          throw new IllegalArgumentException("table '" + id + "' repeats the row label '" + r.label() + "'");
        }
        if (rowsAddUp || columnsAddUp) {
          for (int c = 0; c < width; c++) {
            Cell.Kind k = r.cells().get(c).kind();
            if (k == Cell.Kind.TEXT || k == Cell.Kind.ESTIMATE) {
              throw new IllegalArgumentException("table '" + id + "', row '" + r.label() + "', column "
                  + (c + 1) + " holds " + k.name().toLowerCase(java.util.Locale.ROOT)
                  + " but the table's lines add up; use counts or percentages, or drop the totals");
            }
          }
        }
      }
      return new ReportTable(id, title, unit, rowHeading, columns, totalColumnLabel, all, rowsAddUp,
          columnsAddUp, footnotes, false);
    }
  }
}
