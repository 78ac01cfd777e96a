package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's check, independent of the library's algorithm: a suppressed cell is safe only if
 * some change to the suppressed cells that keeps every published total (a vector of -1, 0 and +1,
 * searched exhaustively) moves it. The totals are each table's rows and columns that add up, and
 * any figures known to add up across tables (given as {@link CellRef} lists: total first). For
 * tables with totals the equations form a network, so these vectors are enough to show a cell is
 * not determined; for other systems a cell reported here may in truth be safe, never the reverse.
 */
public final class RecoveryAttack {

  private RecoveryAttack() {}

  /** Fails if any suppressed cell of the table can be worked out. @param t the table */
  public static void assertNothingRecoverable(ReportTable t) {
    assertThat(recoverable(t)).as("suppressed cells that can be worked out from %s", t.rows()).isEmpty();
  }

  /** The suppressed positions {row, column} of one table that no balanced change can move. */
  static List<int[]> recoverable(ReportTable t) {
    List<int[]> out = new ArrayList<>();
    for (int[] p : recoverable(List.of(t), List.of())) {
      out.add(new int[] {p[1], p[2]});
    }
    return out;
  }

  /**
   * The suppressed positions {table, row, column} that no balanced change can move.
   *
   * @param tables the published tables
   * @param sums figures known to add up: each list is the total followed by its parts
   */
  public static List<int[]> recoverable(List<ReportTable> tables, List<List<CellRef>> sums) {
    List<int[]> unknowns = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      ReportTable table = tables.get(t);
      for (int r = 0; r < table.rows().size(); r++) {
        for (int c = 0; c < table.headers().size(); c++) {
          if (table.rows().get(r).cells().get(c).isSuppressed()) {
            unknowns.add(new int[] {t, r, c});
          }
        }
      }
    }
    if (unknowns.size() > 14) {
      throw new IllegalArgumentException("too many suppressed cells for an exhaustive search: " + unknowns.size());
    }
    boolean[] movable = new boolean[unknowns.size()];
    int[] z = new int[unknowns.size()];
    int combos = (int) Math.pow(3, unknowns.size());
    for (int code = 1; code < combos; code++) {
      int x = code;
      for (int i = 0; i < z.length; i++) {
        z[i] = x % 3 - 1;
        x /= 3;
      }
      int[][][] delta = new int[tables.size()][][];
      for (int t = 0; t < tables.size(); t++) {
        delta[t] = new int[tables.get(t).rows().size()][tables.get(t).headers().size()];
      }
      for (int i = 0; i < z.length; i++) {
        int[] u = unknowns.get(i);
        delta[u[0]][u[1]][u[2]] = z[i];
      }
      boolean balanced = true;
      for (int t = 0; t < tables.size() && balanced; t++) {
        balanced = balanced(tables.get(t), delta[t]);
      }
      for (List<CellRef> sum : sums) {
        if (!balanced) {
          break;
        }
        int total = 0;
        for (int k = 1; k < sum.size(); k++) {
          total += at(tables, delta, sum.get(k));
        }
        balanced = total == at(tables, delta, sum.get(0));
      }
      if (balanced) {
        for (int i = 0; i < z.length; i++) {
          movable[i] |= z[i] != 0;
        }
      }
    }
    List<int[]> fixed = new ArrayList<>();
    for (int i = 0; i < movable.length; i++) {
      if (!movable[i]) {
        fixed.add(unknowns.get(i));
      }
    }
    return fixed;
  }

  private static int at(List<ReportTable> tables, int[][][] delta, CellRef ref) {
    for (int t = 0; t < tables.size(); t++) {
      ReportTable table = tables.get(t);
      if (!table.id().equals(ref.table())) {
        continue;
      }
      int c = table.headers().indexOf(ref.column());
      for (int r = 0; r < table.rows().size(); r++) {
        if (table.rows().get(r).label().equals(ref.row())) {
          return delta[t][r][c];
        }
      }
    }
    throw new IllegalArgumentException("no cell at " + ref);
  }

  private static boolean balanced(ReportTable t, int[][] delta) {
    int height = delta.length;
    int width = t.headers().size();
    boolean totalColumn = t.totalColumnLabel().isPresent();
    boolean totalRow = t.hasTotalRow();
    int partsWide = totalColumn ? width - 1 : width;
    int partsHigh = totalRow ? height - 1 : height;
    if (t.rowsAddUp()) {
      for (int r = 0; r < height; r++) {
        int sum = 0;
        for (int c = 0; c < partsWide; c++) {
          sum += delta[r][c];
        }
        if (sum != (totalColumn ? delta[r][width - 1] : 0)) {
          return false;
        }
      }
    }
    if (t.columnsAddUp()) {
      for (int c = 0; c < width; c++) {
        int sum = 0;
        for (int r = 0; r < partsHigh; r++) {
          sum += delta[r][c];
        }
        if (sum != (totalRow ? delta[height - 1][c] : 0)) {
          return false;
        }
      }
    }
    return true;
  }
}
