package org.leavingcare.model;

/** Whom the young person lives with under CLR 2010 reg. 3(5); informational, all are treated alike. */
public enum HomePersonType {
  /** A parent; the default. */
  PARENT,
  /** A person who is not a parent but has parental responsibility (for example a special guardian). */
  NON_PARENT_WITH_PR,
  /** The person named in a residence or child arrangements order in force immediately before the care order. */
  FORMER_CAO_HOLDER
}
