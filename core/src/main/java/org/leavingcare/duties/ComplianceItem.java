package org.leavingcare.duties;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.leavingcare.law.LegalReference;
import org.leavingcare.rules.Category;

/**
 * One thing that is overdue or falls due soon for one young person.
 *
 * @param personId the person's identifier
 * @param category their category on the review date
 * @param key the deadline
 * @param due the last permitted date
 * @param status overdue, or due within the window
 * @param days days overdue (positive) or days left (zero or more)
 * @param provision the provision the deadline rests on
 */
public record ComplianceItem(String personId, Category category, DeadlineKey key, LocalDate due, Status status,
    long days, LegalReference provision) {

  /** Whether the deadline has passed or is coming up. */
  public enum Status {
    /** The last permitted date is before the review date. */
    OVERDUE,
    /** The last permitted date is on or after the review date, within the window. */
    DUE_SOON
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ComplianceItem {
    requireNonNull(personId, "personId");
    requireNonNull(category, "category");
    requireNonNull(key, "key");
    requireNonNull(due, "due");
    requireNonNull(status, "status");
    requireNonNull(provision, "provision");
  }
}
