package org.leavingcare.ssda903.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.Severity;

/**
 * Collects issues from the reading tasks: all are counted, the first {@code limit} are kept.
 * Thread-safe. Values of identifying columns are replaced by {@link ReadIssue#WITHHELD} here, so
 * no caller can leak one by mistake.
 */
public final class Issues {

  /** Columns whose values identify a person and are never copied into an issue. */
  public static final Set<String> IDENTIFYING = Set.of("DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST");

  private final int limit;
  private final List<ReadIssue> kept = new ArrayList<>();
  private final Map<IssueKind, Long> byKind = new EnumMap<>(IssueKind.class);
  private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private long notKept;

  /**
   * A collector keeping at most {@code limit} issues.
   *
   * @param limit how many issues to keep in full
   */
  public Issues(int limit) {
    this.limit = limit;
  }

  /**
   * Records an issue.
   *
   * @param file the file
   * @param row the line, or 0
   * @param column the column, or empty
   * @param value the value as read, or empty (withheld here for identifying columns)
   * @param childId the child, or empty
   * @param severity what happened
   * @param kind why
   * @param message the sentence for this case
   */
  public synchronized void add(String file, long row, String column, String value, String childId,
      Severity severity, IssueKind kind, String message) {
    byKind.merge(kind, 1L, Long::sum);
    bySeverity.merge(severity, 1L, Long::sum);
    if (kept.size() < limit) {
      String v = IDENTIFYING.contains(column) && !value.isEmpty() ? ReadIssue.WITHHELD : value;
      kept.add(new ReadIssue(file, row, column, v, childId, severity, kind, message));
    } else {
      notKept++;
    }
  }

  /** @return how many issues are kept in full */
  public int limit() {
    return limit;
  }

  /**
   * Records, after the issues already here, every issue another collector counted, in its order:
   * the result is as if that collector's {@link #add} calls had been made on this one (this
   * collector keeps what its own limit allows; the other's issues beyond its limit are counted, and
   * not kept, here too, as they come after every issue it kept).
   *
   * @param from a collector with the same limit, no longer written to
   */
  public void addAll(Issues from) {
    List<ReadIssue> theirs;
    Map<IssueKind, Long> kinds;
    Map<Severity, Long> severities;
    long theirNotKept;
    synchronized (from) {
      theirs = new ArrayList<>(from.kept);
      kinds = new EnumMap<>(from.byKind);
      severities = new EnumMap<>(from.bySeverity);
      theirNotKept = from.notKept;
    }
    synchronized (this) {
      for (ReadIssue i : theirs) {
        byKind.merge(i.kind(), 1L, Long::sum);
        bySeverity.merge(i.severity(), 1L, Long::sum);
        kinds.merge(i.kind(), -1L, Long::sum);
        severities.merge(i.severity(), -1L, Long::sum);
        if (kept.size() < limit) {
          kept.add(i);
        } else {
          notKept++;
        }
      }
      kinds.forEach((k, n) -> {
        if (n > 0) {
          byKind.merge(k, n, Long::sum);
        }
      });
      severities.forEach((k, n) -> {
        if (n > 0) {
          bySeverity.merge(k, n, Long::sum);
        }
      });
      notKept += theirNotKept;
    }
  }

  /** @return the issues kept, in the order added */
  public synchronized List<ReadIssue> kept() {
    return List.copyOf(kept);
  }

  /** @return counts by kind */
  public synchronized Map<IssueKind, Long> byKind() {
    return byKind.isEmpty() ? Map.of() : new EnumMap<>(byKind);
  }

  /** @return counts by severity */
  public synchronized Map<Severity, Long> bySeverity() {
    return bySeverity.isEmpty() ? Map.of() : new EnumMap<>(bySeverity);
  }

  /** @return how many issues were counted but not kept */
  public synchronized long notKept() {
    return notKept;
  }
}
