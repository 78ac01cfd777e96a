package org.leavingcare.ssda903.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.Severity;

/**
 * Collects issues from the reading tasks: all are counted, and the first {@code limit} in reading
 * order are kept: by file (in the order the files were given), then row, then the order they were
 * added in. Which issues are kept therefore does not depend on which thread found one first (files
 * are told apart by name, and the reader refuses two inputs of one name).
 * Thread-safe. Values of identifying columns are replaced by {@link ReadIssue#WITHHELD} here, so
 * no caller can leak one by mistake.
 */
public final class Issues {

  /** Columns whose values identify a person and are never copied into an issue. */
  public static final Set<String> IDENTIFYING = Set.of("DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST");

  /** An issue kept, with where it sorts. */
  private record Kept(ReadIssue issue, int file, long row, long seq) {}

  /** Reading order: by file, row, then the order added. */
  private static final Comparator<Kept> ORDER = Comparator.comparingInt(Kept::file).thenComparingLong(Kept::row)
      .thenComparingLong(Kept::seq);

  private final int limit;
  /** Each file's position by name (the first, if a name is given twice). */
  private final Map<String, Integer> fileOrder;
  /** The kept issues, the last in reading order on top (the one to give up for an earlier one). */
  private final PriorityQueue<Kept> kept = new PriorityQueue<>(ORDER.reversed());
  private final Map<IssueKind, Long> byKind = new EnumMap<>(IssueKind.class);
  private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private long total;
  private long seq;

  /**
   * A collector keeping at most {@code limit} issues, for files in no particular order (issues are
   * kept by row, then in the order added).
   *
   * @param limit how many issues to keep in full
   */
  public Issues(int limit) {
    this(limit, List.of());
  }

  /**
   * A collector keeping at most {@code limit} issues, the first in the order of the files named.
   *
   * @param limit how many issues to keep in full
   * @param files the files' names in reading order; issues of other names sort after theirs
   */
  public Issues(int limit, List<String> files) {
    this.limit = limit;
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.putIfAbsent(files.get(i), i);
    }
    this.fileOrder = order;
  }

  private Issues(Issues like) {
    this.limit = like.limit;
    this.fileOrder = like.fileOrder;
  }

  /**
   * An empty collector with the same limit and file order, to collect apart and then add with
   * {@link #addAll}.
   *
   * @return the new collector
   */
  public Issues fresh() {
    return new Issues(this);
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
    total++;
    int f = fileOrder.getOrDefault(file, Integer.MAX_VALUE);
    if (kept.size() == limit && (limit == 0 || isBefore(kept.peek(), f, row))) {
      return; // the limit is full of issues earlier in reading order
    }
    String v = IDENTIFYING.contains(column) && !value.isEmpty() ? ReadIssue.WITHHELD : value;
    keep(new Kept(new ReadIssue(file, row, column, v, childId, severity, kind, message), f, row, seq++));
  }

  /** Whether a kept issue comes before every issue of file position {@code f} and row {@code row} added from now on. */
  private static boolean isBefore(Kept k, int f, long row) {
    return k.file() < f || k.file() == f && k.row() <= row;
  }

  private void keep(Kept k) {
    kept.add(k);
    if (kept.size() > limit) {
      kept.poll();
    }
  }

  /** @return how many issues are kept in full */
  public int limit() {
    return limit;
  }

  /**
   * Records, after the issues already here, every issue another collector counted, in its order:
   * the result is as if that collector's {@link #add} calls had been made on this one (its issues
   * beyond its limit come after every issue it kept, so this collector would not have kept them
   * either).
   *
   * @param from a collector with the same limit and file order ({@link #fresh()}), no longer written to
   */
  public void addAll(Issues from) {
    List<Kept> theirs;
    Map<IssueKind, Long> kinds;
    Map<Severity, Long> severities;
    long theirTotal;
    synchronized (from) {
      theirs = new ArrayList<>(from.kept);
      kinds = new EnumMap<>(from.byKind);
      severities = new EnumMap<>(from.bySeverity);
      theirTotal = from.total;
    }
    theirs.sort(ORDER);
    synchronized (this) {
      kinds.forEach((k, n) -> byKind.merge(k, n, Long::sum));
      severities.forEach((k, n) -> bySeverity.merge(k, n, Long::sum));
      total += theirTotal;
      for (Kept k : theirs) {
        if (limit > 0 && (kept.size() < limit || !isBefore(kept.peek(), k.file(), k.row()))) {
          keep(new Kept(k.issue(), k.file(), k.row(), seq++));
        }
      }
    }
  }

  /** @return the issues kept, in reading order */
  public synchronized List<ReadIssue> kept() {
    List<Kept> list = new ArrayList<>(kept);
    list.sort(ORDER);
    List<ReadIssue> issues = new ArrayList<>(list.size());
    for (Kept k : list) {
      issues.add(k.issue());
    }
    return List.copyOf(issues);
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
    return total - kept.size();
  }
}
