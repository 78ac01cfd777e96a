package org.leavingcare.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.leavingcare.law.FamilyLawReformAct1969;
import org.leavingcare.law.LegalReference;

/**
 * Ages, decided in one place: a person attains age {@code n} at the first moment of the
 * {@code n}th anniversary of their birth (Family Law Reform Act 1969 s.9), with an explicit
 * {@link LeapDayPolicy} for people born on 29 February.
 *
 * <p>Never use {@link LocalDate#plusYears(long)} for a birthday: it silently moves 29 February to
 * 28 February, while {@link java.time.temporal.ChronoUnit#YEARS} counts the year complete only on
 * 1 March (LAW.md §3.3). Every age test in the library is derived from {@link #dateOfAttaining}.
 */
public final class Ages {

  /** The provision ages rest on. */
  public static final LegalReference SOURCE = FamilyLawReformAct1969.S9_TIME_AT_WHICH_AGE_ATTAINED;

  private Ages() {}

  /**
   * The date on which a person born on {@code dateOfBirth} attains age {@code years}: they are
   * that age from the start of the returned date.
   *
   * @param dateOfBirth the date of birth, not null
   * @param years the age, at least 0
   * @param leapDay where a 29 February birthday falls in a common year, not null
   * @return the anniversary date
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static LocalDate dateOfAttaining(LocalDate dateOfBirth, int years, LeapDayPolicy leapDay) {
    return LocalDate.ofEpochDay(epochDayOfAttaining(dateOfBirth, years, leapDay));
  }

  /**
   * {@link #dateOfAttaining} as an epoch day ({@link LocalDate#toEpochDay()}), computed without
   * making the date: for rules that count in days.
   *
   * @param dateOfBirth the date of birth, not null
   * @param years the age, at least 0
   * @param leapDay where a 29 February birthday falls in a common year, not null
   * @return the epoch day of the anniversary
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static long epochDayOfAttaining(LocalDate dateOfBirth, int years, LeapDayPolicy leapDay) {
    requireNonNull(dateOfBirth, "dateOfBirth");
    return attaining(dateOfBirth.getYear(), dateOfBirth.getMonthValue(), dateOfBirth.getDayOfMonth(), years, leapDay);
  }

  /**
   * {@link #epochDayOfAttaining(LocalDate, int, LeapDayPolicy)} for a date of birth held as its
   * fields (as a record read from a file may hold it), without making the date.
   *
   * @param birthYear the year of birth
   * @param birthMonth the month of birth, 1 to 12
   * @param birthDayOfMonth the day of the month of birth
   * @param years the age, at least 0
   * @param leapDay where a 29 February birthday falls in a common year, not null
   * @return the epoch day of the anniversary
   * @throws IllegalArgumentException if {@code years} is negative
   * @throws java.time.DateTimeException if the fields are not a valid date
   */
  public static long epochDayOfAttaining(int birthYear, int birthMonth, int birthDayOfMonth, int years,
      LeapDayPolicy leapDay) {
    if (birthMonth == 2 && birthDayOfMonth == 29 && !java.time.Year.isLeap(birthYear)) {
      EpochDays.of(birthYear, birthMonth, birthDayOfMonth); // throws, naming the invalid date
    }
    return attaining(birthYear, birthMonth, birthDayOfMonth, years, leapDay);
  }

  /** The anniversary; every other (month, day) that is not a valid date is refused by {@link EpochDays#of}. */
  private static long attaining(int birthYear, int birthMonth, int birthDayOfMonth, int years, LeapDayPolicy leapDay) {
    requireNonNull(leapDay, "leapDay");
    if (years < 0) {
      throw new IllegalArgumentException("years must be >= 0, was " + years);
    }
    int year = birthYear + years;
    int month = birthMonth;
    int day = birthDayOfMonth;
    if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
      if (leapDay == LeapDayPolicy.MARCH_1) {
        month = 3;
        day = 1;
      } else {
        day = 28;
      }
    }
    return EpochDays.of(year, month, day);
  }

  /**
   * The age in whole years on {@code date}, consistent with {@link #dateOfAttaining}.
   *
   * @param dateOfBirth the date of birth, not null
   * @param date the date, not before {@code dateOfBirth}
   * @param leapDay where a 29 February birthday falls in a common year, not null
   * @return the age, at least 0
   * @throws IllegalArgumentException if {@code date} is before {@code dateOfBirth}
   */
  public static int ageOn(LocalDate dateOfBirth, LocalDate date, LeapDayPolicy leapDay) {
    requireNonNull(date, "date");
    if (date.isBefore(dateOfBirth)) {
      throw new IllegalArgumentException("date " + date + " is before the date of birth; "
          + "ages are defined from the date of birth on");
    }
    int age = date.getYear() - dateOfBirth.getYear();
    if (epochDayOfAttaining(dateOfBirth, age, leapDay) > date.toEpochDay()) {
      age--;
    }
    return age;
  }
}
