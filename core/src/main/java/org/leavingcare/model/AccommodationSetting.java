package org.leavingcare.model;

/** Settings other than local authority care that can make a young person qualifying under Children Act 1989 s.24(2)(b)-(d) (LAW.md §4.6.2). */
public enum AccommodationSetting {
  /** Accommodated by or on behalf of a voluntary organisation: s.24(2)(b). */
  VOLUNTARY_ORGANISATION,
  /** Accommodated in a private children's home: s.24(2)(c). */
  PRIVATE_CHILDRENS_HOME,
  /** Accommodated by a health body or a local authority in the exercise of education functions: s.24(2)(d)(i). */
  HEALTH_OR_EDUCATION_BODY,
  /** Accommodated in a care home or independent hospital: s.24(2)(d)(ii). */
  CARE_HOME_OR_HOSPITAL
}
