package org.leavingcare.consultation.themes;

/**
 * The corporate parenting principles: the needs a council in England must have regard to when it
 * exercises its functions in relation to looked-after children and care leavers, Children and
 * Social Work Act 2017 s.1(1)(a) to (g) (paraphrased). Used to map consultation themes to the
 * principles they bear on.
 */
public enum Principle {
  /** s.1(1)(a): act in their best interests and promote their physical and mental health and well-being. */
  BEST_INTERESTS_AND_WELLBEING,
  /** s.1(1)(b): encourage them to express their views, wishes and feelings. */
  EXPRESS_VIEWS,
  /** s.1(1)(c): take their views, wishes and feelings into account. */
  TAKE_VIEWS_INTO_ACCOUNT,
  /** s.1(1)(d): help them gain access to, and make the best use of, services provided by the council and its relevant partners. */
  ACCESS_TO_SERVICES,
  /** s.1(1)(e): promote high aspirations and seek to secure the best outcomes for them. */
  HIGH_ASPIRATIONS,
  /** s.1(1)(f): help them to be safe, and to have stability in their home lives, relationships and education or work. */
  SAFETY_AND_STABILITY,
  /** s.1(1)(g): prepare them for adulthood and independent living. */
  PREPARE_FOR_ADULTHOOD
}
