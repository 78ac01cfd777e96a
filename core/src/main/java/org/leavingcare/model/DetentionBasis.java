package org.leavingcare.model;

/** The basis of detention on the 16th birthday (LAW.md §4.3.2). */
public enum DetentionBasis {
  /** Remanded; since LASPO 2012 s.104 a remanded child is looked after, so remand should be an episode. */
  REMAND,
  /** Serving a sentence. */
  SENTENCE,
  /** Detained under another court order. */
  OTHER_COURT_ORDER
}
