package org.leavingcare.duties;

import java.util.Optional;
import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.CarePlanningRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.LegalReference;

/**
 * The deadline keys of LAW.md §15.7 - the complete list; no other key is produced. Each has its
 * stable JSON name ({@link #jsonName()}) and the provision it usually rests on (a
 * {@link Deadline} cites the provision that applies to the case).
 *
 * <p>Naming: {@code …By} is the last permitted date (inclusive); {@code …NotBefore} the
 * earliest date; {@code …AtStartOf} the date a status or duty stops (it is not live that day);
 * {@code …From}/{@code …On} the date a status starts or changes; {@code …IntervalMax} an ISO-8601
 * duration.
 */
public enum DeadlineKey {
  /** The 18th birthday: looked-after status ends; eligible and relevant children become former relevant children. */
  TURNS_18_ON("turns18On", Kind.DATE, ChildrenAct1989.S23C_FORMER_RELEVANT_CHILD),
  /** The first day of the current (or projected, or last) run of eligibility. */
  ELIGIBLE_FROM("eligibleFrom", Kind.DATE, ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD),
  /** The first day of the current run of relevant status. */
  RELEVANT_FROM("relevantFrom", Kind.DATE, ChildrenAct1989.S23A_RELEVANT_CHILD),
  /** The day six months of living with a parent or person with parental responsibility are complete. */
  HOME_EXCLUSION_FROM("homeExclusionFrom", Kind.DATE, CareLeaversRegulations2010.REG_3_HOME_EXCLUSION),
  /** The last day for the needs assessment; null where no statutory deadline exists (s.23CZB). */
  NEEDS_ASSESSMENT_BY("needsAssessmentBy", Kind.DATE_OR_NULL, CarePlanningRegulations2010.REG_42_ASSESSMENT),
  /** The assessment deadline carried over from before 18 for a former relevant child with no pathway plan. */
  CARRIED_OVER_NEEDS_ASSESSMENT_BY("carriedOverNeedsAssessmentBy", Kind.DATE, CarePlanningRegulations2010.REG_42_ASSESSMENT),
  /** The last day for the next pathway plan review. */
  NEXT_PATHWAY_PLAN_REVIEW_BY("nextPathwayPlanReviewBy", Kind.DATE, CareLeaversRegulations2010.REG_7_REVIEW),
  /** The last day for the next personal adviser visit at accommodation provided by the authority. */
  PA_VISIT_BY("paVisitBy", Kind.DATE, CareLeaversRegulations2010.REG_8_PA_VISITS),
  /** The earliest day of the review after the 28-day period of s.23B(8) accommodation. */
  ACCOMMODATION_REVIEW_NOT_BEFORE("accommodationReviewNotBefore", Kind.DATE, CareLeaversRegulations2010.REG_7_REVIEW),
  /** The longest gap between reviews after the post-accommodation review (P3M). */
  SUBSEQUENT_REVIEW_INTERVAL_MAX("subsequentReviewIntervalMax", Kind.DURATION, CareLeaversRegulations2010.REG_7_REVIEW),
  /** The longest gap between personal adviser visits after the first (P2M). */
  SUBSEQUENT_PA_VISIT_INTERVAL_MAX("subsequentPaVisitIntervalMax", Kind.DURATION, CareLeaversRegulations2010.REG_8_PA_VISITS),
  /** The last day for the first looked-after review. */
  FIRST_REVIEW_BY("firstReviewBy", Kind.DATE, CarePlanningRegulations2010.REG_33_REVIEWS),
  /** The last day for the second looked-after review. */
  SECOND_REVIEW_BY("secondReviewBy", Kind.DATE, CarePlanningRegulations2010.REG_33_REVIEWS),
  /** The last day for the next looked-after review. */
  NEXT_REVIEW_BY("nextReviewBy", Kind.DATE, CarePlanningRegulations2010.REG_33_REVIEWS),
  /** The last day for the first visit of a placement or short-break series. */
  FIRST_VISIT_BY("firstVisitBy", Kind.DATE, CarePlanningRegulations2010.REG_28_VISITS),
  /** The last day for the next visit. */
  NEXT_VISIT_BY("nextVisitBy", Kind.DATE, CarePlanningRegulations2010.REG_28_VISITS),
  /** The 21st birthday, when the s.23C duties end. */
  S23C_DUTIES_END_AT_START_OF("s23cDutiesEndAtStartOf", Kind.DATE, ChildrenAct1989.S23C_DUTIES_END_AT_21),
  /** The 21st birthday, when the s.23C duties end except those continued by s.23C(7). */
  S23C_CORE_DUTIES_END_AT_START_OF("s23cCoreDutiesEndAtStartOf", Kind.DATE, ChildrenAct1989.S23C_DUTIES_END_AT_21),
  /** The expected last day of the programme that extends the s.23C duties. */
  EDUCATION_EXTENSION_EXPECTED_END("educationExtensionExpectedEnd", Kind.DATE, ChildrenAct1989.S23C_EDUCATION_EXTENSION),
  /** The 21st birthday, when the staying put duty ends. */
  STAYING_PUT_ENDS_AT_START_OF("stayingPutEndsAtStartOf", Kind.DATE, ChildrenAct1989.S23CZA_STAYING_PUT),
  /** The 25th birthday, after which s.23CZB support cannot be asked for. */
  S23CZB_WINDOW_ENDS_AT_START_OF("s23czbWindowEndsAtStartOf", Kind.DATE, ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT),
  /** The 25th birthday, when the s.23CZB personal adviser duty ends. */
  PA_DUTY_ENDS_AT_START_OF("paDutyEndsAtStartOf", Kind.DATE, ChildrenAct1989.S23CZB_PERSONAL_ADVISER),
  /** The 21st birthday, when qualifying status ends. */
  QUALIFYING_ENDS_AT_START_OF("qualifyingEndsAtStartOf", Kind.DATE, ChildrenAct1989.S24_QUALIFYING),
  /** The 25th birthday, before which s.24B(2) education help must start. */
  S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF("s24bEducationHelpAgeLimitAtStartOf", Kind.DATE, ChildrenAct1989.S24B_EMPLOYMENT_EDUCATION_TRAINING),
  /** The 25th birthday, when the corporate parenting principles stopped applying. */
  CORPORATE_PARENTING_ENDED_AT_START_OF("corporateParentingEndedAtStartOf", Kind.DATE, ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES);

  /** What kind of value a key carries. */
  public enum Kind {
    /** A date. */
    DATE,
    /** A date, or no value where no statutory deadline exists. */
    DATE_OR_NULL,
    /** An ISO-8601 duration. */
    DURATION
  }

  private static final DeadlineKey[] VALUES = values();

  private final String jsonName;
  private final Kind kind;
  private final LegalReference provision;

  DeadlineKey(String jsonName, Kind kind, LegalReference provision) {
    this.jsonName = jsonName;
    this.kind = kind;
    this.provision = provision;
  }

  /**
   * The key's name in the case-record format, for example {@code "needsAssessmentBy"}.
   *
   * @return the JSON name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The kind of value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The provision the key usually rests on.
   *
   * @return the provision
   */
  public LegalReference provision() {
    return provision;
  }

  /**
   * The key with the given JSON name.
   *
   * @param jsonName the name, for example {@code "turns18On"}
   * @return the key, or empty if there is none
   */
  public static Optional<DeadlineKey> fromJsonName(String jsonName) {
    for (DeadlineKey k : VALUES) {
      if (k.jsonName.equals(jsonName)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
