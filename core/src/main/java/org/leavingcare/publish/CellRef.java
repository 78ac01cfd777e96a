package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * Where a figure is published in a report: a table's id, a row's label and a column's header (a
 * category or the total column's label). Used to declare figures in different tables that add up
 * ({@link Section.Builder#addsUp(CellRef, java.util.List)}), so that suppression protects them
 * together. Immutable.
 *
 * @param table the table's id, as given to {@link ReportTable#builder(String, String)}
 * @param row the row's label (a total row's label for the total row)
 * @param column the column's header
 */
public record CellRef(String table, String row, String column) {

  /** Checks the parts are present. */
  public CellRef {
    requireNonNull(table, "table");
    requireNonNull(row, "row");
    requireNonNull(column, "column");
  }

  /**
   * A position in a report.
   *
   * @param table the table's id
   * @param row the row's label
   * @param column the column's header
   * @return the reference
   */
  public static CellRef of(String table, String row, String column) {
    return new CellRef(table, row, column);
  }

  @Override
  public String toString() {
    return "table '" + table + "', row '" + row + "', column '" + column + "'";
  }
}
