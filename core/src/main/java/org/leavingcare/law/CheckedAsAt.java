package org.leavingcare.law;

import java.time.LocalDate;

/** The review date shared by the catalogues, kept apart so that class initialisation has no cycle. */
final class CheckedAsAt {
  static final LocalDate DATE = LocalDate.of(2026, 11, 22);

  private CheckedAsAt() {}
}
