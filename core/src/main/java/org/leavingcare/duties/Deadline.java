package org.leavingcare.duties;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.law.LegalReference;

/**
 * One deadline of an assessment (LAW.md §15.7): a key with a date, with no value (the duty is live
 * but no statutory deadline exists), or with a duration. Dates may lie before the assessment date
 * (overdue). Immutable.
 */
public final class Deadline {

  private final DeadlineKey key;
  private final @Nullable LocalDate date;
  private final @Nullable Period interval;
  private final LegalReference provision;

  private Deadline(DeadlineKey key, @Nullable LocalDate date, @Nullable Period interval, LegalReference provision) {
    this.key = key;
    this.date = date;
    this.interval = interval;
    this.provision = provision;
  }

  /**
   * A dated deadline.
   *
   * @param key a key whose kind is a date, not null
   * @param date the date, not null
   * @param provision the provision it rests on, not null
   * @return the deadline
   * @throws IllegalArgumentException if the key carries a duration
   */
  public static Deadline on(DeadlineKey key, LocalDate date, LegalReference provision) {
    if (key.kind() == DeadlineKey.Kind.DURATION) {
      throw new IllegalArgumentException(key.jsonName() + " carries a duration, not a date");
    }
    return new Deadline(key, requireNonNull(date, "date"), null, requireNonNull(provision, "provision"));
  }

  /**
   * A live duty with no statutory deadline (reported as JSON {@code null}).
   *
   * @param key a key that may have no value, not null
   * @param provision the provision, not null
   * @return the deadline
   * @throws IllegalArgumentException if the key must have a value
   */
  public static Deadline noStatutoryDeadline(DeadlineKey key, LegalReference provision) {
    if (key.kind() != DeadlineKey.Kind.DATE_OR_NULL) {
      throw new IllegalArgumentException(key.jsonName() + " always has a value");
    }
    return new Deadline(key, null, null, requireNonNull(provision, "provision"));
  }

  /**
   * A maximum interval.
   *
   * @param key a key whose kind is a duration, not null
   * @param interval the interval, not null
   * @param provision the provision, not null
   * @return the deadline
   * @throws IllegalArgumentException if the key carries a date
   */
  public static Deadline interval(DeadlineKey key, Period interval, LegalReference provision) {
    if (key.kind() != DeadlineKey.Kind.DURATION) {
      throw new IllegalArgumentException(key.jsonName() + " carries a date, not a duration");
    }
    return new Deadline(key, null, requireNonNull(interval, "interval"), requireNonNull(provision, "provision"));
  }

  /**
   * Returns the key.
   *
   * @return the key
   */
  public DeadlineKey key() {
    return key;
  }

  /**
   * Returns the date; empty for a duration or where no statutory deadline exists.
   *
   * @return the date; empty for a duration or where no statutory deadline exists
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the duration; empty for a date key.
   *
   * @return the duration; empty for a date key
   */
  public Optional<Period> interval() {
    return Optional.ofNullable(interval);
  }

  /**
   * Returns the provision the deadline rests on.
   *
   * @return the provision the deadline rests on
   */
  public LegalReference provision() {
    return provision;
  }

  /**
   * The value as written in the case-record format: an ISO date, an ISO-8601 duration, or
   * empty for JSON {@code null}.
   *
   * @return the value as text
   */
  public Optional<String> jsonValue() {
    if (date != null) {
      return Optional.of(date.toString());
    }
    return interval == null ? Optional.empty() : Optional.of(interval.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline d && key == d.key && Objects.equals(date, d.date)
        && Objects.equals(interval, d.interval) && provision.equals(d.provision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, date, interval, provision);
  }

  @Override
  public String toString() {
    return key.jsonName() + "=" + jsonValue().orElse("null");
  }
}
