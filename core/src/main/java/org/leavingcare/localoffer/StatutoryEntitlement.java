package org.leavingcare.localoffer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.duties.Amounts;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.ChildrensWellbeingAndSchoolsAct2026;
import org.leavingcare.law.HigherEducationBursaryRegulations2009;
import org.leavingcare.law.LegalReference;
import org.leavingcare.law.Timeline;
import org.leavingcare.rules.Category;

/**
 * A statutory entitlement of care leavers that a Local Offer must publish (Children and Social
 * Work Act 2017 s.2(1)(a): services offered as a result of the authority's Children Act 1989
 * functions), grouped from the duties of LAW.md §6.
 *
 * <p>Each entitlement names the duty codes of LAW.md §15.6 that make it live for a young person
 * (the engine lists them in an assessment), the categories who may ask for it when it is not yet
 * live (for example support from 21 to 25 under s.23CZB), and the deadline keys of LAW.md §15.7
 * that say when it ends. Duties to looked-after children generally (visits, reviews) are not
 * Local Offer services and are not listed.
 */
public enum StatutoryEntitlement {

  /** Sch. 2 para. 19A: advice, assistance and befriending while looked after, to prepare for leaving care. */
  PREPARATION_FOR_LEAVING_CARE("Help to get ready for leaving care",
      EnumSet.of(DutyCode.ADVISE_ASSIST_BEFRIEND_ON_LEAVING),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.TURNS_18_ON),
      List.of(ChildrenAct1989.SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND)),
  /** Sch. 2 para. 19C; s.23B(2); s.23C(3)(a); s.23CZB(3): a personal adviser. */
  PERSONAL_ADVISER("A personal adviser",
      EnumSet.of(DutyCode.PA_APPOINT, DutyCode.PA_CONTINUE, DutyCode.PA_ON_REQUEST_21_25), EnumSet.of(Category.FORMER_RELEVANT_21_25),
      List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.PA_DUTY_ENDS_AT_START_OF, DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF),
      List.of(ChildrenAct1989.SCH2_PARA19C_PERSONAL_ADVISER, ChildrenAct1989.S23B_PERSONAL_ADVISER,
          ChildrenAct1989.S23C_PERSONAL_ADVISER, ChildrenAct1989.S23CZB_PERSONAL_ADVISER)),
  /** Sch. 2 para. 19B(4)-(5); s.23B(3), (7); s.23C(3)(b); CLR reg. 7: needs assessment and pathway plan, kept under review. */
  PATHWAY_PLAN("A needs assessment and a pathway plan, reviewed at least every six months",
      EnumSet.of(DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN, DutyCode.PATHWAY_PLAN_REVIEW), EnumSet.of(Category.FORMER_RELEVANT_21_25),
      List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.PA_DUTY_ENDS_AT_START_OF, DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF),
      List.of(ChildrenAct1989.SCH2_PARA19B_ASSESSMENT_AND_PLAN, ChildrenAct1989.S23B_ASSESSMENT_AND_PLAN,
          ChildrenAct1989.S23C_PLAN_REVIEW, CareLeaversRegulations2010.REG_7_REVIEW)),
  /** s.23B(1); s.23C(2): the council keeps in touch. */
  KEEPING_IN_TOUCH("The council keeps in touch with you, wherever you live",
      EnumSet.of(DutyCode.KEEP_IN_TOUCH),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF),
      List.of(ChildrenAct1989.S23B_KEEP_IN_TOUCH, ChildrenAct1989.S23C_KEEP_IN_TOUCH)),
  /** s.23B(8)-(9); CLR reg. 9: suitable accommodation and maintenance for a relevant child. */
  ACCOMMODATION_AND_MAINTENANCE("Somewhere suitable to live and money to live on (aged 16 or 17)",
      EnumSet.of(DutyCode.ACCOMMODATION_AND_MAINTENANCE),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.TURNS_18_ON),
      List.of(ChildrenAct1989.S23B_ACCOMMODATION_AND_MAINTENANCE, CareLeaversRegulations2010.REG_9_ACCOMMODATION)),
  /** s.23C(4)(a): help with the costs of living near work or looking for work. */
  EMPLOYMENT_ASSISTANCE("Help with costs of finding and keeping work",
      EnumSet.of(DutyCode.EMPLOYMENT_ASSISTANCE),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF),
      List.of(ChildrenAct1989.S23C_EMPLOYMENT_ASSISTANCE)),
  /** s.23C(4)(b): help with the costs of education or training. */
  EDUCATION_AND_TRAINING_ASSISTANCE("Help with costs of education and training",
      EnumSet.of(DutyCode.EET_ASSISTANCE),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END),
      List.of(ChildrenAct1989.S23C_EET_ASSISTANCE)),
  /** s.23C(4)(c), (5): other help your welfare needs. */
  WELFARE_ASSISTANCE("Other help when your welfare needs it",
      EnumSet.of(DutyCode.WELFARE_ASSISTANCE),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.S23C_DUTIES_END_AT_START_OF, DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF),
      List.of(ChildrenAct1989.S23C_WELFARE_ASSISTANCE)),
  /** s.23C(5A); Higher Education Bursary Regulations 2009: the £2,000 bursary. */
  HIGHER_EDUCATION_BURSARY("The higher education bursary",
      EnumSet.of(DutyCode.HE_BURSARY),
      EnumSet.noneOf(Category.class), List.of(),
      List.of(ChildrenAct1989.S23C_HE_BURSARY, HigherEducationBursaryRegulations2009.REG_3_AMOUNT)),
  /** s.23C(9), s.24B(5): somewhere to live in the holidays when at university or residential college. */
  VACATION_ACCOMMODATION("Somewhere to live in the holidays while studying",
      EnumSet.of(DutyCode.VACATION_ACCOMMODATION),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END),
      List.of(ChildrenAct1989.S23C_VACATION_ACCOMMODATION)),
  /** s.23CZA: staying put with former foster carers to 21. */
  STAYING_PUT("Staying put with your former foster carers",
      EnumSet.of(DutyCode.STAYING_PUT_SUPPORT),
      EnumSet.noneOf(Category.class), List.of(DeadlineKey.STAYING_PUT_ENDS_AT_START_OF),
      List.of(ChildrenAct1989.S23CZA_STAYING_PUT)),
  /** s.23CZB: advice and support from 21 to 25 on request. */
  SUPPORT_21_TO_25("Advice and support from 21 to 25, if you ask",
      EnumSet.of(DutyCode.PA_ON_REQUEST_21_25, DutyCode.ADVICE_AND_SUPPORT_21_25), EnumSet.of(Category.FORMER_RELEVANT_21_25),
      List.of(DeadlineKey.PA_DUTY_ENDS_AT_START_OF, DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF),
      List.of(ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT, ChildrenAct1989.S23CZB_ASSESSMENT_AND_PLAN,
          ChildrenAct1989.S23CZB_ADVICE_AND_SUPPORT)),
  /** s.23CA: support to return to education or training after 21. */
  RETURN_TO_EDUCATION("Support to go back to education or training after 21",
      EnumSet.of(DutyCode.EDUCATION_RETURN_SUPPORT), EnumSet.of(Category.FORMER_RELEVANT_21_25, Category.FORMER_RELEVANT_23CZB),
      List.of(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF),
      List.of(ChildrenAct1989.S23CA_EDUCATION_RETURN)),
  /**
   * ss.24-24B: advice and assistance for qualifying persons. Whether s.2 requires these in the Local
   * Offer is not settled (LAW.md §9); {@link CompletenessRules#requireQualifyingPersons()} chooses.
   */
  QUALIFYING_ADVICE_AND_ASSISTANCE("Advice and help for other young people who were in care",
      EnumSet.of(DutyCode.CONSIDER_NEED, DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY, DutyCode.ADVISE_BEFRIEND_QUALIFYING_POWER,
          DutyCode.QUALIFYING_ASSISTANCE_S24A, DutyCode.QUALIFYING_ASSISTANCE_S24B, DutyCode.CONTACT_AS_APPROPRIATE),
      EnumSet.noneOf(Category.class),
      List.of(DeadlineKey.QUALIFYING_ENDS_AT_START_OF, DeadlineKey.S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF),
      List.of(ChildrenAct1989.S24A_CONSIDER_NEED, ChildrenAct1989.S24A_ADVISE_BEFRIEND_DUTY,
          ChildrenAct1989.S24A_ASSISTANCE, ChildrenAct1989.S24B_EMPLOYMENT_EDUCATION_TRAINING)),
  /**
   * Children Act 1989 s.23CZAA, inserted by the Children's Wellbeing and Schools Act 2026 s.7
   * (prospective): an assessment for, and provision of, staying close support. No duty code yet
   * (LAW.md §10); required only when {@link CompletenessRules} puts s.7 in force.
   */
  STAYING_CLOSE_SUPPORT("Staying close support",
      EnumSet.noneOf(DutyCode.class), EnumSet.of(Category.FORMER_RELEVANT, Category.FORMER_RELEVANT_21_25, Category.FORMER_RELEVANT_23CZB, Category.FORMER_RELEVANT_23CA),
      List.of(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF),
      List.of(ChildrensWellbeingAndSchoolsAct2026.S7_STAYING_CLOSE_SUPPORT));

  private final String label;
  private final Set<DutyCode> dutyCodes;
  private final Set<Category> onRequestFor;
  private final List<DeadlineKey> endKeys;
  private final List<LegalReference> citations;

  StatutoryEntitlement(String label, Set<DutyCode> dutyCodes, Set<Category> onRequestFor, List<DeadlineKey> endKeys,
      List<LegalReference> citations) {
    this.label = label;
    this.dutyCodes = java.util.Collections.unmodifiableSet(dutyCodes);
    this.onRequestFor = java.util.Collections.unmodifiableSet(onRequestFor);
    this.endKeys = endKeys;
    this.citations = citations;
  }

  /**
   * The entitlement in plain words.
   *
   * @return a short phrase a young person understands
   */
  public String label() {
    return label;
  }

  /**
   * The duty codes of LAW.md §15.6 that make this entitlement live when an assessment lists one.
   *
   * @return the codes; empty for {@link #STAYING_CLOSE_SUPPORT}, which has none yet
   */
  public Set<DutyCode> dutyCodes() {
    return dutyCodes;
  }

  /**
   * The categories (LAW.md §4 codes) of young people who may ask for this entitlement when it is
   * not live: asking starts the duty.
   *
   * @return the categories; empty when the entitlement is never "on request"
   */
  public Set<Category> onRequestFor() {
    return onRequestFor;
  }

  /**
   * The deadline keys of LAW.md §15.7 whose date ends this entitlement, in order of preference;
   * the personalised offer uses the earliest present in an assessment.
   *
   * @return the keys; empty when the entitlement has no end date (a one-off payment)
   */
  public List<DeadlineKey> endKeys() {
    return endKeys;
  }

  /**
   * The provisions this entitlement rests on.
   *
   * @return at least one reference
   */
  public List<LegalReference> citations() {
    return citations;
  }

  /**
   * The amount the law fixes for this entitlement, in whole pounds, as a dated timeline that refuses
   * dates it does not cover.
   *
   * @return {@link Amounts#HE_BURSARY_GBP} for {@link #HIGHER_EDUCATION_BURSARY}; empty for the
   *     others, whose amounts the law leaves to the council
   */
  public Optional<Timeline<Integer>> statutoryAmountGbp() {
    return this == HIGHER_EDUCATION_BURSARY ? Optional.of(Amounts.HE_BURSARY_GBP) : Optional.empty();
  }

  /**
   * Whether an eligible or relevant child's entitlement carries on at 18, when they become a former
   * relevant child (Children Act 1989 s.23C(1)), under s.23C: the personal adviser (s.23C(3)(a)),
   * the pathway plan (s.23C(3)(b)) and keeping in touch (s.23C(2)).
   *
   * @return true for {@link #PERSONAL_ADVISER}, {@link #PATHWAY_PLAN} and {@link #KEEPING_IN_TOUCH}
   */
  public boolean continuesAfter18() {
    return this == PERSONAL_ADVISER || this == PATHWAY_PLAN || this == KEEPING_IN_TOUCH;
  }

  /**
   * Whether this entitlement comes from a provision not yet in force unless configured.
   *
   * @return true for {@link #STAYING_CLOSE_SUPPORT}
   */
  public boolean isProspective() {
    return this == STAYING_CLOSE_SUPPORT;
  }

  /**
   * The entitlement with the given constant name, ignoring case.
   *
   * @param name for example {@code "STAYING_PUT"}; not null
   * @return the entitlement, or empty
   */
  public static Optional<StatutoryEntitlement> named(String name) {
    for (StatutoryEntitlement e : values()) {
      if (e.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
