package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

/**
 * A care leaver's OC3 row: in touch, main activity and accommodation around the birthday in the
 * year (SSDA903.md §3, §4.10 to §4.12). Each value is a valid code, upper case, or the empty string
 * when the cell was blank or rejected (see the read report for which).
 *
 * @param inTouch IN_TOUCH: YES, NO, DIED, REFU, NREQ or RHOM, or empty
 * @param activity ACTIV, for example F1 or G5, or {@code 0} (not known), or empty
 * @param accommodation ACCOM, for example U1, or {@code 0} (no information), or empty
 */
public record Oc3Row(String inTouch, String activity, String accommodation) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public Oc3Row {
    requireNonNull(inTouch, "inTouch");
    requireNonNull(activity, "activity");
    requireNonNull(accommodation, "accommodation");
  }

  /**
   * Whether all three values are blank or rejected.
   *
   * @return true if nothing usable was returned
   */
  public boolean isBlank() {
    return inTouch.isEmpty() && activity.isEmpty() && accommodation.isEmpty();
  }
}
