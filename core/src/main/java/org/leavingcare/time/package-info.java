/**
 * Dates, ages and working days: {@link org.leavingcare.time.Ages} (the one age function, Family
 * Law Reform Act 1969 s.9, with a named {@link org.leavingcare.time.LeapDayPolicy}),
 * {@link org.leavingcare.time.DateRange} (half-open ranges),
 * {@link org.leavingcare.time.WorkingDays} and {@link org.leavingcare.time.HolidayCalendar}
 * (England and Wales bank holidays 2011-2030 bundled; hosts may inject their own), and
 * {@link org.leavingcare.time.EpochDays} (calendar arithmetic on day numbers, for rules that count in days).
 *
 * <p>Every calculation takes an explicit date; nothing here reads the clock.
 */
@NullMarked
package org.leavingcare.time;

import org.jspecify.annotations.NullMarked;
