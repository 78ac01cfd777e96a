package org.leavingcare.model;

/**
 * The country whose local authority looked after a child in an episode (LAW.md §2.1, §15.3).
 * Welsh looked-after time counts toward the 13 weeks, but duties after a Welsh episode fall under
 * the Social Services and Well-being (Wales) Act 2014.
 */
public enum Country {
  /** An English local authority (the default). */
  ENGLAND,
  /** A Welsh local authority. */
  WALES
}
