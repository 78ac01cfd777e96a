package org.leavingcare.rules;

/**
 * A young person's primary legal category on a date (LAW.md §4, decision table §5). Exactly one
 * applies to every person on every date; {@link #NONE} means no leaving-care status.
 */
public enum Category {
  /** Looked after (Children Act 1989 s.22(1)), not eligible and not only in a short-break series. */
  LOOKED_AFTER,
  /** Looked after only under a verified series of short breaks (CPPCR 2010 reg. 48); never eligible (reg. 40(2)). */
  LOOKED_AFTER_SHORT_BREAKS,
  /** Eligible child: Children Act 1989 Sch. 2 para. 19B(2); CPPCR 2010 reg. 40. */
  ELIGIBLE,
  /** Relevant child: Children Act 1989 s.23A(2), or Care Leavers (England) Regulations 2010 reg. 3(2). */
  RELEVANT,
  /** Former relevant child with s.23C duties live: under 21, or extended by s.23C(7). */
  FORMER_RELEVANT,
  /** Former relevant child aged 21-24 whose s.23C duties have ended; s.23CZB and s.23CA available on request. */
  FORMER_RELEVANT_21_25,
  /** Former relevant child aged 21-24 with a live request for advice and support under s.23CZB. */
  FORMER_RELEVANT_23CZB,
  /** Former relevant child returning to education or training under s.23CA. */
  FORMER_RELEVANT_23CA,
  /** Person qualifying for advice and assistance: Children Act 1989 s.24(1B). */
  QUALIFYING,
  /** Person qualifying for advice and assistance under a special guardianship order: s.24(1A). */
  QUALIFYING_SGO,
  /** No leaving-care status. */
  NONE;

  /**
   * Whether the person is looked after on the date.
   *
   * @return true for {@link #LOOKED_AFTER}, {@link #LOOKED_AFTER_SHORT_BREAKS} and {@link #ELIGIBLE}
   */
  public boolean isLookedAfter() {
    return this == LOOKED_AFTER || this == LOOKED_AFTER_SHORT_BREAKS || this == ELIGIBLE;
  }

  /**
   * Whether the person is a former relevant child (any sub-state).
   *
   * @return true for the four {@code FORMER_RELEVANT*} categories
   */
  public boolean isFormerRelevant() {
    return this == FORMER_RELEVANT || this == FORMER_RELEVANT_21_25 || this == FORMER_RELEVANT_23CZB
        || this == FORMER_RELEVANT_23CA;
  }

  /**
   * Whether the person is a qualifying person under s.24.
   *
   * @return true for {@link #QUALIFYING} and {@link #QUALIFYING_SGO}
   */
  public boolean isQualifying() {
    return this == QUALIFYING || this == QUALIFYING_SGO;
  }

  /**
   * Whether the person is a care leaver in the sense of Children and Social Work Act 2017 s.2(7)
   * (eligible, relevant, or former relevant; whether qualifying persons are included is not
   * settled and they are not). Whether the corporate parenting principles apply also depends on
   * age: see {@code Assessment#owes(DutyCode.CORPORATE_PARENTING_PRINCIPLES)}.
   *
   * @return true for eligible, relevant and former relevant categories
   */
  public boolean isCareLeaver() {
    return this == ELIGIBLE || this == RELEVANT || isFormerRelevant();
  }
}
