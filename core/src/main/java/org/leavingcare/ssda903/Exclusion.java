package org.leavingcare.ssda903;

/**
 * Why a young person with an OC3 row is left out of the indicator denominators (SSDA903.md §7.2).
 */
public enum Exclusion {
  /** IN_TOUCH DIED: died since leaving care. */
  DIED("Died since leaving care (IN_TOUCH DIED)"),
  /** IN_TOUCH RHOM: returned home to parents for six months or more. */
  RETURNED_HOME("Returned home for 6 months or more (IN_TOUCH RHOM)"),
  /** Looked after only under an agreed series of short breaks (every episode V3 or V4). */
  SHORT_BREAKS_ONLY("Looked after only under agreed short breaks (V3/V4)"),
  /** Care taken over by another authority (final episode ended E3). */
  TRANSFERRED("Care transferred to another authority (REC E3)"),
  /** No date of birth in any accepted row, so no age. */
  NO_DATE_OF_BIRTH("No date of birth"),
  /** The birthday in the year is below 17 or above 25. */
  AGE_OUTSIDE_17_TO_25("Age in the year outside 17 to 25");

  private final String label;

  Exclusion(String label) {
    this.label = label;
  }

  /** @return the label a reader sees */
  public String label() {
    return label;
  }
}
