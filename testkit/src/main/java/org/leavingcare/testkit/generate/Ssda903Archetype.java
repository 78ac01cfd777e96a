package org.leavingcare.testkit.generate;

/**
 * The life courses the 903 generator draws children from. Each archetype fixes the shape of the
 * history with safety margins, so that the child's category on any date follows by construction,
 * without running the law engine; the margins keep every child clear of the boundaries where the
 * policy switches of LAW.md §12 differ: the days counted since the 14th birthday stay at least 30
 * away from 91, and care never ends within 14 days of the 16th birthday, so the statutory defaults
 * and the {@code DFE_903_COMPATIBLE} profile agree. Birthdays follow the default leap-day policy
 * ({@code MARCH_1}). B<i>n</i> is the <i>n</i>th birthday (LAW.md §0.2).
 *
 * <p>"Looked after" below means covered by an ordinary (not short-break) episode. Every category
 * is NONE before the first episode and from the 25th birthday.
 */
public enum Ssda903Archetype {

  /**
   * In care (once or twice) only before the 16th birthday, every period ending at least 30 days
   * before it (return home, a relative, a child arrangements order or another reason): LOOKED_AFTER
   * while looked after, otherwise NONE (never looked after after 16: Sch. 2 para. 19B, s.23A and
   * s.24(1B) all fail).
   */
  RETURNED_HOME_BEFORE_16,

  /** Entered care under 5 and adopted (E11/E12) within three years: LOOKED_AFTER, then NONE. */
  ADOPTED,

  /**
   * Left care through a special guardianship order (E45 to E48) at least 30 days before the 14th
   * birthday: LOOKED_AFTER while in care; NONE until the 16th birthday; QUALIFYING_SGO from the
   * 16th to the 21st birthday (s.24(1A): looked after immediately before the order, which stays in
   * force to 18); NONE from 21.
   */
  SPECIAL_GUARDIANSHIP,

  /**
   * Looked after continuously from entry (any earlier period ended at least 30 days before the
   * 14th birthday) until the 18th birthday, with at least 121 days counted since the 14th birthday
   * by then: LOOKED_AFTER; ELIGIBLE from the later of B16 and the day 91 days are counted; at 18
   * FORMER_RELEVANT (s.23C(1)(b)); FORMER_RELEVANT_21_25 from 21 (no education programme or s.23CZB
   * request is recorded).
   */
  LONG_TERM_TO_18,

  /**
   * Looked after as for {@link #LONG_TERM_TO_18} but left care between 14 days after B16 and 30
   * days before B18 to independent or supported living, friends or relatives without parental
   * responsibility (E5, E6, E8, E13), with at least 121 days counted and at least 30 days eligible
   * before leaving: LOOKED_AFTER, ELIGIBLE, then RELEVANT (s.23A(2)) until B18, FORMER_RELEVANT
   * (s.23C(1)(a)) to 21 and FORMER_RELEVANT_21_25 to 25.
   */
  LEFT_CARE_AT_16_OR_17,

  /**
   * As {@link #LEFT_CARE_AT_16_OR_17} but returned home to a parent (E4A/E4B) at least seven months
   * before B18 and stayed there ({@code livingWithParentSince} is the day care ended): RELEVANT for
   * six months, then QUALIFYING (excluded by CLR reg 3(5); s.24(1B)(a)) until 21, then NONE. The
   * 903's OC3 row says RHOM from the sixth month at home.
   */
  RETURNED_HOME_AT_16_OR_17,

  /**
   * Entered care at least 14 days after B16 for 7 to 60 days, leaving at least 14 days before B18,
   * with no earlier care since 14: LOOKED_AFTER, then QUALIFYING (fewer than 13 weeks; s.24(1B)(a))
   * until 21, then NONE.
   */
  SHORT_STAY_AFTER_16,

  /**
   * Entered care within 60 days of the 18th birthday (often an unaccompanied asylum-seeking child)
   * and looked after until 18: LOOKED_AFTER, then QUALIFYING (never 13 weeks) from 18 to 21, then NONE.
   */
  LATE_ENTRY_BEFORE_18,

  /**
   * A disabled child (CIN N2) with an agreed series of short breaks ({@code LS = V3}): breaks of two
   * to four nights at least 35 days apart (well inside the 17-day and 75-day limits of CPPCR reg 48),
   * with the same carer and a return home after each, all ending before 18. LOOKED_AFTER_SHORT_BREAKS
   * during a break; between breaks NONE before 16 and QUALIFYING (s.24(1B)(a), the default
   * {@code SHORT_BREAK_GAP_STATUS = QUALIFYING_LITERAL}) once a break has ended on or after B16,
   * until 21. Never in the OC3 cohort.
   */
  SHORT_BREAKS
}
