package org.leavingcare.time;

/**
 * When a person born on 29 February attains an age in a common year.
 *
 * <p>Family Law Reform Act 1969 s.9 says a person attains an age at the start of the relevant
 * anniversary of their birth, but not which day is the anniversary of 29 February in a common
 * year. No English statute or case settles it; the choice is the policy switch
 * {@code LEAP_DAY_BIRTHDAY} (LAW.md §3.2, docs/interpretations.md).
 */
public enum LeapDayPolicy {
  /** Default: the age is attained on 1 March, so nobody becomes an adult early. */
  MARCH_1,
  /** The age is attained on 28 February. */
  FEB_28
}
