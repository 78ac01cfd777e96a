package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Children and Social Work Act 2017 (c. 16) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md. The
 * paragraph-level constants of s.1 (the principles and whom they cover) and s.2 (the local offer
 * and its areas) follow LAW.md §8 and §9, both tagged [V].
 */
public final class ChildrenAndSocialWorkAct2017 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Children and Social Work Act 2017";

  private ChildrenAndSocialWorkAct2017() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/2017/16/" + path), CheckedAsAt.DATE);
  }

  /** Corporate parenting principles: looked-after children, relevant children and former relevant children under 25. */
  public static final LegalReference S1_CORPORATE_PARENTING_PRINCIPLES = ref("s.1", "section/1");
  /** Local offer for care leavers. */
  public static final LegalReference S2_LOCAL_OFFER = ref("s.2", "section/2");
  /** Inserts s.23CZB: advice and support for former relevant children to 25. */
  public static final LegalReference S3_ADVICE_AND_SUPPORT_TO_25 = ref("s.3", "section/3");

  /** Principle (a): act in the best interests, and promote the physical and mental health and well-being. */
  public static final LegalReference S1_1_A_BEST_INTERESTS = ref("s.1(1)(a)", "section/1");
  /** Principle (b): encourage them to express their views, wishes and feelings. */
  public static final LegalReference S1_1_B_EXPRESS_VIEWS = ref("s.1(1)(b)", "section/1");
  /** Principle (c): take into account their views, wishes and feelings. */
  public static final LegalReference S1_1_C_TAKE_VIEWS_INTO_ACCOUNT = ref("s.1(1)(c)", "section/1");
  /** Principle (d): help them gain access to, and make the best use of, services. */
  public static final LegalReference S1_1_D_ACCESS_TO_SERVICES = ref("s.1(1)(d)", "section/1");
  /** Principle (e): promote high aspirations, and seek to secure the best outcomes. */
  public static final LegalReference S1_1_E_HIGH_ASPIRATIONS = ref("s.1(1)(e)", "section/1");
  /** Principle (f): safety, and stability in home lives, relationships and education or work. */
  public static final LegalReference S1_1_F_SAFETY_AND_STABILITY = ref("s.1(1)(f)", "section/1");
  /** Principle (g): prepare them for adulthood and independent living. */
  public static final LegalReference S1_1_G_PREPARATION_FOR_ADULTHOOD = ref("s.1(1)(g)", "section/1");
  /** The principles cover children looked after (Children Act 1989 s.22(1)). */
  public static final LegalReference S1_2_A_LOOKED_AFTER = ref("s.1(2)(a)", "section/1");
  /** The principles cover relevant children (Children Act 1989 s.23A(2)). */
  public static final LegalReference S1_2_B_RELEVANT = ref("s.1(2)(b)", "section/1");
  /** The principles cover former relevant children (Children Act 1989 s.23C(1)) aged under 25. */
  public static final LegalReference S1_2_C_FORMER_RELEVANT_UNDER_25 = ref("s.1(2)(c)", "section/1");
  /** The local offer publishes services offered as a result of the authority's Children Act 1989 functions. */
  public static final LegalReference S2_1_A_STATUTORY_SERVICES = ref("s.2(1)(a)", "section/2");
  /** The local offer publishes other services that may assist care leavers in, or preparing for, adulthood. */
  public static final LegalReference S2_1_B_OTHER_SERVICES = ref("s.2(1)(b)", "section/2");
  /** Local offer area: health and well-being. */
  public static final LegalReference S2_2_A_HEALTH_AND_WELLBEING = ref("s.2(2)(a)", "section/2");
  /** Local offer area: relationships. */
  public static final LegalReference S2_2_B_RELATIONSHIPS = ref("s.2(2)(b)", "section/2");
  /** Local offer area: education and training. */
  public static final LegalReference S2_2_C_EDUCATION_AND_TRAINING = ref("s.2(2)(c)", "section/2");
  /** Local offer area: employment. */
  public static final LegalReference S2_2_D_EMPLOYMENT = ref("s.2(2)(d)", "section/2");
  /** Local offer area: accommodation. */
  public static final LegalReference S2_2_E_ACCOMMODATION = ref("s.2(2)(e)", "section/2");
  /** Local offer area: participation in society. */
  public static final LegalReference S2_2_F_PARTICIPATION_IN_SOCIETY = ref("s.2(2)(f)", "section/2");
  /** Who is a care leaver for the local offer: eligible and relevant children, former relevant children under 25. */
  public static final LegalReference S2_7_CARE_LEAVERS = ref("s.2(7)", "section/2");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S1_CORPORATE_PARENTING_PRINCIPLES, S2_LOCAL_OFFER, S3_ADVICE_AND_SUPPORT_TO_25,
        S1_1_A_BEST_INTERESTS, S1_1_B_EXPRESS_VIEWS, S1_1_C_TAKE_VIEWS_INTO_ACCOUNT, S1_1_D_ACCESS_TO_SERVICES,
        S1_1_E_HIGH_ASPIRATIONS, S1_1_F_SAFETY_AND_STABILITY, S1_1_G_PREPARATION_FOR_ADULTHOOD,
        S1_2_A_LOOKED_AFTER, S1_2_B_RELEVANT, S1_2_C_FORMER_RELEVANT_UNDER_25,
        S2_1_A_STATUTORY_SERVICES, S2_1_B_OTHER_SERVICES, S2_2_A_HEALTH_AND_WELLBEING, S2_2_B_RELATIONSHIPS,
        S2_2_C_EDUCATION_AND_TRAINING, S2_2_D_EMPLOYMENT, S2_2_E_ACCOMMODATION, S2_2_F_PARTICIPATION_IN_SOCIETY,
        S2_7_CARE_LEAVERS);
  }
}
