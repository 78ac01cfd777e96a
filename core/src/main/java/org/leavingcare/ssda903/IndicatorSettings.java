package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.leavingcare.ssda903.internal.ChildRows;
import org.leavingcare.time.Ages;
import org.leavingcare.time.EpochDays;
import org.leavingcare.time.LeapDayPolicy;

/**
 * Settings for the care-leaver indicators and the expected OC3 cohort (SSDA903.md §7.5, §7.7).
 *
 * <p><b>Birthday window.</b> OC3 values describe the young person's situation "on or around" the
 * birthday in the year. The DfE guide's working definition of "around" is contact from three
 * months before to one month after the birthday (SSDA903.md §7.5, to be confirmed against the
 * current guide); it is a setting here, {@code windowMonthsBefore} and {@code windowMonthsAfter},
 * with those defaults. The 903 holds no contact dates, so the window is reported with the
 * indicators and offered to hosts that hold contact records ({@link #window}).
 *
 * <p><b>29 February birthdays</b> follow {@code leapDay} (default 1 March, LAW.md §3.2); every
 * birthday is decided by {@link Ages}.
 *
 * @param leapDay where a 29 February birthday falls in a common year
 * @param windowMonthsBefore months before the birthday the window opens, 0 to 12
 * @param windowMonthsAfter months after the birthday the window closes, 0 to 12
 */
public record IndicatorSettings(LeapDayPolicy leapDay, int windowMonthsBefore, int windowMonthsAfter) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a month count is outside 0 to 12
   */
  public IndicatorSettings {
    requireNonNull(leapDay, "leapDay");
    if (windowMonthsBefore < 0 || windowMonthsBefore > 12 || windowMonthsAfter < 0 || windowMonthsAfter > 12) {
      throw new IllegalArgumentException("the birthday window must be 0 to 12 months each side, was "
          + windowMonthsBefore + " before and " + windowMonthsAfter + " after");
    }
  }

  /**
   * The defaults: 1 March for 29 February birthdays; window three months before to one month after.
   *
   * @return the default settings
   */
  public static IndicatorSettings defaults() {
    return new IndicatorSettings(LeapDayPolicy.MARCH_1, 3, 1);
  }

  /**
   * The same settings with another leap-day policy.
   *
   * @param policy the policy
   * @return new settings
   */
  public IndicatorSettings withLeapDay(LeapDayPolicy policy) {
    return new IndicatorSettings(policy, windowMonthsBefore, windowMonthsAfter);
  }

  /**
   * The same settings with another birthday window.
   *
   * @param monthsBefore months before the birthday
   * @param monthsAfter months after the birthday
   * @return new settings
   */
  public IndicatorSettings withWindow(int monthsBefore, int monthsAfter) {
    return new IndicatorSettings(leapDay, monthsBefore, monthsAfter);
  }

  /**
   * The age whose birthday falls in the collection year ("age" in the DfE tables).
   *
   * @param dateOfBirth the date of birth
   * @param year the collection year
   * @return the age attained in the year, or empty if the person is not yet born by its end
   */
  public Optional<Integer> ageInYear(LocalDate dateOfBirth, CollectionYear year) {
    return known(age(dateOfBirth, year));
  }

  /** An {@link #age} as {@link #ageInYear} gives it: empty for 0 or less (not yet born, or not known). */
  static Optional<Integer> known(int age) {
    return age < 1 ? Optional.empty() : Optional.of(age);
  }

  /**
   * {@link #ageInYear} of a child, with 0 or less when empty or the date of birth is not known: the
   * cohort pass works it out once per child for every part that needs it.
   */
  int age(ChildRows c, CollectionYear year) {
    return c.hasDateOfBirth() ? age(c.dateOfBirth(), year) : 0;
  }

  /** {@link #ageInYear}, with 0 or less for empty (for the cohort pass, which asks for every child). */
  int age(LocalDate dateOfBirth, CollectionYear year) {
    int n = year.endingYear() - dateOfBirth.getYear();
    if (n > 0 && Ages.epochDayOfAttaining(dateOfBirth, n, leapDay) > yearEnd(year)) {
      n--;
    }
    return n;
  }

  /** {@code year.end()} as an epoch day, without making the date. */
  static long yearEnd(CollectionYear year) {
    return EpochDays.of(year.endingYear(), 3, 31);
  }

  /** The birthday of {@code age} ({@link #birthdayInYear} when {@code age} is {@link #age}), as an epoch day. */
  long birthday(LocalDate dateOfBirth, int age) {
    return Ages.epochDayOfAttaining(dateOfBirth, age, leapDay);
  }

  /**
   * The birthday in the collection year.
   *
   * @param dateOfBirth the date of birth
   * @param year the collection year
   * @return the birthday, or empty if none falls in the year
   */
  public Optional<LocalDate> birthdayInYear(LocalDate dateOfBirth, CollectionYear year) {
    return ageInYear(dateOfBirth, year).map(n -> Ages.dateOfAttaining(dateOfBirth, n, leapDay));
  }

  /**
   * Whether a contact date is "around" the birthday: from {@code windowMonthsBefore} months before
   * to {@code windowMonthsAfter} months after it, both ends inclusive (calendar months, LAW.md §3.4).
   *
   * @param birthday the birthday in the year
   * @param contact the date of contact
   * @return true if the contact is in the window
   */
  public boolean window(LocalDate birthday, LocalDate contact) {
    return !contact.isBefore(birthday.minusMonths(windowMonthsBefore))
        && !contact.isAfter(birthday.plusMonths(windowMonthsAfter));
  }
}
