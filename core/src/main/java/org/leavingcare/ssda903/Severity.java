package org.leavingcare.ssda903;

/** How serious a {@link ReadIssue} is: what happened to the data it concerns. */
public enum Severity {
  /** The value was accepted, normalised or merged; the note says how. */
  NOTE,
  /** The value was accepted as it is, but breaks a DfE validation rule or looks wrong. */
  WARNING,
  /** The value of one cell was not used; the rest of the row was accepted. */
  CELL_REJECTED,
  /** The whole row was rejected and is not in the result. */
  ROW_REJECTED,
  /** The whole file was not read. */
  FILE_REJECTED
}
