package org.leavingcare.ssda903;

import java.util.Optional;

/**
 * The age groups of the DfE care-leaver indicators (SSDA903.md §7.1, §7.4): age is the birthday
 * that falls in the collection year.
 */
public enum AgeBand {
  /** 17th birthday in the year. */
  AGE_17("17", 17, 17),
  /** 18th birthday in the year. */
  AGE_18("18", 18, 18),
  /** 19th, 20th or 21st birthday in the year. */
  AGE_19_TO_21("19 to 21", 19, 21),
  /** 22nd to 25th birthday in the year (published from 2023; coding unverified, SSDA903.md §7.4). */
  AGE_22_TO_25("22 to 25", 22, 25);

  private final String label;
  private final int from;
  private final int to;

  AgeBand(String label, int from, int to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  /** @return the label a reader sees, for example {@code "19 to 21"} */
  public String label() {
    return label;
  }

  /**
   * The band of an age.
   *
   * @param age the birthday in the year
   * @return the band, or empty below 17 or above 25
   */
  public static Optional<AgeBand> of(int age) {
    for (AgeBand b : values()) {
      if (age >= b.from && age <= b.to) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
