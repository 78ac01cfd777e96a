package org.leavingcare.ssda903;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the SSDA903 return and their CSV column headers (SSDA903.md §3). A CSV file is
 * recognised by its set of headers, in any order, never by its name, as the DfE validator does.
 *
 * <p>The cohort report reads {@link #HEADER}, {@link #EPISODES}, {@link #REVIEWS}, {@link #OC3}
 * and {@link #UASC}; the other tables are recognised, counted and otherwise not used
 * ({@link #isUsed()}).
 */
public enum Ssda903Table {
  /** One row per child: identity, sex, date of birth, ethnicity. */
  HEADER(true, "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
  /** One row per episode of care: the core table. */
  EPISODES(true, "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
      "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
  /** One row per statutory looked-after review. */
  REVIEWS(true, "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
  /** Care leavers: in touch, main activity and accommodation around the birthday. */
  OC3(true, "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
  /** Unaccompanied asylum-seeking children. */
  UASC(true, "CHILD", "SEX", "DOB", "DUC"),
  /** Outcomes for children looked after continuously for 12 months (not used by the cohort report). */
  OC2(false, "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
      "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED"),
  /** Adoptions (not used by the cohort report). */
  AD1(false, "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
      "LS_ADOPTR"),
  /** Decisions that a child should be placed for adoption (not used by the cohort report). */
  PLACED_ADOPTION(false, "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
      "REASON_PLACED_CEASED"),
  /** Previous permanence (not used by the cohort report). */
  PREV_PERM(false, "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
  /** Missing or away from placement (not used by the cohort report). */
  MISSING(false, "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
  /** Social-worker episodes, from 2023-24 (not used by the cohort report). */
  SW_EPISODES(false, "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
  /** Deprivation of liberty orders, from 2026-27 (not used by the cohort report). */
  DOLO(false, "CHILD", "DOB", "DOLO_START", "DOLO_END");

  private final boolean used;
  private final List<String> columns;

  Ssda903Table(boolean used, String... columns) {
    this.used = used;
    this.columns = List.of(columns);
  }

  /**
   * The CSV column headers, in the DfE order.
   *
   * @return the columns, upper case
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Whether the cohort report reads this table's rows.
   *
   * @return true for Header, Episodes, Reviews, OC3 and UASC
   */
  public boolean isUsed() {
    return used;
  }

  /**
   * The table whose headers are exactly this set (order and case ignored).
   *
   * @param headers the header cells of a CSV file, upper case, not null
   * @return the table, or empty if no table has exactly these headers
   */
  public static Optional<Ssda903Table> withHeaders(Set<String> headers) {
    for (Ssda903Table t : values()) {
      if (t.columns.size() == headers.size() && headers.containsAll(t.columns)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
