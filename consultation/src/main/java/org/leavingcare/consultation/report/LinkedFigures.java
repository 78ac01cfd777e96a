package org.leavingcare.consultation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.CellRef;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

/**
 * Declares on a section the figures of its tables that add up beyond the tables' own totals, so
 * that suppression protects them together (CONSULTATION-METHODS.md §9.2): the same count printed
 * twice (a weighted and an unweighted share of the same people), and breakdowns by care experience
 * or by group that add up to the overall figure. A sum is declared only where the printed counts
 * add up exactly (every respondent in exactly one part); where they do not, a reader cannot add
 * them up either.
 */
final class LinkedFigures {

  private LinkedFigures() {}

  /**
   * For each column, the cells of {@code partRows} add up to the cell of {@code totalRow}.
   *
   * @param s the section holding the table
   * @param t the table, built and not yet suppressed
   * @param totalRow the row holding the totals
   * @param partRows the rows holding the parts
   * @param columns the columns to relate
   */
  static void rowsAddUp(Section.Builder s, ReportTable t, String totalRow, List<String> partRows, List<String> columns) {
    for (String column : columns) {
      List<CellRef> parts = new ArrayList<>();
      for (String row : partRows) {
        parts.add(CellRef.of(t.id(), row, column));
      }
      declare(s, List.of(t), CellRef.of(t.id(), totalRow, column), parts);
    }
  }

  /**
   * For each row, the cells of {@code partColumns} in {@code parts} add up to the cell of
   * {@code totalColumn} in {@code totals} (the same table or another).
   *
   * @param s the section holding the tables
   * @param totals the table holding the totals, built and not yet suppressed
   * @param totalColumn the column holding the totals
   * @param parts the table holding the parts, built and not yet suppressed
   * @param partColumns the columns holding the parts
   * @param rows the rows to relate (labels present in both tables)
   */
  static void columnsAddUp(Section.Builder s, ReportTable totals, String totalColumn, ReportTable parts,
      List<String> partColumns, List<String> rows) {
    for (String row : rows) {
      List<CellRef> refs = new ArrayList<>();
      for (String column : partColumns) {
        refs.add(CellRef.of(parts.id(), row, column));
      }
      declare(s, List.of(totals, parts), CellRef.of(totals.id(), row, totalColumn), refs);
    }
  }

  private static void declare(Section.Builder s, List<ReportTable> tables, CellRef total, List<CellRef> parts) {
    if (parts.isEmpty()) {
      return;
    }
    OptionalLong t = count(tables, total);
    long sum = 0;
    for (CellRef p : parts) {
      OptionalLong n = count(tables, p);
      if (n.isEmpty()) {
        return;
      }
      sum += n.getAsLong();
    }
    if (t.isPresent() && t.getAsLong() == sum) {
      s.addsUp(total, parts);
    }
  }

  /** The count printed at a position: zero where not applicable; empty where there is none. */
  private static OptionalLong count(List<ReportTable> tables, CellRef ref) {
    for (ReportTable t : tables) {
      if (!t.id().equals(ref.table())) {
        continue;
      }
      int column = t.headers().indexOf(ref.column());
      for (ReportTable.Row row : t.rows()) {
        if (row.label().equals(ref.row()) && column >= 0) {
          Cell cell = row.cells().get(column);
          return cell.kind() == Cell.Kind.NOT_APPLICABLE ? OptionalLong.of(0) : cell.unweightedCount();
        }
      }
    }
    return OptionalLong.empty();
  }
}
