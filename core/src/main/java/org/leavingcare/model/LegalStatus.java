package org.leavingcare.model;

import java.util.Locale;

/**
 * The SSDA903 legal status of a care episode (the {@code LS} column of the DfE children looked
 * after return). The rules read only whether an episode is a claimed short break (V3, V4), a care
 * order (C1, C2) or a remand (J1); the code is kept so that nothing the return says is lost.
 */
public enum LegalStatus {
  /** Interim care order. */
  C1,
  /** Full care order. */
  C2,
  /** Freeing order granted. */
  D1,
  /** Placement order granted. */
  E1,
  /** Single period of accommodation under s.20 Children Act 1989. */
  V2,
  /** Agreed series of short-term breaks, each break recorded as an episode. */
  V3,
  /** Agreed series of short-term breaks, the agreement recorded, not each break. */
  V4,
  /** Police protection, in local authority accommodation. */
  L1,
  /** Emergency protection order. */
  L2,
  /** Child assessment order, in local authority accommodation. */
  L3,
  /** Remanded to local authority or youth detention accommodation. */
  J1,
  /** Placed in local authority accommodation under PACE 1984. */
  J2,
  /** Sentenced to a youth rehabilitation order with a residence or fostering requirement. */
  J3;

  /**
   * The status for an SSDA903 code, ignoring case and surrounding spaces.
   *
   * @param code the code, for example {@code "V3"}
   * @return the status
   * @throws IllegalArgumentException naming the code if it is not an SSDA903 legal status
   */
  public static LegalStatus parse(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    for (LegalStatus s : values()) {
      if (s.name().equals(c)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not an SSDA903 legal status code; use one of "
        + java.util.Arrays.toString(values()));
  }

  /**
   * Whether this status is an agreed series of short breaks (V3 or V4).
   *
   * @return true for V3 and V4
   */
  public boolean isShortBreak() {
    return this == V3 || this == V4;
  }

  /**
   * Whether the child is in care under a care order or interim care order (C1 or C2).
   *
   * @return true for C1 and C2
   */
  public boolean isCareOrder() {
    return this == C1 || this == C2;
  }
}
