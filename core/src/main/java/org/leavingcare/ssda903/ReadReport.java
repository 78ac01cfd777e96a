package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a 903 return found: rows read, accepted and rejected per file and table, and every
 * issue with its place and reason. Nothing is dropped silently: every rejected row has at least one
 * {@link Severity#ROW_REJECTED} issue, and the counts reconcile.
 *
 * <p>Issues are kept in full up to a limit set on the reader (so that a million normalised cells
 * cannot exhaust memory); {@link #issueCounts()} always counts all of them, and
 * {@link #issuesNotKept()} says how many were counted but not kept.
 */
public final class ReadReport {

  private final List<TableRead> tables;
  private final List<String> rejectedFiles;
  private final List<ReadIssue> issues;
  private final Map<IssueKind, Long> issueCounts;
  private final Map<Severity, Long> severityCounts;
  private final long issuesNotKept;

  private ReadReport(List<TableRead> tables, List<String> rejectedFiles, List<ReadIssue> issues,
      Map<IssueKind, Long> issueCounts, Map<Severity, Long> severityCounts, long issuesNotKept) {
    this.tables = List.copyOf(tables);
    this.rejectedFiles = List.copyOf(rejectedFiles);
    this.issues = List.copyOf(issues);
    this.issueCounts = Map.copyOf(issueCounts);
    this.severityCounts = Map.copyOf(severityCounts);
    this.issuesNotKept = issuesNotKept;
  }

  /**
   * A report from its parts (used by the reader; useful in tests).
   *
   * @param tables counts per file and table
   * @param rejectedFiles files not read at all
   * @param issues the issues kept
   * @param issueCounts all issues counted by kind, including those not kept
   * @param severityCounts all issues counted by severity
   * @param issuesNotKept how many issues were counted but not kept
   * @return the report
   */
  public static ReadReport of(List<TableRead> tables, List<String> rejectedFiles, List<ReadIssue> issues,
      Map<IssueKind, Long> issueCounts, Map<Severity, Long> severityCounts, long issuesNotKept) {
    return new ReadReport(requireNonNull(tables, "tables"), requireNonNull(rejectedFiles, "rejectedFiles"),
        requireNonNull(issues, "issues"), issueCounts.isEmpty() ? Map.of() : new EnumMap<>(issueCounts),
        severityCounts.isEmpty() ? Map.of() : new EnumMap<>(severityCounts), issuesNotKept);
  }

  /**
   * Counts per file and table, in the order the files were given.
   *
   * @return the counts
   */
  public List<TableRead> tables() {
    return tables;
  }

  /**
   * Files that could not be read at all (each has a {@link Severity#FILE_REJECTED} issue).
   *
   * @return the file names
   */
  public List<String> rejectedFiles() {
    return rejectedFiles;
  }

  /**
   * The issues kept, in reading order: by file, in the order the files were given (earlier years'
   * first), then by row, the issues of one row in the order they were raised. When more were found
   * than the reader's limit, these are the first in that order, whichever reading thread found them
   * (files are told apart by {@code Input.name()}, which the reader requires to be distinct).
   *
   * @return the issues
   */
  public List<ReadIssue> issues() {
    return issues;
  }

  /**
   * Every issue counted by kind, including those not kept.
   *
   * @return counts; kinds with no issue are absent
   */
  public Map<IssueKind, Long> issueCounts() {
    return issueCounts;
  }

  /**
   * Every issue counted by severity, including those not kept.
   *
   * @return counts; severities with no issue are absent
   */
  public Map<Severity, Long> severityCounts() {
    return severityCounts;
  }

  /**
   * How many issues were counted but not kept in {@link #issues()}.
   *
   * @return zero unless the reader's limit was reached
   */
  public long issuesNotKept() {
    return issuesNotKept;
  }

  /**
   * Data rows read, over every file and table.
   *
   * @return the total
   */
  public long rowsRead() {
    return tables.stream().mapToLong(TableRead::read).sum();
  }

  /**
   * Rows accepted, over every file and table.
   *
   * @return the total
   */
  public long rowsAccepted() {
    return tables.stream().mapToLong(TableRead::accepted).sum();
  }

  /**
   * Rows rejected, over every file and table.
   *
   * @return the total
   */
  public long rowsRejected() {
    return tables.stream().mapToLong(TableRead::rejected).sum();
  }

  /**
   * Whether anything was rejected: a file, a row or a cell.
   *
   * @return true if a cell, row or file was rejected
   */
  public boolean hasRejections() {
    return severityCounts.keySet().stream().anyMatch(s -> s != Severity.NOTE && s != Severity.WARNING);
  }
}
