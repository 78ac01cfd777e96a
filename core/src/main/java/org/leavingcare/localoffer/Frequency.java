package org.leavingcare.localoffer;

/** How often an amount is paid. Written in offer files as the constant's name. */
public enum Frequency {
  /** Paid once (for example a setting-up-home allowance). */
  ONCE(""),
  /** Paid every week. */
  WEEK(" a week"),
  /** Paid every month. */
  MONTH(" a month"),
  /** Paid every year. */
  YEAR(" a year");

  private final String suffix;

  Frequency(String suffix) {
    this.suffix = suffix;
  }

  /**
   * What follows the amount when written out, for example {@code " a week"}.
   *
   * @return the suffix; empty for {@link #ONCE}
   */
  public String suffix() {
    return suffix;
  }
}
