package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.CareLeaversRegulations2010;
import org.leavingcare.law.CarePlanningRegulations2010;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.HigherEducationBursaryRegulations2009;
import org.leavingcare.law.LegalReference;
import org.leavingcare.model.AccommodationSetting;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.DetentionBasis;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Problem;
import org.leavingcare.model.ProgrammeType;
import org.leavingcare.model.internal.ModelInternals;
import org.leavingcare.time.CalendarNotCoveredException;
import org.leavingcare.time.DateRange;
import org.leavingcare.time.EpochDays;
import org.leavingcare.time.HolidayCalendar;
import org.leavingcare.time.WorkingDays;

/**
 * The leaving-care law of England (LAW.md): the decision table of §5, the duty lists of §15.6 and
 * the deadlines of §15.7, each with its cited reason. Immutable and thread-safe; create once and
 * share.
 *
 * <p>The decision table is evaluated in two steps. First the four scopes that partition every
 * case (under 18 and looked after; under 16 and not; 16-17 and not; 18 or over) are tested, and
 * exactly one must apply: none is a {@link NoApplicableRuleException}, two a
 * {@link RuleConflictException}. Within a scope the rows are exceptions to one another in the
 * documented order of precedence (§4), ending in an explicit default row.
 */
public final class EnglandRules implements Jurisdiction {

  private static final EnglandRules STANDARD = new EnglandRules(HolidayCalendar.englandAndWales());

  private final HolidayCalendar calendar;

  private EnglandRules(HolidayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The rules with the bundled England and Wales bank holidays (2011-2030, see
   * {@link HolidayCalendar#englandAndWales()}).
   *
   * @return the standard rules
   */
  public static EnglandRules standard() {
    return STANDARD;
  }

  /**
   * The rules with a calendar supplied by the host (for example from the gov.uk feed).
   *
   * @param calendar the holidays for counting working days, not null
   * @return the rules
   */
  public static EnglandRules withCalendar(HolidayCalendar calendar) {
    return new EnglandRules(requireNonNull(calendar, "calendar"));
  }

  @Override
  public String name() {
    return "England";
  }

  /**
   * The holiday calendar used for working days.
   *
   * @return the calendar
   */
  public HolidayCalendar calendar() {
    return calendar;
  }

  @Override
  public Assessment assess(CareHistory history, LocalDate asOf, Policy policy) {
    return categorised(history, asOf, policy).assess();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same code as {@link #assess(CareHistory, LocalDate, Policy) assess} up to and including the
   * decision table (LAW.md §5); it stops before the duty and deadline rules (§15.6, §15.7), so it costs
   * a fraction of an assessment.
   */
  @Override
  public Category category(CareHistory history, LocalDate asOf, Policy policy) {
    return categorised(history, asOf, policy).category;
  }

  /** The checks and the decision table shared by {@link #assess} and {@link #category}. */
  private Run categorised(CareHistory history, LocalDate asOf, Policy policy) {
    requireNonNull(history, "history");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    checkAssessable(history, asOf);
    Run run = new Run(new EnglandCase(history, asOf, policy));
    run.categorise();
    return run;
  }

  @Override
  public CaseTimeline timeline(CareHistory history, LocalDate from, LocalDate to, Policy policy) {
    requireNonNull(history, "history");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the timeline's end " + to + " must be after its start " + from);
    }
    List<CaseTimeline.CategoryPeriod> periods = new ArrayList<>();
    Map<String, Deadline> seen = new LinkedHashMap<>();
    Assessment first = null;
    LocalDate firstDay = from;
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      Assessment a = assess(history, day, policy);
      if (first == null) {
        first = a;
      } else if (a.category() != first.category()) {
        periods.add(new CaseTimeline.CategoryPeriod(DateRange.of(firstDay, day), first.category(), first));
        first = a;
        firstDay = day;
      }
      for (Deadline dl : a.deadlines().values()) {
        seen.putIfAbsent(dl.key().name() + "=" + dl.jsonValue().orElse("null"), dl);
      }
    }
    periods.add(new CaseTimeline.CategoryPeriod(DateRange.of(firstDay, to), first.category(), first));
    List<Deadline> deadlines = new ArrayList<>(seen.values());
    deadlines.sort((x, y) -> {
      LocalDate dx = x.date().orElse(LocalDate.MAX);
      LocalDate dy = y.date().orElse(LocalDate.MAX);
      int c = dx.compareTo(dy);
      return c != 0 ? c : x.key().compareTo(y.key());
    });
    return new CaseTimeline(history.person().id(), DateRange.of(from, to), periods, deadlines);
  }

  private static void checkAssessable(CareHistory history, LocalDate asOf) {
    if (beforeBirth(asOf, ModelInternals.days(history)) || history.circumstances().arrangementOngoing().isPresent()) {
      checkDatesAndFacts(history, asOf);
    }
  }

  /** The checks of {@link #checkAssessable} where a problem is possible (kept out of the common path). */
  private static void checkDatesAndFacts(CareHistory history, LocalDate asOf) {
    List<Problem> problems = null;
    if (beforeBirth(asOf, ModelInternals.days(history))) {
      problems = new ArrayList<>();
      problems.add(new Problem("ASSESSMENT_BEFORE_BIRTH", "assessmentDate", asOf.toString(),
          "The assessment date " + asOf + " is before the date of birth. Check both dates; a person can only be "
              + "assessed on or after the day they were born."));
    }
    Circumstances c = history.circumstances();
    if (c.arrangementOngoing().isPresent()) {
      boolean ongoing = c.arrangementOngoing().get();
      Optional<LocalDate> until = c.livingWithParentUntil();
      if (ongoing && until.isPresent() && !until.get().isAfter(asOf)) {
        problems = problems == null ? new ArrayList<>() : problems;
        problems.add(new Problem("INCONSISTENT_FACTS", "facts.arrangementOngoing", "true",
            "facts.arrangementOngoing is true but facts.livingWithParentUntil (" + until.get()
                + ") is on or before the assessment date " + asOf + ". Correct one of the two facts."));
      } else if (!ongoing && until.isEmpty()) {
        problems = problems == null ? new ArrayList<>() : problems;
        problems.add(new Problem("INCONSISTENT_FACTS", "facts.arrangementOngoing", "false",
            "facts.arrangementOngoing is false but no facts.livingWithParentUntil is given. Give the date the "
                + "arrangement ended, or remove arrangementOngoing."));
      }
    }
    if (problems != null) {
      throw new InvalidCareHistoryException(problems);
    }
  }

  /** {@code date} is before the date of birth held in {@code days} (compared field by field, as LocalDate does). */
  private static boolean beforeBirth(LocalDate date, int[] days) {
    int y = date.getYear();
    int by = days[ModelInternals.DOB_YEAR];
    if (y != by) {
      return y < by;
    }
    int m = date.getMonthValue();
    int bm = days[ModelInternals.DOB_MONTH];
    return m != bm ? m < bm : date.getDayOfMonth() < days[ModelInternals.DOB_DAY];
  }

  @Override
  public String toString() {
    return "EnglandRules[" + calendar.name() + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Reasons: the conditions tested, as constants (one per condition and outcome).

  private static Reason[] pair(String test, String text, LegalReference provision) {
    return new Reason[] {Reason.met(test, text, provision), Reason.notMet(test, text, provision)};
  }

  private static final Reason[] UNDER_18 = pair("AGE.UNDER_18", "is under 18 (a child)", ChildrenAct1989.S22_LOOKED_AFTER);
  private static final Reason[] AGED_16_OR_17 = pair("AGE.16_OR_17", "is aged 16 or 17",
      ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
  private static final Reason[] UNDER_21 = pair("AGE.UNDER_21", "is under 21", ChildrenAct1989.S23C_DUTIES_END_AT_21);
  private static final Reason[] UNDER_25 = pair("AGE.UNDER_25", "is under 25",
      ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
  private static final Reason[] LOOKED_AFTER = pair("LOOKED_AFTER", "is looked after by a local authority on the date",
      ChildrenAct1989.S22_LOOKED_AFTER);
  private static final Reason[] REG48 = pair("REG48.APPLIES",
      "is looked after only in a verified series of short breaks (not more than 17 days each, 75 days in 12 months)",
      CarePlanningRegulations2010.REG_48_SHORT_BREAKS);
  private static final Reason[] THIRTEEN_WEEKS = pair("ELIGIBLE.THIRTEEN_WEEKS",
      "has been looked after for at least 13 weeks (91 days) since the 14th birthday",
      CarePlanningRegulations2010.REG_40_ELIGIBLE_CHILD);
  private static final Reason[] ELIGIBLE_BEFORE_CEASING = pair("RELEVANT.ELIGIBLE_BEFORE_LAST_CEASING",
      "was an eligible child immediately before last ceasing to be looked after", ChildrenAct1989.S23A_RELEVANT_CHILD);
  private static final Reason[] HOME_EXCLUSION = pair("RELEVANT.HOME_EXCLUSION",
      "has lived for six months or more with a parent or person with parental responsibility (not broken down)",
      CareLeaversRegulations2010.REG_3_HOME_EXCLUSION);
  private static final Reason[] DETAINED_OR_IN_HOSPITAL = pair("RELEVANT.DETAINED_OR_IN_HOSPITAL_AT_16",
      "was detained or in hospital on the 16th birthday after 13 weeks looked after since 14, and is not under a care order",
      CareLeaversRegulations2010.REG_3_DETAINED_OR_IN_HOSPITAL);
  private static final Reason[] HOME_BREAKDOWN = pair("RELEVANT.HOME_BREAKDOWN",
      "the home arrangement broke down, so relevant status returned", CareLeaversRegulations2010.REG_3_HOME_BREAKDOWN);
  private static final Reason[] FRC_ROUTE_A = pair("FRC.ROUTE_A",
      "has been a relevant child and would be one if under 18", ChildrenAct1989.S23C_ROUTE_A);
  private static final Reason[] FRC_ROUTE_B = pair("FRC.ROUTE_B",
      "was looked after at 18 and an eligible child immediately before ceasing", ChildrenAct1989.S23C_ROUTE_B);
  private static final Reason[] EXTENSION = pair("FRC.S23C7_EXTENSION",
      "is pursuing a programme of education or training in the pathway plan that extends beyond the 21st birthday",
      ChildrenAct1989.S23C_EDUCATION_EXTENSION);
  private static final Reason[] S23CA = pair("FRC.S23CA",
      "has told the authority of education or training after the s.23C duties ended", ChildrenAct1989.S23CA_EDUCATION_RETURN);
  private static final Reason[] S23CZB = pair("FRC.S23CZB_REQUEST",
      "aged 21 to 24 and has asked for advice and support (not opted out)", ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
  private static final Reason[] S24_SGO = pair("QUALIFYING.SGO",
      "aged 16 to 20, under a special guardianship order made when looked after immediately before",
      ChildrenAct1989.S24_SPECIAL_GUARDIANSHIP);
  private static final Reason[] S24_LIMB_A = pair("QUALIFYING.LIMB_A",
      "was looked after by a local authority after reaching 16, while a child, and is no longer", ChildrenAct1989.S24_QUALIFYING);
  private static final Reason[] S24_LIMB_B_TO_E = pair("QUALIFYING.LIMBS_B_TO_E",
      "was accommodated after 16 by a voluntary organisation, private children's home, health or education body, "
          + "care home or hospital, or privately fostered (disabled), and is no longer",
      ChildrenAct1989.S24_QUALIFYING_SETTINGS);
  private static final Reason[] GAP_SERIES = pair("QUALIFYING.BETWEEN_SHORT_BREAKS",
      "is between verified short breaks of a continuing series (policy NO_STATUS_DURING_SERIES)",
      CarePlanningRegulations2010.REG_48_SHORT_BREAKS);
  private static final Reason CONDITIONAL_DUTY = new Reason("DUTY.ADVISE_BEFRIEND_CONDITIONAL",
      Reason.Outcome.CONDITIONAL, "advise and befriend only if the s.24A(2) conditions are met (the person needs help "
          + "and the carer lacks the facilities)", ChildrenAct1989.S24A_ADVISE_BEFRIEND_DUTY);
  private static final Reason CONDITIONAL_POWER = new Reason("DUTY.ADVISE_BEFRIEND_CONDITIONAL",
      Reason.Outcome.CONDITIONAL, "may advise and befriend only if the s.24A(2) conditions are met",
      ChildrenAct1989.S24A_ADVISE_BEFRIEND_POWER);

  private static final DutyOwed[] NO_DUTIES = {};
  private static final Reason[] NO_REASONS = {};
  private static final Deadline[] NO_DEADLINES = {};
  /*
   * First capacities, at or above the most that the first 300,000 cases of the 1M scale set need (8
   * reasons, 7 duties, 5 deadlines): the arrays seldom grow, so the JIT-compiled rules need not carry
   * an inlined copy at every reason, duty and deadline they add.
   */
  private static final int REASONS_CAPACITY = 10;
  private static final int DUTIES_CAPACITY = 8;
  private static final int DEADLINES_CAPACITY = 6;
  /** The reasons of row 6 (under 16, not looked after), the same for every such case. */
  private static final List<Reason> UNDER_16_NOT_LOOKED_AFTER = new Views.ArrayView<>(
      new Reason[] {UNDER_18[0], LOOKED_AFTER[1], AGED_16_OR_17[1]}, 3);

  private static Reason r(Reason[] pair, boolean met) {
    return met ? pair[0] : pair[1];
  }

  /** CLR reg. 7: reviews at most three months apart once accommodation has been provided (the same for every case). */
  private static final Deadline REVIEW_INTERVAL_MAX = Deadline.interval(DeadlineKey.SUBSEQUENT_REVIEW_INTERVAL_MAX,
      Period.ofMonths(3), CareLeaversRegulations2010.REG_7_REVIEW);
  /** CLR reg. 8: PA visits at most two months apart (the same for every case). */
  private static final Deadline PA_VISIT_INTERVAL_MAX = Deadline.interval(DeadlineKey.SUBSEQUENT_PA_VISIT_INTERVAL_MAX,
      Period.ofMonths(2), CareLeaversRegulations2010.REG_8_PA_VISITS);
  private static final LocalDate HE_BURSARY_COURSES_FROM = LocalDate.of(2008, 9, 1);

  // ---------------------------------------------------------------------------------------------

  /** One assessment: categorise, then list duties and deadlines. */
  private final class Run {
    private final EnglandCase k;
    /** The conditions tested so far, in order. */
    private Reason[] reasons = NO_REASONS; // made on the first reason: a row with fixed reasons needs none
    private int reasonCount;
    /** The reasons as a shared list, when the case took a row whose reasons never vary; else null. */
    private @Nullable List<Reason> sharedReasons;
    /*
     * The duties owed and the deadlines set so far, in the order the rules gave them: a later one
     * with the same code or key replaces an earlier one. They are only appended while the rules
     * run (a few instructions where each of the many rules owes a duty or sets a deadline, once
     * the JIT has compiled it) and put in order, one per code and key, at the end
     * (finishDutiesAndDeadlines).
     */
    private DutyOwed[] duties = NO_DUTIES; // many assessments owe none
    private int dutyCount;
    private Deadline[] deadlines = NO_DEADLINES;
    private int deadlineCount;
    private Category category = Category.NONE;
    // Facts found while categorising, used by the duty and deadline rules.
    private int relevantRoute;
    private boolean routeA;
    private boolean routeB;
    private boolean limbA;
    private boolean limbB;
    private int projectedEligible = EnglandCase.NEVER;

    Run(EnglandCase k) {
      this.k = k;
    }

    /** The assessment of a case already categorised ({@link #categorise}). */
    Assessment assess() {
      listDutiesAndDeadlines();
      generalFlags();
      finishDutiesAndDeadlines();
      List<Reason> why = sharedReasons != null ? sharedReasons : new Views.ArrayView<>(reasons, reasonCount);
      return Assessment.trusted(ModelInternals.personId(k.history), k.asOf, category, why, duties, dutyCount, deadlines,
          deadlineCount, k.flags(), k.policy);
    }

    private void reason(Reason r) {
      if (sharedReasons != null) {
        throw new IllegalStateException("a row with fixed reasons was given another reason: this is a bug");
      }
      if (reasonCount == reasons.length) {
        reasons = reasonCount == 0 ? new Reason[REASONS_CAPACITY] : java.util.Arrays.copyOf(reasons, reasonCount * 2);
      }
      reasons[reasonCount++] = r;
    }

    /** Whether a deadline of {@code key} is set. */
    private boolean hasDeadline(DeadlineKey key) {
      for (int i = 0; i < deadlineCount; i++) {
        if (deadlines[i].key() == key) {
          return true;
        }
      }
      return false;
    }

    /** Sets the deadline, replacing one already set with its key. */
    private void putDeadline(Deadline deadline) {
      if (deadlineCount == deadlines.length) {
        growDeadlines();
      }
      deadlines[deadlineCount++] = deadline;
    }

    private void growDeadlines() {
      deadlines = deadlineCount == 0 ? new Deadline[DEADLINES_CAPACITY] : java.util.Arrays.copyOf(deadlines, deadlineCount * 2);
    }

    private void removeDeadline(DeadlineKey key) {
      int n = 0;
      for (int i = 0; i < deadlineCount; i++) {
        if (deadlines[i].key() != key) {
          deadlines[n++] = deadlines[i];
        }
      }
      java.util.Arrays.fill(deadlines, n, deadlineCount, null);
      deadlineCount = n;
    }

    /**
     * Puts the duties in the order of their codes and the deadlines in the order of their keys,
     * keeping the last given of each code and key.
     */
    private void finishDutiesAndDeadlines() {
      for (int i = 1; i < dutyCount; i++) { // a stable insertion sort: duties of one code stay in the order owed
        DutyOwed x = duties[i];
        int ordinal = x.code().ordinal();
        int j = i - 1;
        while (j >= 0 && duties[j].code().ordinal() > ordinal) {
          duties[j + 1] = duties[j];
          j--;
        }
        duties[j + 1] = x;
      }
      int n = 0;
      for (int i = 0; i < dutyCount; i++) {
        if (i + 1 == dutyCount || duties[i + 1].code() != duties[i].code()) {
          duties[n++] = duties[i];
        }
      }
      java.util.Arrays.fill(duties, n, dutyCount, null);
      dutyCount = n;
      for (int i = 1; i < deadlineCount; i++) { // stable too
        Deadline x = deadlines[i];
        int ordinal = x.key().ordinal();
        int j = i - 1;
        while (j >= 0 && deadlines[j].key().ordinal() > ordinal) {
          deadlines[j + 1] = deadlines[j];
          j--;
        }
        deadlines[j + 1] = x;
      }
      n = 0;
      for (int i = 0; i < deadlineCount; i++) {
        if (i + 1 == deadlineCount || deadlines[i + 1].key() != deadlines[i].key()) {
          deadlines[n++] = deadlines[i];
        }
      }
      java.util.Arrays.fill(deadlines, n, deadlineCount, null);
      deadlineCount = n;
    }

    // --- §5 decision table ----------------------------------------------------------------------

    private void categorise() {
      int d = k.d;
      boolean la = k.lookedAfterOn(d);
      boolean scopeLookedAfter = d < k.b18 && la;
      boolean scopeUnder16 = d < k.b16 && !la;
      boolean scope16to17 = d >= k.b16 && d < k.b18 && !la;
      boolean scopeAdult = d >= k.b18;
      int scopes = (scopeLookedAfter ? 1 : 0) + (scopeUnder16 ? 1 : 0) + (scope16to17 ? 1 : 0) + (scopeAdult ? 1 : 0);
      if (scopes != 1 || (scopeAdult && la)) {
        throw noSingleScope(scopes);
      }
      if (scopeLookedAfter) {
        reason(UNDER_18[0]);
        reason(LOOKED_AFTER[0]);
        boolean reg48 = k.reg48AppliesOn(d);
        reason(r(REG48, reg48));
        if (reg48) {
          category = Category.LOOKED_AFTER_SHORT_BREAKS;
          return;
        }
        boolean age = d >= k.b16;
        reason(r(AGED_16_OR_17, age));
        boolean weeks = k.t91() <= k.cutoff(d);
        reason(r(THIRTEEN_WEEKS, weeks));
        category = age && weeks ? Category.ELIGIBLE : Category.LOOKED_AFTER;
        return;
      }
      if (scopeUnder16) {
        sharedReasons = UNDER_16_NOT_LOOKED_AFTER;
        category = Category.NONE;
        return;
      }
      if (scope16to17) {
        reason(AGED_16_OR_17[0]);
        reason(LOOKED_AFTER[1]);
        relevantRoute = k.relevantRouteOn(d, true);
        addRelevantReasons(d);
        if (k.lastCeasingReadingsDiffer(d)) {
          k.flag(Flag.SHORT_BREAK_AFTER_ELIGIBILITY);
        }
        if (relevantRoute != 0) {
          category = Category.RELEVANT;
          return;
        }
        qualifyingOrNone(true);
        return;
      }
      // scopeAdult
      reason(UNDER_18[1]);
      int lastRelevant = k.lastRelevantDayBefore18();
      boolean hasBeen = lastRelevant != EnglandCase.NEVER;
      boolean wouldBe;
      if (k.policy.post18HomeBreakdown() == Policy.Post18HomeBreakdown.RESTORES_FRC) {
        wouldBe = k.relevantRouteOn(d, false) != 0;
      } else {
        wouldBe = !k.lookedAfterOn(k.b18 - 1) && k.relevantRouteOn(k.b18 - 1, true) != 0;
      }
      routeA = hasBeen && wouldBe;
      routeB = k.routeB();
      reason(r(FRC_ROUTE_A, routeA));
      reason(r(FRC_ROUTE_B, routeB));
      if (routeA || routeB) {
        formerRelevantSubState();
        return;
      }
      boolean under21 = d < k.b21;
      reason(r(UNDER_21, under21));
      if (under21) {
        qualifyingOrNone(false);
      } else {
        category = Category.NONE;
      }
    }

    /** The exception for a case in no scope or in more than one (a bug), made out of the rules' way. */
    private RuntimeException noSingleScope(int scopes) {
      if (scopes == 0) {
        return new NoApplicableRuleException("No row of the England decision table (LAW.md §5) applies to case "
            + k.history.person().id() + " on " + k.asOf + ". This is a bug in leavingcare: please report it.");
      }
      return new RuleConflictException("Rows of different scopes of the England decision table (LAW.md §5) apply to "
          + "case " + k.history.person().id() + " on " + k.asOf + ". This is a bug in leavingcare: please report it.");
    }

    private void addRelevantReasons(int day) {
      EnglandCase.Period l = k.lastCeasing(day, k.lookThrough());
      reason(r(ELIGIBLE_BEFORE_CEASING, l != null && k.eligibleBeforeCeasing(l)));
      if (l == null || !k.eligibleBeforeCeasing(l)) {
        reason(r(DETAINED_OR_IN_HOSPITAL, k.reg32Route()));
      }
      if (k.homeS != EnglandCase.NEVER) {
        reason(r(HOME_EXCLUSION, k.excludedOn(day)));
        if (k.breakdownRestoredOnOrBefore(day) != EnglandCase.NEVER) {
          reason(HOME_BREAKDOWN[0]);
        }
      }
    }

    /** Rows 7-10 (16-17, not looked after) and 17-19 (18-20, not former relevant). */
    private void qualifyingOrNone(boolean child) {
      if (child && k.policy.shortBreakGapStatus() == Policy.ShortBreakGapStatus.NO_STATUS_DURING_SERIES
          && k.c.isShortBreakSeriesContinuing() && k.onlyVerifiedBreaksAfter16()) {
        reason(GAP_SERIES[0]);
        category = Category.NONE;
        return;
      }
      boolean sgo = k.s24SgoRoute();
      reason(r(S24_SGO, sgo));
      if (sgo) {
        category = Category.QUALIFYING_SGO;
        return;
      }
      limbA = k.limbA();
      limbB = k.limbSetting(AccommodationSetting.VOLUNTARY_ORGANISATION);
      boolean otherLimbs = limbB || k.limbSetting(AccommodationSetting.PRIVATE_CHILDRENS_HOME) || k.limbD() || k.limbE();
      reason(r(S24_LIMB_A, limbA));
      if (!limbA) {
        reason(r(S24_LIMB_B_TO_E, otherLimbs));
      }
      category = limbA || otherLimbs ? Category.QUALIFYING : Category.NONE;
    }

    /** §4.4.3 sub-states, rows 11-16. */
    private void formerRelevantSubState() {
      int d = k.d;
      Circumstances c = k.c;
      if (c.s23czbRequestDate().isPresent() && k.factDays[ModelInternals.S23CZB_REQUEST] < k.b21) {
        k.flag(Flag.WARN_23CZB_REQUEST_BEFORE_21);
      }
      if (c.s23caNotificationDate().isPresent() && k.factDays[ModelInternals.S23CA_NOTIFICATION] < k.b21) {
        k.flag(Flag.WARN_23CA_NOTIFICATION_BEFORE_21);
      }
      boolean ext = k.extensionLive();
      boolean ca = k.s23caLive();
      boolean czb = k.s23czbLive();
      if (ext) {
        k.flag(Flag.S23C7_EXTENSION);
      }
      if (ca) {
        k.flag(Flag.S23CA_LIVE);
      }
      if (czb) {
        k.flag(Flag.S23CZB_REQUEST_LIVE);
      }
      boolean under21 = d < k.b21;
      reason(r(UNDER_21, under21));
      if (under21) {
        category = Category.FORMER_RELEVANT;
        return;
      }
      reason(r(EXTENSION, ext));
      if (ext) {
        category = Category.FORMER_RELEVANT;
        return;
      }
      reason(r(S23CA, ca));
      if (ca) {
        category = Category.FORMER_RELEVANT_23CA;
        return;
      }
      reason(r(S23CZB, czb));
      if (czb) {
        category = Category.FORMER_RELEVANT_23CZB;
        return;
      }
      boolean under25 = d < k.b25;
      reason(r(UNDER_25, under25));
      category = under25 ? Category.FORMER_RELEVANT_21_25 : Category.NONE;
    }

    // --- §15.6 duties and §15.7 deadlines -------------------------------------------------------

    private void owe(DutyCode code, LegalReference provision, int since, int endsAtStartOf, int nextDue) {
      put(new DutyOwed(code, provision, opt(since), opt(endsAtStartOf), opt(nextDue), false));
    }

    /** {@link #owe(DutyCode, LegalReference, int, int, int)} for duties that share their start and end. */
    private void owe(DutyCode code, LegalReference provision, Optional<LocalDate> since, Optional<LocalDate> endsAtStartOf,
        int nextDue) {
      put(new DutyOwed(code, provision, since, endsAtStartOf, opt(nextDue), false));
    }

    private void oweConditional(DutyCode code, LegalReference provision, int since, int endsAtStartOf) {
      put(new DutyOwed(code, provision, opt(since), opt(endsAtStartOf), Optional.empty(), true));
    }

    /** Owes the duty, replacing one already owed with the same code. */
    private void put(DutyOwed duty) {
      if (dutyCount == duties.length) {
        growDuties();
      }
      duties[dutyCount++] = duty;
    }

    private void growDuties() {
      duties = dutyCount == 0 ? new DutyOwed[DUTIES_CAPACITY] : java.util.Arrays.copyOf(duties, dutyCount * 2);
    }

    private Optional<LocalDate> opt(int day) {
      return k.optionalDate(day);
    }

    private int deadline(DeadlineKey key, int day, LegalReference provision) {
      putDeadline(Deadline.on(key, k.dateOf(day), provision));
      return day;
    }

    private int plusMonths(int day, int months) {
      return EpochDays.plusMonths(day, months);
    }

    /**
     * The duties and deadlines of the category (§15.6, §15.7). One method of more than 325 bytes of
     * bytecode (HotSpot's FreqInlineSize) on purpose: C2 then compiles it once, on its own, instead of
     * again inside each of its callers (EnglandRules.assess and Run.assess were each about 41 kB of
     * compiled code with this method's whole tree inlined).
     */
    private void listDutiesAndDeadlines() {
      int d = k.d;
      // The arrays are made here for the cases that need them, so that the rules that fill them
      // seldom take the path that makes or grows them (and C2 leaves it out of their compiled code).
      if (category != Category.NONE) {
        duties = new DutyOwed[DUTIES_CAPACITY];
      }
      if (category != Category.NONE || d < k.b18) {
        deadlines = new Deadline[DEADLINES_CAPACITY];
      }
      if (d < k.b18) {
        deadline(DeadlineKey.TURNS_18_ON, k.b18, ChildrenAct1989.S23C_FORMER_RELEVANT_CHILD);
      }
      if (k.homeS != EnglandCase.NEVER && (k.homeU == EnglandCase.NEVER || k.homeU > k.homeX)) {
        deadline(DeadlineKey.HOME_EXCLUSION_FROM, k.homeX, CareLeaversRegulations2010.REG_3_HOME_EXCLUSION);
      }
      boolean plan = k.pathwayPlanExists();
      boolean assessed = k.c.isNeedsAssessmentCompleted();
      switch (category) {
        case LOOKED_AFTER:
        case ELIGIBLE:
          lookedAfterDuties(plan, assessed);
          break;
        case LOOKED_AFTER_SHORT_BREAKS:
          shortBreakDuties();
          break;
        case RELEVANT:
          relevantDuties(plan, assessed);
          break;
        case FORMER_RELEVANT:
        case FORMER_RELEVANT_21_25:
        case FORMER_RELEVANT_23CZB:
        case FORMER_RELEVANT_23CA:
          formerRelevantDuties(plan, assessed);
          break;
        case QUALIFYING:
        case QUALIFYING_SGO:
          qualifyingDuties();
          break;
        case NONE:
          break;
        default:
          throw new IllegalStateException("category " + category + " has no duty rule: this is a bug");
      }
      // §15.7: LOOKED_AFTER reports eligibleFrom only as a projection; NONE never. Any other category
      // not yet given one reports the last eligible ceasing (§4.2).
      if (category != Category.NONE && category != Category.LOOKED_AFTER
          && !hasDeadline(DeadlineKey.ELIGIBLE_FROM)) {
        EnglandCase.Period found = null;
        for (EnglandCase.Period p : k.periods()) {
          if (p.e <= k.d && k.eligibleBeforeCeasing(p)) {
            found = p;
          }
        }
        if (found != null) {
          deadline(DeadlineKey.ELIGIBLE_FROM, k.eligibilityRunStart(found.e), ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
        }
      }
    }

    private void lookedAfterDuties(boolean plan, boolean assessed) {
      int d = k.d;
      EnglandCase.Period current = k.periodContaining(d);
      int periodStart = current == null ? d : current.s;
      int b18 = k.b18;
      int reviewDue = reviews(false, periodStart);
      int visitDue = visits(false, periodStart);
      Optional<LocalDate> since = opt(periodStart);
      Optional<LocalDate> end = opt(b18);
      owe(DutyCode.LAC_VISITS, CarePlanningRegulations2010.REG_28_VISITS, since, end, visitDue);
      owe(DutyCode.LAC_REVIEWS, CarePlanningRegulations2010.REG_33_REVIEWS, since, end, reviewDue);
      owe(DutyCode.ADVISE_ASSIST_BEFRIEND_ON_LEAVING, ChildrenAct1989.SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND, since, end,
          EnglandCase.NEVER);
      owe(DutyCode.CORPORATE_PARENTING_PRINCIPLES, ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES, since,
          end, EnglandCase.NEVER);
      if (category == Category.ELIGIBLE) {
        int from = deadline(DeadlineKey.ELIGIBLE_FROM, k.eligibilityRunStart(d), ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
        Optional<LocalDate> eligibleFrom = opt(from);
        owe(DutyCode.PA_APPOINT, ChildrenAct1989.SCH2_PARA19C_PERSONAL_ADVISER, eligibleFrom, end, EnglandCase.NEVER);
        if (plan) {
          owe(DutyCode.PATHWAY_PLAN_REVIEW, ChildrenAct1989.SCH2_PARA19B_PLAN_REVIEW, eligibleFrom, end, EnglandCase.NEVER);
        } else {
          int due = EnglandCase.NEVER;
          if (!assessed) {
            due = deadline(DeadlineKey.NEEDS_ASSESSMENT_BY, plusMonths(from, 3), CarePlanningRegulations2010.REG_42_ASSESSMENT);
            owe(DutyCode.NEEDS_ASSESSMENT, CarePlanningRegulations2010.REG_42_ASSESSMENT, eligibleFrom, end, due);
          }
          owe(DutyCode.PATHWAY_PLAN, ChildrenAct1989.SCH2_PARA19B_ASSESSMENT_AND_PLAN, eligibleFrom, end,
              EnglandCase.NEVER);
        }
      } else {
        // Projected eligibility if the current placement continues (§4.2).
        int nth = k.nth91(true);
        int e = Math.max(Math.max(d + 1, k.b16), k.firstDayWith91(nth));
        if (nth != EnglandCase.NEVER && e < b18) {
          projectedEligible = deadline(DeadlineKey.ELIGIBLE_FROM, e, ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
          if (!plan && !assessed) {
            deadline(DeadlineKey.NEEDS_ASSESSMENT_BY, plusMonths(e, 3), CarePlanningRegulations2010.REG_42_ASSESSMENT);
          }
        }
      }
    }

    private void shortBreakDuties() {
      int d = k.d;
      int first = k.seriesFirstBreakCoveringD();
      int reviewDue = reviews(true, first);
      int visitDue = visits(true, first);
      int next = Math.min(reviewDue, visitDue);
      owe(DutyCode.SHORT_BREAK_MODIFIED_REGIME, CarePlanningRegulations2010.REG_48_SHORT_BREAKS, first, k.b18, next);
      owe(DutyCode.ADVISE_ASSIST_BEFRIEND_ON_LEAVING, ChildrenAct1989.SCH2_PARA19A_ADVISE_ASSIST_BEFRIEND, d, k.b18,
          EnglandCase.NEVER);
      owe(DutyCode.CORPORATE_PARENTING_PRINCIPLES, ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES, d,
          k.b18, EnglandCase.NEVER);
    }

    /** Review deadlines (CPPCR reg. 33; reg. 48 for short breaks); returns the earliest next due. */
    private int reviews(boolean reg48, int periodStart) {
      Circumstances c = k.c;
      LegalReference src = reg48 ? CarePlanningRegulations2010.REG_48_SHORT_BREAKS : CarePlanningRegulations2010.REG_33_REVIEWS;
      boolean firstHeld = c.firstReviewHeld().orElse(c.firstReviewDate().isPresent());
      int due = EnglandCase.NEVER;
      if (!firstHeld) {
        if (reg48) {
          if (periodStart != EnglandCase.NEVER) {
            due = deadline(DeadlineKey.FIRST_REVIEW_BY, plusMonths(periodStart, 3), src);
          }
        } else {
          due = firstReviewByWorkingDays(periodStart);
        }
      }
      if (c.firstReviewDate().isPresent()) {
        int first = k.factDays[ModelInternals.FIRST_REVIEW];
        int last = k.factDays[ModelInternals.LAST_REVIEW];
        if (last == EnglandCase.NEVER || last <= first) {
          due = deadline(DeadlineKey.SECOND_REVIEW_BY, plusMonths(first, reg48 ? 6 : 3), src);
        }
      }
      if (c.lastReviewDate().isPresent()) {
        int last = k.factDays[ModelInternals.LAST_REVIEW];
        int first = c.firstReviewDate().isPresent() ? k.factDays[ModelInternals.FIRST_REVIEW] : Integer.MIN_VALUE;
        if (last > first) {
          due = deadline(DeadlineKey.NEXT_REVIEW_BY, plusMonths(last, 6), src);
        }
      }
      return due;
    }

    private int firstReviewByWorkingDays(int periodStart) {
      try {
        int due = (int) WorkingDays.plus(periodStart, 20, calendar);
        int lastYear = EpochDays.date(due).getYear();
        for (int y = EpochDays.date(periodStart + 1).getYear(); y <= lastYear; y++) {
          if (calendar.coverage(y) == HolidayCalendar.Coverage.EXTENSION) {
            k.flag(Flag.CALENDAR_EXTENSION_USED);
          }
        }
        return deadline(DeadlineKey.FIRST_REVIEW_BY, due, CarePlanningRegulations2010.REG_33_REVIEWS);
      } catch (CalendarNotCoveredException e) {
        k.flag(Flag.CALENDAR_NOT_COVERED);
        return EnglandCase.NEVER;
      }
    }

    /** Visit deadlines (CPPCR reg. 28; reg. 48 for short breaks); returns the next due. */
    private int visits(boolean reg48, int seriesStart) {
      Circumstances c = k.c;
      int lastVisit = k.factDays[ModelInternals.LAST_VISIT];
      if (reg48) {
        LegalReference src = CarePlanningRegulations2010.REG_48_SHORT_BREAKS;
        if (seriesStart == EnglandCase.NEVER) {
          return EnglandCase.NEVER;
        }
        if (lastVisit != EnglandCase.NEVER && lastVisit >= seriesStart) {
          return deadline(DeadlineKey.NEXT_VISIT_BY, plusMonths(lastVisit, 6), src);
        }
        return deadline(DeadlineKey.FIRST_VISIT_BY, plusMonths(seriesStart, 3), src);
      }
      LegalReference src = CarePlanningRegulations2010.REG_28_VISITS;
      int placement = k.factDays[ModelInternals.PLACEMENT_START];
      if (lastVisit != EnglandCase.NEVER && (placement == EnglandCase.NEVER || lastVisit >= placement)) {
        boolean firstYear = placement == EnglandCase.NEVER || lastVisit < plusMonths(placement, 12);
        int next = firstYear || !c.isPlacementIntendedUntil18() ? lastVisit + 42 : plusMonths(lastVisit, 3);
        return deadline(DeadlineKey.NEXT_VISIT_BY, next, src);
      }
      if (placement != EnglandCase.NEVER && placement <= k.d) {
        return deadline(DeadlineKey.FIRST_VISIT_BY, placement + 7, src);
      }
      return EnglandCase.NEVER;
    }

    private void relevantDuties(boolean plan, boolean assessed) {
      int d = k.d;
      int b18 = k.b18;
      int from = deadline(DeadlineKey.RELEVANT_FROM, k.relevantRunStart(d, relevantRoute), ChildrenAct1989.S23A_RELEVANT_CHILD);
      Optional<LocalDate> since = opt(from);
      Optional<LocalDate> end = opt(b18);
      owe(DutyCode.KEEP_IN_TOUCH, ChildrenAct1989.S23B_KEEP_IN_TOUCH, since, end, EnglandCase.NEVER);
      owe(DutyCode.PA_APPOINT, ChildrenAct1989.S23B_PERSONAL_ADVISER, since, end, EnglandCase.NEVER);
      owe(DutyCode.ACCOMMODATION_AND_MAINTENANCE, ChildrenAct1989.S23B_ACCOMMODATION_AND_MAINTENANCE, since, end,
          EnglandCase.NEVER);
      owe(DutyCode.CORPORATE_PARENTING_PRINCIPLES, ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES, since,
          end, EnglandCase.NEVER);
      int a = k.factDays[ModelInternals.ACCOMMODATION_23B_FROM];
      boolean accommodated = a != EnglandCase.NEVER && a <= d;
      int lastReview = k.factDays[ModelInternals.LAST_PATHWAY_PLAN_REVIEW];
      if (plan) {
        int due = EnglandCase.NEVER;
        if (lastReview != EnglandCase.NEVER) {
          boolean postAccommodationReviewHeld = accommodated && lastReview >= a + 28;
          due = deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY, plusMonths(lastReview, postAccommodationReviewHeld ? 3 : 6),
              CareLeaversRegulations2010.REG_7_REVIEW);
        }
        owe(DutyCode.PATHWAY_PLAN_REVIEW, ChildrenAct1989.S23B_PLAN_REVIEW, from, b18, due);
      } else {
        if (!assessed) {
          int due = deadline(DeadlineKey.NEEDS_ASSESSMENT_BY, plusMonths(from, 3), CareLeaversRegulations2010.REG_5_ASSESSMENT_TIMING);
          owe(DutyCode.NEEDS_ASSESSMENT, ChildrenAct1989.S23B_ASSESSMENT_AND_PLAN, from, b18, due);
        }
        owe(DutyCode.PATHWAY_PLAN, ChildrenAct1989.S23B_ASSESSMENT_AND_PLAN, from, b18, EnglandCase.NEVER);
      }
      if (accommodated) {
        int visit = paVisits(a);
        owe(DutyCode.PA_ACCOMMODATION_VISITS, CareLeaversRegulations2010.REG_8_PA_VISITS, a, b18, visit);
        if (lastReview == EnglandCase.NEVER || lastReview < a + 28) {
          deadline(DeadlineKey.ACCOMMODATION_REVIEW_NOT_BEFORE, a + 28, CareLeaversRegulations2010.REG_7_REVIEW);
        }
        putDeadline(REVIEW_INTERVAL_MAX);
      }
    }

    private int paVisits(int accommodationStart) {
      int lastPa = k.factDays[ModelInternals.LAST_PA_VISIT];
      putDeadline(PA_VISIT_INTERVAL_MAX);
      int due = lastPa != EnglandCase.NEVER && lastPa >= accommodationStart ? plusMonths(lastPa, 2) : accommodationStart + 7;
      return deadline(DeadlineKey.PA_VISIT_BY, due, CareLeaversRegulations2010.REG_8_PA_VISITS);
    }

    private void formerRelevantDuties(boolean plan, boolean assessed) {
      int d = k.d;
      int b18 = k.b18;
      int b21 = k.b21;
      int b25 = k.b25;
      Circumstances c = k.c;
      boolean prospect = k.extensionInProspect();
      boolean extension = k.extensionLive();
      boolean czb = k.s23czbLive();
      if (d < b25) {
        deadline(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF, b25, ChildrenAct1989.S23CZB_FURTHER_ADVICE_AND_SUPPORT);
        owe(DutyCode.CORPORATE_PARENTING_PRINCIPLES, ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES, b18,
            b25, EnglandCase.NEVER);
      } else if (category == Category.FORMER_RELEVANT || category == Category.FORMER_RELEVANT_23CA) {
        deadline(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF, b25,
            ChildrenAndSocialWorkAct2017.S1_CORPORATE_PARENTING_PRINCIPLES);
      }
      int lastReview = k.factDays[ModelInternals.LAST_PATHWAY_PLAN_REVIEW];
      int reviewDue = lastReview == EnglandCase.NEVER ? EnglandCase.NEVER
          : deadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY, plusMonths(lastReview, 6), CareLeaversRegulations2010.REG_7_REVIEW);
      if (category == Category.FORMER_RELEVANT) {
        int coreEnd = b21;
        int continuingEnd = prospect || extension ? EnglandCase.NEVER : b21;
        Optional<LocalDate> since = opt(b18);
        Optional<LocalDate> end = opt(continuingEnd);
        owe(DutyCode.KEEP_IN_TOUCH, ChildrenAct1989.S23C_KEEP_IN_TOUCH, since, end, EnglandCase.NEVER);
        owe(DutyCode.PA_CONTINUE, ChildrenAct1989.S23C_PERSONAL_ADVISER, since, end, EnglandCase.NEVER);
        owe(DutyCode.PATHWAY_PLAN_REVIEW, ChildrenAct1989.S23C_PLAN_REVIEW, since, end, reviewDue);
        owe(DutyCode.EET_ASSISTANCE, ChildrenAct1989.S23C_EET_ASSISTANCE, since, end, EnglandCase.NEVER);
        if (!plan) {
          k.flag(Flag.MISSING_PATHWAY_PLAN);
          if (!assessed) {
            carriedOverAssessment();
          }
        }
        if (d < b21) {
          Optional<LocalDate> atCoreEnd = opt(coreEnd);
          owe(DutyCode.EMPLOYMENT_ASSISTANCE, ChildrenAct1989.S23C_EMPLOYMENT_ASSISTANCE, since, atCoreEnd, EnglandCase.NEVER);
          owe(DutyCode.WELFARE_ASSISTANCE, ChildrenAct1989.S23C_WELFARE_ASSISTANCE, since, atCoreEnd, EnglandCase.NEVER);
          deadline(prospect ? DeadlineKey.S23C_CORE_DUTIES_END_AT_START_OF : DeadlineKey.S23C_DUTIES_END_AT_START_OF, b21,
              ChildrenAct1989.S23C_DUTIES_END_AT_21);
          if (routeB && c.isStayingPut() && c.isFormerFosterParentWasLAFosterParentImmediatelyBefore()) {
            owe(DutyCode.STAYING_PUT_SUPPORT, ChildrenAct1989.S23CZA_STAYING_PUT, b18, b21, EnglandCase.NEVER);
            deadline(DeadlineKey.STAYING_PUT_ENDS_AT_START_OF, b21, ChildrenAct1989.S23CZA_STAYING_PUT);
          }
        }
        if (prospect || extension) {
          deadline(DeadlineKey.EDUCATION_EXTENSION_EXPECTED_END,
              EnglandCase.epoch(c.educationProgramme().get().expectedEnd().get()), ChildrenAct1989.S23C_EDUCATION_EXTENSION);
        }
        educationDuties();
        accommodation24B();
      } else if (category == Category.FORMER_RELEVANT_23CA) {
        int notified = Math.max(k.factDays[ModelInternals.S23CA_NOTIFICATION], b21);
        LegalReference s23ca = ChildrenAct1989.S23CA_EDUCATION_RETURN;
        owe(DutyCode.PA_APPOINT, s23ca, notified, EnglandCase.NEVER, EnglandCase.NEVER);
        owe(DutyCode.EDUCATION_RETURN_SUPPORT, s23ca, notified, EnglandCase.NEVER, EnglandCase.NEVER);
        planDuties(plan, assessed, notified, reviewDue, s23ca,
            Optional.of(plusMonths(notified, 3)), CareLeaversRegulations2010.REG_5_ASSESSMENT_TIMING);
        educationDuties();
        accommodation24B();
      } else if (category == Category.FORMER_RELEVANT_23CZB) {
        int requested = Math.max(k.factDays[ModelInternals.S23CZB_REQUEST], b21);
        owe(DutyCode.PA_ON_REQUEST_21_25, ChildrenAct1989.S23CZB_PERSONAL_ADVISER, requested, b25, EnglandCase.NEVER);
        planDuties(plan, assessed, requested, reviewDue, ChildrenAct1989.S23CZB_ASSESSMENT_AND_PLAN, Optional.empty(),
            ChildrenAct1989.S23CZB_ASSESSMENT_AND_PLAN);
        if (assessed || plan) {
          owe(DutyCode.ADVICE_AND_SUPPORT_21_25, ChildrenAct1989.S23CZB_ADVICE_AND_SUPPORT, requested, b25, EnglandCase.NEVER);
        }
      } else if (category == Category.FORMER_RELEVANT_21_25) {
        if (k.policy.annualReminder21to25()) {
          owe(DutyCode.ANNUAL_REMINDER_21_25, DutyCode.ANNUAL_REMINDER_21_25.provision(), b21, b25, EnglandCase.NEVER);
        }
        // The s.23C pathway plan has lapsed: no review key (PATHWAY_PLAN_REVIEW is not listed).
        removeDeadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY);
      }
      if (czb && category != Category.FORMER_RELEVANT_23CZB) {
        int requested = Math.max(k.factDays[ModelInternals.S23CZB_REQUEST], b21);
        owe(DutyCode.PA_ON_REQUEST_21_25, ChildrenAct1989.S23CZB_PERSONAL_ADVISER, requested, b25, EnglandCase.NEVER);
        if (assessed || plan) {
          owe(DutyCode.ADVICE_AND_SUPPORT_21_25, ChildrenAct1989.S23CZB_ADVICE_AND_SUPPORT, requested, b25, EnglandCase.NEVER);
        }
      }
      if (czb) {
        deadline(DeadlineKey.PA_DUTY_ENDS_AT_START_OF, b25, ChildrenAct1989.S23CZB_PERSONAL_ADVISER);
      }
    }

    /** Plan duties of §15.6 rule 5 for the s.23CA and s.23CZB categories. */
    private void planDuties(boolean plan, boolean assessed, int since, int reviewDue, LegalReference provision,
        Optional<Integer> assessmentDue, LegalReference assessmentSource) {
      if (plan) {
        owe(DutyCode.PATHWAY_PLAN_REVIEW, CareLeaversRegulations2010.REG_7_REVIEW, since, EnglandCase.NEVER, reviewDue);
        return;
      }
      removeDeadline(DeadlineKey.NEXT_PATHWAY_PLAN_REVIEW_BY);
      if (!assessed) {
        int due = EnglandCase.NEVER;
        if (assessmentDue.isPresent()) {
          due = deadline(DeadlineKey.NEEDS_ASSESSMENT_BY, assessmentDue.get(), assessmentSource);
        } else {
          putDeadline(Deadline.noStatutoryDeadline(DeadlineKey.NEEDS_ASSESSMENT_BY, assessmentSource));
        }
        owe(DutyCode.NEEDS_ASSESSMENT, provision, since, EnglandCase.NEVER, due);
      }
      owe(DutyCode.PATHWAY_PLAN, provision, since, EnglandCase.NEVER, EnglandCase.NEVER);
    }

    /** §7 carried-over assessment date for a former relevant child with no pathway plan. */
    private void carriedOverAssessment() {
      int start = EnglandCase.NEVER;
      if (routeB) {
        start = k.eligibilityRunStart(k.b18);
        deadline(DeadlineKey.ELIGIBLE_FROM, start, ChildrenAct1989.SCH2_PARA19B_ELIGIBLE_CHILD);
      } else {
        int day = k.lastRelevantDayBefore18();
        if (day != EnglandCase.NEVER) {
          start = k.relevantRunStart(day, k.relevantRouteOn(day, true));
        }
      }
      if (start != EnglandCase.NEVER) {
        deadline(DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY, plusMonths(start, 3),
            CarePlanningRegulations2010.REG_42_ASSESSMENT);
      }
    }

    /** HE bursary and vacation accommodation (§6.4 engine rules). */
    private void educationDuties() {
      EducationProgramme p = k.c.educationProgramme().orElse(null);
      if (p == null || k.programmeState() != EnglandCase.ProgrammeState.ACTIVE) {
        return;
      }
      if (p.type() == ProgrammeType.HIGHER_EDUCATION && p.isInPathwayPlan() && !k.c.isHeBursaryPaid()
          && (p.start().isEmpty() || !p.start().get().isBefore(HE_BURSARY_COURSES_FROM))
          && (p.courseLengthAcademicYears().isEmpty() || p.courseLengthAcademicYears().getAsInt() >= 2)) {
        owe(DutyCode.HE_BURSARY, HigherEducationBursaryRegulations2009.REG_3_AMOUNT,
            EnglandCase.epochOr(p.start(), EnglandCase.NEVER), EnglandCase.NEVER, EnglandCase.NEVER);
      }
      boolean he = p.type() == ProgrammeType.HIGHER_EDUCATION && p.isFullTime();
      boolean residentialFe = p.type() == ProgrammeType.FURTHER_EDUCATION && p.isFullTime() && p.isResidential();
      if ((he || residentialFe) && k.c.isTermTimeAccommodationUnavailableInVacations()) {
        owe(DutyCode.VACATION_ACCOMMODATION, ChildrenAct1989.S23C_VACATION_ACCOMMODATION,
            EnglandCase.epochOr(p.start(), EnglandCase.NEVER),
            p.expectedEnd().map(e -> EnglandCase.epoch(e) + 1).orElse(EnglandCase.NEVER), EnglandCase.NEVER);
      }
    }

    private void accommodation24B() {
      int a = k.factDays[ModelInternals.ACCOMMODATION_24B_FROM];
      if (a != EnglandCase.NEVER && a <= k.d) {
        int due = paVisits(a);
        owe(DutyCode.PA_ACCOMMODATION_VISITS, CareLeaversRegulations2010.REG_8_PA_VISITS, a, EnglandCase.NEVER, due);
      }
    }

    private void qualifyingDuties() {
      int b21 = k.b21;
      int b25 = k.b25;
      deadline(DeadlineKey.QUALIFYING_ENDS_AT_START_OF, b21, ChildrenAct1989.S24_QUALIFYING);
      Optional<LocalDate> until21 = opt(b21);
      owe(DutyCode.CONSIDER_NEED, ChildrenAct1989.S24A_CONSIDER_NEED, Optional.empty(), until21, EnglandCase.NEVER);
      owe(DutyCode.QUALIFYING_ASSISTANCE_S24A, ChildrenAct1989.S24A_ASSISTANCE, Optional.empty(), until21,
          EnglandCase.NEVER);
      boolean sgo = category == Category.QUALIFYING_SGO;
      if (sgo || limbA || limbB) {
        oweConditional(DutyCode.ADVISE_BEFRIEND_QUALIFYING_DUTY, ChildrenAct1989.S24A_ADVISE_BEFRIEND_DUTY,
            EnglandCase.NEVER, b21);
        reason(CONDITIONAL_DUTY);
      } else {
        oweConditional(DutyCode.ADVISE_BEFRIEND_QUALIFYING_POWER, ChildrenAct1989.S24A_ADVISE_BEFRIEND_POWER,
            EnglandCase.NEVER, b21);
        reason(CONDITIONAL_POWER);
      }
      if (sgo || limbA) {
        owe(DutyCode.QUALIFYING_ASSISTANCE_S24B, ChildrenAct1989.S24B_EMPLOYMENT_EDUCATION_TRAINING, EnglandCase.NEVER,
            b25, EnglandCase.NEVER);
        deadline(DeadlineKey.S24B_EDUCATION_HELP_AGE_LIMIT_AT_START_OF, b25, ChildrenAct1989.S24B_EMPLOYMENT_EDUCATION_TRAINING);
      }
      if (!sgo && limbA) {
        owe(DutyCode.CONTACT_AS_APPROPRIATE, ChildrenAct1989.S24_CONTACT, EnglandCase.NEVER, b21, EnglandCase.NEVER);
      }
    }

    private void generalFlags() {
      Circumstances c = k.c;
      if (c.detentionBasis().orElse(null) == DetentionBasis.REMAND && !k.lookedAfterOn(k.b16)
          && (c.isDetainedOn16thBirthday() || c.detainedFrom().isPresent())) {
        k.flag(Flag.WARN_REMAND_NOT_AS_EPISODE);
      }
      if ((c.isDetainedOn16thBirthday() || c.detentionBasis().isPresent()) && k.d < k.b18
          && category != Category.RELEVANT) {
        k.flag(Flag.FORMER_LAC_IN_DETENTION);
      }
      if (k.lastEpisodeWelsh()) {
        k.flag(Flag.OUT_OF_SCOPE_WALES);
      }
      if (category.isQualifying() || category == Category.NONE) {
        // Private-fostering warning is raised by the s.24 test; make sure it is also raised when not reached.
        k.limbE();
      }
    }
  }
}
