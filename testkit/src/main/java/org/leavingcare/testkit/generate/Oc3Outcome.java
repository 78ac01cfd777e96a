package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

/**
 * A generated care leaver's OC3 row for one collection year: the situation around the birthday
 * that falls in the year (SSDA903.md §3, §4.10-4.12), with codes valid in that year.
 *
 * @param collectionYear the year the return ends (2025 for 2024-25)
 * @param age the birthday in the year, 17 to 21
 * @param inTouch IN_TOUCH (YES, NO, REFU, NREQ, RHOM)
 * @param activity ACTIV ({@code 0} when not known)
 * @param accommodation ACCOM ({@code 0} when not known)
 */
public record Oc3Outcome(int collectionYear, int age, String inTouch, String activity, String accommodation) {

  /** Checks the fields. */
  public Oc3Outcome {
    requireNonNull(inTouch, "inTouch");
    requireNonNull(activity, "activity");
    requireNonNull(accommodation, "accommodation");
    if (age < 17 || age > 21) {
      throw new IllegalArgumentException("OC3 age must be 17 to 21, was " + age);
    }
  }

  /**
   * Returns true when excluded from the indicators' denominator (returned home 6+ months, or died; SSDA903.md §7.2).
   *
   * @return true when excluded from the indicators' denominator (returned home 6+ months, or died; SSDA903.md §7.2)
   */
  public boolean excludedFromDenominator() {
    return inTouch.equals("RHOM") || inTouch.equals("DIED");
  }

  /**
   * Returns true when ACTIV is education, employment or training (SSDA903.md §4.11; F3/P3 included).
   *
   * @return true when ACTIV is education, employment or training (SSDA903.md §4.11; F3/P3 included)
   */
  public boolean inEducationEmploymentOrTraining() {
    return activity.length() == 2 && (activity.charAt(0) == 'F' || activity.charAt(0) == 'P');
  }

  /**
   * Returns true when ACTIV is NEET (G4, G5, G6).
   *
   * @return true when ACTIV is NEET (G4, G5, G6)
   */
  public boolean notInEducationEmploymentOrTraining() {
    return activity.startsWith("G");
  }

  /**
   * Returns true when ACCOM is suitable (second character {@code 1}).
   *
   * @return true when ACCOM is suitable (second character {@code 1})
   */
  public boolean suitablyAccommodated() {
    return accommodation.length() == 2 && accommodation.charAt(1) == '1';
  }

  /**
   * Returns true when ACCOM is unsuitable (second character {@code 2}).
   *
   * @return true when ACCOM is unsuitable (second character {@code 2})
   */
  public boolean unsuitablyAccommodated() {
    return accommodation.length() == 2 && accommodation.charAt(1) == '2';
  }
}
