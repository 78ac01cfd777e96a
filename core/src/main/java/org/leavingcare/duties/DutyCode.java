package org.leavingcare.duties;

import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.CarePlanningRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.Guidance;
import org.leavingcare.law.LegalReference;

/**
 * The duties (and powers) a council may owe, with the codes of LAW.md §6 and §15.6. Each code
 * names its main provision; a {@link DutyOwed} cites the provision that applies to the young
 * person's category (for example {@link #PA_APPOINT} rests on Sch. 2 para. 19C for an eligible
 * child and on s.23B(2) for a relevant child).
 *
 * <p>Codes whose {@link #isListed()} is false are event-driven or generic (LAW.md §15.6 rule 2):
 * they exist for completeness and are never listed in an assessment.
 */
public enum DutyCode {
  /** Visits to a looked-after child: within a week of a placement, then at most six-weekly (three-monthly after the first year of a placement intended to last until 18). */
  LAC_VISITS(CarePlanningRegulations2010.REG_28_VISITS, LegalBasis.REGULATION, "visits to a looked-after child: within a week of a placement, then at most six-weekly (three-monthly after the first year of a placement intended to last until 18)", true),
  /** Reviews of a looked-after child's case: within 20 working days, then three months, then six-monthly. */
  LAC_REVIEWS(CarePlanningRegulations2010.REG_33_REVIEWS, LegalBasis.REGULATION, "reviews of a looked-after child's case: within 20 working days, then three months, then six-monthly", true),
  /** The reduced care-planning, visit and review regime for a child in a series of short breaks. */
  SHORT_BREAK_MODIFIED_REGIME(CarePlanningRegulations2010.REG_48_SHORT_BREAKS, LegalBasis.REGULATION, "the reduced care-planning, visit and review regime for a child in a series of short breaks", true),
  /** Advise, assist and befriend with a view to promoting welfare when the authority stops looking after the child. */
  ADVISE_ASSIST_BEFRIEND_ON_LEAVING(ChildrenAct1989.SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND, LegalBasis.STATUTE, "advise, assist and befriend with a view to promoting welfare when the authority stops looking after the child", true),
  /** Checks before deciding to stop looking after a child (event-driven; never listed). */
  CEASING_TO_LOOK_AFTER_CHECKS(CarePlanningRegulations2010.REG_39_CEASING_TO_LOOK_AFTER, LegalBasis.REGULATION, "checks before deciding to stop looking after a child (event-driven; never listed)", false),
  /** Have regard to the seven corporate parenting principles. */
  CORPORATE_PARENTING_PRINCIPLES(ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES, LegalBasis.STATUTE, "have regard to the seven corporate parenting principles", true),
  /** Arrange or appoint a personal adviser. */
  PA_APPOINT(ChildrenAct1989.SCH2_PARA19C_PERSONAL_ADVISER, LegalBasis.STATUTE, "arrange or appoint a personal adviser", true),
  /** Assess the young person's needs. */
  NEEDS_ASSESSMENT(ChildrenAct1989.SCH2_PARA19B_ASSESSMENT_AND_PLAN, LegalBasis.STATUTE, "assess the young person's needs", true),
  /** Prepare a pathway plan. */
  PATHWAY_PLAN(ChildrenAct1989.SCH2_PARA19B_ASSESSMENT_AND_PLAN, LegalBasis.STATUTE, "prepare a pathway plan", true),
  /** Keep the pathway plan under regular review. */
  PATHWAY_PLAN_REVIEW(ChildrenAct1989.SCH2_PARA19B_PLAN_REVIEW, LegalBasis.STATUTE, "keep the pathway plan under regular review", true),
  /** Take reasonable steps to keep in touch, and re-establish contact if it is lost. */
  KEEP_IN_TOUCH(ChildrenAct1989.S23B_KEEP_IN_TOUCH, LegalBasis.STATUTE, "take reasonable steps to keep in touch, and re-establish contact if it is lost", true),
  /** Maintain the relevant child and provide or maintain suitable accommodation. */
  ACCOMMODATION_AND_MAINTENANCE(ChildrenAct1989.S23B_ACCOMMODATION_AND_MAINTENANCE, LegalBasis.STATUTE, "maintain the relevant child and provide or maintain suitable accommodation", true),
  /** Personal adviser visits at accommodation provided under s.23B(8) or s.24B: within 7 days, before the review, then at most two-monthly. */
  PA_ACCOMMODATION_VISITS(CareLeaversRegulations2010.REG_8_PA_VISITS, LegalBasis.REGULATION, "personal adviser visits at accommodation provided under s.23B(8) or s.24B: within 7 days, before the review, then at most two-monthly", true),
  /** Seek the young person's views and give copies of assessments, plans and reviews (generic; never listed). */
  INVOLVEMENT_AND_COPIES(CareLeaversRegulations2010.REG_4_INVOLVEMENT, LegalBasis.REGULATION, "seek the young person's views and give copies of assessments, plans and reviews (generic; never listed)", false),
  /** Keep written case records (generic; never listed). */
  RECORDS(CareLeaversRegulations2010.REG_10_RECORDS, LegalBasis.REGULATION, "keep written case records (generic; never listed)", false),
  /** Continue the appointment of a personal adviser. */
  PA_CONTINUE(ChildrenAct1989.S23C_PERSONAL_ADVISER, LegalBasis.STATUTE, "continue the appointment of a personal adviser", true),
  /** Contribute to the costs of living near employment or seeking it. */
  EMPLOYMENT_ASSISTANCE(ChildrenAct1989.S23C_EMPLOYMENT_ASSISTANCE, LegalBasis.STATUTE, "contribute to the costs of living near employment or seeking it", true),
  /** Assistance with education or training. */
  EET_ASSISTANCE(ChildrenAct1989.S23C_EET_ASSISTANCE, LegalBasis.STATUTE, "assistance with education or training", true),
  /** Other assistance to the extent welfare requires. */
  WELFARE_ASSISTANCE(ChildrenAct1989.S23C_WELFARE_ASSISTANCE, LegalBasis.STATUTE, "other assistance to the extent welfare requires", true),
  /** Pay the higher education bursary. */
  HE_BURSARY(ChildrenAct1989.S23C_HE_BURSARY, LegalBasis.STATUTE, "pay the higher education bursary", true),
  /** Provide vacation accommodation, or the means to secure it, to a student in higher or residential further education. */
  VACATION_ACCOMMODATION(ChildrenAct1989.S23C_VACATION_ACCOMMODATION, LegalBasis.STATUTE, "provide vacation accommodation, or the means to secure it, to a student in higher or residential further education", true),
  /** Monitor and support a staying put arrangement, including financial support to the former foster parent. */
  STAYING_PUT_SUPPORT(ChildrenAct1989.S23CZA_STAYING_PUT, LegalBasis.STATUTE, "monitor and support a staying put arrangement, including financial support to the former foster parent", true),
  /** Provide a personal adviser on request, until 25 or an earlier opt-out. */
  PA_ON_REQUEST_21_25(ChildrenAct1989.S23CZB_PERSONAL_ADVISER, LegalBasis.STATUTE, "provide a personal adviser on request, until 25 or an earlier opt-out", true),
  /** Provide the advice and support the s.23CZB assessment identified. */
  ADVICE_AND_SUPPORT_21_25(ChildrenAct1989.S23CZB_ADVICE_AND_SUPPORT, LegalBasis.STATUTE, "provide the advice and support the s.23CZB assessment identified", true),
  /** Support a former relevant child returning to education or training (personal adviser, assessment, plan, assistance). */
  EDUCATION_RETURN_SUPPORT(ChildrenAct1989.S23CA_EDUCATION_RETURN, LegalBasis.STATUTE, "support a former relevant child returning to education or training (personal adviser, assessment, plan, assistance)", true),
  /** Remind 21-25s who declined support that it is available until 25 (local policy; listed only when the switch is on). */
  ANNUAL_REMINDER_21_25(Guidance.PA_SUPPORT_TO_25, LegalBasis.GUIDANCE, "remind 21-25s who declined support that it is available until 25 (local policy; listed only when the switch is on)", true),
  /** Contact a qualifying person formerly looked after, as the authority thinks appropriate. */
  CONTACT_AS_APPROPRIATE(ChildrenAct1989.S24_CONTACT, LegalBasis.STATUTE, "contact a qualifying person formerly looked after, as the authority thinks appropriate", true),
  /** Consider whether the qualifying person needs help of a kind the authority can give. */
  CONSIDER_NEED(ChildrenAct1989.S24A_CONSIDER_NEED, LegalBasis.STATUTE, "consider whether the qualifying person needs help of a kind the authority can give", true),
  /** Advise and befriend a qualifying person, if the s.24A(2) conditions are met (conditional duty). */
  ADVISE_BEFRIEND_QUALIFYING_DUTY(ChildrenAct1989.S24A_ADVISE_BEFRIEND_DUTY, LegalBasis.STATUTE, "advise and befriend a qualifying person, if the s.24A(2) conditions are met (conditional duty)", true),
  /** May advise and befriend a qualifying person, if the s.24A(2) conditions are met (conditional power). */
  ADVISE_BEFRIEND_QUALIFYING_POWER(ChildrenAct1989.S24A_ADVISE_BEFRIEND_POWER, LegalBasis.STATUTE, "may advise and befriend a qualifying person, if the s.24A(2) conditions are met (conditional power)", true),
  /** May give assistance to a qualifying person who is advised and befriended. */
  QUALIFYING_ASSISTANCE_S24A(ChildrenAct1989.S24A_ASSISTANCE, LegalBasis.STATUTE, "may give assistance to a qualifying person who is advised and befriended", true),
  /** May help with the costs of employment, education and training. */
  QUALIFYING_ASSISTANCE_S24B(ChildrenAct1989.S24B_EMPLOYMENT_EDUCATION_TRAINING, LegalBasis.STATUTE, "may help with the costs of employment, education and training", true);

  private final LegalReference provision;
  private final LegalBasis basis;
  private final String description;
  private final boolean listed;

  DutyCode(LegalReference provision, LegalBasis basis, String description, boolean listed) {
    this.provision = provision;
    this.basis = basis;
    this.description = description;
    this.listed = listed;
  }

  /**
   * The main provision the duty rests on.
   *
   * @return the provision
   */
  public LegalReference provision() {
    return provision;
  }

  /**
   * Whether the duty comes from statute, regulations or guidance (LAW.md §1).
   *
   * @return the legal basis
   */
  public LegalBasis legalBasis() {
    return basis;
  }

  /**
   * What the duty requires, in a sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether the code can appear in an assessment's duties (false for event-driven and generic
   * duties).
   *
   * @return true if listable
   */
  public boolean isListed() {
    return listed;
  }
}
