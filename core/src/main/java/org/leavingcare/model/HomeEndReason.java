package org.leavingcare.model;

/** How a CLR 2010 reg. 3(5) living arrangement ended (LAW.md §4.3.3). */
public enum HomeEndReason {
  /** The arrangement broke down (reg. 3(6)); the default. */
  BREAKDOWN,
  /** An agreed, planned move (for example to university); not a breakdown. */
  PLANNED_MOVE
}
