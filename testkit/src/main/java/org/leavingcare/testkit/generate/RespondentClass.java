package org.leavingcare.testkit.generate;

/**
 * The weight classes of a Local Offer consultation (instruments.md §2, P1): who the respondent is,
 * which decides how their answers are drawn and, in the council's scheme, weighted.
 */
public enum RespondentClass {
  /** Care leavers, young people in care, and care-experienced adults. */
  CARE_EXPERIENCED,
  /** Foster carers, kinship carers and supported-lodgings hosts. */
  CARER,
  /** Council staff, partner organisations and councillors. */
  PROFESSIONAL,
  /** Members of the public and anyone else. */
  PUBLIC
}
