package org.leavingcare.publish;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The suppression algorithm of {@link SuppressionPolicy}: primary rules, then greedy secondary
 * suppression over lines that add up, then an exact check by linear algebra. Used once per table.
 */
final class Suppressor {

  private static final double EPS = 1e-9;

  private final SuppressionPolicy policy;
  private final ReportTable table;
  private final int height;
  private final int width;
  private final Cell[][] cells;
  private final SuppressionReason[][] reasons;
  /** Each line: the positions of its entries; the last is its printed total, or absent. */
  private final List<Line> lines = new ArrayList<>();

  private record Line(List<int[]> parts, int[] total) {
    List<int[]> entries() {
      if (total == null) {
        return parts;
      }
      List<int[]> all = new ArrayList<>(parts);
      all.add(total);
      return all;
    }
  }

  Suppressor(SuppressionPolicy policy, ReportTable table) {
    this.policy = policy;
    this.table = table;
    List<ReportTable.Row> rows = table.rows();
    this.height = rows.size();
    this.width = table.headers().size();
    this.cells = new Cell[height][width];
    this.reasons = new SuppressionReason[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        cells[r][c] = rows.get(r).cells().get(c);
        reasons[r][c] = cells[r][c].suppression().orElse(null);
      }
    }
    boolean totalColumn = table.totalColumnLabel().isPresent();
    boolean totalRow = table.hasTotalRow();
    int partsWide = totalColumn ? width - 1 : width;
    int partsHigh = totalRow ? height - 1 : height;
    if (table.rowsAddUp()) {
      for (int r = 0; r < height; r++) {
        List<int[]> parts = new ArrayList<>();
        for (int c = 0; c < partsWide; c++) {
          parts.add(new int[] {r, c});
        }
        lines.add(new Line(parts, totalColumn ? new int[] {r, width - 1} : null));
      }
    }
    if (table.columnsAddUp()) {
      for (int c = 0; c < width; c++) {
        List<int[]> parts = new ArrayList<>();
        for (int r = 0; r < partsHigh; r++) {
          parts.add(new int[] {r, c});
        }
        lines.add(new Line(parts, totalRow ? new int[] {height - 1, c} : null));
      }
    }
  }

  ReportTable run() {
    primary();
    if (policy.dominance()) {
      dominance();
    }
    if (policy.secondary() && !lines.isEmpty()) {
      secondary();
    }
    Set<SuppressionReason> used = EnumSet.noneOf(SuppressionReason.class);
    List<ReportTable.Row> out = new ArrayList<>();
    List<ReportTable.Row> rows = table.rows();
    for (int r = 0; r < height; r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        SuppressionReason reason = reasons[r][c];
        if (reason != null) {
          used.add(reason);
          row.add(cells[r][c].isSuppressed() ? cells[r][c] : cells[r][c].suppressed(reason));
        } else {
          row.add(cells[r][c]);
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
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (reasons[r][c] != null) {
          continue;
        }
        Cell cell = cells[r][c];
        long n = cell.unweightedCount().orElse(-1);
        long base = cell.unweightedBase().orElse(-1);
        boolean hasBase = cell.kind() == Cell.Kind.PERCENT || cell.kind() == Cell.Kind.ESTIMATE;
        if (hasBase && base < policy.minimumBase()) {
          reasons[r][c] = SuppressionReason.SMALL_BASE;
        } else if (n >= 1 && n < policy.minimumCount()) {
          reasons[r][c] = SuppressionReason.SMALL_COUNT;
        }
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
      long total = 0;
      int nonZero = 0;
      boolean counted = true;
      for (int[] p : line.parts()) {
        Cell cell = cells[p[0]][p[1]];
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
      if (counted && nonZero == 1 && line.parts().size() > 1 && total > 0) {
        for (int[] p : line.parts()) {
          if (reasons[p[0]][p[1]] == null && cells[p[0]][p[1]].kind() != Cell.Kind.NOT_APPLICABLE) {
            reasons[p[0]][p[1]] = SuppressionReason.DOMINANCE;
          }
        }
      }
    }
  }

  private boolean suppressed(int[] p) {
    return reasons[p[0]][p[1]] != null;
  }

  /** The size used to pick the smallest cell: its unweighted count (numerator for percentages). */
  private long size(int[] p) {
    Cell cell = cells[p[0]][p[1]];
    return cell.unweightedCount().orElse(0);
  }

  private boolean nonZero(int[] p) {
    Cell cell = cells[p[0]][p[1]];
    if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
      return false;
    }
    return size(p) > 0 || cell.rawValue() > EPS;
  }

  private void secondary() {
    // Each pass suppresses at least one more cell, so this ends within height * width passes.
    for (int guard = 0; guard <= height * width; guard++) {
      if (greedyPass()) {
        continue;
      }
      int[] recoverable = firstRecoverable();
      if (recoverable == null) {
        return;
      }
      if (!protect(recoverable)) {
        return;
      }
    }
  }

  /** One greedy pass: returns true if it suppressed anything. */
  private boolean greedyPass() {
    boolean changed = false;
    for (Line line : lines) {
      List<int[]> entries = line.entries();
      int[] lone = null;
      int count = 0;
      for (int[] p : entries) {
        if (suppressed(p)) {
          count++;
          lone = p;
        }
      }
      if (count == 1 && suppressSmallestBeside(line, lone)) {
        changed = true;
      }
    }
    return changed;
  }

  /** Suppresses the smallest non-zero published cell of a line (its total as a last resort). */
  private boolean suppressSmallestBeside(Line line, int[] protectedCell) {
    int[] best = null;
    for (int[] p : line.parts()) {
      if (suppressed(p) || !nonZero(p)) {
        continue;
      }
      if (best == null || size(p) < size(best)
          || (size(p) == size(best) && fixesAnotherLine(p) && !fixesAnotherLine(best))) {
        best = p;
      }
    }
    if (best == null && line.total() != null && !suppressed(line.total()) && nonZero(line.total())) {
      best = line.total();
    }
    if (best == null) {
      return false;
    }
    reasons[best[0]][best[1]] = SuppressionReason.SECONDARY;
    return true;
  }

  /** Whether suppressing this cell would also complete another line that has a lone suppressed cell. */
  private boolean fixesAnotherLine(int[] cell) {
    for (Line line : lines) {
      boolean contains = false;
      int count = 0;
      for (int[] p : line.entries()) {
        if (p[0] == cell[0] && p[1] == cell[1]) {
          contains = true;
        }
        if (suppressed(p)) {
          count++;
        }
      }
      if (contains && count == 1) {
        return true;
      }
    }
    return false;
  }

  /** Suppresses one more cell in some line through the recoverable cell; false if none can be. */
  private boolean protect(int[] cell) {
    for (Line line : lines) {
      boolean contains = false;
      for (int[] p : line.entries()) {
        if (p[0] == cell[0] && p[1] == cell[1]) {
          contains = true;
        }
      }
      if (contains && suppressSmallestBeside(line, cell)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first suppressed cell whose value is fixed by the published totals, or null. Unknowns are
   * the suppressed cells; each line gives one linear equation. An unknown is determined exactly
   * when its unit vector lies in the row space of the equations, that is when the reduced row
   * echelon form has a row equal to that unit vector.
   */
  private int[] firstRecoverable() {
    List<int[]> unknowns = new ArrayList<>();
    int[][] index = new int[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        index[r][c] = -1;
        if (reasons[r][c] != null && cells[r][c].kind() != Cell.Kind.NOT_APPLICABLE) {
          index[r][c] = unknowns.size();
          unknowns.add(new int[] {r, c});
        }
      }
    }
    if (unknowns.isEmpty()) {
      return null;
    }
    List<double[]> equations = new ArrayList<>();
    for (Line line : lines) {
      double[] eq = new double[unknowns.size()];
      boolean any = false;
      for (int[] p : line.parts()) {
        int i = index[p[0]][p[1]];
        if (i >= 0) {
          eq[i] += 1;
          any = true;
        }
      }
      if (line.total() != null) {
        int i = index[line.total()[0]][line.total()[1]];
        if (i >= 0) {
          eq[i] -= 1;
          any = true;
        }
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
    return null;
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
