package org.leavingcare.rules;

import java.time.LocalDate;
import org.leavingcare.model.CareHistory;

/**
 * The leaving-care law of one country. England is {@link EnglandRules}; Wales or Scotland can be
 * added behind the same interface. Implementations are immutable and thread-safe.
 */
public interface Jurisdiction {

  /**
   * The jurisdiction's name, for example {@code "England"}.
   *
   * @return the name
   */
  String name();

  /**
   * Assesses a young person on a date: category, reasons, duties, deadlines and flags.
   *
   * @param history the care history, not null
   * @param asOf the assessment date (status as at the end of that day), not before the date of birth
   * @param policy the policy switches, not null
   * @return the assessment
   * @throws org.leavingcare.model.InvalidCareHistoryException if the history cannot be assessed on
   *     that date (for example the date is before the date of birth)
   * @throws NoApplicableRuleException if no rule applies (a gap in the rules: a bug)
   * @throws RuleConflictException if two rules with no priority apply (a bug)
   */
  Assessment assess(CareHistory history, LocalDate asOf, Policy policy);

  /**
   * Assesses with the default policy.
   *
   * @param history the care history, not null
   * @param asOf the assessment date
   * @return the assessment
   * @throws org.leavingcare.model.InvalidCareHistoryException as for {@link #assess(CareHistory, LocalDate, Policy)}
   */
  default Assessment assess(CareHistory history, LocalDate asOf) {
    return assess(history, asOf, Policy.defaults());
  }

  /**
   * The category of a young person on a date, without the duties, deadlines and reasons: always
   * {@code assess(history, asOf, policy).category()}, with the same checks and the same exceptions,
   * for callers that need only the category (for example the SSDA903 expected-cohort check, which
   * asks for the category on each care leaver's birthday). Implementations may compute it more
   * cheaply than a whole assessment; this default assesses and reads the category.
   *
   * @param history the care history, not null
   * @param asOf the date (status as at the end of that day), not before the date of birth
   * @param policy the policy switches, not null
   * @return the category on {@code asOf}, as {@link Assessment#category()} gives it
   * @throws org.leavingcare.model.InvalidCareHistoryException as for {@link #assess(CareHistory, LocalDate, Policy)}
   * @throws NoApplicableRuleException as for {@link #assess(CareHistory, LocalDate, Policy)}
   * @throws RuleConflictException as for {@link #assess(CareHistory, LocalDate, Policy)}
   */
  default Category category(CareHistory history, LocalDate asOf, Policy policy) {
    return assess(history, asOf, policy).category();
  }

  /**
   * Every change of category and every deadline over the period {@code [from, to)}.
   *
   * @param history the care history, not null
   * @param from the first date, not before the date of birth
   * @param to the first date after the period, after {@code from}
   * @param policy the policy switches, not null
   * @return the timeline
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   * @throws org.leavingcare.model.InvalidCareHistoryException as for assess
   */
  CaseTimeline timeline(CareHistory history, LocalDate from, LocalDate to, Policy policy);

  /**
   * The timeline with the default policy.
   *
   * @param history the care history, not null
   * @param from the first date
   * @param to the first date after the period
   * @return the timeline
   */
  default CaseTimeline timeline(CareHistory history, LocalDate from, LocalDate to) {
    return timeline(history, from, to, Policy.defaults());
  }
}
