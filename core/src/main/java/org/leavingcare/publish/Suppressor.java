package org.leavingcare.publish;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The suppression algorithm of {@link SuppressionPolicy}: primary rules, then greedy secondary
 * suppression over lines that add up, then an exact check by linear algebra. Runs over one table,
 * or over several tables together when a report declares that figures in them add up
 * ({@link Section.Builder#addsUp(CellRef, java.util.List)}): a line is then a set of cells anywhere
 * in those tables.
 */
final class Suppressor {

  private static final double EPS = 1e-9;

  /**
   * A position in one of the tables being suppressed together.
   *
   * @param table the table's index in the list given to the suppressor
   * @param row the row's index, total row included
   * @param column the column's index, total column included
   */
  record Position(int table, int row, int column) {}

  /**
   * Figures declared to add up: the parts' counts sum to the total's count.
   *
   * @param total where the total is published
   * @param parts where the parts are published
   */
  record Relation(Position total, List<Position> parts) {}

  /**
   * A set of cells that add up: the parts sum to the total, or to a known whole when there is no
   * printed total ({@code total < 0}). Cells are global indexes into {@link #cells}.
   *
   * @param ofTable whether the line comes from one table's own layout (dominance looks only at these)
   */
  private record Line(int[] parts, int total, boolean ofTable) {
    int[] entries() {
      if (total < 0) {
        return parts;
      }
      int[] all = java.util.Arrays.copyOf(parts, parts.length + 1);
      all[parts.length] = total;
      return all;
    }

    boolean contains(int cell) {
      if (cell == total) {
        return true;
      }
      for (int p : parts) {
        if (p == cell) {
          return true;
        }
      }
      return false;
    }
  }

  private final SuppressionPolicy policy;
  private final List<ReportTable> tables;
  /** The global index of each table's first cell; cells are numbered table by table, row by row. */
  private final int[] start;
  private final Cell[] cells;
  private final SuppressionReason[] reasons;
  private final List<Line> lines = new ArrayList<>();

  Suppressor(SuppressionPolicy policy, ReportTable table) {
    this(policy, List.of(table), List.of());
  }

  Suppressor(SuppressionPolicy policy, List<ReportTable> tables, List<Relation> relations) {
    this.policy = policy;
    this.tables = List.copyOf(tables);
    this.start = new int[tables.size()];
    int n = 0;
    for (int t = 0; t < tables.size(); t++) {
      start[t] = n;
      n += tables.get(t).rows().size() * tables.get(t).headers().size();
    }
    this.cells = new Cell[n];
    this.reasons = new SuppressionReason[n];
    for (int t = 0; t < tables.size(); t++) {
      ReportTable table = tables.get(t);
      List<ReportTable.Row> rows = table.rows();
      int width = table.headers().size();
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < width; c++) {
          int i = start[t] + r * width + c;
          cells[i] = rows.get(r).cells().get(c);
          reasons[i] = cells[i].suppression().orElse(null);
        }
      }
      addTableLines(t);
    }
    for (Relation rel : relations) {
      int[] parts = new int[rel.parts().size()];
      for (int k = 0; k < parts.length; k++) {
        parts[k] = index(rel.parts().get(k));
      }
      lines.add(new Line(parts, index(rel.total()), false));
    }
  }

  private int index(Position p) {
    return start[p.table()] + p.row() * tables.get(p.table()).headers().size() + p.column();
  }

  private void addTableLines(int t) {
    ReportTable table = tables.get(t);
    int height = table.rows().size();
    int width = table.headers().size();
    boolean totalColumn = table.totalColumnLabel().isPresent();
    boolean totalRow = table.hasTotalRow();
    int partsWide = totalColumn ? width - 1 : width;
    int partsHigh = totalRow ? height - 1 : height;
    int s = start[t];
    if (table.rowsAddUp()) {
      for (int r = 0; r < height; r++) {
        int[] parts = new int[partsWide];
        for (int c = 0; c < partsWide; c++) {
          parts[c] = s + r * width + c;
        }
        lines.add(new Line(parts, totalColumn ? s + r * width + width - 1 : -1, true));
      }
    }
    if (table.columnsAddUp()) {
      for (int c = 0; c < width; c++) {
        int[] parts = new int[partsHigh];
        for (int r = 0; r < partsHigh; r++) {
          parts[r] = s + r * width + c;
        }
        lines.add(new Line(parts, totalRow ? s + (height - 1) * width + c : -1, true));
      }
    }
  }

  /** Suppresses and returns the tables, in the order given. */
  List<ReportTable> run() {
    primary();
    if (policy.dominance()) {
      dominance();
    }
    if (policy.secondary() && !lines.isEmpty()) {
      secondary();
    }
    List<ReportTable> out = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      out.add(published(t));
    }
    return out;
  }

  private ReportTable published(int t) {
    ReportTable table = tables.get(t);
    int width = table.headers().size();
    Set<SuppressionReason> used = EnumSet.noneOf(SuppressionReason.class);
    List<ReportTable.Row> out = new ArrayList<>();
    List<ReportTable.Row> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        int i = start[t] + r * width + c;
        SuppressionReason reason = reasons[i];
        if (reason != null) {
          used.add(reason);
          row.add(cells[i].isSuppressed() ? cells[i] : cells[i].suppressed(reason));
        } else {
          row.add(cells[i]);
        }
      }
      out.add(new ReportTable.Row(rows.get(r).label(), row, rows.get(r).total()));
    }
    List<String> notes = new ArrayList<>();
    for (SuppressionReason reason : used) {
      notes.add(reason.footnote(policy));
    }
    return table.withSuppressedRows(out, notes);
  }

  private void primary() {
    for (int i = 0; i < cells.length; i++) {
      if (reasons[i] != null) {
        continue;
      }
      Cell cell = cells[i];
      long n = cell.unweightedCount().orElse(-1);
      long base = cell.unweightedBase().orElse(-1);
      boolean hasBase = cell.kind() == Cell.Kind.PERCENT || cell.kind() == Cell.Kind.ESTIMATE;
      if (hasBase && base < policy.minimumBase()) {
        reasons[i] = SuppressionReason.SMALL_BASE;
      } else if (n >= 1 && n < policy.minimumCount()) {
        reasons[i] = SuppressionReason.SMALL_COUNT;
      }
    }
  }

  /**
   * §9.2 rule 4: a line of percentages (one group's distribution) whose people all fall in one
   * category loses its detail. Lines of counts are left alone: there a line is often not a group
   * (a column of counts by group adds up to a total of another kind).
   */
  private void dominance() {
    for (Line line : lines) {
      if (!line.ofTable()) {
        continue;
      }
      long total = 0;
      int nonZero = 0;
      boolean counted = true;
      for (int p : line.parts()) {
        Cell cell = cells[p];
        if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
          continue;
        }
        if (cell.kind() != Cell.Kind.PERCENT || cell.unweightedCount().isEmpty()) {
          counted = false;
          break;
        }
        long n = cell.unweightedCount().getAsLong();
        total += n;
        nonZero += n > 0 ? 1 : 0;
      }
      if (counted && nonZero == 1 && line.parts().length > 1 && total > 0) {
        for (int p : line.parts()) {
          if (reasons[p] == null && cells[p].kind() != Cell.Kind.NOT_APPLICABLE) {
            reasons[p] = SuppressionReason.DOMINANCE;
          }
        }
      }
    }
  }

  private boolean suppressed(int p) {
    return reasons[p] != null;
  }

  /** The size used to pick the smallest cell: its unweighted count (numerator for percentages). */
  private long size(int p) {
    return cells[p].unweightedCount().orElse(0);
  }

  private boolean nonZero(int p) {
    Cell cell = cells[p];
    if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
      return false;
    }
    return size(p) > 0 || cell.rawValue() > EPS;
  }

  private void secondary() {
    // Each pass suppresses at least one more cell, so this ends within cells.length passes.
    for (int guard = 0; guard <= cells.length; guard++) {
      if (greedyPass()) {
        continue;
      }
      int recoverable = firstRecoverable();
      if (recoverable < 0 || !protect(recoverable)) {
        return;
      }
    }
  }

  /** One greedy pass: returns true if it suppressed anything. */
  private boolean greedyPass() {
    boolean changed = false;
    for (Line line : lines) {
      int count = 0;
      for (int p : line.entries()) {
        if (suppressed(p)) {
          count++;
        }
      }
      if (count == 1 && suppressSmallestBeside(line)) {
        changed = true;
      }
    }
    return changed;
  }

  /** Suppresses the smallest non-zero published cell of a line (its total as a last resort). */
  private boolean suppressSmallestBeside(Line line) {
    int best = -1;
    for (int p : line.parts()) {
      if (suppressed(p) || !nonZero(p)) {
        continue;
      }
      if (best < 0 || size(p) < size(best)
          || (size(p) == size(best) && fixesAnotherLine(p) && !fixesAnotherLine(best))) {
        best = p;
      }
    }
    if (best < 0 && line.total() >= 0 && !suppressed(line.total()) && nonZero(line.total())) {
      best = line.total();
    }
    if (best < 0) {
      return false;
    }
    reasons[best] = SuppressionReason.SECONDARY;
    return true;
  }

  /** Whether suppressing this cell would also complete another line that has a lone suppressed cell. */
  private boolean fixesAnotherLine(int cell) {
    for (Line line : lines) {
      if (!line.contains(cell)) {
        continue;
      }
      int count = 0;
      for (int p : line.entries()) {
        if (suppressed(p)) {
          count++;
        }
      }
      if (count == 1) {
        return true;
      }
    }
    return false;
  }

  /** Suppresses one more cell in some line through the recoverable cell; false if none can be. */
  private boolean protect(int cell) {
    for (Line line : lines) {
      if (line.contains(cell) && suppressSmallestBeside(line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first suppressed cell whose value is fixed by the published totals, or -1. Unknowns are
   * the suppressed cells; each line gives one linear equation. An unknown is determined exactly
   * when its unit vector lies in the row space of the equations, that is when the reduced row
   * echelon form has a row equal to that unit vector.
   */
  private int firstRecoverable() {
    List<Integer> unknowns = new ArrayList<>();
    int[] index = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      index[i] = -1;
      if (reasons[i] != null && cells[i].kind() != Cell.Kind.NOT_APPLICABLE) {
        index[i] = unknowns.size();
        unknowns.add(i);
      }
    }
    if (unknowns.isEmpty()) {
      return -1;
    }
    List<double[]> equations = new ArrayList<>();
    for (Line line : lines) {
      double[] eq = new double[unknowns.size()];
      boolean any = false;
      for (int p : line.parts()) {
        if (index[p] >= 0) {
          eq[index[p]] += 1;
          any = true;
        }
      }
      if (line.total() >= 0 && index[line.total()] >= 0) {
        eq[index[line.total()]] -= 1;
        any = true;
      }
      if (any) {
        equations.add(eq);
      }
    }
    double[][] m = equations.toArray(new double[0][]);
    int pivots = rref(m, unknowns.size());
    for (int row = 0; row < pivots; row++) {
      int nonZero = 0;
      int at = -1;
      for (int j = 0; j < unknowns.size(); j++) {
        if (Math.abs(m[row][j]) > EPS) {
          nonZero++;
          at = j;
        }
      }
      if (nonZero == 1) {
        return unknowns.get(at);
      }
    }
    return -1;
  }

  /** Reduces the matrix in place to reduced row echelon form; returns the rank. */
  private static int rref(double[][] m, int cols) {
    int rank = 0;
    for (int col = 0; col < cols && rank < m.length; col++) {
      int pivot = -1;
      double best = EPS;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > best) {
          best = Math.abs(m[r][col]);
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[pivot];
      m[pivot] = m[rank];
      m[rank] = tmp;
      double p = m[rank][col];
      for (int j = 0; j < cols; j++) {
        m[rank][j] /= p;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > EPS) {
          double f = m[r][col];
          for (int j = 0; j < cols; j++) {
            m[r][j] -= f * m[rank][j];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
