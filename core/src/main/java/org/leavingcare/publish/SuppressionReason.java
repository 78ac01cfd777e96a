package org.leavingcare.publish;

/**
 * Why a published cell was withheld. Every suppressed cell shows the symbol {@link #SYMBOL}
 * ({@code [c]}, "confidential", as in UK official statistics) and its table carries a footnote
 * for each reason that occurs in it.
 *
 * <p>Source: CONSULTATION-METHODS.md §9.2, following the DfE confidentiality policy and the
 * StatsWales / ONS symbol conventions.
 */
public enum SuppressionReason {
  /** Primary: the cell counts between 1 and {@code minimumCount - 1} people (§9.2 rule 1). */
  SMALL_COUNT,
  /** Primary: a percentage or estimate whose unweighted base is under {@code minimumBase} (§9.2 rule 2). */
  SMALL_BASE,
  /** Dominance: everyone counted in a line falls in one category, so the line's detail is withheld (§9.2 rule 4). */
  DOMINANCE,
  /** Secondary: withheld so that another suppressed cell cannot be worked out from totals (§9.2 rule 3). */
  SECONDARY;

  /** The symbol shown in place of every suppressed value. */
  public static final String SYMBOL = "[c]";

  /**
   * The footnote explaining this reason under the given policy.
   *
   * @param policy the policy that was applied, not null
   * @return one sentence, starting with the symbol
   */
  public String footnote(SuppressionPolicy policy) {
    switch (this) {
      case SMALL_COUNT:
        return SYMBOL + " Suppressed: fewer than " + policy.minimumCount()
            + " people, to protect their privacy (a shown 0 is a true zero).";
      case SMALL_BASE:
        return SYMBOL + " Suppressed: based on fewer than " + policy.minimumBase()
            + " people, too few for a reliable or private percentage.";
      case DOMINANCE:
        return SYMBOL + " Suppressed: everyone in the group gave the same answer, which would reveal each"
            + " person's answer.";
      case SECONDARY:
        return SYMBOL + " Also suppressed so that a suppressed figure cannot be worked out from the totals.";
      default:
        throw new IllegalStateException("unknown suppression reason " + this + "; this is a bug");
    }
  }
}
