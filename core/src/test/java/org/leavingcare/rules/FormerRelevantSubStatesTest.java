package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.Person;
import org.leavingcare.model.ProgrammeType;

/**
 * The former relevant sub-states of LAW.md §4.4.3 and their duties (§15.6) and deadlines (§15.7):
 * the s.23C(7) education extension, s.23CA and s.23CZB, each condition flipped once.
 */
class FormerRelevantSubStatesTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** Born 2008-01-10, looked after from 15 to 18: a former relevant child by route (b). */
  private static final Person P = Person.of("F", LocalDate.of(2008, 1, 10));
  private static final LocalDate B18 = LocalDate.of(2026, 1, 10);
  private static final LocalDate B21 = LocalDate.of(2029, 1, 10);
  private static final LocalDate B25 = LocalDate.of(2033, 1, 10);
  private static final CareEpisode IN_CARE_TO_18 = CareEpisode.ongoing(LocalDate.of(2023, 6, 1));
  private static final Policy CAP_25 = Policy.defaults().withS23c7AgeCap(Policy.S23c7AgeCap.AGE_25);

  private static Assessment assess(Circumstances c, LocalDate d) {
    return assess(c, d, Policy.defaults());
  }

  private static Assessment assess(Circumstances c, LocalDate d, Policy policy) {
    return RULES.assess(CareHistory.of(P, List.of(IN_CARE_TO_18), c), d, policy);
  }

  private static EducationProgramme.Builder course(LocalDate start, LocalDate expectedEnd) {
    return EducationProgramme.builder(ProgrammeType.FURTHER_EDUCATION).start(start).expectedEnd(expectedEnd)
        .inPathwayPlan(true);
  }

  private static Circumstances with(EducationProgramme.Builder p) {
    return Circumstances.builder().educationProgramme(p.build()).build();
  }

  private static DutyOwed duty(Assessment a, DutyCode code) {
    return a.duty(code).orElseThrow(() -> new AssertionError(code + " not owed: " + a));
  }

  // --- s.23C(7) ----------------------------------------------------------------------------------

  private static final LocalDate SEPT_2028 = LocalDate.of(2028, 9, 1);
  private static final LocalDate JULY_2029 = LocalDate.of(2029, 7, 1);

  @Test
  void aProgrammeInThePlanRunningPast21KeepsTheContinuingDutiesOpen() {
    Assessment a = assess(with(course(SEPT_2028, JULY_2029)), LocalDate.of(2028, 10, 1));
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.deadlineDate(DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF)).contains(B21);
    assertThat(a.deadline(DeadlineKey.S23C_DUTIES_END_AT_START_OF)).isEmpty();
    assertThat(a.deadlineDate(DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END)).contains(JULY_2029);
    assertThat(duty(a, DutyCode.KEEP_IN_TOUCH).endsAtStartOf()).isEmpty();
    assertThat(duty(a, DutyCode.EET_ASSISTANCE).endsAtStartOf()).isEmpty();
    assertThat(duty(a, DutyCode.EMPLOYMENT_ASSISTANCE).endsAtStartOf()).contains(B21);
    assertThat(duty(a, DutyCode.WELFARE_ASSISTANCE).endsAtStartOf()).contains(B21);
  }

  @Test
  void noExtensionIsInProspectUnlessEveryConditionHolds() {
    LocalDate d = LocalDate.of(2028, 10, 1);
    List<EducationProgramme.Builder> notExtending = List.of(
        course(SEPT_2028, JULY_2029).inPathwayPlan(false),
        course(SEPT_2028, B21.minusDays(1)),
        course(B21, JULY_2029),
        EducationProgramme.builder(ProgrammeType.FURTHER_EDUCATION).start(SEPT_2028).inPathwayPlan(true),
        course(SEPT_2028, JULY_2029).pursuing(false));
    for (EducationProgramme.Builder p : notExtending) {
      Assessment a = assess(with(p), d);
      assertThat(a.deadlineDate(DeadlineKey.S23C_DUTIES_END_AT_START_OF)).as("%s", p.build()).contains(B21);
      assertThat(a.deadline(DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END)).as("%s", p.build()).isEmpty();
      assertThat(duty(a, DutyCode.KEEP_IN_TOUCH).endsAtStartOf()).contains(B21);
    }
    // Ending on the 21st birthday, or starting the day before it, is enough.
    assertThat(assess(with(course(SEPT_2028, B21)), d).deadline(DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF)).isPresent();
    // Not yet started: in prospect all the same.
    assertThat(assess(with(course(B21.minusDays(1), JULY_2029)), d)
        .deadline(DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF)).isPresent();
  }

  @Test
  void aLiveExtensionKeepsTheFormerRelevantCategoryAfter21UntilTheProgrammeEnds() {
    Circumstances c = with(course(SEPT_2028, JULY_2029));
    Assessment live = assess(c, LocalDate.of(2029, 3, 1));
    assertThat(live.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(live.flags()).contains(Flag.S23C7_EXTENSION);
    assertThat(live.reasons()).contains(Reason.met("FRC.S23C7_EXTENSION",
        "is pursuing a programme of education or training in the pathway plan that extends beyond the 21st birthday",
        ChildrenAct1989.S23C_EDUCATION_EXTENSION));
    assertThat(live.dutyCodes()).contains(DutyCode.KEEP_IN_TOUCH, DutyCode.PA_CONTINUE, DutyCode.PATHWAY_PLAN_REVIEW,
        DutyCode.EET_ASSISTANCE, DutyCode.CORPORATE_PARENTING_PRINCIPLES)
        .doesNotContain(DutyCode.EMPLOYMENT_ASSISTANCE, DutyCode.WELFARE_ASSISTANCE);
    assertThat(live.deadlineDate(DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END)).contains(JULY_2029);
    assertThat(live.deadline(DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF)).isEmpty();
    // The expected end is the last day of the programme.
    assertThat(assess(c, JULY_2029).category()).isEqualTo(Category.FORMER_RELEVANT);
    Assessment after = assess(c, JULY_2029.plusDays(1));
    assertThat(after.category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(after.flags()).doesNotContain(Flag.S23C7_EXTENSION);
    // Still pursuing it after the expected end: the extension continues.
    assertThat(assess(with(course(SEPT_2028, JULY_2029).pursuing(true)), JULY_2029.plusDays(1)).category())
        .isEqualTo(Category.FORMER_RELEVANT);
    // Given up: it ends before the expected end.
    assertThat(assess(with(course(SEPT_2028, JULY_2029).pursuing(false)), LocalDate.of(2029, 3, 1)).category())
        .isEqualTo(Category.FORMER_RELEVANT_21_25);
  }

  @Test
  void anExtensionPast25DependsOnTheAgeCap() {
    Circumstances c = with(course(SEPT_2028, LocalDate.of(2034, 7, 1)));
    assertThat(assess(c, B25.minusDays(1), CAP_25).category()).isEqualTo(Category.FORMER_RELEVANT);
    Assessment capped = assess(c, B25, CAP_25);
    assertThat(capped.category()).isEqualTo(Category.NONE);
    Assessment uncapped = assess(c, B25);
    assertThat(uncapped.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(uncapped.owes(DutyCode.CORPORATE_PARENTING_PRINCIPLES)).isFalse();
    assertThat(uncapped.deadlineDate(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF)).contains(B25);
    assertThat(uncapped.deadline(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF)).isEmpty();
    assertThat(assess(c, B25.minusDays(1)).deadline(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF)).isEmpty();
  }

  // --- s.23CA --------------------------------------------------------------------------------------

  private static final LocalDate MARCH_2030 = LocalDate.of(2030, 3, 1);

  @Test
  void aNotificationOfEducationAfter21StartsTheS23caDuties() {
    Circumstances c = Circumstances.builder().s23caNotificationDate(MARCH_2030).build();
    assertThat(assess(c, MARCH_2030.minusDays(1)).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    Assessment a = assess(c, MARCH_2030);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(a.flags()).contains(Flag.S23CA_LIVE).doesNotContain(Flag.WARN_23CA_NOTIFICATION_BEFORE_21);
    assertThat(a.reasons()).anySatisfy(r -> {
      assertThat(r.test()).isEqualTo("FRC.S23CA");
      assertThat(r.isMet()).isTrue();
      assertThat(r.provision()).isEqualTo(ChildrenAct1989.S23CA_EDUCATION_RETURN);
    });
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.PA_APPOINT, DutyCode.EDUCATION_RETURN_SUPPORT,
        DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    assertThat(duty(a, DutyCode.PA_APPOINT).since()).contains(MARCH_2030);
    assertThat(duty(a, DutyCode.PA_APPOINT).provision()).isEqualTo(ChildrenAct1989.S23CA_EDUCATION_RETURN);
    assertThat(a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2030, 6, 1));
    assertThat(duty(a, DutyCode.NEEDS_ASSESSMENT).nextDueBy()).contains(LocalDate.of(2030, 6, 1));
  }

  @Test
  void aNotificationBefore21IsTreatedAsMadeOnThe21stBirthday() {
    Circumstances c = Circumstances.builder().s23caNotificationDate(LocalDate.of(2028, 6, 1)).build();
    assertThat(assess(c, B21.minusDays(1)).flags()).contains(Flag.WARN_23CA_NOTIFICATION_BEFORE_21);
    Assessment a = assess(c, MARCH_2030);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(a.flags()).contains(Flag.WARN_23CA_NOTIFICATION_BEFORE_21);
    assertThat(a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY)).contains(LocalDate.of(2029, 4, 10));
    assertThat(duty(a, DutyCode.PA_APPOINT).since()).contains(B21);
    // Made on the birthday itself: no warning.
    assertThat(assess(Circumstances.builder().s23caNotificationDate(B21).build(), MARCH_2030).flags())
        .doesNotContain(Flag.WARN_23CA_NOTIFICATION_BEFORE_21);
  }

  @Test
  void s23caNeedsTheNotificationBefore25AndAProgrammeNotEnded() {
    Circumstances on25 = Circumstances.builder().s23caNotificationDate(B25).build();
    assertThat(assess(on25, B25).category()).isEqualTo(Category.NONE);
    Circumstances ended = Circumstances.builder().s23caNotificationDate(MARCH_2030)
        .educationProgramme(course(MARCH_2030, LocalDate.of(2031, 7, 1)).pursuing(false).build()).build();
    assertThat(assess(ended, LocalDate.of(2030, 5, 1)).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    // A programme not yet started counts as one the person wishes to pursue.
    Circumstances notStarted = Circumstances.builder().s23caNotificationDate(MARCH_2030)
        .educationProgramme(course(LocalDate.of(2030, 9, 1), LocalDate.of(2031, 7, 1)).build()).build();
    assertThat(assess(notStarted, LocalDate.of(2030, 5, 1)).category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
  }

  @Test
  void s23caDutiesContinuePast25OnlyForAProgrammeInThePlanAndWithoutTheCap() {
    EducationProgramme.Builder running = course(MARCH_2030, LocalDate.of(2034, 7, 1));
    Circumstances c = Circumstances.builder().s23caNotificationDate(MARCH_2030).educationProgramme(running.build()).build();
    assertThat(assess(c, B25.minusDays(1), CAP_25).category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    Assessment past25 = assess(c, B25);
    assertThat(past25.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(past25.deadlineDate(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF)).contains(B25);
    assertThat(past25.owes(DutyCode.CORPORATE_PARENTING_PRINCIPLES)).isFalse();
    assertThat(assess(c, B25, CAP_25).category()).isEqualTo(Category.NONE);
    Circumstances notInPlan = Circumstances.builder().s23caNotificationDate(MARCH_2030)
        .educationProgramme(running.inPathwayPlan(false).build()).build();
    assertThat(assess(notInPlan, B25.minusDays(1)).category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(assess(notInPlan, B25).category()).isEqualTo(Category.NONE);
    Circumstances noProgramme = Circumstances.builder().s23caNotificationDate(MARCH_2030).build();
    assertThat(assess(noProgramme, B25).category()).isEqualTo(Category.NONE);
    Circumstances notStarted = Circumstances.builder().s23caNotificationDate(MARCH_2030)
        .educationProgramme(course(LocalDate.of(2033, 9, 1), LocalDate.of(2034, 7, 1)).build()).build();
    assertThat(assess(notStarted, B25).category()).isEqualTo(Category.NONE);
  }

  @Test
  void aPathwayPlanReplacesTheAssessmentAndPlanDutiesWithReviews() {
    Circumstances planned = Circumstances.builder().s23caNotificationDate(MARCH_2030).pathwayPlanExists(true)
        .lastPathwayPlanReview(LocalDate.of(2030, 4, 15)).build();
    Assessment a = assess(planned, LocalDate.of(2030, 5, 1));
    assertThat(a.dutyCodes()).contains(DutyCode.PATHWAY_PLAN_REVIEW)
        .doesNotContain(DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN);
    assertThat(a.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2030, 10, 15));
    assertThat(duty(a, DutyCode.PATHWAY_PLAN_REVIEW).nextDueBy()).contains(LocalDate.of(2030, 10, 15));
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    Circumstances assessed = Circumstances.builder().s23caNotificationDate(MARCH_2030).needsAssessmentCompleted(true)
        .pathwayPlanExists(false).lastPathwayPlanReview(LocalDate.of(2029, 4, 15)).build();
    Assessment b = assess(assessed, LocalDate.of(2030, 5, 1));
    assertThat(b.dutyCodes()).contains(DutyCode.PATHWAY_PLAN)
        .doesNotContain(DutyCode.NEEDS_ASSESSMENT, DutyCode.PATHWAY_PLAN_REVIEW);
    assertThat(b.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    assertThat(b.deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).isEmpty();
  }

  // --- s.23CZB --------------------------------------------------------------------------------------

  @Test
  void aRequestForAdviceAndSupportBetween21And25() {
    Circumstances c = Circumstances.builder().s23czbRequestDate(MARCH_2030).build();
    Assessment a = assess(c, MARCH_2030);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT_23CZB);
    assertThat(a.flags()).contains(Flag.S23CZB_REQUEST_LIVE);
    assertThat(a.dutyCodes()).containsExactlyInAnyOrder(DutyCode.PA_ON_REQUEST_21_25, DutyCode.NEEDS_ASSESSMENT,
        DutyCode.PATHWAY_PLAN, DutyCode.CORPORATE_PARENTING_PRINCIPLES);
    assertThat(duty(a, DutyCode.PA_ON_REQUEST_21_25).since()).contains(MARCH_2030);
    assertThat(duty(a, DutyCode.PA_ON_REQUEST_21_25).endsAtStartOf()).contains(B25);
    assertThat(duty(a, DutyCode.NEEDS_ASSESSMENT).provision()).isEqualTo(ChildrenAct1989.S23CZB_ASSESSMENT_AND_PLAN);
    // No statutory deadline: the key is present with no date.
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).hasValueSatisfying(dl -> assertThat(dl.date()).isEmpty());
    assertThat(a.deadlineDate(DeadlineKey.PA_DUTY_ENDS_AT_START_OF)).contains(B25);
    assertThat(assess(c, MARCH_2030.minusDays(1)).category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(assess(c, B25.minusDays(1)).category()).isEqualTo(Category.FORMER_RELEVANT_23CZB);
    assertThat(assess(c, B25).category()).isEqualTo(Category.NONE);
  }

  @Test
  void adviceAndSupportAreListedOnceTheNeedsAreAssessed() {
    Circumstances assessed = Circumstances.builder().s23czbRequestDate(MARCH_2030).needsAssessmentCompleted(true).build();
    Assessment a = assess(assessed, LocalDate.of(2030, 6, 1));
    assertThat(a.dutyCodes()).contains(DutyCode.ADVICE_AND_SUPPORT_21_25, DutyCode.PATHWAY_PLAN)
        .doesNotContain(DutyCode.NEEDS_ASSESSMENT);
    assertThat(a.deadline(DeadlineKey.NEEDS_ASSESSMENT_BY)).isEmpty();
    Circumstances planned = Circumstances.builder().s23czbRequestDate(MARCH_2030).pathwayPlanExists(true)
        .lastPathwayPlanReview(LocalDate.of(2030, 5, 1)).build();
    Assessment b = assess(planned, LocalDate.of(2030, 6, 1));
    assertThat(b.dutyCodes()).contains(DutyCode.ADVICE_AND_SUPPORT_21_25, DutyCode.PATHWAY_PLAN_REVIEW)
        .doesNotContain(DutyCode.PATHWAY_PLAN, DutyCode.NEEDS_ASSESSMENT);
    assertThat(b.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2030, 11, 1));
  }

  @Test
  void optingOutEndsTheRequestAndAnEarlyRequestCountsFrom21() {
    Circumstances optedOut = Circumstances.builder().s23czbRequestDate(MARCH_2030).optedOut(true).build();
    Assessment a = assess(optedOut, LocalDate.of(2030, 6, 1));
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(a.flags()).doesNotContain(Flag.S23CZB_REQUEST_LIVE);
    assertThat(a.deadline(DeadlineKey.PA_DUTY_ENDS_AT_START_OF)).isEmpty();
    Circumstances early = Circumstances.builder().s23czbRequestDate(LocalDate.of(2028, 6, 1)).build();
    Assessment before21 = assess(early, B21.minusDays(1));
    assertThat(before21.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(before21.flags()).contains(Flag.WARN_23CZB_REQUEST_BEFORE_21).doesNotContain(Flag.S23CZB_REQUEST_LIVE);
    Assessment at21 = assess(early, B21);
    assertThat(at21.category()).isEqualTo(Category.FORMER_RELEVANT_23CZB);
    assertThat(duty(at21, DutyCode.PA_ON_REQUEST_21_25).since()).contains(B21);
    assertThat(assess(Circumstances.builder().s23czbRequestDate(B21).build(), B21).flags())
        .doesNotContain(Flag.WARN_23CZB_REQUEST_BEFORE_21);
  }

  @Test
  void aRequestAlongsideAnExtensionOrS23caAddsTheS23czbDuties() {
    Circumstances withExtension = Circumstances.builder().s23czbRequestDate(MARCH_2030).needsAssessmentCompleted(true)
        .educationProgramme(course(SEPT_2028, LocalDate.of(2031, 7, 1)).build()).build();
    Assessment a = assess(withExtension, LocalDate.of(2030, 6, 1));
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.flags()).contains(Flag.S23C7_EXTENSION, Flag.S23CZB_REQUEST_LIVE);
    assertThat(a.dutyCodes()).contains(DutyCode.PA_ON_REQUEST_21_25, DutyCode.ADVICE_AND_SUPPORT_21_25);
    assertThat(duty(a, DutyCode.PA_ON_REQUEST_21_25).since()).contains(MARCH_2030);
    assertThat(a.deadlineDate(DeadlineKey.PA_DUTY_ENDS_AT_START_OF)).contains(B25);
    Circumstances notAssessed = Circumstances.builder().s23czbRequestDate(MARCH_2030)
        .s23caNotificationDate(MARCH_2030).build();
    Assessment b = assess(notAssessed, LocalDate.of(2030, 6, 1));
    assertThat(b.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(b.flags()).contains(Flag.S23CA_LIVE, Flag.S23CZB_REQUEST_LIVE);
    assertThat(b.dutyCodes()).contains(DutyCode.PA_ON_REQUEST_21_25).doesNotContain(DutyCode.ADVICE_AND_SUPPORT_21_25);
  }

  // --- duties added when facts are recorded ------------------------------------------------------

  @Test
  void theHigherEducationBursaryIsListedForACourseInThePlanNotYetPaidFor() {
    LocalDate start = LocalDate.of(2027, 9, 20);
    EducationProgramme.Builder he = EducationProgramme.builder(ProgrammeType.HIGHER_EDUCATION).start(start)
        .expectedEnd(LocalDate.of(2030, 6, 30)).inPathwayPlan(true);
    LocalDate d = LocalDate.of(2027, 10, 1);
    Assessment a = assess(with(he), d);
    assertThat(duty(a, DutyCode.HE_BURSARY).since()).contains(start);
    assertThat(assess(with(he.courseLengthAcademicYears(2)), d).owes(DutyCode.HE_BURSARY)).isTrue();
    assertThat(assess(with(he.courseLengthAcademicYears(1)), d).owes(DutyCode.HE_BURSARY)).isFalse();
    he.courseLengthAcademicYears(3);
    assertThat(assess(Circumstances.builder().educationProgramme(he.build()).heBursaryPaid(true).build(), d)
        .owes(DutyCode.HE_BURSARY)).isFalse();
    assertThat(assess(with(he.inPathwayPlan(false)), d).owes(DutyCode.HE_BURSARY)).isFalse();
    assertThat(assess(with(he.inPathwayPlan(true)), start.minusDays(1)).owes(DutyCode.HE_BURSARY)).isFalse();
    EducationProgramme.Builder fe = course(start, LocalDate.of(2030, 6, 30));
    assertThat(assess(with(fe), d).owes(DutyCode.HE_BURSARY)).isFalse();
  }

  @Test
  void theBursaryIsForCoursesStartingFromSeptember2008() {
    Person older = Person.of("O", LocalDate.of(1990, 3, 1));
    CareHistory base = CareHistory.of(older, List.of(CareEpisode.ongoing(LocalDate.of(2006, 1, 1))), Circumstances.none());
    LocalDate d = LocalDate.of(2008, 10, 1);
    for (LocalDate start : List.of(LocalDate.of(2008, 8, 31), LocalDate.of(2008, 9, 1))) {
      EducationProgramme p = EducationProgramme.builder(ProgrammeType.HIGHER_EDUCATION).start(start)
          .expectedEnd(LocalDate.of(2011, 6, 30)).inPathwayPlan(true).build();
      Assessment a = RULES.assess(base.withCircumstances(Circumstances.builder().educationProgramme(p).build()), d);
      assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
      assertThat(a.owes(DutyCode.HE_BURSARY)).as("course starting %s", start).isEqualTo(start.getMonthValue() == 9);
    }
  }

  @Test
  void vacationAccommodationIsForFullTimeHigherOrResidentialFurtherEducation() {
    LocalDate start = LocalDate.of(2027, 9, 20);
    LocalDate end = LocalDate.of(2030, 6, 30);
    LocalDate d = LocalDate.of(2027, 10, 1);
    EducationProgramme.Builder he = EducationProgramme.builder(ProgrammeType.HIGHER_EDUCATION).start(start)
        .expectedEnd(end).inPathwayPlan(true).fullTime(true);
    Circumstances unavailable = Circumstances.builder().educationProgramme(he.build())
        .termTimeAccommodationUnavailableInVacations(true).build();
    DutyOwed v = duty(assess(unavailable, d), DutyCode.VACATION_ACCOMMODATION);
    assertThat(v.since()).contains(start);
    assertThat(v.endsAtStartOf()).contains(end.plusDays(1));
    assertThat(v.provision()).isEqualTo(ChildrenAct1989.S23C_VACATION_ACCOMMODATION);
    assertThat(assess(with(he), d).owes(DutyCode.VACATION_ACCOMMODATION)).isFalse();
    assertThat(vacation(he.fullTime(false), d)).isFalse();
    EducationProgramme.Builder fe = course(start, end).fullTime(true);
    assertThat(vacation(fe.residential(true), d)).isTrue();
    assertThat(vacation(fe.residential(false), d)).isFalse();
    assertThat(vacation(fe.residential(true).fullTime(false), d)).isFalse();
    EducationProgramme.Builder training = EducationProgramme.builder(ProgrammeType.TRAINING).start(start)
        .expectedEnd(end).inPathwayPlan(true).fullTime(true).residential(true);
    assertThat(vacation(training, d)).isFalse();
  }

  private static boolean vacation(EducationProgramme.Builder p, LocalDate d) {
    return assess(Circumstances.builder().educationProgramme(p.build()).termTimeAccommodationUnavailableInVacations(true)
        .build(), d).owes(DutyCode.VACATION_ACCOMMODATION);
  }

  @Test
  void stayingPutSupportIsForRouteBWithTheFormerFosterParentUntil21() {
    Circumstances stayingPut = Circumstances.builder().stayingPut(true).build();
    Assessment a = assess(stayingPut, LocalDate.of(2027, 1, 1));
    assertThat(duty(a, DutyCode.STAYING_PUT_SUPPORT).endsAtStartOf()).contains(B21);
    assertThat(a.deadlineDate(DeadlineKey.STAYING_PUT_ENDS_AT_START_OF)).contains(B21);
    Circumstances notLaFoster = Circumstances.builder().stayingPut(true)
        .formerFosterParentWasLAFosterParentImmediatelyBefore(false).build();
    assertThat(assess(notLaFoster, LocalDate.of(2027, 1, 1)).owes(DutyCode.STAYING_PUT_SUPPORT)).isFalse();
    assertThat(assess(stayingPut, B21).owes(DutyCode.STAYING_PUT_SUPPORT)).isFalse();
    // A relevant child who left care before 18 (route (a) only) is not staying put with a foster parent.
    CareHistory routeA = CareHistory.of(P, List.of(CareEpisode.closed(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1))),
        stayingPut);
    Assessment b = RULES.assess(routeA, LocalDate.of(2027, 1, 1));
    assertThat(b.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(b.owes(DutyCode.STAYING_PUT_SUPPORT)).isFalse();
    assertThat(b.deadline(DeadlineKey.STAYING_PUT_ENDS_AT_START_OF)).isEmpty();
  }

  @Test
  void accommodationUnderS24bBringsPersonalAdviserVisits() {
    LocalDate a = LocalDate.of(2027, 2, 1);
    Circumstances c = Circumstances.builder().accommodationProvidedUnder24BFrom(a).build();
    assertThat(assess(c, a.minusDays(1)).owes(DutyCode.PA_ACCOMMODATION_VISITS)).isFalse();
    Assessment on = assess(c, a);
    DutyOwed visits = duty(on, DutyCode.PA_ACCOMMODATION_VISITS);
    assertThat(visits.since()).contains(a);
    assertThat(visits.nextDueBy()).contains(a.plusDays(7));
    assertThat(on.deadlineDate(DeadlineKey.PA_VISIT_BY)).contains(a.plusDays(7));
    assertThat(on.deadline(DeadlineKey.SUBSEQUENT_PA_VISIT_INTERVAL_MAX).flatMap(dl -> dl.interval()))
        .contains(Period.ofMonths(2));
    Circumstances visited = Circumstances.builder().accommodationProvidedUnder24BFrom(a).lastPaVisit(a).build();
    assertThat(assess(visited, LocalDate.of(2027, 3, 1)).deadlineDate(DeadlineKey.PA_VISIT_BY))
        .contains(LocalDate.of(2027, 4, 1));
    Circumstances visitedBefore = Circumstances.builder().accommodationProvidedUnder24BFrom(a).lastPaVisit(a.minusDays(1))
        .build();
    assertThat(assess(visitedBefore, LocalDate.of(2027, 3, 1)).deadlineDate(DeadlineKey.PA_VISIT_BY))
        .contains(a.plusDays(7));
  }

  @Test
  void aFormerRelevantChildsPlanIsReviewedSixMonthlyUntilItLapsesAt21() {
    Circumstances c = Circumstances.builder().pathwayPlanExists(true).lastPathwayPlanReview(LocalDate.of(2027, 8, 31)).build();
    Assessment a = assess(c, LocalDate.of(2027, 9, 1));
    assertThat(a.deadlineDate(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).contains(LocalDate.of(2028, 2, 29));
    assertThat(duty(a, DutyCode.PATHWAY_PLAN_REVIEW).nextDueBy()).contains(LocalDate.of(2028, 2, 29));
    assertThat(a.flags()).doesNotContain(Flag.MISSING_PATHWAY_PLAN);
    assertThat(a.deadline(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).isEmpty();
    Assessment lapsed = assess(c, B21);
    assertThat(lapsed.category()).isEqualTo(Category.FORMER_RELEVANT_21_25);
    assertThat(lapsed.deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY)).isEmpty();
    // No plan but the needs assessed: flagged, with no carried-over assessment date.
    Circumstances assessed = Circumstances.builder().needsAssessmentCompleted(true).build();
    Assessment b = assess(assessed, LocalDate.of(2027, 9, 1));
    assertThat(b.flags()).contains(Flag.MISSING_PATHWAY_PLAN);
    assertThat(b.deadline(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY)).isEmpty();
  }

  @Test
  void thePathwayPlanIsTakenToExistWhenAReviewOrAProgrammeInThePlanIsRecorded() {
    LocalDate d = LocalDate.of(2027, 9, 1);
    assertThat(assess(Circumstances.builder().lastPathwayPlanReview(LocalDate.of(2027, 6, 1)).build(), d).flags())
        .doesNotContain(Flag.MISSING_PATHWAY_PLAN);
    assertThat(assess(with(course(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 1))), d).flags())
        .doesNotContain(Flag.MISSING_PATHWAY_PLAN);
    assertThat(assess(with(course(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 1)).inPathwayPlan(false)), d).flags())
        .contains(Flag.MISSING_PATHWAY_PLAN);
    // An explicit "no plan" wins over a recorded review.
    assertThat(assess(Circumstances.builder().pathwayPlanExists(false).lastPathwayPlanReview(LocalDate.of(2027, 6, 1))
        .build(), d).flags()).contains(Flag.MISSING_PATHWAY_PLAN);
  }

  @Test
  void onThe21stBirthdayALiveExtensionKeepsOnlyTheContinuingDuties() {
    Assessment a = assess(with(course(SEPT_2028, JULY_2029)), B21);
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(a.flags()).contains(Flag.S23C7_EXTENSION);
    assertThat(a.dutyCodes()).contains(DutyCode.EET_ASSISTANCE).doesNotContain(DutyCode.EMPLOYMENT_ASSISTANCE);
    assertThat(a.deadline(DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF)).isEmpty();
  }

  @Test
  void anEarlyNotificationBringsS23caOnThe21stBirthdayAndNotBefore() {
    Circumstances c = Circumstances.builder().s23caNotificationDate(LocalDate.of(2028, 6, 1)).build();
    assertThat(assess(c, B21.minusDays(1)).flags()).doesNotContain(Flag.S23CA_LIVE);
    Assessment on = assess(c, B21);
    assertThat(on.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(on.flags()).contains(Flag.S23CA_LIVE);
  }

  @Test
  void aNotificationOnThe25thBirthdayIsTooLateEvenForAProgrammeInThePlan() {
    Circumstances c = Circumstances.builder().s23caNotificationDate(B25)
        .educationProgramme(course(LocalDate.of(2032, 9, 1), LocalDate.of(2034, 7, 1)).build()).build();
    assertThat(assess(c, B25).category()).isEqualTo(Category.NONE);
  }

  @Test
  void s23caDutiesIncludeTheBursaryAndS24bAccommodationVisits() {
    LocalDate start = LocalDate.of(2030, 9, 20);
    EducationProgramme he = EducationProgramme.builder(ProgrammeType.HIGHER_EDUCATION).start(start)
        .expectedEnd(LocalDate.of(2033, 6, 30)).inPathwayPlan(true).build();
    LocalDate a24b = LocalDate.of(2030, 10, 1);
    Circumstances c = Circumstances.builder().s23caNotificationDate(MARCH_2030).educationProgramme(he)
        .accommodationProvidedUnder24BFrom(a24b).build();
    Assessment a = assess(c, LocalDate.of(2030, 11, 1));
    assertThat(a.category()).isEqualTo(Category.FORMER_RELEVANT_23CA);
    assertThat(a.dutyCodes()).contains(DutyCode.HE_BURSARY, DutyCode.PA_ACCOMMODATION_VISITS);
    assertThat(a.deadlineDate(DeadlineKey.PA_VISIT_BY)).contains(a24b.plusDays(7));
    // The bursary is owed from the first day of the course.
    assertThat(assess(c, start).owes(DutyCode.HE_BURSARY)).isTrue();
    assertThat(assess(c, start.minusDays(1)).owes(DutyCode.HE_BURSARY)).isFalse();
  }
}
