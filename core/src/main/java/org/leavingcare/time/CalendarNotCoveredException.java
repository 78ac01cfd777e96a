package org.leavingcare.time;

/**
 * A count of working days needed a year that the holiday calendar does not cover. The library
 * never extrapolates holidays: supply a calendar that covers the year (see
 * {@link HolidayCalendar#builder(String)}).
 */
public final class CalendarNotCoveredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int year;

  CalendarNotCoveredException(String calendar, int year) {
    super("The holiday calendar '" + calendar + "' does not cover " + year
        + ", so working days in that year cannot be counted. Supply a calendar with the bank holidays of "
        + year + " (for example from the gov.uk bank-holidays feed).");
    this.year = year;
  }

  /**
   * The year that is not covered.
   *
   * @return the year
   */
  public int year() {
    return year;
  }
}
