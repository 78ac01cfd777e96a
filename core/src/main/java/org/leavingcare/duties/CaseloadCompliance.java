package org.leavingcare.duties;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;

/**
 * How a caseload stands on a date: what is overdue and what falls due within N days, each with its
 * provision. Deadlines come from the recorded events in each history's
 * {@link org.leavingcare.model.Circumstances} (needs assessment completed, last pathway plan
 * review, last personal adviser visit, first and last looked-after reviews, last visit), through
 * the rules. Projected deadlines (for a child not yet eligible) are not counted: nothing is owed
 * yet. Immutable and thread-safe.
 *
 * @param asOf the review date
 * @param withinDays the window for "due soon", in days after the review date (inclusive)
 * @param overdue items past their date, most overdue first
 * @param dueSoon items due within the window, soonest first
 * @param casesReviewed how many histories were assessed
 * @param rejected histories that could not be assessed, with their problems
 */
public record CaseloadCompliance(LocalDate asOf, int withinDays, List<ComplianceItem> overdue,
    List<ComplianceItem> dueSoon, int casesReviewed, List<Rejected> rejected) {

  /**
   * A history that could not be assessed.
   *
   * @param personId the person's identifier
   * @param error what was wrong
   */
  public record Rejected(String personId, InvalidCareHistoryException error) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Rejected {
      requireNonNull(personId, "personId");
      requireNonNull(error, "error");
    }
  }

  /** The deadlines that are things to do (not status dates or age limits). */
  private static final Set<DeadlineKey> ACTIONS = EnumSet.of(DeadlineKey.NEEDS_ASSESSMENT_BY,
      DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY, DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY, DeadlineKey.PA_VISIT_BY,
      DeadlineKey.FIRST_REVIEW_BY, DeadlineKey.SECOND_REVIEW_BY, DeadlineKey.NEXT_REVIEW_BY, DeadlineKey.FIRST_VISIT_BY,
      DeadlineKey.NEXT_VISIT_BY);

  /**
   * Checks the parts and copies the lists.
   *
   * @throws IllegalArgumentException if {@code withinDays} is negative
   */
  public CaseloadCompliance {
    requireNonNull(asOf, "asOf");
    if (withinDays < 0) {
      throw new IllegalArgumentException("withinDays must be >= 0, was " + withinDays);
    }
    overdue = List.copyOf(overdue);
    dueSoon = List.copyOf(dueSoon);
    rejected = List.copyOf(rejected);
  }

  /**
   * Reviews a caseload.
   *
   * @param rules the jurisdiction, not null
   * @param caseload the histories, not null
   * @param asOf the review date
   * @param policy the policy switches
   * @param withinDays the window for "due soon" in days, at least 0
   * @return the review; histories that cannot be assessed on {@code asOf} are listed as rejected
   */
  public static CaseloadCompliance review(Jurisdiction rules, Iterable<CareHistory> caseload, LocalDate asOf,
      Policy policy, int withinDays) {
    requireNonNull(rules, "rules");
    if (withinDays < 0) {
      throw new IllegalArgumentException("withinDays must be >= 0, was " + withinDays);
    }
    List<ComplianceItem> overdue = new ArrayList<>();
    List<ComplianceItem> soon = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    int reviewed = 0;
    LocalDate horizon = asOf.plusDays(withinDays);
    for (CareHistory h : caseload) {
      Assessment a;
      try {
        a = rules.assess(h, asOf, policy);
      } catch (InvalidCareHistoryException e) {
        rejected.add(new Rejected(h.person().id(), e));
        continue;
      }
      reviewed++;
      for (Deadline d : a.deadlines().values()) {
        if (!ACTIONS.contains(d.key()) || d.date().isEmpty()
            || (a.category() == Category.LOOKED_AFTER && d.key() == DeadlineKey.NEEDS_ASSESSMENT_BY)) {
          continue;
        }
        LocalDate due = d.date().get();
        if (due.isBefore(asOf)) {
          overdue.add(new ComplianceItem(a.personId(), a.category(), d.key(), due, ComplianceItem.Status.OVERDUE,
              ChronoUnit.DAYS.between(due, asOf), d.provision()));
        } else if (!due.isAfter(horizon)) {
          soon.add(new ComplianceItem(a.personId(), a.category(), d.key(), due, ComplianceItem.Status.DUE_SOON,
              ChronoUnit.DAYS.between(asOf, due), d.provision()));
        }
      }
    }
    Comparator<ComplianceItem> byDue = Comparator.comparing(ComplianceItem::due)
        .thenComparing(ComplianceItem::personId).thenComparing(ComplianceItem::key);
    overdue.sort(byDue);
    soon.sort(byDue);
    return new CaseloadCompliance(asOf, withinDays, overdue, soon, reviewed, rejected);
  }
}
