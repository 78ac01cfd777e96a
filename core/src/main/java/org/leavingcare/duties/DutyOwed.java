package org.leavingcare.duties;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.leavingcare.law.LegalReference;

/**
 * A duty owed to a young person on the assessment date: its code, the provision it rests on for
 * this person, when it began (where the rules know), when it ends and when it next falls due.
 *
 * @param code the duty
 * @param provision the provision it rests on for this person's category
 * @param since the first day of the status that gives rise to it, where known
 * @param endsAtStartOf the date the duty stops (it is not owed on that date), where fixed by age
 * @param nextDueBy the last permitted date for the next thing the duty requires, where one is set
 * @param conditional whether the duty applies only if further conditions are met (LAW.md §15.6
 *     rule 7)
 */
public record DutyOwed(DutyCode code, LegalReference provision, Optional<LocalDate> since,
    Optional<LocalDate> endsAtStartOf, Optional<LocalDate> nextDueBy, boolean conditional) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DutyOwed {
    requireNonNull(code, "code");
    requireNonNull(provision, "provision");
    requireNonNull(since, "since");
    requireNonNull(endsAtStartOf, "endsAtStartOf");
    requireNonNull(nextDueBy, "nextDueBy");
  }
}
