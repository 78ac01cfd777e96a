package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount of money a service pays, in force over a half-open period of dates {@code [from, until)}.
 *
 * @param from the first date the amount applies
 * @param until the first date it no longer applies; empty = until further notice
 * @param pounds the amount in pounds sterling, not negative
 * @param per how often it is paid
 */
public record DatedAmount(LocalDate from, Optional<LocalDate> until, BigDecimal pounds, Frequency per) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if the amount is negative or {@code until} is not after {@code from}
   */
  public DatedAmount {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    requireNonNull(pounds, "pounds");
    requireNonNull(per, "per");
    if (pounds.signum() < 0) {
      throw new IllegalArgumentException("an amount must not be negative, was " + pounds.toPlainString());
    }
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("an amount's 'until' (" + until.get() + ") must be after its 'from' (" + from + ")");
    }
  }

  /**
   * Whether the amount applies on a date.
   *
   * @param date the date; not null
   * @return true when {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
  }

  /**
   * The amount written for a reader: {@code "£3,000"}, {@code "£57.50 a week"}.
   *
   * @return the amount with a pound sign, thousands separators and the frequency
   */
  public String display() {
    DecimalFormat f = new DecimalFormat(pounds.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
        DecimalFormatSymbols.getInstance(Locale.UK));
    return "£" + f.format(pounds) + per.suffix();
  }
}
