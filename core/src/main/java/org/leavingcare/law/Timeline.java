package org.leavingcare.law;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value that changes over time by law (an amount, a threshold, whether a provision is in force),
 * kept apart from the rules that read it. Immutable and thread-safe.
 *
 * <p>{@link #valueOn(LocalDate)} uses the latest entry on or before the date and throws
 * {@link OutsideModelledPeriodException} before the first entry, on or after a repeal
 * ({@link Builder#endsOn}) and on or after the date up to which the values are known
 * ({@link Builder#knownUntil}): a value the library was not given is never guessed.
 *
 * @param <T> the type of the value
 */
public final class Timeline<T> {

  /**
   * One dated value.
   *
   * @param from the first date the value applies
   * @param value the value
   * @param source the provision that sets it
   * @param provisional whether the value is announced but not yet law
   * @param <T> the type of the value
   */
  public record Entry<T>(LocalDate from, T value, LegalReference source, boolean provisional) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Entry {
      requireNonNull(from, "from");
      requireNonNull(value, "value");
      requireNonNull(source, "source");
    }
  }

  private final String name;
  private final List<Entry<T>> entries;
  private final @Nullable LocalDate endsOn;
  private final @Nullable LegalReference endSource;
  private final @Nullable LocalDate knownUntil;

  private Timeline(String name, List<Entry<T>> entries, @Nullable LocalDate endsOn,
      @Nullable LegalReference endSource, @Nullable LocalDate knownUntil) {
    this.name = name;
    this.entries = entries;
    this.endsOn = endsOn;
    this.endSource = endSource;
    this.knownUntil = knownUntil;
  }

  /**
   * Starts a timeline.
   *
   * @param name what the values are, for messages, for example {@code "HE bursary (GBP)"}
   * @param <T> the type of the value
   * @return a new builder
   */
  public static <T> Builder<T> named(String name) {
    return new Builder<>(requireNonNull(name, "name"));
  }

  /**
   * What the values are.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The entries, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<Entry<T>> entries() {
    return entries;
  }

  /**
   * The date the value stops applying (repeal), if any.
   *
   * @return the first date with no value
   */
  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  /**
   * The provision that ends the value, if any.
   *
   * @return the repealing provision
   */
  public Optional<LegalReference> endSource() {
    return Optional.ofNullable(endSource);
  }

  /**
   * The first date for which the values are no longer known (they were checked up to the day
   * before), if any.
   *
   * @return the first unknown date
   */
  public Optional<LocalDate> knownUntil() {
    return Optional.ofNullable(knownUntil);
  }

  /**
   * The entry in force on {@code date}.
   *
   * @param date the date, not null
   * @return the latest entry on or before the date
   * @throws OutsideModelledPeriodException if the date is before the first entry, on or after the
   *     end, or on or after the date up to which the values are known
   */
  public Entry<T> entryOn(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(entries.get(0).from())) {
      throw new OutsideModelledPeriodException("No value of '" + name + "' is modelled for " + date
          + ": the first is from " + entries.get(0).from() + ". Use a date on or after it.");
    }
    if (endsOn != null && !date.isBefore(endsOn)) {
      throw new OutsideModelledPeriodException("'" + name + "' ended on " + endsOn
          + (endSource == null ? "" : " (" + endSource.cite() + ")") + "; there is no value for " + date + ".");
    }
    if (knownUntil != null && !date.isBefore(knownUntil)) {
      throw new OutsideModelledPeriodException("'" + name + "' is known only up to " + knownUntil.minusDays(1)
          + "; there is no value for " + date + ". Update the library, or configure the value for that date.");
    }
    Entry<T> found = entries.get(0);
    for (Entry<T> e : entries) {
      if (e.from().isAfter(date)) {
        break;
      }
      found = e;
    }
    return found;
  }

  /**
   * The value in force on {@code date}.
   *
   * @param date the date, not null
   * @return the value of the latest entry on or before the date
   * @throws OutsideModelledPeriodException as for {@link #entryOn}
   */
  public T valueOn(LocalDate date) {
    return entryOn(date).value();
  }

  @Override
  public String toString() {
    return "Timeline[" + name + ", " + entries.size() + " entries]";
  }

  /**
   * Builds a {@link Timeline}.
   *
   * @param <T> the type of the value
   */
  public static final class Builder<T> {
    private final String name;
    private final List<Entry<T>> entries = new ArrayList<>();
    private @Nullable LocalDate endsOn;
    private @Nullable LegalReference endSource;
    private @Nullable LocalDate knownUntil;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a value in force from {@code from}.
     *
     * @param from first date, after every earlier entry
     * @param value the value, not null
     * @param source the provision setting it, not null
     * @return this builder
     */
    public Builder<T> from(LocalDate from, T value, LegalReference source) {
      entries.add(new Entry<>(from, value, source, false));
      return this;
    }

    /**
     * Adds a value announced but not yet law, from {@code from}.
     *
     * @param from first date, after every earlier entry
     * @param value the value, not null
     * @param source the provision or announcement, not null
     * @return this builder
     */
    public Builder<T> provisional(LocalDate from, T value, LegalReference source) {
      entries.add(new Entry<>(from, value, source, true));
      return this;
    }

    /**
     * Ends the value (a repeal): no value from {@code date}.
     *
     * @param date the first date with no value
     * @param source the repealing provision
     * @return this builder
     */
    public Builder<T> endsOn(LocalDate date, LegalReference source) {
      this.endsOn = requireNonNull(date, "date");
      this.endSource = requireNonNull(source, "source");
      return this;
    }

    /**
     * Marks the values as known only before {@code date}: later dates are refused.
     *
     * @param date the first date whose value is not known
     * @return this builder
     */
    public Builder<T> knownUntil(LocalDate date) {
      this.knownUntil = requireNonNull(date, "date");
      return this;
    }

    /**
     * Builds the timeline.
     *
     * @return the timeline
     * @throws IllegalStateException if there is no entry, two entries share a date, entries are
     *     out of order, or the end is not after the last entry
     */
    public Timeline<T> build() {
      if (entries.isEmpty()) {
        throw new IllegalStateException("timeline '" + name + "' has no entry; add one with from(...)");
      }
      for (int i = 1; i < entries.size(); i++) {
        if (!entries.get(i).from().isAfter(entries.get(i - 1).from())) {
          throw new IllegalStateException("timeline '" + name + "': entry from " + entries.get(i).from()
              + " must be after the previous entry from " + entries.get(i - 1).from());
        }
      }
      LocalDate last = entries.get(entries.size() - 1).from();
      if (endsOn != null && !endsOn.isAfter(last)) {
        throw new IllegalStateException("timeline '" + name + "' ends on " + endsOn + ", not after its last entry " + last);
      }
      return new Timeline<>(name, Collections.unmodifiableList(new ArrayList<>(entries)), endsOn, endSource, knownUntil);
    }
  }
}
