package org.leavingcare.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of dates {@code [start, endExclusive)}, possibly without an end. Immutable;
 * equal by value. The vocabulary follows ThreeTen-Extra's {@code LocalDateRange}:
 * {@link #contains}, {@link #overlaps}, {@link #abuts}.
 *
 * <p>An empty range ({@code start == endExclusive}) is allowed: it contains no date.
 */
public final class DateRange {

  private final LocalDate start;
  private final @Nullable LocalDate endExclusive;

  private DateRange(LocalDate start, @Nullable LocalDate endExclusive) {
    this.start = start;
    this.endExclusive = endExclusive;
  }

  /**
   * The range {@code [start, endExclusive)}.
   *
   * @param start the first date, not null
   * @param endExclusive the first date after the range, not before {@code start}
   * @return the range
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate endExclusive) {
    requireNonNull(start, "start");
    requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(start)) {
      throw new IllegalArgumentException("range " + start + "/" + endExclusive
          + " ends before it starts; ranges are [start, endExclusive)");
    }
    return new DateRange(start, endExclusive);
  }

  /**
   * The range from {@code start} with no end.
   *
   * @param start the first date, not null
   * @return the unbounded range
   */
  public static DateRange from(LocalDate start) {
    return new DateRange(requireNonNull(start, "start"), null);
  }

  /**
   * The range from {@code start} to {@code endExclusive}, or unbounded if the end is empty.
   *
   * @param start the first date, not null
   * @param endExclusive the first date after the range, if any
   * @return the range
   * @throws IllegalArgumentException if the end is before {@code start}
   */
  public static DateRange of(LocalDate start, Optional<LocalDate> endExclusive) {
    return endExclusive.isPresent() ? of(start, endExclusive.get()) : from(start);
  }

  /**
   * The first date in the range.
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The first date after the range; empty if the range has no end.
   *
   * @return the exclusive end
   */
  public Optional<LocalDate> endExclusive() {
    return Optional.ofNullable(endExclusive);
  }

  /**
   * Whether the range has no end.
   *
   * @return true if unbounded
   */
  public boolean isUnbounded() {
    return endExclusive == null;
  }

  /**
   * Whether the range contains no date.
   *
   * @return true if {@code start == endExclusive}
   */
  public boolean isEmpty() {
    return start.equals(endExclusive);
  }

  /**
   * Whether {@code date} is in the range: {@code start <= date < endExclusive}.
   *
   * @param date the date, not null
   * @return true if contained
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (endExclusive == null || date.isBefore(endExclusive));
  }

  /**
   * Whether the two ranges share at least one date.
   *
   * @param other the other range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    return !isEmpty() && !other.isEmpty()
        && (other.endExclusive == null || start.isBefore(other.endExclusive))
        && (endExclusive == null || other.start.isBefore(endExclusive));
  }

  /**
   * Whether one range ends on the day the other starts.
   *
   * @param other the other range, not null
   * @return true if they abut
   */
  public boolean abuts(DateRange other) {
    return start.equals(other.endExclusive) || other.start.equals(endExclusive);
  }

  /**
   * The number of dates in the range.
   *
   * @return {@code endExclusive - start} in days
   * @throws IllegalStateException if the range has no end
   */
  public long lengthInDays() {
    if (endExclusive == null) {
      throw new IllegalStateException("an unbounded range has no length; check isUnbounded() first");
    }
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && start.equals(r.start) && Objects.equals(endExclusive, r.endExclusive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, endExclusive);
  }

  /** ISO-8601 interval form, {@code start/endExclusive}, with {@code ..} for no end. */
  @Override
  public String toString() {
    return start + "/" + (endExclusive == null ? ".." : endExclusive.toString());
  }
}
