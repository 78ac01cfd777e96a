package org.leavingcare.principles;

/**
 * How well a decision, policy or service has regard to one corporate parenting principle.
 * Written in checklist files as the constant's name, for example {@code "PARTLY_MET"}.
 */
public enum Rating {
  /** The need is met; evidence says how. */
  MET("Met"),
  /** The need is partly met; an action must say what will close the gap. */
  PARTLY_MET("Partly met"),
  /** The need is not met; an action must say what will be done. */
  NOT_MET("Not met"),
  /** The principle does not bear on this subject; a reason must say why. */
  NOT_APPLICABLE("Not applicable");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  /**
   * The rating as a reader sees it.
   *
   * @return for example {@code "Partly met"}
   */
  public String label() {
    return label;
  }

  /**
   * Whether this rating leaves a gap that needs an action.
   *
   * @return true for {@link #PARTLY_MET} and {@link #NOT_MET}
   */
  public boolean isGap() {
    return this == PARTLY_MET || this == NOT_MET;
  }
}
