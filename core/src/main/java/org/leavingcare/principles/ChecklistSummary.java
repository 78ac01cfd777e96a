package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a checklist shows on a date: how many principles have each rating, the gaps (principles
 * not rated, partly met or not met), the open actions whose due date has passed, and the
 * completeness problems. Made by {@link Checklist#summary(LocalDate)}.
 *
 * @param asOf the date the summary is for
 * @param counts how many principles have each rating; every rating is a key
 * @param gaps principles not rated, partly met or not met, in principle order
 * @param overdueActions open actions due before {@code asOf}, in principle order
 * @param problems what the checklist still lacks ({@link Checklist#completenessProblems()})
 */
public record ChecklistSummary(LocalDate asOf, Map<Rating, Integer> counts, List<Gap> gaps,
    List<OverdueAction> overdueActions, List<DocumentProblem> problems) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if any part is null
   */
  public ChecklistSummary {
    requireNonNull(asOf, "asOf");
    counts = Map.copyOf(new EnumMap<>(counts));
    gaps = List.copyOf(gaps);
    overdueActions = List.copyOf(overdueActions);
    problems = List.copyOf(problems);
  }

  /**
   * Whether the checklist is complete and nothing is overdue.
   *
   * @return true when there are no problems and no overdue actions
   */
  public boolean isClear() {
    return problems.isEmpty() && overdueActions.isEmpty();
  }

  /**
   * A principle that is not rated, partly met or not met.
   *
   * @param principle the principle
   * @param rating its rating; empty if not rated (or not addressed at all)
   */
  public record Gap(CorporateParentingPrinciple principle, Optional<Rating> rating) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if either part is null
     */
    public Gap {
      requireNonNull(principle, "principle");
      requireNonNull(rating, "rating");
    }
  }

  /**
   * An open action past its due date.
   *
   * @param principle the principle it belongs to
   * @param action the action, with a due date
   */
  public record OverdueAction(CorporateParentingPrinciple principle, Action action) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if either part is null
     * @throws IllegalArgumentException if the action has no due date
     */
    public OverdueAction {
      requireNonNull(principle, "principle");
      requireNonNull(action, "action");
      if (action.due().isEmpty()) {
        throw new IllegalArgumentException("an overdue action must have a due date");
      }
    }

    /**
     * How many days past due the action is on a date.
     *
     * @param asOf the date; not null
     * @return days from the due date to {@code asOf}
     */
    public long daysOverdueOn(LocalDate asOf) {
      return ChronoUnit.DAYS.between(action.due().orElseThrow(), asOf);
    }
  }
}
