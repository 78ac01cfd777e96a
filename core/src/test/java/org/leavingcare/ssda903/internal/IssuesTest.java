package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;

/**
 * Issues collected apart and added in order are those of one collector; the issues kept when there
 * are more than the limit are the first in file and row order, whatever order they came in.
 */
class IssuesTest {

  private static void add(Issues to, int i) {
    IssueKind kind = i % 3 == 0 ? IssueKind.OVERLAPPING_EPISODES : IssueKind.CHILD_NOT_IN_HEADER;
    to.add("f.csv", i, i % 2 == 0 ? "DOB" : "CHILD", "v" + i, "C" + i, i % 3 == 0 ? Severity.WARNING : Severity.NOTE,
        kind, "issue " + i);
  }

  @Test
  void collectorsAddedInOrderGiveWhatOneCollectorGives() {
    for (int limit : new int[] {0, 1, 3, 7, 100}) {
      for (int split = 0; split <= 12; split++) {
        Issues merged = new Issues(limit);
        add(merged, 100);
        Issues first = new Issues(limit);
        Issues second = new Issues(limit);
        for (int i = 0; i < 12; i++) {
          add(i < split ? first : second, i);
        }
        Issues reference = new Issues(limit);
        add(reference, 100);
        for (int i = 0; i < 12; i++) {
          add(reference, i);
        }
        merged.addAll(first);
        merged.addAll(second);
        assertThat(merged.kept()).as("limit %d split %d", limit, split).isEqualTo(reference.kept());
        assertThat(merged.byKind()).isEqualTo(reference.byKind());
        assertThat(merged.bySeverity()).isEqualTo(reference.bySeverity());
        assertThat(merged.notKept()).isEqualTo(reference.notKept());
      }
    }
  }

  @Test
  void theFirstIssuesInFileAndRowOrderAreKeptWhateverTheOrderTheyCameIn() {
    List<String> files = List.of("a.csv", "b.csv", "c.csv");
    List<int[]> all = new ArrayList<>(); // file, row
    for (int f = 0; f < 3; f++) {
      for (int row = 1; row <= 20; row++) {
        all.add(new int[] {f, row});
      }
    }
    for (int limit : new int[] {0, 1, 5, 25, 59, 60, 100}) {
      List<ReadIssue> first = null;
      for (int seed = 0; seed < 20; seed++) {
        List<int[]> order = new ArrayList<>(all);
        Collections.shuffle(order, new Random(seed));
        Issues issues = new Issues(limit, files);
        Issues later = issues.fresh(); // half of them collected apart, as the finishing checks do
        for (int i = 0; i < order.size(); i++) {
          int[] at = order.get(i);
          (i % 2 == 0 ? issues : later).add(files.get(at[0]), at[1], "CHILD", "C" + at[1], "C" + at[1],
              Severity.NOTE, IssueKind.CHILD_NOT_IN_HEADER, "issue");
        }
        issues.addAll(later);
        List<ReadIssue> kept = issues.kept();
        assertThat(kept).hasSize(Math.min(limit, 60));
        assertThat(issues.notKept()).isEqualTo(60 - kept.size());
        assertThat(issues.byKind()).isEqualTo(Map.of(IssueKind.CHILD_NOT_IN_HEADER, 60L));
        for (int i = 0; i < kept.size(); i++) { // the first in file order, then row order
          assertThat(kept.get(i).file()).isEqualTo(files.get(i / 20));
          assertThat(kept.get(i).row()).isEqualTo(i % 20 + 1);
        }
        if (first != null) {
          assertThat(kept).isEqualTo(first);
        }
        first = kept;
      }
    }
  }
}
