package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One published value in a {@link ReportTable}: a count, a percentage, an estimate in its own
 * unit, a piece of text, or "not applicable". Immutable and thread-safe.
 *
 * <p>Numeric cells carry the <em>unweighted</em> numbers of people behind them, because every
 * suppression decision uses unweighted counts even when the value shown is weighted
 * (CONSULTATION-METHODS.md §9.2): a {@link Kind#COUNT} counts people; a {@link Kind#PERCENT}
 * knows how many people are in its numerator and in its base; an {@link Kind#ESTIMATE} knows its
 * base.
 *
 * <p>A suppressed cell keeps its kind and its {@link #suppression() reason} but drops every
 * number, so no renderer can leak it. Formatting (decimals for percentages, thousands
 * separators) belongs to the renderers; an estimate states its own number of decimals because
 * that depends on what it measures.
 */
public final class Cell {

  /** What a cell holds. */
  public enum Kind {
    /** A whole number of people (or records), unweighted. */
    COUNT,
    /** A percentage from 0 to 100, possibly weighted, with its unweighted numerator and base. */
    PERCENT,
    /** A number in the table's unit (a mean score, net agreement in points, a weighted total), with its base. */
    ESTIMATE,
    /** Text, never suppressed (labels, descriptions). */
    TEXT,
    /** Not applicable: shown as {@code [z]}. */
    NOT_APPLICABLE
  }

  /** The symbol for a cell that does not apply. */
  public static final String NOT_APPLICABLE_SYMBOL = "[z]";

  private final Kind kind;
  private final double value;
  private final long count;
  private final long base;
  private final int decimals;
  private final @Nullable Interval interval;
  private final @Nullable String text;
  private final @Nullable SuppressionReason suppression;

  private Cell(Kind kind, double value, long count, long base, int decimals,
      @Nullable Interval interval, @Nullable String text, @Nullable SuppressionReason suppression) {
    this.kind = kind;
    this.value = value;
    this.count = count;
    this.base = base;
    this.decimals = decimals;
    this.interval = interval;
    this.text = text;
    this.suppression = suppression;
  }

  /**
   * A count of people (or records).
   *
   * @param n the unweighted count, at least 0
   * @return the cell
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static Cell count(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count must be at least 0, was " + n);
    }
    return new Cell(Kind.COUNT, n, n, -1, 0, null, null, null);
  }

  /**
   * A percentage, weighted or not, of an unweighted base of people.
   *
   * @param percent the percentage, from 0 to 100
   * @param numerator how many people (unweighted) are counted in the percentage, 0 to {@code base}
   * @param base how many people (unweighted) the percentage is of, at least 0
   * @return the cell
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Cell percent(double percent, long numerator, long base) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("a percentage must be from 0 to 100, was " + percent);
    }
    if (base < 0 || numerator < 0 || numerator > base) {
      throw new IllegalArgumentException("need 0 <= numerator <= base, were numerator " + numerator
          + " and base " + base);
    }
    return new Cell(Kind.PERCENT, percent, numerator, base, 0, null, null, null);
  }

  /**
   * An estimate in the table's unit, such as a mean score or net agreement in percentage points.
   *
   * @param value the estimate, finite
   * @param decimals how many decimals a reader needs, 0 to 6
   * @param base how many people (unweighted) the estimate rests on, at least 0
   * @return the cell
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Cell estimate(double value, int decimals, long base) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an estimate must be finite, was " + value);
    }
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be from 0 to 6, was " + decimals);
    }
    if (base < 0) {
      throw new IllegalArgumentException("a base must be at least 0, was " + base);
    }
    return new Cell(Kind.ESTIMATE, value, -1, base, decimals, null, null, null);
  }

  /**
   * A piece of text. Renderers escape it for their format and make it safe for spreadsheets.
   *
   * @param text the text, not null
   * @return the cell
   */
  public static Cell text(String text) {
    return new Cell(Kind.TEXT, Double.NaN, -1, -1, 0, null, requireNonNull(text, "text"), null);
  }

  /**
   * A cell that does not apply, shown as {@code [z]}.
   *
   * @return the cell
   */
  public static Cell notApplicable() {
    return new Cell(Kind.NOT_APPLICABLE, Double.NaN, -1, -1, 0, null, null, null);
  }

  /**
   * This percentage or estimate with a confidence interval in the same unit.
   *
   * @param lower the lower limit
   * @param upper the upper limit
   * @return a new cell
   * @throws IllegalStateException if this cell is not a percentage or an estimate, or is suppressed
   * @throws IllegalArgumentException if the limits are not finite and ordered
   */
  public Cell withInterval(double lower, double upper) {
    if ((kind != Kind.PERCENT && kind != Kind.ESTIMATE) || suppression != null) {
      throw new IllegalStateException("only an unsuppressed percentage or estimate has an interval, this is "
          + describe());
    }
    return new Cell(kind, value, count, base, decimals, new Interval(lower, upper), text, null);
  }

  /** Returns this cell withheld for the given reason; its numbers are dropped. */
  Cell suppressed(SuppressionReason reason) {
    return new Cell(kind, Double.NaN, -1, -1, decimals, null, null, reason);
  }

  /**
   * What the cell holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The value: the count, the percentage (0 to 100) or the estimate.
   *
   * @return the value; empty for text, "not applicable" and suppressed cells
   */
  public OptionalDouble value() {
    return isNumeric() && suppression == null ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The unweighted number of people counted: the count itself, or a percentage's numerator.
   *
   * @return the count; empty for other kinds and for suppressed cells
   */
  public OptionalLong unweightedCount() {
    return count >= 0 ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /**
   * The unweighted number of people a percentage or estimate is based on.
   *
   * @return the base; empty for other kinds and for suppressed cells
   */
  public OptionalLong unweightedBase() {
    return base >= 0 ? OptionalLong.of(base) : OptionalLong.empty();
  }

  /**
   * The confidence interval of a percentage or estimate.
   *
   * @return the interval, if one was given and the cell is not suppressed
   */
  public Optional<Interval> interval() {
    return Optional.ofNullable(interval);
  }

  /**
   * How many decimals an estimate is shown with (0 for other kinds; renderers choose for percentages).
   *
   * @return the decimals
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The text of a {@link Kind#TEXT} cell.
   *
   * @return the text; empty for other kinds
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * Why the cell was withheld.
   *
   * @return the reason; empty if the cell is published
   */
  public Optional<SuppressionReason> suppression() {
    return Optional.ofNullable(suppression);
  }

  /**
   * Whether the cell was withheld.
   *
   * @return true if suppressed
   */
  public boolean isSuppressed() {
    return suppression != null;
  }

  /**
   * Whether the cell is a count, percentage or estimate.
   *
   * @return true for numeric kinds
   */
  public boolean isNumeric() {
    return kind == Kind.COUNT || kind == Kind.PERCENT || kind == Kind.ESTIMATE;
  }

  /** The raw value for the suppression algorithm (NaN when not numeric). */
  double rawValue() {
    return value;
  }

  /** A short description without the value, for error messages. */
  String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (suppression != null ? " (suppressed)" : "");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Cell)) {
      return false;
    }
    Cell c = (Cell) o;
    return kind == c.kind && Double.compare(value, c.value) == 0 && count == c.count && base == c.base
        && decimals == c.decimals && Objects.equals(interval, c.interval) && Objects.equals(text, c.text)
        && suppression == c.suppression;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, count, base, decimals, interval, text, suppression);
  }

  /** Shows the kind and, unless suppressed, the value; never used for publishing. */
  @Override
  public String toString() {
    if (suppression != null) {
      return "Cell[" + describe() + ", " + suppression + "]";
    }
    switch (kind) {
      case TEXT:
        return "Cell[text]";
      case NOT_APPLICABLE:
        return "Cell[not applicable]";
      default:
        return "Cell[" + describe() + " " + value + (count >= 0 ? " n=" + count : "")
            + (base >= 0 ? " base=" + base : "") + (interval != null ? " " + interval : "") + "]";
    }
  }
}
