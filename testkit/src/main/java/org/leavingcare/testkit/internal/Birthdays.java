package org.leavingcare.testkit.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Birthdays by the library's default leap-day policy ({@code LEAP_DAY_BIRTHDAY = MARCH_1}, LAW.md
 * §3.2): a person born on 29 February attains an age on 1 March in a common year. Never uses
 * {@code plusYears}, which clamps to 28 February (LAW.md §3.3).
 */
public final class Birthdays {

  /** The 903's date format, {@code dd/mm/yyyy} (SSDA903.md §2.3). */
  public static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private Birthdays() {}

  /**
   * The date on which a person born on {@code dob} attains age {@code n}.
   *
   * @param dob date of birth
   * @param n the age
   * @return the anniversary, 1 March for a 29 February birth in a common year
   */
  public static LocalDate attains(LocalDate dob, int n) {
    int year = dob.getYear() + n;
    if (dob.getMonth() == Month.FEBRUARY && dob.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
      return LocalDate.of(year, 3, 1);
    }
    return LocalDate.of(year, dob.getMonth(), dob.getDayOfMonth());
  }

  /**
   * The age on a date.
   *
   * @param dob date of birth
   * @param on the date
   * @return whole years attained on that date
   */
  public static int ageOn(LocalDate dob, LocalDate on) {
    int age = on.getYear() - dob.getYear();
    while (age > 0 && attains(dob, age).isAfter(on)) {
      age--;
    }
    return age;
  }

  /**
   * Formats a date as the 903 writes it.
   *
   * @param date the date
   * @return {@code dd/mm/yyyy}
   */
  public static String dmy(LocalDate date) {
    return DD_MM_YYYY.format(date);
  }
}
