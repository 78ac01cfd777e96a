package org.leavingcare.ssda903.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;

/**
 * The checks that need every table: episodes of one child put in order, the same episode from
 * several years' files merged, open episodes from old files closed by the next episode, overlaps
 * and cross-table date-of-birth conflicts reported, and children missing from Header reported.
 */
public final class Finisher {

  private Finisher() {}

  /**
   * Groups the store's rows by child and runs the checks, changing its episodes in place. The
   * children's checks run in contiguous ranges on a pool: each range's issues are collected apart
   * and added in range order, so the issues, their order and what is kept are those of one thread.
   *
   * @param store the rows read
   * @param issues where issues go
   * @param pool where the ranges run
   * @param parts the pool's threads (the children are cut into up to 16 ranges per thread)
   * @throws InterruptedException if interrupted while waiting for a range
   * @throws ExecutionException if a range failed
   */
  public static void finish(Store store, Issues issues, ExecutorService pool, int parts)
      throws InterruptedException, ExecutionException {
    store.group(pool);
    int n = store.children();
    // Many more ranges than threads, so that no thread is left waiting on another's last range.
    int p = Math.max(1, Math.min(parts * 16, n / 500));
    if (p == 1) {
      children(store, 0, n, issues);
    } else {
      Issues[] local = new Issues[p];
      List<Future<?>> ranges = new ArrayList<>();
      for (int i = 0; i < p; i++) {
        Issues mine = issues.fresh();
        local[i] = mine;
        int from = (int) ((long) n * i / p);
        int to = (int) ((long) n * (i + 1) / p);
        ranges.add(pool.submit(() -> children(store, from, to, mine)));
      }
      for (Future<?> f : ranges) {
        f.get();
      }
      for (Issues mine : local) {
        issues.addAll(mine);
      }
    }
    tables(store, issues);
  }

  /** Each child's episodes in {@code [from, to)}: put in order, merged, closed, checked; children missing from Header. */
  private static void children(Store store, int from, int to, Issues issues) {
    int[] kept = new int[16];
    for (int c = from; c < to; c++) {
      int n = store.episodeCount(c);
      if (n == 0) {
        continue;
      }
      store.sortEpisodes(c);
      if (kept.length < n) {
        kept = new int[n];
      }
      episodes(store, c, kept, issues);
      if (store.headers.row(c) < 0 && store.inThisYear(c)) {
        int first = store.episode(c, 0);
        issues.add(store.file(store.fileIndex(first)), store.line(first), "CHILD", store.id(c), store.id(c), Severity.WARNING,
            IssueKind.CHILD_NOT_IN_HEADER, "the child has episodes but no Header row; age-based results need"
                + " a date of birth and are not available for this child.");
      }
    }
  }

  /** OC3 and Reviews against Header. */
  private static void tables(Store store, Issues issues) {
    for (int r = 0; r < store.oc3.size(); r++) {
      int c = store.oc3.child(r);
      int h = store.headers.row(c);
      String file = store.file(store.oc3.file(r));
      if (h < 0) {
        issues.add(file, store.oc3.line(r), "CHILD", store.id(c), store.id(c), Severity.WARNING, IssueKind.CHILD_NOT_IN_HEADER,
            "the young person has an OC3 row but no Header row (DfE rule INT06); OC3's DOB is used.");
      } else if (store.oc3.dob(r) != Cells.NOT_A_DATE && store.oc3.dob(r) != store.headers.dob(h)) {
        issues.add(file, store.oc3.line(r), "DOB", "", store.id(c), Severity.WARNING, IssueKind.DATE_OF_BIRTH_CONFLICT,
            "the date of birth differs from the Header row (DfE rule INT15); Header's is used.");
      }
    }
    for (int d = 0; d < store.reviews.dobCount(); d++) {
      int c = store.reviews.dobChild(d);
      int h = store.headers.row(c);
      if (h >= 0 && store.reviews.dob(d) != store.headers.dob(h)) {
        issues.add(store.file(store.reviews.dobFile(d)), store.reviews.dobLine(d), "DOB", "", store.id(c), Severity.WARNING,
            IssueKind.DATE_OF_BIRTH_CONFLICT, "the date of birth differs from the Header row; Header's is used.");
      }
    }
  }

  /** One child's episodes, already in order of start, file and line; {@code kept} is scratch space. */
  private static void episodes(Store s, int c, int[] kept, Issues issues) {
    int n = s.episodeCount(c);
    if (n < 2) {
      return;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      int e = s.episode(c, i);
      int prev = k == 0 ? -1 : kept[k - 1];
      if (prev >= 0 && s.start(prev) == s.start(e) && s.fileIndex(prev) != s.fileIndex(e)) {
        // The same episode from another year's file: keep the closed version, else the newer file.
        // An episode open in one year's file and closed in a later one is how returns join up: no note.
        boolean prevOpen = s.end(prev) == Store.OPEN;
        boolean eOpen = s.end(e) == Store.OPEN;
        boolean keepNew = prevOpen && !eOpen || prevOpen == eOpen;
        int winner = keepNew ? e : prev;
        int loser = keepNew ? prev : e;
        boolean carriedOver = prevOpen != eOpen && s.end(winner) != Store.OPEN
            && s.fileIndex(winner) > s.fileIndex(loser);
        if (!s.sameEpisode(prev, e) && !carriedOver) {
          issues.add(s.file(s.fileIndex(loser)), s.line(loser), "DECOM", LocalDate.ofEpochDay(s.start(e)).toString(),
              s.id(c), Severity.NOTE, IssueKind.DUPLICATE_EPISODE_MERGED, "the episode also appears in "
                  + s.file(s.fileIndex(winner)) + " row " + s.line(winner) + "; that version ("
                  + (s.end(winner) == Store.OPEN ? "open" : "closed") + ", from the "
                  + (s.fileIndex(winner) > s.fileIndex(loser) ? "later" : "earlier") + " file) is used.");
        }
        kept[k - 1] = winner;
        continue;
      }
      if (prev >= 0 && s.start(prev) == s.start(e) && s.sameEpisode(prev, e)) {
        issues.add(s.file(s.fileIndex(e)), s.line(e), "DECOM", LocalDate.ofEpochDay(s.start(e)).toString(), s.id(c),
            Severity.NOTE, IssueKind.DUPLICATE_EPISODE_MERGED, "the same episode is repeated (row " + s.line(prev)
                + "); one is used.");
        continue;
      }
      kept[k++] = e;
    }
    for (int i = 0; i + 1 < k; i++) {
      int a = kept[i];
      int b = kept[i + 1];
      if (s.end(a) == Store.OPEN && s.start(b) > s.start(a)) {
        boolean newPeriod = "S".equals(s.code(b, Store.RNE));
        s.setEnd(a, newPeriod ? s.start(b) - 1 : s.start(b));
        s.setRec(a, newPeriod ? "" : "X1");
        issues.add(s.file(s.fileIndex(a)), s.line(a), "DEC", "", s.id(c), Severity.NOTE, IssueKind.OPEN_EPISODE_CLOSED,
            "the episode is open but the child has a later episode (" + s.file(s.fileIndex(b)) + " row "
                + s.line(b) + "); it is" + (newPeriod ? " closed the day before that new period of care starts."
                    : " closed when that episode starts."));
      } else if (s.end(a) > s.start(b)) {
        issues.add(s.file(s.fileIndex(b)), s.line(b), "DECOM", LocalDate.ofEpochDay(s.start(b)).toString(), s.id(c),
            Severity.WARNING, IssueKind.OVERLAPPING_EPISODES, "the episode starts before the previous one ("
                + s.file(s.fileIndex(a)) + " row " + s.line(a) + ") ends (DfE rule 501); overlapping time is counted once.");
      }
    }
    s.keepEpisodes(c, kept, k);
  }
}
