package org.leavingcare.principles;

/** What a checklist is about. Written in checklist files as the constant's name. */
public enum SubjectKind {
  /** A decision, for example a committee decision or a change to a charge. */
  DECISION("Decision"),
  /** A policy or strategy. */
  POLICY("Policy"),
  /** A service the council or a partner provides. */
  SERVICE("Service");

  private final String label;

  SubjectKind(String label) {
    this.label = label;
  }

  /**
   * The kind as a reader sees it.
   *
   * @return for example {@code "Policy"}
   */
  public String label() {
    return label;
  }
}
