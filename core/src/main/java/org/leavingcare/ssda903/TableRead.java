package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

/**
 * How many rows of one table were read from one file, and what became of them. The counts always
 * reconcile: {@code read == accepted + rejected}.
 *
 * @param file the file name as given to the reader
 * @param table the table recognised from the headers (XML: from the elements)
 * @param read data rows read (blank lines are not rows)
 * @param accepted rows accepted (for a table the report does not use: rows counted)
 * @param rejected rows rejected, each with at least one {@link Severity#ROW_REJECTED} issue
 */
public record TableRead(String file, Ssda903Table table, long read, long accepted, long rejected) {

  /**
   * Checks that the counts reconcile.
   *
   * @throws IllegalArgumentException if a count is negative or {@code read != accepted + rejected}
   */
  public TableRead {
    requireNonNull(file, "file");
    requireNonNull(table, "table");
    if (read < 0 || accepted < 0 || rejected < 0 || read != accepted + rejected) {
      throw new IllegalArgumentException("counts for " + file + " do not reconcile: read " + read
          + ", accepted " + accepted + ", rejected " + rejected + "; this is a bug");
    }
  }
}
