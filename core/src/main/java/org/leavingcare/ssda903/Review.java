package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One statutory looked-after review from the Reviews table (CPPCR reg 33).
 *
 * @param date REVIEW, the day the review was held
 * @param participation REVIEW_CODE, how the child took part ({@code PN0} to {@code PN7}), or empty
 *     if blank or rejected
 */
public record Review(LocalDate date, String participation) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public Review {
    requireNonNull(date, "date");
    requireNonNull(participation, "participation");
  }
}
