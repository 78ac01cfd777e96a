package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The amounts a service pays over time: dated, non-overlapping {@link DatedAmount}s. Asking for
 * the amount on a date no entry covers is refused ({@link #amountOn}), never guessed: an offer
 * whose amounts stop before a date says nothing about that date.
 */
public final class AmountSchedule {

  private static final AmountSchedule NONE = new AmountSchedule(List.of());

  private final List<DatedAmount> entries;

  private AmountSchedule(List<DatedAmount> entries) {
    this.entries = entries;
  }

  /**
   * A schedule of amounts, in any order.
   *
   * @param entries the amounts; not null
   * @return the schedule, sorted by date
   * @throws IllegalArgumentException if two amounts overlap
   */
  public static AmountSchedule of(Collection<DatedAmount> entries) {
    List<DatedAmount> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(DatedAmount::from));
    for (int i = 1; i < sorted.size(); i++) {
      DatedAmount prev = sorted.get(i - 1);
      DatedAmount next = sorted.get(i);
      if (prev.until().isEmpty() || prev.until().get().isAfter(next.from())) {
        throw new IllegalArgumentException("amounts from " + prev.from() + " and from " + next.from()
            + " overlap; end the first ('until') on or before the second starts");
      }
    }
    return new AmountSchedule(List.copyOf(sorted));
  }

  /**
   * The schedule of a service that pays no money.
   *
   * @return the empty schedule
   */
  public static AmountSchedule none() {
    return NONE;
  }

  /** @return the amounts, in date order */
  public List<DatedAmount> entries() {
    return entries;
  }

  /** @return whether the service pays no money */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The amount in force on a date, if any.
   *
   * @param date the date; not null
   * @return the amount, or empty if no entry covers the date
   */
  public Optional<DatedAmount> find(LocalDate date) {
    requireNonNull(date, "date");
    return entries.stream().filter(e -> e.covers(date)).findFirst();
  }

  /**
   * The amount in force on a date.
   *
   * @param date the date; not null
   * @param serviceId the service, for the message; not null
   * @return the amount
   * @throws AmountNotCoveredException if no entry covers the date
   */
  public DatedAmount amountOn(LocalDate date, String serviceId) {
    return find(date).orElseThrow(() -> new AmountNotCoveredException("service '" + serviceId
        + "' gives no amount for " + date + (entries.isEmpty() ? " (it pays no money)" : "; its amounts cover "
        + entries.stream().map(e -> "[" + e.from() + ", " + e.until().map(LocalDate::toString).orElse("open") + ")")
            .collect(Collectors.joining(", ")))
        + ". Add a dated amount to the Local Offer for that date."));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountSchedule s && entries.equals(s.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "AmountSchedule" + entries;
  }
}
