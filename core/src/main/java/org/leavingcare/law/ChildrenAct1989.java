package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Children Act 1989 (c. 41), as amended by the Children (Leaving Care) Act 2000, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017, used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class ChildrenAct1989 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Children Act 1989";

  private ChildrenAct1989() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/1989/41/" + path), CheckedAsAt.DATE);
  }

  /** Who is looked after by a local authority. */
  public static final LegalReference S22_LOOKED_AFTER = ref("s.22(1)", "section/22");
  /** Duty to advise, assist and befriend a looked-after child with a view to promoting welfare when they cease to be looked after. */
  public static final LegalReference SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND = ref("Sch. 2 para. 19A", "schedule/2/paragraph/19A");
  /** Eligible child: aged 16 or 17, looked after for the prescribed period which began after the prescribed age and ended after 16. */
  public static final LegalReference SCH2_PARA19B_ELIGIBLE_CHILD = ref("Sch. 2 para. 19B(2)", "schedule/2/paragraph/19B");
  /** Assessment of an eligible child's needs and preparation of a pathway plan. */
  public static final LegalReference SCH2_PARA19B_ASSESSMENT_AND_PLAN = ref("Sch. 2 para. 19B(4)", "schedule/2/paragraph/19B");
  /** Keeping an eligible child's pathway plan under regular review. */
  public static final LegalReference SCH2_PARA19B_PLAN_REVIEW = ref("Sch. 2 para. 19B(5)", "schedule/2/paragraph/19B");
  /** Personal adviser for an eligible child. */
  public static final LegalReference SCH2_PARA19C_PERSONAL_ADVISER = ref("Sch. 2 para. 19C", "schedule/2/paragraph/19C");
  /** Relevant child: aged 16 or 17, not looked after, eligible immediately before last ceasing to be looked after. */
  public static final LegalReference S23A_RELEVANT_CHILD = ref("s.23A(2)", "section/23A");
  /** Regulations may prescribe additional categories of relevant child and exclude others. */
  public static final LegalReference S23A_ADDITIONAL_CATEGORIES = ref("s.23A(3)", "section/23A");
  /** Duty to take reasonable steps to keep in touch with a relevant child. */
  public static final LegalReference S23B_KEEP_IN_TOUCH = ref("s.23B(1)", "section/23B");
  /** Personal adviser for a relevant child. */
  public static final LegalReference S23B_PERSONAL_ADVISER = ref("s.23B(2)", "section/23B");
  /** Assessment of a relevant child's needs and pathway plan, where none exists. */
  public static final LegalReference S23B_ASSESSMENT_AND_PLAN = ref("s.23B(3)", "section/23B");
  /** Keeping a relevant child's pathway plan under regular review. */
  public static final LegalReference S23B_PLAN_REVIEW = ref("s.23B(7)", "section/23B");
  /** Maintenance and suitable accommodation for a relevant child. */
  public static final LegalReference S23B_ACCOMMODATION_AND_MAINTENANCE = ref("s.23B(8)", "section/23B");
  /** Former relevant child. */
  public static final LegalReference S23C_FORMER_RELEVANT_CHILD = ref("s.23C(1)", "section/23C");
  /** Former relevant child: has been a relevant child and would be one if under 18. */
  public static final LegalReference S23C_ROUTE_A = ref("s.23C(1)(a)", "section/23C");
  /** Former relevant child: looked after at 18 and eligible immediately before ceasing. */
  public static final LegalReference S23C_ROUTE_B = ref("s.23C(1)(b)", "section/23C");
  /** Duty to take reasonable steps to keep in touch with a former relevant child. */
  public static final LegalReference S23C_KEEP_IN_TOUCH = ref("s.23C(2)", "section/23C");
  /** Continuing the appointment of a personal adviser. */
  public static final LegalReference S23C_PERSONAL_ADVISER = ref("s.23C(3)(a)", "section/23C");
  /** Keeping the pathway plan under regular review. */
  public static final LegalReference S23C_PLAN_REVIEW = ref("s.23C(3)(b)", "section/23C");
  /** Contribution to expenses of living near employment or seeking it. */
  public static final LegalReference S23C_EMPLOYMENT_ASSISTANCE = ref("s.23C(4)(a)", "section/23C");
  /** Assistance with education or training. */
  public static final LegalReference S23C_EET_ASSISTANCE = ref("s.23C(4)(b)", "section/23C");
  /** Other assistance to the extent the person's welfare requires. */
  public static final LegalReference S23C_WELFARE_ASSISTANCE = ref("s.23C(4)(c)", "section/23C");
  /** Higher education bursary for a former relevant child pursuing higher education in accordance with a pathway plan. */
  public static final LegalReference S23C_HE_BURSARY = ref("s.23C(5A)", "section/23C");
  /** The s.23C duties subsist until the person reaches 21. */
  public static final LegalReference S23C_DUTIES_END_AT_21 = ref("s.23C(6)", "section/23C");
  /** Duties continue while a programme of education or training in the pathway plan, extending beyond 21, is pursued. */
  public static final LegalReference S23C_EDUCATION_EXTENSION = ref("s.23C(7)", "section/23C");
  /** Vacation accommodation for a person in higher or residential further education (applying s.24B(5)). */
  public static final LegalReference S23C_VACATION_ACCOMMODATION = ref("s.23C(9)", "section/23C");
  /** Staying put: supporting a former relevant child to live with their former local authority foster parent until 21. */
  public static final LegalReference S23CZA_STAYING_PUT = ref("s.23CZA", "section/23CZA");
  /** Further advice and support for former relevant children aged 21 to 25. */
  public static final LegalReference S23CZB_FURTHER_ADVICE_AND_SUPPORT = ref("s.23CZB(1)", "section/23CZB");
  /** Personal adviser on request until 25. */
  public static final LegalReference S23CZB_PERSONAL_ADVISER = ref("s.23CZB(3)", "section/23CZB");
  /** Assessment of needs and pathway plan on request. */
  public static final LegalReference S23CZB_ASSESSMENT_AND_PLAN = ref("s.23CZB(4)", "section/23CZB");
  /** Advice and support identified by the assessment. */
  public static final LegalReference S23CZB_ADVICE_AND_SUPPORT = ref("s.23CZB(6)", "section/23CZB");
  /** Former relevant child returning to education or training after the s.23C duties end. */
  public static final LegalReference S23CA_EDUCATION_RETURN = ref("s.23CA", "section/23CA");
  /** Person qualifying for advice and assistance: special guardianship order after being looked after. */
  public static final LegalReference S24_SPECIAL_GUARDIANSHIP = ref("s.24(1A)", "section/24");
  /** Person qualifying for advice and assistance: looked after or accommodated after 16, no longer. */
  public static final LegalReference S24_QUALIFYING = ref("s.24(1B)", "section/24");
  /** The settings that make a person qualifying (looked after; voluntary organisation; private children's home; health, education or care home; private fostering). */
  public static final LegalReference S24_QUALIFYING_SETTINGS = ref("s.24(2)", "section/24");
  /** Contact with a qualifying person formerly looked after. */
  public static final LegalReference S24_CONTACT = ref("s.24(4)", "section/24");
  /** Considering whether a qualifying person needs help. */
  public static final LegalReference S24A_CONSIDER_NEED = ref("s.24A(1)", "section/24A");
  /** Duty to advise and befriend a qualifying person formerly looked after, in special guardianship or accommodated by a voluntary organisation. */
  public static final LegalReference S24A_ADVISE_BEFRIEND_DUTY = ref("s.24A(3)(a)", "section/24A");
  /** Power to advise and befriend other qualifying persons. */
  public static final LegalReference S24A_ADVISE_BEFRIEND_POWER = ref("s.24A(3)(b)", "section/24A");
  /** Assistance to a qualifying person. */
  public static final LegalReference S24A_ASSISTANCE = ref("s.24A(4)", "section/24A");
  /** Employment, education and training assistance for qualifying persons. */
  public static final LegalReference S24B_EMPLOYMENT_EDUCATION_TRAINING = ref("s.24B", "section/24B");
  /** Privately fostered child: under 16, or under 18 if disabled. */
  public static final LegalReference S66_PRIVATE_FOSTERING = ref("s.66", "section/66");
  /** Orders (including special guardianship) end when the child reaches 18. */
  public static final LegalReference S91_SGO_ENDS_AT_18 = ref("s.91(13)", "section/91");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S22_LOOKED_AFTER, SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND, SCH2_PARA19B_ELIGIBLE_CHILD, SCH2_PARA19B_ASSESSMENT_AND_PLAN, SCH2_PARA19B_PLAN_REVIEW, SCH2_PARA19C_PERSONAL_ADVISER, S23A_RELEVANT_CHILD, S23A_ADDITIONAL_CATEGORIES, S23B_KEEP_IN_TOUCH, S23B_PERSONAL_ADVISER, S23B_ASSESSMENT_AND_PLAN, S23B_PLAN_REVIEW, S23B_ACCOMMODATION_AND_MAINTENANCE, S23C_FORMER_RELEVANT_CHILD, S23C_ROUTE_A, S23C_ROUTE_B, S23C_KEEP_IN_TOUCH, S23C_PERSONAL_ADVISER, S23C_PLAN_REVIEW, S23C_EMPLOYMENT_ASSISTANCE, S23C_EET_ASSISTANCE, S23C_WELFARE_ASSISTANCE, S23C_HE_BURSARY, S23C_DUTIES_END_AT_21, S23C_EDUCATION_EXTENSION, S23C_VACATION_ACCOMMODATION, S23CZA_STAYING_PUT, S23CZB_FURTHER_ADVICE_AND_SUPPORT, S23CZB_PERSONAL_ADVISER, S23CZB_ASSESSMENT_AND_PLAN, S23CZB_ADVICE_AND_SUPPORT, S23CA_EDUCATION_RETURN, S24_SPECIAL_GUARDIANSHIP, S24_QUALIFYING, S24_QUALIFYING_SETTINGS, S24_CONTACT, S24A_CONSIDER_NEED, S24A_ADVISE_BEFRIEND_DUTY, S24A_ADVISE_BEFRIEND_POWER, S24A_ASSISTANCE, S24B_EMPLOYMENT_EDUCATION_TRAINING, S66_PRIVATE_FOSTERING, S91_SGO_ENDS_AT_18);
  }
}
