package org.leavingcare.localoffer;

import java.util.Optional;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.ChildrensWellbeingAndSchoolsAct2026;
import org.leavingcare.law.LegalReference;

/**
 * An area of life a Local Offer's services relate to: the six areas of Children and Social Work Act
 * 2017 s.2(2)(a)-(f), and financial literacy, which the Children's Wellbeing and Schools Act 2026 s.8
 * adds once commenced (prospective: required only when {@link CompletenessRules} says it is in
 * force, LAW.md §9-§10).
 */
public enum OfferArea {

  /** s.2(2)(a). */
  HEALTH_AND_WELLBEING("Health and well-being", ChildrenAndSocialWorkAct2017.S2_2_A_HEALTH_AND_WELLBEING, false),
  /** s.2(2)(b). */
  RELATIONSHIPS("Relationships", ChildrenAndSocialWorkAct2017.S2_2_B_RELATIONSHIPS, false),
  /** s.2(2)(c). */
  EDUCATION_AND_TRAINING("Education and training", ChildrenAndSocialWorkAct2017.S2_2_C_EDUCATION_AND_TRAINING, false),
  /** s.2(2)(d). */
  EMPLOYMENT("Employment", ChildrenAndSocialWorkAct2017.S2_2_D_EMPLOYMENT, false),
  /** s.2(2)(e). */
  ACCOMMODATION("Accommodation", ChildrenAndSocialWorkAct2017.S2_2_E_ACCOMMODATION, false),
  /** s.2(2)(f). */
  PARTICIPATION_IN_SOCIETY("Participation in society", ChildrenAndSocialWorkAct2017.S2_2_F_PARTICIPATION_IN_SOCIETY, false),
  /** Added by the Children's Wellbeing and Schools Act 2026 s.8 (prospective). */
  FINANCIAL_LITERACY("Money and financial skills", ChildrensWellbeingAndSchoolsAct2026.S8_LOCAL_OFFER, true);

  private final String label;
  private final LegalReference citation;
  private final boolean prospective;

  OfferArea(String label, LegalReference citation, boolean prospective) {
    this.label = label;
    this.citation = citation;
    this.prospective = prospective;
  }

  /**
   * The area's heading in plain words.
   *
   * @return for example {@code "Health and well-being"}
   */
  public String label() {
    return label;
  }

  /**
   * The provision naming the area.
   *
   * @return s.2(2)(a)-(f), or the 2026 Act's s.8
   */
  public LegalReference citation() {
    return citation;
  }

  /**
   * Whether the area comes from a provision not yet in force unless configured (the 2026 Act).
   *
   * @return true for {@link #FINANCIAL_LITERACY}
   */
  public boolean isProspective() {
    return prospective;
  }

  /**
   * Whether a Local Offer must cover this area on a date under the given rules.
   *
   * @param date the date; not null
   * @param rules the configuration of prospective provisions; not null
   * @return true for the six areas, and for financial literacy once the 2026 Act's s.8 is in force
   */
  public boolean isRequiredOn(java.time.LocalDate date, CompletenessRules rules) {
    return !prospective || rules.cwsa2026LocalOfferInForceOn(date);
  }

  /**
   * The area with the given constant name, ignoring case.
   *
   * @param name for example {@code "ACCOMMODATION"}; not null
   * @return the area, or empty
   */
  public static Optional<OfferArea> named(String name) {
    for (OfferArea a : values()) {
      if (a.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
