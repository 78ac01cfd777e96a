package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Figures in a report that add up: the parts' counts sum to the total's count. Declared on a
 * {@link Section} ({@link Section.Builder#addsUp(CellRef, List)}) when a table breaks down a
 * figure printed in another table, or prints the same figure twice (one part), so that suppression
 * protects the linked tables together: a withheld figure can then be worked out neither from one
 * table nor by combining them. The sum is of unweighted counts (the numerator of a percentage).
 * Immutable.
 *
 * @param total where the total is published
 * @param parts where the parts are published, at least one
 */
public record CellSum(CellRef total, List<CellRef> parts) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if there is no part
   */
  public CellSum {
    requireNonNull(total, "total");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("figures adding up to " + total + " need at least one part");
    }
  }
}
