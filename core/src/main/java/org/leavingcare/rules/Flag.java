package org.leavingcare.rules;

/**
 * Warnings and notes an assessment carries besides its category (LAW.md §15.8). The names are
 * stable: they are written as they are in the JSON output.
 */
public enum Flag {
  /** An episode ended the day it started (under 24 hours) and was ignored. */
  WARN_EPISODE_UNDER_24H,
  /** An episode's end after the 18th birthday was cut at the 18th birthday (or it started after it and was ignored). */
  WARN_EPISODE_AFTER_18,
  /** Two episodes overlap; they were merged and no day counted twice. */
  WARN_OVERLAPPING_EPISODES,
  /** A short break lasted longer than 17 days (actual or intended). */
  WARN_SHORT_BREAK_OVER_17_DAYS,
  /** Short breaks exceeded 75 days in a 12-month period, so the series is not reg. 48. */
  WARN_SHORT_BREAK_OVER_75_DAYS,
  /** A short-break series failed another reg. 48 condition (care order, same carer, return home). */
  WARN_SHORT_BREAK_CONDITIONS_NOT_MET,
  /** The literal and look-through readings of "last ceasing" differ for this person (SHORT_BREAK_LAST_CEASING). */
  SHORT_BREAK_AFTER_ELIGIBILITY,
  /** Detention on remand was given as a fact, not as an episode. */
  WARN_REMAND_NOT_AS_EPISODE,
  /** Private fostering continued after 16 for a child not recorded as disabled. */
  WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED,
  /** A s.23CZB request dated before the 21st birthday was treated as made on it. */
  WARN_23CZB_REQUEST_BEFORE_21,
  /** A s.23CA notification dated before the 21st birthday was treated as made on it. */
  WARN_23CA_NOTIFICATION_BEFORE_21,
  /** A fact the library does not know was given and ignored. */
  WARN_UNKNOWN_FACT,
  /** A living arrangement with the special guardian was inferred from the order. */
  SGO_HOME_INFERRED,
  /** A former relevant child has no pathway plan. */
  MISSING_PATHWAY_PLAN,
  /** A formerly looked-after child in detention who is not relevant: separate visiting duties (s.23ZA) apply. */
  FORMER_LAC_IN_DETENTION,
  /** A s.23C(7) education extension is live. */
  S23C7_EXTENSION,
  /** s.23CA duties are live. */
  S23CA_LIVE,
  /** A s.23CZB request is live. */
  S23CZB_REQUEST_LIVE,
  /** The current or last episode is Welsh: duties fall under the Social Services and Well-being (Wales) Act 2014. */
  OUT_OF_SCOPE_WALES,
  /** A working-day count used a year outside the reference calendar (published or projected). */
  CALENDAR_EXTENSION_USED,
  /** A working-day count needed a year the calendar does not cover; the date was omitted. */
  CALENDAR_NOT_COVERED
}
