package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * The small-number suppression rules applied to every published cell (CONSULTATION-METHODS.md
 * §9.2; thresholds are configuration, citing the council's own disclosure policy).
 *
 * <ol>
 *   <li><b>Primary, counts</b>: a count from 1 to {@code minimumCount - 1} is withheld; a true 0 is
 *       shown.</li>
 *   <li><b>Primary, percentages and estimates</b>: withheld when the unweighted base is under
 *       {@code minimumBase}; a percentage is also withheld when its unweighted numerator would be
 *       (1 to {@code minimumCount - 1}).</li>
 *   <li><b>Dominance</b> (when {@code dominance} is true; off by default): in a line that adds
 *       up and holds percentages (a group's distribution), if every person counted is in one category,
 *       the line's categories are withheld.</li>
 *   <li><b>Secondary</b> (when {@code secondary} is true): in every line that adds up (to a
 *       printed total or to a known whole such as 100%), a lone suppressed cell is joined by the
 *       smallest non-zero cell of that line, repeated until stable; the result is then checked by
 *       solving the linear equations of the table (and of the tables linked to it), and more cells
 *       are withheld until no suppressed value can be worked out exactly from what is published.</li>
 * </ol>
 *
 * <p>All decisions use unweighted counts, even where the published figure is weighted.
 * Suppression is idempotent. Lines that add up are those of each table's layout, plus the figures a
 * report declares to add up across its tables ({@link Section.Builder#addsUp(CellRef, java.util.List)}):
 * tables so linked are suppressed together. Limit: bounds from non-negativity (a suppressed cell
 * narrowed to a small range) are not searched; merge small groups before building a table (§9.2
 * rule 5).
 *
 * @param minimumCount the smallest count published (counts 1 to {@code minimumCount - 1} are
 *     withheld); at least 1 (1 turns primary count suppression off)
 * @param minimumBase the smallest unweighted base for a published percentage or estimate; at least 0
 * @param secondary whether to apply secondary suppression
 * @param dominance whether to withhold the detail of a line of percentages (a group's
 *     distribution) in which everyone counted falls in one category (§9.2 rule 4: "all care leavers aged 16-17 disagreed"); the line's zeros are then
 *     withheld too, and its total stays
 * @param source the policy document the thresholds come from, shown in reports, not null
 */
public record SuppressionPolicy(int minimumCount, int minimumBase, boolean secondary, boolean dominance,
    String source) {

  /**
   * Checks the thresholds.
   *
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public SuppressionPolicy {
    requireNonNull(source, "source");
    if (minimumCount < 1) {
      throw new IllegalArgumentException("minimumCount must be at least 1, was " + minimumCount);
    }
    if (minimumBase < 0) {
      throw new IllegalArgumentException("minimumBase must be at least 0, was " + minimumBase);
    }
  }

  /**
   * The defaults: counts 1-4 withheld, no percentage on a base under 10, secondary suppression on.
   *
   * @return the default policy
   */
  public static SuppressionPolicy defaults() {
    return new SuppressionPolicy(5, 10, true, false,
        "leavingcare default (counts 1-4 withheld; no percentage on a base under 10; secondary"
            + " suppression), after the DfE confidentiality policy and ONS threshold-10 practice");
  }

  /**
   * This policy with another minimum count.
   *
   * @param count the smallest count published
   * @return a new policy
   */
  public SuppressionPolicy withMinimumCount(int count) {
    return new SuppressionPolicy(count, minimumBase, secondary, dominance, source);
  }

  /**
   * This policy with another minimum base.
   *
   * @param base the smallest base for a published percentage or estimate
   * @return a new policy
   */
  public SuppressionPolicy withMinimumBase(int base) {
    return new SuppressionPolicy(minimumCount, base, secondary, dominance, source);
  }

  /**
   * This policy with secondary suppression on or off.
   *
   * @param on whether to apply secondary suppression
   * @return a new policy
   */
  public SuppressionPolicy withSecondary(boolean on) {
    return new SuppressionPolicy(minimumCount, minimumBase, on, dominance, source);
  }

  /**
   * This policy with the dominance rule on or off (off by default).
   *
   * @param on whether to withhold a line in which everyone falls in one category
   * @return a new policy
   */
  public SuppressionPolicy withDominance(boolean on) {
    return new SuppressionPolicy(minimumCount, minimumBase, secondary, on, source);
  }

  /**
   * This policy citing another source document.
   *
   * @param document the council's disclosure policy, not null
   * @return a new policy
   */
  public SuppressionPolicy withSource(String document) {
    return new SuppressionPolicy(minimumCount, minimumBase, secondary, dominance, document);
  }

  /**
   * The policy in words, for a report's notes: what is withheld and the source document.
   *
   * @return one or two sentences
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (minimumCount() > 1) {
      sb.append("counts from 1 to ").append(minimumCount() - 1).append(" are not shown; ");
    }
    sb.append("no percentage or estimate is shown on a base of fewer than ").append(minimumBase())
        .append(" people");
    if (dominance()) {
      sb.append("; where everyone in a group gave the same answer, that group's detail is withheld");
    }
    if (secondary()) {
      sb.append("; further figures are withheld where needed so that none can be worked out from totals");
    }
    sb.append(". Policy: ").append(source()).append('.');
    return sb.toString();
  }

  /**
   * Applies the policy to a table: marks each withheld cell with its reason, drops its value, and
   * adds a footnote for each reason that occurs. Cells already suppressed stay suppressed.
   *
   * @param table the table, not null
   * @return the table fit to publish
   */
  public ReportTable apply(ReportTable table) {
    return new Suppressor(this, requireNonNull(table, "table")).run().get(0);
  }
}
