package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.leavingcare.duties.Deadline;
import org.leavingcare.time.DateRange;

/**
 * A young person's categories and deadlines over a period: every change of category (as
 * consecutive periods) and every distinct deadline that any day of the period produced.
 *
 * @param personId the person's identifier
 * @param period the period covered, {@code [from, to)}
 * @param categories consecutive, non-overlapping periods covering the whole period, each with its category
 * @param deadlines every distinct deadline seen, ordered by date then key
 */
public record CaseTimeline(String personId, DateRange period, List<CategoryPeriod> categories, List<Deadline> deadlines) {

  /**
   * A period during which the category did not change.
   *
   * @param dates the dates, {@code [start, endExclusive)}
   * @param category the category on each of them
   * @param assessment the assessment on the first date of the period (with its reasons)
   */
  public record CategoryPeriod(DateRange dates, Category category, Assessment assessment) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CategoryPeriod {
      requireNonNull(dates, "dates");
      requireNonNull(category, "category");
      requireNonNull(assessment, "assessment");
    }
  }

  /**
   * Checks the parts and copies the lists.
   *
   * @throws NullPointerException if a part is null
   */
  public CaseTimeline {
    requireNonNull(personId, "personId");
    requireNonNull(period, "period");
    categories = List.copyOf(categories);
    deadlines = List.copyOf(deadlines);
  }

  /**
   * The category on a date in the period.
   *
   * @param date the date
   * @return the category
   * @throws IllegalArgumentException if the date is outside the period
   */
  public Category categoryOn(LocalDate date) {
    for (CategoryPeriod p : categories) {
      if (p.dates().contains(date)) {
        return p.category();
      }
    }
    throw new IllegalArgumentException(date + " is outside the timeline's period " + period);
  }
}
