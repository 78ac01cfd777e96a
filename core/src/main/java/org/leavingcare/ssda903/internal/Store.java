package org.leavingcare.ssda903.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.leavingcare.ssda903.internal.Rows.DobSeen;
import org.leavingcare.ssda903.internal.Rows.EpisodeRow;
import org.leavingcare.ssda903.internal.Rows.HeaderRow;
import org.leavingcare.ssda903.internal.Rows.Oc3;
import org.leavingcare.ssda903.internal.Rows.ReviewRow;

/**
 * The accepted rows of a return, keyed by child. Each table's maps are written by one thread at a
 * time (one reading task per table), and read only after every task has finished.
 */
public final class Store {
  /** Header rows by child, in file order. */
  public final Map<String, HeaderRow> headers = new LinkedHashMap<>();
  /** Episodes by child, in file order. */
  public final Map<String, ArrayList<EpisodeRow>> episodes = new LinkedHashMap<>();
  /** Reviews by child. */
  public final Map<String, ArrayList<ReviewRow>> reviews = new HashMap<>();
  /** The first date of birth seen in Reviews, by child. */
  public final Map<String, DobSeen> reviewDobs = new HashMap<>();
  /** OC3 rows by child, in file order. */
  public final Map<String, Oc3> oc3 = new LinkedHashMap<>();
  /** Children in the UASC table (or flagged UASC in XML). */
  public final Set<String> uasc = new HashSet<>();
  /** Files with an index below this are earlier years' (history only). */
  public int firstCurrentFile;

  /**
   * Whether a child has a row in this year's files (not only in earlier years' episodes).
   *
   * @param child the child
   * @return true if the child belongs to this year's return
   */
  public boolean inThisYear(String child) {
    if (headers.containsKey(child) || oc3.containsKey(child) || reviews.containsKey(child) || uasc.contains(child)) {
      return true;
    }
    ArrayList<Rows.EpisodeRow> eps = episodes.get(child);
    if (eps != null) {
      for (Rows.EpisodeRow e : eps) {
        if (e.fileIndex >= firstCurrentFile) {
          return true;
        }
      }
    }
    return false;
  }
}
