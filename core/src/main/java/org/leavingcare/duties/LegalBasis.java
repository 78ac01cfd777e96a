package org.leavingcare.duties;

/** Where a duty comes from (LAW.md §1): statute, regulations, or guidance that cannot create hard legal tests. */
public enum LegalBasis {
  /** An Act of Parliament. */
  STATUTE,
  /** Regulations (a statutory instrument). */
  REGULATION,
  /** Statutory guidance or local policy: not itself a legal requirement. */
  GUIDANCE
}
