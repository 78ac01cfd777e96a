package org.leavingcare.ssda903.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;
import org.leavingcare.ssda903.internal.Rows.DobSeen;
import org.leavingcare.ssda903.internal.Rows.EpisodeRow;
import org.leavingcare.ssda903.internal.Rows.HeaderRow;
import org.leavingcare.ssda903.internal.Rows.Oc3;

/**
 * The checks that need every table: episodes of one child put in order, the same episode from
 * several years' files merged, open episodes from old files closed by the next episode, overlaps
 * and cross-table date-of-birth conflicts reported, and children missing from Header reported.
 */
public final class Finisher {

  private static final Comparator<EpisodeRow> ORDER =
      Comparator.<EpisodeRow>comparingInt(e -> e.start).thenComparingInt(e -> e.fileIndex);

  private Finisher() {}

  /**
   * Runs the checks, changing the store's episode lists in place.
   *
   * @param store the rows read
   * @param issues where issues go
   */
  public static void finish(Store store, Issues issues) {
    for (Map.Entry<String, ArrayList<EpisodeRow>> e : store.episodes.entrySet()) {
      episodes(e.getKey(), e.getValue(), issues);
      if (!store.headers.containsKey(e.getKey()) && store.inThisYear(e.getKey())) {
        EpisodeRow first = e.getValue().get(0);
        issues.add(first.file, first.line, "CHILD", e.getKey(), e.getKey(), Severity.WARNING,
            IssueKind.CHILD_NOT_IN_HEADER, "the child has episodes but no Header row; age-based results need"
                + " a date of birth and are not available for this child.");
      }
    }
    for (Map.Entry<String, Oc3> e : store.oc3.entrySet()) {
      String child = e.getKey();
      Oc3 o = e.getValue();
      HeaderRow h = store.headers.get(child);
      if (h == null) {
        issues.add(o.file, o.line, "CHILD", child, child, Severity.WARNING, IssueKind.CHILD_NOT_IN_HEADER,
            "the young person has an OC3 row but no Header row (DfE rule INT06); OC3's DOB is used.");
      } else if (o.dob != Cells.NOT_A_DATE && o.dob != h.dob) {
        issues.add(o.file, o.line, "DOB", "", child, Severity.WARNING, IssueKind.DATE_OF_BIRTH_CONFLICT,
            "the date of birth differs from the Header row (DfE rule INT15); Header's is used.");
      }
    }
    for (Map.Entry<String, DobSeen> e : store.reviewDobs.entrySet()) {
      HeaderRow h = store.headers.get(e.getKey());
      DobSeen d = e.getValue();
      if (h != null && d.dob != h.dob) {
        issues.add(d.file, d.line, "DOB", "", e.getKey(), Severity.WARNING, IssueKind.DATE_OF_BIRTH_CONFLICT,
            "the date of birth differs from the Header row; Header's is used.");
      }
    }
  }

  private static void episodes(String child, ArrayList<EpisodeRow> list, Issues issues) {
    if (list.size() < 2) {
      return;
    }
    list.sort(ORDER);
    List<EpisodeRow> kept = new ArrayList<>(list.size());
    for (EpisodeRow e : list) {
      EpisodeRow prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (prev != null && prev.start == e.start && prev.fileIndex != e.fileIndex) {
        // The same episode from another year's file: keep the closed version, else the newer file.
        // An episode open in one year's file and closed in a later one is how returns join up: no note.
        boolean keepNew = prev.end == Rows.OPEN && e.end != Rows.OPEN
            || (prev.end == Rows.OPEN) == (e.end == Rows.OPEN);
        EpisodeRow winner = keepNew ? e : prev;
        EpisodeRow loser = keepNew ? prev : e;
        boolean carriedOver = (prev.end == Rows.OPEN) != (e.end == Rows.OPEN) && winner.end != Rows.OPEN
            && winner.fileIndex > loser.fileIndex;
        if (!prev.sameAs(e) && !carriedOver) {
          issues.add(loser.file, loser.line, "DECOM", LocalDate.ofEpochDay(e.start).toString(), child, Severity.NOTE,
              IssueKind.DUPLICATE_EPISODE_MERGED, "the episode also appears in " + winner.file + " row "
                  + winner.line + "; that version (" + (winner.end == Rows.OPEN ? "open" : "closed")
                  + ", from the " + (winner.fileIndex > loser.fileIndex ? "later" : "earlier") + " file) is used.");
        }
        kept.set(kept.size() - 1, winner);
        continue;
      }
      if (prev != null && prev.start == e.start && prev.sameAs(e)) {
        issues.add(e.file, e.line, "DECOM", LocalDate.ofEpochDay(e.start).toString(), child, Severity.NOTE,
            IssueKind.DUPLICATE_EPISODE_MERGED, "the same episode is repeated (row " + prev.line + "); one is used.");
        continue;
      }
      kept.add(e);
    }
    for (int i = 0; i + 1 < kept.size(); i++) {
      EpisodeRow a = kept.get(i);
      EpisodeRow b = kept.get(i + 1);
      if (a.end == Rows.OPEN && b.start > a.start) {
        boolean newPeriod = "S".equals(b.rne);
        a.end = newPeriod ? b.start - 1 : b.start;
        a.rec = newPeriod ? "" : "X1";
        issues.add(a.file, a.line, "DEC", "", child, Severity.NOTE, IssueKind.OPEN_EPISODE_CLOSED,
            "the episode is open but the child has a later episode (" + b.file + " row " + b.line + "); it is"
                + (newPeriod ? " closed the day before that new period of care starts." : " closed when that episode starts."));
      } else if (a.end > b.start) {
        issues.add(b.file, b.line, "DECOM", LocalDate.ofEpochDay(b.start).toString(), child, Severity.WARNING,
            IssueKind.OVERLAPPING_EPISODES, "the episode starts before the previous one (" + a.file + " row "
                + a.line + ") ends (DfE rule 501); overlapping time is counted once.");
      }
    }
    list.clear();
    list.addAll(kept);
  }
}
