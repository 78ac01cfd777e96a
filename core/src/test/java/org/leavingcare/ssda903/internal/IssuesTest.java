package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;

/** Issues collected apart and added in order are those of one collector. */
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
}
