package org.leavingcare.testkit;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.leavingcare.duties.Deadline;
import org.leavingcare.law.LegalReference;

/**
 * Assertions on one {@link Deadline}; obtain one from {@link LeavingCareAssertions#assertThat(Deadline)}.
 */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, Deadline> {

  DeadlineAssert(Deadline actual) {
    super(actual, DeadlineAssert.class);
  }

  /**
   * Checks the date.
   *
   * @param date the expected date
   * @return this assertion
   */
  public DeadlineAssert isOn(LocalDate date) {
    isNotNull();
    if (!actual.date().equals(Optional.of(date))) {
      failWithMessage("%nExpecting %s to fall on%n  %s%nbut it was%n  %s", actual.key().jsonName(), date, actual);
    }
    return this;
  }

  /**
   * Checks that the deadline falls on or before a date (for example: not overdue by then).
   *
   * @param date the latest acceptable date
   * @return this assertion
   */
  public DeadlineAssert isNoLaterThan(LocalDate date) {
    isNotNull();
    if (actual.date().isEmpty() || actual.date().get().isAfter(date)) {
      failWithMessage("%nExpecting %s on or before%n  %s%nbut it was%n  %s", actual.key().jsonName(), date, actual);
    }
    return this;
  }

  /**
   * Checks the provision the deadline rests on.
   *
   * @param provision the provision
   * @return this assertion
   */
  public DeadlineAssert restsOn(LegalReference provision) {
    isNotNull();
    if (!actual.provision().equals(provision)) {
      failWithMessage("%nExpecting %s to rest on%n  %s%nbut it rests on%n  %s", actual.key().jsonName(), provision.cite(),
          actual.provision().cite());
    }
    return this;
  }
}
