package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.internal.ModelInternals;
import org.leavingcare.time.DateRange;

/**
 * The facts about a young person's circumstances that the rules read besides their episodes
 * (LAW.md §15.4): orders, living arrangements, detention, education, requests for support,
 * pathway plans, reviews and visits. Immutable; equal by value; built with {@link #builder()}.
 *
 * <p>Every fact is optional. Dates named "since"/"from" are inclusive first days; "until"/"to"/
 * "ended" dates are exclusive (the first day the situation no longer holds). Facts whose absence
 * differs from {@code false} (the rules derive a value) are {@code Optional<Boolean>}.
 */
public final class Circumstances {

  private static final Circumstances NONE = builder().build();

  private final boolean careOrder;
  private final @Nullable LocalDate careOrderSince;
  private final @Nullable Boolean pathwayPlanExists;
  private final @Nullable LocalDate lastPathwayPlanReview;
  private final boolean needsAssessmentCompleted;
  private final @Nullable LocalDate lastPaVisit;
  private final @Nullable LocalDate livingWithParentSince;
  private final @Nullable LocalDate livingWithParentUntil;
  private final HomeEndReason livingWithParentEndReason;
  private final HomePersonType homePersonType;
  private final @Nullable Boolean arrangementOngoing;
  private final boolean detainedOn16thBirthday;
  private final boolean inHospitalOn16thBirthday;
  private final @Nullable LocalDate detainedFrom;
  private final @Nullable LocalDate inHospitalFrom;
  private final @Nullable DetentionBasis detentionBasis;
  private final @Nullable Boolean lookedAfterImmediatelyBeforeDetention;
  private final @Nullable Boolean lookedAfterImmediatelyBeforeAdmission;
  private final @Nullable LocalDate accommodationProvidedUnder23BFrom;
  private final @Nullable LocalDate accommodationProvidedUnder24BFrom;
  private final boolean heBursaryPaid;
  private final boolean termTimeAccommodationUnavailableInVacations;
  private final boolean stayingPut;
  private final boolean formerFosterParentWasLAFosterParentImmediatelyBefore;
  private final @Nullable LocalDate s23czbRequestDate;
  private final boolean optedOut;
  private final @Nullable LocalDate s23caNotificationDate;
  private final @Nullable LocalDate sgoMadeOn;
  private final @Nullable Boolean sgoInForce;
  private final @Nullable LocalDate sgoEndedOn;
  private final @Nullable Boolean lookedAfterImmediatelyBeforeSgo;
  private final boolean disabled;
  private final @Nullable LocalDate placementStart;
  private final boolean placementIntendedUntil18;
  private final @Nullable Boolean firstReviewHeld;
  private final @Nullable LocalDate firstReviewDate;
  private final @Nullable LocalDate lastReviewDate;
  private final @Nullable LocalDate lastVisit;
  private final boolean sameCarerAllBreaks;
  private final boolean returnsToParentAfterEachBreak;
  private final int intendedMaxBreakDays;
  private final boolean shortBreakSeriesContinuing;
  private final @Nullable EducationProgramme educationProgramme;
  private final @Nullable DateRange privatelyFostered;
  private final List<OtherAccommodation> otherAccommodation;
  private final Set<String> unknownFacts;
  /** The dated facts as epoch days, for the rules (laid out as {@link ModelInternals#factDays} says). */
  final int[] factDays;

  private Circumstances(Builder b, @Nullable DateRange privatelyFostered, List<OtherAccommodation> other) {
    this.careOrder = b.careOrder;
    this.careOrderSince = b.careOrderSince;
    this.pathwayPlanExists = b.pathwayPlanExists;
    this.lastPathwayPlanReview = b.lastPathwayPlanReview;
    this.needsAssessmentCompleted = b.needsAssessmentCompleted;
    this.lastPaVisit = b.lastPaVisit;
    this.livingWithParentSince = b.livingWithParentSince;
    this.livingWithParentUntil = b.livingWithParentUntil;
    this.livingWithParentEndReason = b.livingWithParentEndReason;
    this.homePersonType = b.homePersonType;
    this.arrangementOngoing = b.arrangementOngoing;
    this.detainedOn16thBirthday = b.detainedOn16thBirthday;
    this.inHospitalOn16thBirthday = b.inHospitalOn16thBirthday;
    this.detainedFrom = b.detainedFrom;
    this.inHospitalFrom = b.inHospitalFrom;
    this.detentionBasis = b.detentionBasis;
    this.lookedAfterImmediatelyBeforeDetention = b.lookedAfterImmediatelyBeforeDetention;
    this.lookedAfterImmediatelyBeforeAdmission = b.lookedAfterImmediatelyBeforeAdmission;
    this.accommodationProvidedUnder23BFrom = b.accommodationProvidedUnder23BFrom;
    this.accommodationProvidedUnder24BFrom = b.accommodationProvidedUnder24BFrom;
    this.heBursaryPaid = b.heBursaryPaid;
    this.termTimeAccommodationUnavailableInVacations = b.termTimeAccommodationUnavailableInVacations;
    this.stayingPut = b.stayingPut;
    this.formerFosterParentWasLAFosterParentImmediatelyBefore = b.formerFosterParentWasLAFosterParentImmediatelyBefore;
    this.s23czbRequestDate = b.s23czbRequestDate;
    this.optedOut = b.optedOut;
    this.s23caNotificationDate = b.s23caNotificationDate;
    this.sgoMadeOn = b.sgoMadeOn;
    this.sgoInForce = b.sgoInForce;
    this.sgoEndedOn = b.sgoEndedOn;
    this.lookedAfterImmediatelyBeforeSgo = b.lookedAfterImmediatelyBeforeSgo;
    this.disabled = b.disabled;
    this.placementStart = b.placementStart;
    this.placementIntendedUntil18 = b.placementIntendedUntil18;
    this.firstReviewHeld = b.firstReviewHeld;
    this.firstReviewDate = b.firstReviewDate;
    this.lastReviewDate = b.lastReviewDate;
    this.lastVisit = b.lastVisit;
    this.sameCarerAllBreaks = b.sameCarerAllBreaks;
    this.returnsToParentAfterEachBreak = b.returnsToParentAfterEachBreak;
    this.intendedMaxBreakDays = b.intendedMaxBreakDays;
    this.shortBreakSeriesContinuing = b.shortBreakSeriesContinuing;
    this.educationProgramme = b.educationProgramme;
    this.privatelyFostered = privatelyFostered;
    this.otherAccommodation = other;
    this.unknownFacts = b.unknownFacts.isEmpty() ? Collections.emptySet()
        : Collections.unmodifiableSet(new TreeSet<>(b.unknownFacts));
    int[] days = new int[ModelInternals.FACT_DAYS];
    days[ModelInternals.CARE_ORDER_SINCE] = day(careOrderSince);
    days[ModelInternals.LAST_PATHWAY_PLAN_REVIEW] = day(lastPathwayPlanReview);
    days[ModelInternals.LAST_PA_VISIT] = day(lastPaVisit);
    days[ModelInternals.LIVING_WITH_PARENT_SINCE] = day(livingWithParentSince);
    days[ModelInternals.LIVING_WITH_PARENT_UNTIL] = day(livingWithParentUntil);
    days[ModelInternals.DETAINED_FROM] = day(detainedFrom);
    days[ModelInternals.IN_HOSPITAL_FROM] = day(inHospitalFrom);
    days[ModelInternals.ACCOMMODATION_23B_FROM] = day(accommodationProvidedUnder23BFrom);
    days[ModelInternals.ACCOMMODATION_24B_FROM] = day(accommodationProvidedUnder24BFrom);
    days[ModelInternals.S23CZB_REQUEST] = day(s23czbRequestDate);
    days[ModelInternals.S23CA_NOTIFICATION] = day(s23caNotificationDate);
    days[ModelInternals.SGO_MADE_ON] = day(sgoMadeOn);
    days[ModelInternals.SGO_ENDED_ON] = day(sgoEndedOn);
    days[ModelInternals.PLACEMENT_START] = day(placementStart);
    days[ModelInternals.FIRST_REVIEW] = day(firstReviewDate);
    days[ModelInternals.LAST_REVIEW] = day(lastReviewDate);
    days[ModelInternals.LAST_VISIT] = day(lastVisit);
    this.factDays = days;
  }

  /**
   * {@code t} with the review facts given (the form {@link #reviewFacts} makes), its dated facts
   * already as epoch days in {@code factDays}.
   */
  private Circumstances(Circumstances t, boolean careOrder, @Nullable LocalDate careOrderSince,
      @Nullable Boolean firstReviewHeld, @Nullable LocalDate firstReview, @Nullable LocalDate lastReview,
      int[] factDays) {
    this.careOrder = careOrder;
    this.careOrderSince = careOrderSince;
    this.pathwayPlanExists = t.pathwayPlanExists;
    this.lastPathwayPlanReview = t.lastPathwayPlanReview;
    this.needsAssessmentCompleted = t.needsAssessmentCompleted;
    this.lastPaVisit = t.lastPaVisit;
    this.livingWithParentSince = t.livingWithParentSince;
    this.livingWithParentUntil = t.livingWithParentUntil;
    this.livingWithParentEndReason = t.livingWithParentEndReason;
    this.homePersonType = t.homePersonType;
    this.arrangementOngoing = t.arrangementOngoing;
    this.detainedOn16thBirthday = t.detainedOn16thBirthday;
    this.inHospitalOn16thBirthday = t.inHospitalOn16thBirthday;
    this.detainedFrom = t.detainedFrom;
    this.inHospitalFrom = t.inHospitalFrom;
    this.detentionBasis = t.detentionBasis;
    this.lookedAfterImmediatelyBeforeDetention = t.lookedAfterImmediatelyBeforeDetention;
    this.lookedAfterImmediatelyBeforeAdmission = t.lookedAfterImmediatelyBeforeAdmission;
    this.accommodationProvidedUnder23BFrom = t.accommodationProvidedUnder23BFrom;
    this.accommodationProvidedUnder24BFrom = t.accommodationProvidedUnder24BFrom;
    this.heBursaryPaid = t.heBursaryPaid;
    this.termTimeAccommodationUnavailableInVacations = t.termTimeAccommodationUnavailableInVacations;
    this.stayingPut = t.stayingPut;
    this.formerFosterParentWasLAFosterParentImmediatelyBefore = t.formerFosterParentWasLAFosterParentImmediatelyBefore;
    this.s23czbRequestDate = t.s23czbRequestDate;
    this.optedOut = t.optedOut;
    this.s23caNotificationDate = t.s23caNotificationDate;
    this.sgoMadeOn = t.sgoMadeOn;
    this.sgoInForce = t.sgoInForce;
    this.sgoEndedOn = t.sgoEndedOn;
    this.lookedAfterImmediatelyBeforeSgo = t.lookedAfterImmediatelyBeforeSgo;
    this.disabled = t.disabled;
    this.placementStart = t.placementStart;
    this.placementIntendedUntil18 = t.placementIntendedUntil18;
    this.firstReviewHeld = firstReviewHeld;
    this.firstReviewDate = firstReview;
    this.lastReviewDate = lastReview;
    this.lastVisit = t.lastVisit;
    this.sameCarerAllBreaks = t.sameCarerAllBreaks;
    this.returnsToParentAfterEachBreak = t.returnsToParentAfterEachBreak;
    this.intendedMaxBreakDays = t.intendedMaxBreakDays;
    this.shortBreakSeriesContinuing = t.shortBreakSeriesContinuing;
    this.educationProgramme = t.educationProgramme;
    this.privatelyFostered = t.privatelyFostered;
    this.otherAccommodation = t.otherAccommodation;
    this.unknownFacts = t.unknownFacts;
    this.factDays = factDays;
  }

  private static int day(@Nullable LocalDate date) {
    return date == null ? ModelInternals.ABSENT : (int) date.toEpochDay();
  }

  /**
   * The circumstances {@code builder().careOrder(..).careOrderSince(..).firstReviewHeld(..)
   * .firstReviewDate(..).lastReviewDate(..).build()} makes (each date set only when given): the
   * facts an SSDA903 return supports on a date, made without a builder (these facts need none of its
   * checks) for the cohort pass: the other facts are {@link #none()}'s, and the dates come with their
   * epoch days, which the caller has.
   *
   * @param firstReviewHeld 1 true, 0 false, -1 not recorded
   * @param careOrderSinceDay the epoch day of {@code careOrderSince}, if given
   * @param firstReviewDay the epoch day of {@code firstReview}, if given
   * @param lastReviewDay the epoch day of {@code lastReview}, if given
   */
  static Circumstances reviewFacts(boolean careOrder, @Nullable LocalDate careOrderSince, int careOrderSinceDay,
      int firstReviewHeld, @Nullable LocalDate firstReview, int firstReviewDay, @Nullable LocalDate lastReview,
      int lastReviewDay) {
    if (!careOrder && careOrderSince == null && firstReviewHeld < 0 && firstReview == null && lastReview == null) {
      return NONE;
    }
    // Arrays.copyOf, not clone(): the quick compiler the command runs with calls into the VM for an
    // array's clone (about 75 ns against 6 ns), and this runs for every child of a cohort.
    int[] days = java.util.Arrays.copyOf(NONE.factDays, NONE.factDays.length);
    days[ModelInternals.CARE_ORDER_SINCE] = careOrderSince == null ? ModelInternals.ABSENT : careOrderSinceDay;
    days[ModelInternals.FIRST_REVIEW] = firstReview == null ? ModelInternals.ABSENT : firstReviewDay;
    days[ModelInternals.LAST_REVIEW] = lastReview == null ? ModelInternals.ABSENT : lastReviewDay;
    return new Circumstances(NONE, careOrder, careOrderSince, firstReviewHeld < 0 ? null : firstReviewHeld > 0,
        firstReview, lastReview, days);
  }

  /**
   * No recorded facts: every fact takes its default.
   *
   * @return the empty circumstances
   */
  public static Circumstances none() {
    return NONE;
  }

  /**
   * A builder with every fact at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a care order or interim care order is in force on the assessment date (CLR reg. 3(2)(b); CPPCR reg. 48 with careOrderSince).
   *
   * @return the fact (default false)
   */
  public boolean isCareOrder() {
    return careOrder;
  }

  /**
   * The date: the date the order in force on the assessment date was made; absent = it covers every short break.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> careOrderSince() {
    return Optional.ofNullable(careOrderSince);
  }

  /**
   * Whether a pathway plan exists on the assessment date (for s.23CA and s.23CZB categories, one prepared under those sections); absent = true if lastPathwayPlanReview is given or the education programme is in the plan.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> pathwayPlanExists() {
    return Optional.ofNullable(pathwayPlanExists);
  }

  /**
   * The date: the most recent review (or, if never reviewed, preparation) of the current pathway plan.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> lastPathwayPlanReview() {
    return Optional.ofNullable(lastPathwayPlanReview);
  }

  /**
   * Whether the needs assessment required by the current status has been completed.
   *
   * @return the fact (default false)
   */
  public boolean isNeedsAssessmentCompleted() {
    return needsAssessmentCompleted;
  }

  /**
   * The date: the most recent personal adviser visit at accommodation provided under s.23B(8) or s.24B.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> lastPaVisit() {
    return Optional.ofNullable(lastPaVisit);
  }

  /**
   * The date: the first day of the continuous CLR reg. 3(5) living arrangement.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> livingWithParentSince() {
    return Optional.ofNullable(livingWithParentSince);
  }

  /**
   * The date: the first day the young person no longer lives there (exclusive).
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> livingWithParentUntil() {
    return Optional.ofNullable(livingWithParentUntil);
  }

  /**
   * The value: how the arrangement ended (reg. 3(6)); default BREAKDOWN.
   *
   * @return the value
   */
  public HomeEndReason livingWithParentEndReason() {
    return livingWithParentEndReason;
  }

  /**
   * The value: which reg. 3(5) person the young person lives with (informational); default PARENT.
   *
   * @return the value
   */
  public HomePersonType homePersonType() {
    return homePersonType;
  }

  /**
   * Whether consistency check on livingWithParentUntil.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> arrangementOngoing() {
    return Optional.ofNullable(arrangementOngoing);
  }

  /**
   * Whether detained under a court order at the start of the 16th birthday.
   *
   * @return the fact (default false)
   */
  public boolean isDetainedOn16thBirthday() {
    return detainedOn16thBirthday;
  }

  /**
   * Whether in hospital at the start of the 16th birthday.
   *
   * @return the fact (default false)
   */
  public boolean isInHospitalOn16thBirthday() {
    return inHospitalOn16thBirthday;
  }

  /**
   * The date: the first day of that detention.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> detainedFrom() {
    return Optional.ofNullable(detainedFrom);
  }

  /**
   * The date: the first day of that admission.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> inHospitalFrom() {
    return Optional.ofNullable(inHospitalFrom);
  }

  /**
   * The value: the basis of the detention.
   *
   * @return the value; empty if not recorded
   */
  public Optional<DetentionBasis> detentionBasis() {
    return Optional.ofNullable(detentionBasis);
  }

  /**
   * Whether looked after until the detention began; absent = derived from the episodes.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> lookedAfterImmediatelyBeforeDetention() {
    return Optional.ofNullable(lookedAfterImmediatelyBeforeDetention);
  }

  /**
   * Whether looked after until the admission; absent = derived from the episodes.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> lookedAfterImmediatelyBeforeAdmission() {
    return Optional.ofNullable(lookedAfterImmediatelyBeforeAdmission);
  }

  /**
   * The date: the first day the authority provided the current accommodation under s.23B(8).
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> accommodationProvidedUnder23BFrom() {
    return Optional.ofNullable(accommodationProvidedUnder23BFrom);
  }

  /**
   * The date: the first day of accommodation provided under s.24B.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> accommodationProvidedUnder24BFrom() {
    return Optional.ofNullable(accommodationProvidedUnder24BFrom);
  }

  /**
   * Whether the higher education bursary has been paid in full.
   *
   * @return the fact (default false)
   */
  public boolean isHeBursaryPaid() {
    return heBursaryPaid;
  }

  /**
   * Whether term-time accommodation is not available in a vacation.
   *
   * @return the fact (default false)
   */
  public boolean isTermTimeAccommodationUnavailableInVacations() {
    return termTimeAccommodationUnavailableInVacations;
  }

  /**
   * Whether the former relevant child lives with their former local authority foster parent in a staying put arrangement.
   *
   * @return the fact (default false)
   */
  public boolean isStayingPut() {
    return stayingPut;
  }

  /**
   * Whether that person was the local authority foster parent immediately before care ended; default true.
   *
   * @return the fact (default true)
   */
  public boolean isFormerFosterParentWasLAFosterParentImmediatelyBefore() {
    return formerFosterParentWasLAFosterParentImmediatelyBefore;
  }

  /**
   * The date: the date of the latest request for s.23CZB advice and support.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> s23czbRequestDate() {
    return Optional.ofNullable(s23czbRequestDate);
  }

  /**
   * Whether after that request, the person said they no longer want a personal adviser or support.
   *
   * @return the fact (default false)
   */
  public boolean isOptedOut() {
    return optedOut;
  }

  /**
   * The date: the date the person told the authority they pursue or wish to pursue education or training (s.23CA).
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> s23caNotificationDate() {
    return Optional.ofNullable(s23caNotificationDate);
  }

  /**
   * The date: the date the special guardianship order was made.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> sgoMadeOn() {
    return Optional.ofNullable(sgoMadeOn);
  }

  /**
   * Whether the order is in force on the assessment date (before 18) or was on the day before the 18th birthday; absent = derived from sgoMadeOn and sgoEndedOn.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> sgoInForce() {
    return Optional.ofNullable(sgoInForce);
  }

  /**
   * The date: the first day the order was no longer in force (exclusive).
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> sgoEndedOn() {
    return Optional.ofNullable(sgoEndedOn);
  }

  /**
   * Whether looked after until the order was made; absent = derived from the episodes.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> lookedAfterImmediatelyBeforeSgo() {
    return Optional.ofNullable(lookedAfterImmediatelyBeforeSgo);
  }

  /**
   * Whether disabled within Children Act 1989 s.17(11); extends private fostering to 18.
   *
   * @return the fact (default false)
   */
  public boolean isDisabled() {
    return disabled;
  }

  /**
   * The date: the first day of the current placement (CPPCR reg. 28).
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> placementStart() {
    return Optional.ofNullable(placementStart);
  }

  /**
   * Whether the current placement is intended to last until 18.
   *
   * @return the fact (default false)
   */
  public boolean isPlacementIntendedUntil18() {
    return placementIntendedUntil18;
  }

  /**
   * Whether the first reg. 33 review of the current period (reg. 48: of the series) has been held; absent = true if firstReviewDate is given.
   *
   * @return the recorded fact; empty if not recorded
   */
  public Optional<Boolean> firstReviewHeld() {
    return Optional.ofNullable(firstReviewHeld);
  }

  /**
   * The date: the date of that first review.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> firstReviewDate() {
    return Optional.ofNullable(firstReviewDate);
  }

  /**
   * The date: the date of the most recent review after the first.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> lastReviewDate() {
    return Optional.ofNullable(lastReviewDate);
  }

  /**
   * The date: the date of the most recent reg. 28 or reg. 48 visit.
   *
   * @return the date; empty if not recorded
   */
  public Optional<LocalDate> lastVisit() {
    return Optional.ofNullable(lastVisit);
  }

  /**
   * Whether all short breaks are with the same person or in the same accommodation; default true.
   *
   * @return the fact (default true)
   */
  public boolean isSameCarerAllBreaks() {
    return sameCarerAllBreaks;
  }

  /**
   * Whether the child returns to a parent or person with parental responsibility after each break; default true.
   *
   * @return the fact (default true)
   */
  public boolean isReturnsToParentAfterEachBreak() {
    return returnsToParentAfterEachBreak;
  }

  /**
   * The number: the longest intended short break, in nights.
   *
   * @return the number; empty if not recorded
   */
  public OptionalInt intendedMaxBreakDays() {
    return intendedMaxBreakDays < 0 ? OptionalInt.empty() : OptionalInt.of(intendedMaxBreakDays);
  }

  /**
   * Whether the series of short breaks is still arranged on the assessment date.
   *
   * @return the fact (default false)
   */
  public boolean isShortBreakSeriesContinuing() {
    return shortBreakSeriesContinuing;
  }

  /**
   * The programme of education or training, if any.
   *
   * @return the programme
   */
  public Optional<EducationProgramme> educationProgramme() {
    return Optional.ofNullable(educationProgramme);
  }

  /**
   * The private fostering arrangement, half-open, if any.
   *
   * @return the dates of the arrangement
   */
  public Optional<DateRange> privatelyFostered() {
    return Optional.ofNullable(privatelyFostered);
  }

  /**
   * Periods in other settings (Children Act 1989 s.24(2)(b)-(d)).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<OtherAccommodation> otherAccommodation() {
    return otherAccommodation;
  }

  /**
   * Names of facts given that the library does not know; the rules flag them
   * ({@code WARN_UNKNOWN_FACT}) and otherwise ignore them.
   *
   * @return an unmodifiable, sorted set, possibly empty
   */
  public Set<String> unknownFacts() {
    return unknownFacts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Circumstances c && Objects.equals(careOrder, c.careOrder) && Objects.equals(careOrderSince, c.careOrderSince) && Objects.equals(pathwayPlanExists, c.pathwayPlanExists) && Objects.equals(lastPathwayPlanReview, c.lastPathwayPlanReview) && Objects.equals(needsAssessmentCompleted, c.needsAssessmentCompleted) && Objects.equals(lastPaVisit, c.lastPaVisit) && Objects.equals(livingWithParentSince, c.livingWithParentSince) && Objects.equals(livingWithParentUntil, c.livingWithParentUntil) && Objects.equals(livingWithParentEndReason, c.livingWithParentEndReason) && Objects.equals(homePersonType, c.homePersonType) && Objects.equals(arrangementOngoing, c.arrangementOngoing) && Objects.equals(detainedOn16thBirthday, c.detainedOn16thBirthday) && Objects.equals(inHospitalOn16thBirthday, c.inHospitalOn16thBirthday) && Objects.equals(detainedFrom, c.detainedFrom) && Objects.equals(inHospitalFrom, c.inHospitalFrom) && Objects.equals(detentionBasis, c.detentionBasis) && Objects.equals(lookedAfterImmediatelyBeforeDetention, c.lookedAfterImmediatelyBeforeDetention) && Objects.equals(lookedAfterImmediatelyBeforeAdmission, c.lookedAfterImmediatelyBeforeAdmission) && Objects.equals(accommodationProvidedUnder23BFrom, c.accommodationProvidedUnder23BFrom) && Objects.equals(accommodationProvidedUnder24BFrom, c.accommodationProvidedUnder24BFrom) && Objects.equals(heBursaryPaid, c.heBursaryPaid) && Objects.equals(termTimeAccommodationUnavailableInVacations, c.termTimeAccommodationUnavailableInVacations) && Objects.equals(stayingPut, c.stayingPut) && Objects.equals(formerFosterParentWasLAFosterParentImmediatelyBefore, c.formerFosterParentWasLAFosterParentImmediatelyBefore) && Objects.equals(s23czbRequestDate, c.s23czbRequestDate) && Objects.equals(optedOut, c.optedOut) && Objects.equals(s23caNotificationDate, c.s23caNotificationDate) && Objects.equals(sgoMadeOn, c.sgoMadeOn) && Objects.equals(sgoInForce, c.sgoInForce) && Objects.equals(sgoEndedOn, c.sgoEndedOn) && Objects.equals(lookedAfterImmediatelyBeforeSgo, c.lookedAfterImmediatelyBeforeSgo) && Objects.equals(disabled, c.disabled) && Objects.equals(placementStart, c.placementStart) && Objects.equals(placementIntendedUntil18, c.placementIntendedUntil18) && Objects.equals(firstReviewHeld, c.firstReviewHeld) && Objects.equals(firstReviewDate, c.firstReviewDate) && Objects.equals(lastReviewDate, c.lastReviewDate) && Objects.equals(lastVisit, c.lastVisit) && Objects.equals(sameCarerAllBreaks, c.sameCarerAllBreaks) && Objects.equals(returnsToParentAfterEachBreak, c.returnsToParentAfterEachBreak) && Objects.equals(intendedMaxBreakDays, c.intendedMaxBreakDays) && Objects.equals(shortBreakSeriesContinuing, c.shortBreakSeriesContinuing) && Objects.equals(educationProgramme, c.educationProgramme) && Objects.equals(privatelyFostered, c.privatelyFostered) && Objects.equals(otherAccommodation, c.otherAccommodation) && Objects.equals(unknownFacts, c.unknownFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(careOrder, careOrderSince, pathwayPlanExists, lastPathwayPlanReview, needsAssessmentCompleted, lastPaVisit, livingWithParentSince, livingWithParentUntil, livingWithParentEndReason, homePersonType, arrangementOngoing, detainedOn16thBirthday, inHospitalOn16thBirthday, detainedFrom, inHospitalFrom, detentionBasis, lookedAfterImmediatelyBeforeDetention, lookedAfterImmediatelyBeforeAdmission, accommodationProvidedUnder23BFrom, accommodationProvidedUnder24BFrom, heBursaryPaid, termTimeAccommodationUnavailableInVacations, stayingPut, formerFosterParentWasLAFosterParentImmediatelyBefore, s23czbRequestDate, optedOut, s23caNotificationDate, sgoMadeOn, sgoInForce, sgoEndedOn, lookedAfterImmediatelyBeforeSgo, disabled, placementStart, placementIntendedUntil18, firstReviewHeld, firstReviewDate, lastReviewDate, lastVisit, sameCarerAllBreaks, returnsToParentAfterEachBreak, intendedMaxBreakDays, shortBreakSeriesContinuing, educationProgramme, privatelyFostered, otherAccommodation, unknownFacts);
  }

  /** Names no values: circumstances are personal data. */
  @Override
  public String toString() {
    return "Circumstances[...]";
  }

  /** Builds {@link Circumstances}; {@link #build()} reports every fault at once. */
  public static final class Builder {
    private boolean careOrder = false;
    private @Nullable LocalDate careOrderSince;
    private @Nullable Boolean pathwayPlanExists;
    private @Nullable LocalDate lastPathwayPlanReview;
    private boolean needsAssessmentCompleted = false;
    private @Nullable LocalDate lastPaVisit;
    private @Nullable LocalDate livingWithParentSince;
    private @Nullable LocalDate livingWithParentUntil;
    private HomeEndReason livingWithParentEndReason = HomeEndReason.BREAKDOWN;
    private HomePersonType homePersonType = HomePersonType.PARENT;
    private @Nullable Boolean arrangementOngoing;
    private boolean detainedOn16thBirthday = false;
    private boolean inHospitalOn16thBirthday = false;
    private @Nullable LocalDate detainedFrom;
    private @Nullable LocalDate inHospitalFrom;
    private @Nullable DetentionBasis detentionBasis;
    private @Nullable Boolean lookedAfterImmediatelyBeforeDetention;
    private @Nullable Boolean lookedAfterImmediatelyBeforeAdmission;
    private @Nullable LocalDate accommodationProvidedUnder23BFrom;
    private @Nullable LocalDate accommodationProvidedUnder24BFrom;
    private boolean heBursaryPaid = false;
    private boolean termTimeAccommodationUnavailableInVacations = false;
    private boolean stayingPut = false;
    private boolean formerFosterParentWasLAFosterParentImmediatelyBefore = true;
    private @Nullable LocalDate s23czbRequestDate;
    private boolean optedOut = false;
    private @Nullable LocalDate s23caNotificationDate;
    private @Nullable LocalDate sgoMadeOn;
    private @Nullable Boolean sgoInForce;
    private @Nullable LocalDate sgoEndedOn;
    private @Nullable Boolean lookedAfterImmediatelyBeforeSgo;
    private boolean disabled = false;
    private @Nullable LocalDate placementStart;
    private boolean placementIntendedUntil18 = false;
    private @Nullable Boolean firstReviewHeld;
    private @Nullable LocalDate firstReviewDate;
    private @Nullable LocalDate lastReviewDate;
    private @Nullable LocalDate lastVisit;
    private boolean sameCarerAllBreaks = true;
    private boolean returnsToParentAfterEachBreak = true;
    private int intendedMaxBreakDays = -1;
    private boolean shortBreakSeriesContinuing = false;
    private @Nullable EducationProgramme educationProgramme;
    private @Nullable LocalDate privatelyFosteredFrom;
    private @Nullable LocalDate privatelyFosteredTo;
    private final List<Object[]> other = new ArrayList<>();
    /** Made on the first unknown fact: most circumstances have none. */
    private Set<String> unknownFacts = Collections.emptySet();

    private Builder() {}

    /**
     * Sets whether a care order or interim care order is in force on the assessment date (CLR reg. 3(2)(b); CPPCR reg. 48 with careOrderSince).
     *
     * @param value the fact
     * @return this builder
     */
    public Builder careOrder(boolean value) {
      this.careOrder = value;
      return this;
    }

    /**
     * Records the date: the date the order in force on the assessment date was made; absent = it covers every short break.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder careOrderSince(LocalDate value) {
      this.careOrderSince = requireNonNull(value, "careOrderSince");
      return this;
    }

    /**
     * Records whether a pathway plan exists on the assessment date (for s.23CA and s.23CZB categories, one prepared under those sections); absent = true if lastPathwayPlanReview is given or the education programme is in the plan.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder pathwayPlanExists(boolean value) {
      this.pathwayPlanExists = value;
      return this;
    }

    /**
     * Records the date: the most recent review (or, if never reviewed, preparation) of the current pathway plan.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder lastPathwayPlanReview(LocalDate value) {
      this.lastPathwayPlanReview = requireNonNull(value, "lastPathwayPlanReview");
      return this;
    }

    /**
     * Sets whether the needs assessment required by the current status has been completed.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder needsAssessmentCompleted(boolean value) {
      this.needsAssessmentCompleted = value;
      return this;
    }

    /**
     * Records the date: the most recent personal adviser visit at accommodation provided under s.23B(8) or s.24B.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder lastPaVisit(LocalDate value) {
      this.lastPaVisit = requireNonNull(value, "lastPaVisit");
      return this;
    }

    /**
     * Records the date: the first day of the continuous CLR reg. 3(5) living arrangement.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder livingWithParentSince(LocalDate value) {
      this.livingWithParentSince = requireNonNull(value, "livingWithParentSince");
      return this;
    }

    /**
     * Records the date: the first day the young person no longer lives there (exclusive).
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder livingWithParentUntil(LocalDate value) {
      this.livingWithParentUntil = requireNonNull(value, "livingWithParentUntil");
      return this;
    }

    /**
     * Sets the value: how the arrangement ended (reg. 3(6)); default BREAKDOWN.
     *
     * @param value the value, not null
     * @return this builder
     */
    public Builder livingWithParentEndReason(HomeEndReason value) {
      this.livingWithParentEndReason = requireNonNull(value, "livingWithParentEndReason");
      return this;
    }

    /**
     * Sets the value: which reg. 3(5) person the young person lives with (informational); default PARENT.
     *
     * @param value the value, not null
     * @return this builder
     */
    public Builder homePersonType(HomePersonType value) {
      this.homePersonType = requireNonNull(value, "homePersonType");
      return this;
    }

    /**
     * Records whether consistency check on livingWithParentUntil.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder arrangementOngoing(boolean value) {
      this.arrangementOngoing = value;
      return this;
    }

    /**
     * Sets whether detained under a court order at the start of the 16th birthday.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder detainedOn16thBirthday(boolean value) {
      this.detainedOn16thBirthday = value;
      return this;
    }

    /**
     * Sets whether in hospital at the start of the 16th birthday.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder inHospitalOn16thBirthday(boolean value) {
      this.inHospitalOn16thBirthday = value;
      return this;
    }

    /**
     * Records the date: the first day of that detention.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder detainedFrom(LocalDate value) {
      this.detainedFrom = requireNonNull(value, "detainedFrom");
      return this;
    }

    /**
     * Records the date: the first day of that admission.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder inHospitalFrom(LocalDate value) {
      this.inHospitalFrom = requireNonNull(value, "inHospitalFrom");
      return this;
    }

    /**
     * Records the value: the basis of the detention.
     *
     * @param value the value, not null
     * @return this builder
     */
    public Builder detentionBasis(DetentionBasis value) {
      this.detentionBasis = requireNonNull(value, "detentionBasis");
      return this;
    }

    /**
     * Records whether looked after until the detention began; absent = derived from the episodes.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder lookedAfterImmediatelyBeforeDetention(boolean value) {
      this.lookedAfterImmediatelyBeforeDetention = value;
      return this;
    }

    /**
     * Records whether looked after until the admission; absent = derived from the episodes.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder lookedAfterImmediatelyBeforeAdmission(boolean value) {
      this.lookedAfterImmediatelyBeforeAdmission = value;
      return this;
    }

    /**
     * Records the date: the first day the authority provided the current accommodation under s.23B(8).
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder accommodationProvidedUnder23BFrom(LocalDate value) {
      this.accommodationProvidedUnder23BFrom = requireNonNull(value, "accommodationProvidedUnder23BFrom");
      return this;
    }

    /**
     * Records the date: the first day of accommodation provided under s.24B.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder accommodationProvidedUnder24BFrom(LocalDate value) {
      this.accommodationProvidedUnder24BFrom = requireNonNull(value, "accommodationProvidedUnder24BFrom");
      return this;
    }

    /**
     * Sets whether the higher education bursary has been paid in full.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder heBursaryPaid(boolean value) {
      this.heBursaryPaid = value;
      return this;
    }

    /**
     * Sets whether term-time accommodation is not available in a vacation.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder termTimeAccommodationUnavailableInVacations(boolean value) {
      this.termTimeAccommodationUnavailableInVacations = value;
      return this;
    }

    /**
     * Sets whether the former relevant child lives with their former local authority foster parent in a staying put arrangement.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder stayingPut(boolean value) {
      this.stayingPut = value;
      return this;
    }

    /**
     * Sets whether that person was the local authority foster parent immediately before care ended; default true.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder formerFosterParentWasLAFosterParentImmediatelyBefore(boolean value) {
      this.formerFosterParentWasLAFosterParentImmediatelyBefore = value;
      return this;
    }

    /**
     * Records the date: the date of the latest request for s.23CZB advice and support.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder s23czbRequestDate(LocalDate value) {
      this.s23czbRequestDate = requireNonNull(value, "s23czbRequestDate");
      return this;
    }

    /**
     * Sets whether after that request, the person said they no longer want a personal adviser or support.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder optedOut(boolean value) {
      this.optedOut = value;
      return this;
    }

    /**
     * Records the date: the date the person told the authority they pursue or wish to pursue education or training (s.23CA).
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder s23caNotificationDate(LocalDate value) {
      this.s23caNotificationDate = requireNonNull(value, "s23caNotificationDate");
      return this;
    }

    /**
     * Records the date: the date the special guardianship order was made.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder sgoMadeOn(LocalDate value) {
      this.sgoMadeOn = requireNonNull(value, "sgoMadeOn");
      return this;
    }

    /**
     * Records whether the order is in force on the assessment date (before 18) or was on the day before the 18th birthday; absent = derived from sgoMadeOn and sgoEndedOn.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder sgoInForce(boolean value) {
      this.sgoInForce = value;
      return this;
    }

    /**
     * Records the date: the first day the order was no longer in force (exclusive).
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder sgoEndedOn(LocalDate value) {
      this.sgoEndedOn = requireNonNull(value, "sgoEndedOn");
      return this;
    }

    /**
     * Records whether looked after until the order was made; absent = derived from the episodes.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder lookedAfterImmediatelyBeforeSgo(boolean value) {
      this.lookedAfterImmediatelyBeforeSgo = value;
      return this;
    }

    /**
     * Sets whether disabled within Children Act 1989 s.17(11); extends private fostering to 18.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder disabled(boolean value) {
      this.disabled = value;
      return this;
    }

    /**
     * Records the date: the first day of the current placement (CPPCR reg. 28).
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder placementStart(LocalDate value) {
      this.placementStart = requireNonNull(value, "placementStart");
      return this;
    }

    /**
     * Sets whether the current placement is intended to last until 18.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder placementIntendedUntil18(boolean value) {
      this.placementIntendedUntil18 = value;
      return this;
    }

    /**
     * Records whether the first reg. 33 review of the current period (reg. 48: of the series) has been held; absent = true if firstReviewDate is given.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder firstReviewHeld(boolean value) {
      this.firstReviewHeld = value;
      return this;
    }

    /**
     * Records the date: the date of that first review.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder firstReviewDate(LocalDate value) {
      this.firstReviewDate = requireNonNull(value, "firstReviewDate");
      return this;
    }

    /**
     * Records the date: the date of the most recent review after the first.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder lastReviewDate(LocalDate value) {
      this.lastReviewDate = requireNonNull(value, "lastReviewDate");
      return this;
    }

    /**
     * Records the date: the date of the most recent reg. 28 or reg. 48 visit.
     *
     * @param value the date, not null
     * @return this builder
     */
    public Builder lastVisit(LocalDate value) {
      this.lastVisit = requireNonNull(value, "lastVisit");
      return this;
    }

    /**
     * Sets whether all short breaks are with the same person or in the same accommodation; default true.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder sameCarerAllBreaks(boolean value) {
      this.sameCarerAllBreaks = value;
      return this;
    }

    /**
     * Sets whether the child returns to a parent or person with parental responsibility after each break; default true.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder returnsToParentAfterEachBreak(boolean value) {
      this.returnsToParentAfterEachBreak = value;
      return this;
    }

    /**
     * Records the number: the longest intended short break, in nights.
     *
     * @param value the number, at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder intendedMaxBreakDays(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("intendedMaxBreakDays must be >= 0, was " + value);
      }
      this.intendedMaxBreakDays = value;
      return this;
    }

    /**
     * Sets whether the series of short breaks is still arranged on the assessment date.
     *
     * @param value the fact
     * @return this builder
     */
    public Builder shortBreakSeriesContinuing(boolean value) {
      this.shortBreakSeriesContinuing = value;
      return this;
    }

    /**
     * Records the programme of education or training.
     *
     * @param value the programme, not null
     * @return this builder
     */
    public Builder educationProgramme(EducationProgramme value) {
      this.educationProgramme = requireNonNull(value, "educationProgramme");
      return this;
    }

    /**
     * Records a private fostering arrangement, {@code [from, to)}.
     *
     * @param from the first day, not null
     * @param to the first day it no longer held, or null if continuing
     * @return this builder
     */
    public Builder privatelyFostered(LocalDate from, @Nullable LocalDate to) {
      this.privatelyFosteredFrom = requireNonNull(from, "from");
      this.privatelyFosteredTo = to;
      return this;
    }

    /**
     * Adds a period in another setting, {@code [from, to)}.
     *
     * @param setting the setting, not null
     * @param from the first day, not null
     * @param to the first day it no longer held, or null if continuing
     * @return this builder
     */
    public Builder otherAccommodation(AccommodationSetting setting, LocalDate from, @Nullable LocalDate to) {
      other.add(new Object[] {requireNonNull(setting, "setting"), requireNonNull(from, "from"), to});
      return this;
    }

    /**
     * Records that a fact the library does not know was given (it is flagged, not read).
     *
     * @param name the fact's name, not null
     * @return this builder
     */
    public Builder unknownFact(String name) {
      if (unknownFacts.isEmpty()) {
        unknownFacts = new TreeSet<>();
      }
      unknownFacts.add(requireNonNull(name, "name"));
      return this;
    }

    /**
     * Builds the circumstances.
     *
     * @return the circumstances
     * @throws InvalidCareHistoryException listing every from/to pair that ends before it starts
     */
    public Circumstances build() {
      List<Problem> problems = new ArrayList<>();
      Circumstances c = build(problems);
      if (!problems.isEmpty()) {
        throw new InvalidCareHistoryException(problems);
      }
      return c;
    }

    /** Builds, adding faults to {@code problems}; the result is only meaningful if none was added. */
    Circumstances build(List<Problem> problems) {
      pair(problems, "facts.livingWithParentSince", livingWithParentSince, "facts.livingWithParentUntil", livingWithParentUntil);
      pair(problems, "facts.sgoMadeOn", sgoMadeOn, "facts.sgoEndedOn", sgoEndedOn);
      pair(problems, "facts.privatelyFostered.from", privatelyFosteredFrom, "facts.privatelyFostered.to", privatelyFosteredTo);
      if (educationProgramme != null) {
        pair(problems, "facts.educationProgramme.start", educationProgramme.start().orElse(null),
            "facts.educationProgramme.expectedEnd", educationProgramme.expectedEnd().orElse(null));
      }
      List<OtherAccommodation> others = new ArrayList<>(other.size());
      for (int i = 0; i < other.size(); i++) {
        Object[] o = other.get(i);
        LocalDate from = (LocalDate) o[1];
        LocalDate to = (LocalDate) o[2];
        if (pair(problems, "facts.otherAccommodation[" + i + "].from", from, "facts.otherAccommodation[" + i + "].to", to)) {
          others.add(new OtherAccommodation((AccommodationSetting) o[0], to == null ? DateRange.from(from) : DateRange.of(from, to)));
        }
      }
      DateRange fostered = null;
      if (privatelyFosteredFrom != null && (privatelyFosteredTo == null || !privatelyFosteredTo.isBefore(privatelyFosteredFrom))) {
        fostered = privatelyFosteredTo == null ? DateRange.from(privatelyFosteredFrom) : DateRange.of(privatelyFosteredFrom, privatelyFosteredTo);
      }
      return new Circumstances(this, fostered, List.copyOf(others));
    }

    private static boolean pair(List<Problem> problems, String fromField, @Nullable LocalDate from, String toField,
        @Nullable LocalDate to) {
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(new Problem("END_BEFORE_START", toField, to.toString(),
            toField + " (" + to + ") is before " + fromField + " (" + from + "). Check both dates in the source record; "
                + "a period ending the day it starts is allowed, one ending before it starts is not."));
        return false;
      }
      return true;
    }
  }
}
