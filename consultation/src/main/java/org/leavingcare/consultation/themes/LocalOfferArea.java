package org.leavingcare.consultation.themes;

/**
 * The areas a Local Offer for care leavers must cover: the services that may assist care leavers
 * in, or in preparing for, adulthood and independent living, Children and Social Work Act 2017
 * s.2(2), as the Local Offer guidance (DfE, February 2018) groups them. Used to map consultation
 * themes to the parts of the offer they concern.
 */
public enum LocalOfferArea {
  /** s.2(2)(a): health and well-being. */
  HEALTH_AND_WELLBEING,
  /** s.2(2)(b): relationships. */
  RELATIONSHIPS,
  /** s.2(2)(c): education and training. */
  EDUCATION_AND_TRAINING,
  /** s.2(2)(d): employment. */
  EMPLOYMENT,
  /** s.2(2)(e): accommodation. */
  ACCOMMODATION,
  /** s.2(2)(f): participation in society. */
  PARTICIPATION_IN_SOCIETY,
  /**
   * Financial literacy: added to s.2(2) by the Children's Wellbeing and Schools Act 2026 s.8, in
   * force from a date set by regulations; councils already consult on money and budgeting.
   */
  FINANCIAL_LITERACY
}
