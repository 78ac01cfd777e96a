package org.leavingcare.model;

import java.util.Locale;

/**
 * The SSDA903 placement type of a care episode (the {@code PLACE} column of the DfE children
 * looked after return). Kept on the episode for hosts and reports; no English leaving-care rule
 * reads it.
 */
public enum PlacementType {
  /** Placed for adoption with consent, with current foster carers. */
  A3,
  /** Placed for adoption with consent, not with current foster carers. */
  A4,
  /** Placed for adoption with a placement order, with current foster carers. */
  A5,
  /** Placed for adoption with a placement order, not with current foster carers. */
  A6,
  /** Semi-independent living not subject to children's homes regulations (until 2023-24). */
  H5,
  /** Secure children's home. */
  K1,
  /** Children's home subject to Children's Homes Regulations. */
  K2,
  /** Registered supported accommodation (from 2024-25). */
  K3,
  /** Placed with own parents or person with parental responsibility. */
  P1,
  /** Independent living (until 2023-24). */
  P2,
  /** Residential employment. */
  P3,
  /** Residential care home. */
  R1,
  /** NHS or health trust or other establishment giving medical or nursing care. */
  R2,
  /** Family centre or mother and baby unit. */
  R3,
  /** Young offender institution. */
  R5,
  /** Residential school. */
  S1,
  /** Temporary move, all types. */
  T0,
  /** Temporary period in hospital. */
  T1,
  /** Temporary absence on holiday. */
  T2,
  /** Temporary accommodation while the usual foster carer is on holiday. */
  T3,
  /** Temporary accommodation of seven days or less, any other reason. */
  T4,
  /** Foster placement with relative or friend, long-term. */
  U1,
  /** Foster placement with relative or friend who is also an approved adopter. */
  U2,
  /** Foster placement with relative or friend, not long-term or FfA. */
  U3,
  /** Foster placement with other foster carer, long-term. */
  U4,
  /** Foster placement with other carer who is also an approved adopter. */
  U5,
  /** Foster placement with other foster carer, not long-term or FfA. */
  U6,
  /** Other placement (until 2024-25). */
  Z1,
  /** Other placement (from 2025-26). */
  Z11,
  /** Other placement (from 2025-26). */
  Z12,
  /** Other placement (from 2025-26). */
  Z13,
  /** Other placement (from 2025-26). */
  Z14;

  /**
   * The placement type for an SSDA903 code, ignoring case and surrounding spaces.
   *
   * @param code the code, for example {@code "U4"}
   * @return the placement type
   * @throws IllegalArgumentException naming the code if it is not an SSDA903 placement type
   */
  public static PlacementType parse(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    for (PlacementType p : values()) {
      if (p.name().equals(c)) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not an SSDA903 placement type code; use one of "
        + java.util.Arrays.toString(values()));
  }
}
