package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's check, independent of the library's algorithm: a suppressed cell of a table with
 * row and column totals is safe only if some change to the suppressed cells that keeps every
 * published total (a vector of -1, 0 and +1, searched exhaustively) moves it. For such tables
 * the equations form a network, so these vectors are enough to show a cell is not determined.
 */
final class RecoveryAttack {

  private RecoveryAttack() {}

  static void assertNothingRecoverable(ReportTable t) {
    assertThat(recoverable(t)).as("suppressed cells that can be worked out from %s", t.rows()).isEmpty();
  }

  /** The suppressed positions {row, column} that no balanced change can move. */
  static List<int[]> recoverable(ReportTable t) {
    int height = t.rows().size();
    int width = t.headers().size();
    List<int[]> unknowns = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (t.rows().get(r).cells().get(c).isSuppressed()) {
          unknowns.add(new int[] {r, c});
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
      if (balanced(t, unknowns, z, height, width)) {
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

  private static boolean balanced(ReportTable t, List<int[]> unknowns, int[] z, int height, int width) {
    boolean totalColumn = t.totalColumnLabel().isPresent();
    boolean totalRow = t.hasTotalRow();
    int partsWide = totalColumn ? width - 1 : width;
    int partsHigh = totalRow ? height - 1 : height;
    int[][] delta = new int[height][width];
    for (int i = 0; i < z.length; i++) {
      delta[unknowns.get(i)[0]][unknowns.get(i)[1]] = z[i];
    }
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
