package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something a council will do to close a gap against a principle: what, who owns it (a post or
 * team, not necessarily a person), when it is due and, once done, when it was completed.
 *
 * <p>A draft may leave the owner blank or the due date out; {@link Checklist#completenessProblems()}
 * reports that.
 *
 * @param description what will be done; not null
 * @param owner the post or team responsible; not null, may be blank in a draft
 * @param due when it is due; empty in a draft
 * @param completedOn when it was done; empty while open
 */
public record Action(String description, String owner, Optional<LocalDate> due, Optional<LocalDate> completedOn) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   */
  public Action {
    requireNonNull(description, "description");
    requireNonNull(owner, "owner");
    requireNonNull(due, "due");
    requireNonNull(completedOn, "completedOn");
  }

  /**
   * An open action.
   *
   * @param description what will be done; not null
   * @param owner the post or team responsible; not null
   * @param due when it is due; not null
   * @return the action
   */
  public static Action of(String description, String owner, LocalDate due) {
    return new Action(description, owner, Optional.of(due), Optional.empty());
  }

  /**
   * This action, marked done on a date.
   *
   * @param date when it was completed; not null
   * @return a copy with {@code completedOn} set
   */
  public Action withCompletedOn(LocalDate date) {
    return new Action(description, owner, due, Optional.of(date));
  }

  /**
   * Whether the action is overdue on a date: it has a due date before that date and is not done.
   *
   * @param asOf the date to judge on; not null
   * @return true if due before {@code asOf} and not completed
   */
  public boolean isOverdueOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return completedOn.isEmpty() && due.isPresent() && due.get().isBefore(asOf);
  }
}
