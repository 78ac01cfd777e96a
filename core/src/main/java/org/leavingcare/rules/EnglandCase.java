package org.leavingcare.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.AccommodationSetting;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.HomeEndReason;
import org.leavingcare.model.OtherAccommodation;
import org.leavingcare.model.internal.ModelInternals;
import org.leavingcare.time.Ages;
import org.leavingcare.time.DateRange;
import org.leavingcare.time.EpochDays;
import org.leavingcare.time.LeapDayPolicy;

/**
 * One care history prepared for assessment on one date under one policy: birthdays, episodes cut
 * at 18, verified short breaks, periods of being looked after, and the tests of LAW.md §4 that
 * the category rules and the duty rules share. Dates are epoch days ({@code int}) for speed. Not
 * thread-safe; one instance per assessment.
 */
final class EnglandCase {

  /** An episode as the rules read it (§0.3(2)): end cut at 18, claims not yet verified. */
  static final class Ep {
    final int s;
    final int effEnd;
    final int recordedEnd; // Integer.MAX_VALUE when open
    final boolean flagged;
    final boolean wales;
    final boolean planned;
    boolean verified;
    int seriesFirstStart;

    Ep(int s, int effEnd, int recordedEnd, boolean flagged, boolean wales, boolean planned) {
      this.s = s;
      this.effEnd = effEnd;
      this.recordedEnd = recordedEnd;
      this.flagged = flagged;
      this.wales = wales;
      this.planned = planned;
    }
  }

  /** A period of being looked after: a maximal union of episodes that overlap or abut. */
  static final class Period {
    final int s;
    final int e;
    final boolean breakOnly;
    final boolean endsWithNonBreak;

    Period(int s, int e, boolean breakOnly, boolean endsWithNonBreak) {
      this.s = s;
      this.e = e;
      this.breakOnly = breakOnly;
      this.endsWithNonBreak = endsWithNonBreak;
    }
  }

  static final int NEVER = Integer.MAX_VALUE;
  /** A lazily computed day not yet computed. */
  private static final int UNKNOWN = Integer.MIN_VALUE;

  final CareHistory history;
  final Circumstances c;
  /** The dated facts of {@link #c} as epoch days ({@link ModelInternals#factDays}). */
  final int[] factDays;
  final Policy policy;
  final LocalDate asOf;
  final int d;
  final int b14;
  final int b16;
  final int b18;
  final int b21;
  final int b25;
  final boolean inclusive;
  /** The flags raised so far, one bit per {@link Flag} ordinal. */
  private long flagBits;
  /** The episodes the rules read, sorted by start. */
  final Ep[] eps;
  /** Made when first needed (a child under 16 and not looked after needs none). */
  private @Nullable List<Period> periods;
  /**
   * Non-break components: merged non-planned episodes that are not verified breaks, as pairs
   * (start, end) in {@code nonBreak[2i], nonBreak[2i + 1]}; unused pairs at the end hold NEVER.
   * Made when first needed.
   */
  private int @Nullable [] nonBreak;
  /** The 91st counted date of the 13 weeks (§3.6), or NEVER; UNKNOWN until first needed. */
  private int t91 = UNKNOWN;

  // Home exclusion (§4.3.3).
  final int homeS;
  final int homeU;
  final int homeX;
  final boolean homePlannedMove;
  final boolean sgoInForce;

  EnglandCase(CareHistory history, LocalDate asOf, Policy policy) {
    this.history = history;
    this.c = history.circumstances();
    this.factDays = ModelInternals.factDays(c);
    this.policy = policy;
    this.asOf = asOf;
    this.d = (int) asOf.toEpochDay();
    int[] days = ModelInternals.days(history);
    int by = days[ModelInternals.DOB_YEAR];
    int bm = days[ModelInternals.DOB_MONTH];
    int bd = days[ModelInternals.DOB_DAY];
    LeapDayPolicy leap = policy.leapDayBirthday();
    this.b14 = (int) Ages.epochDayOfAttaining(by, bm, bd, 14, leap);
    this.b16 = (int) Ages.epochDayOfAttaining(by, bm, bd, 16, leap);
    this.b18 = (int) Ages.epochDayOfAttaining(by, bm, bd, 18, leap);
    this.b21 = (int) Ages.epochDayOfAttaining(by, bm, bd, 21, leap);
    this.b25 = (int) Ages.epochDayOfAttaining(by, bm, bd, 25, leap);
    this.inclusive = policy.dayCount() == Policy.DayCount.INCLUSIVE_DAYS;

    int count = (days.length - ModelInternals.EPISODES) / ModelInternals.EPISODE_INTS;
    Ep[] list = new Ep[count];
    int n = 0;
    int maxEnd = Integer.MIN_VALUE;
    for (int i = ModelInternals.EPISODES; i < days.length; i += ModelInternals.EPISODE_INTS) {
      int s = days[i];
      int rec = days[i + 1];
      int flags = days[i + 2];
      if (s >= b18) {
        flag(Flag.WARN_EPISODE_AFTER_18);
        continue;
      }
      if (rec == s) {
        flag(Flag.WARN_EPISODE_UNDER_24H);
        continue;
      }
      if (rec != NEVER && rec > b18) {
        flag(Flag.WARN_EPISODE_AFTER_18);
      }
      int eff = Math.min(rec, b18);
      Ep ep = new Ep(s, eff, rec, (flags & ModelInternals.SHORT_BREAK) != 0, (flags & ModelInternals.WALES) != 0, s > d);
      if (!ep.planned && s < maxEnd) {
        flag(Flag.WARN_OVERLAPPING_EPISODES);
      }
      if (!ep.planned) {
        maxEnd = Math.max(maxEnd, eff);
      }
      list[n++] = ep;
    }
    this.eps = n == list.length ? list : java.util.Arrays.copyOf(list, n);
    ShortBreakSeries.verify(eps, c, this);
    if (!c.unknownFacts().isEmpty()) {
      flag(Flag.WARN_UNKNOWN_FACT);
    }

    // SGO in force on D (under 18) or on the day before the 18th birthday (§4.6.1).
    int sgoAt = d < b18 ? d : b18 - 1;
    if (c.sgoInForce().isPresent()) {
      sgoInForce = c.sgoInForce().get();
    } else if (c.sgoMadeOn().isPresent()) {
      int made = factDays[ModelInternals.SGO_MADE_ON];
      int ended = factDays[ModelInternals.SGO_ENDED_ON];
      sgoInForce = made <= sgoAt && sgoAt < ended;
    } else {
      sgoInForce = false;
    }
    // Home exclusion facts, with the SGO inference.
    int hs = NEVER;
    int hu = NEVER;
    if (c.livingWithParentSince().isPresent()) {
      hs = factDays[ModelInternals.LIVING_WITH_PARENT_SINCE];
      hu = factDays[ModelInternals.LIVING_WITH_PARENT_UNTIL];
    } else if (sgoInForce && c.sgoMadeOn().isPresent()) {
      hs = factDays[ModelInternals.SGO_MADE_ON];
      hu = factDays[ModelInternals.LIVING_WITH_PARENT_UNTIL];
      int ended = factDays[ModelInternals.SGO_ENDED_ON];
      if (ended < b18) {
        hu = Math.min(hu, ended);
      }
      flag(Flag.SGO_HOME_INFERRED);
    }
    this.homeS = hs;
    this.homeU = hu;
    this.homeX = hs == NEVER ? NEVER : EpochDays.plusMonths(hs, 6);
    this.homePlannedMove = c.livingWithParentEndReason() == HomeEndReason.PLANNED_MOVE;
  }

  /** Raises a flag. */
  void flag(Flag f) {
    flagBits |= 1L << f.ordinal();
  }

  /** The flags raised, as an unmodifiable set (one shared empty set when there are none). */
  Set<Flag> flags() {
    if (flagBits == 0) {
      return Collections.emptySet();
    }
    EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
    for (Flag f : FLAGS) {
      if ((flagBits & (1L << f.ordinal())) != 0) {
        set.add(f);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  private static final Flag[] FLAGS = Flag.values();

  /** The periods of being looked after, in order. */
  List<Period> periods() {
    List<Period> p = periods;
    if (p == null) {
      p = periods(eps);
      periods = p;
    }
    return p;
  }

  /** The 91st counted date of the 13 weeks (§3.6), or NEVER. */
  int t91() {
    if (t91 == UNKNOWN) {
      t91 = nth91(false);
    }
    return t91;
  }

  // Optional dates made, kept: the birthdays recur in many duties and deadlines.
  private @Nullable Optional<LocalDate> optB18;
  private @Nullable Optional<LocalDate> optB21;
  private @Nullable Optional<LocalDate> optB25;
  /** The last other date made optional: duties often share a start date. */
  private int lastOptDay = NEVER;
  private @Nullable Optional<LocalDate> lastOpt;

  /** The date of an epoch day: the reference date, or the shared date of that day ({@link EpochDays#date}). */
  LocalDate dateOf(int day) {
    return day == d ? asOf : EpochDays.date(day);
  }

  /** The date as an optional, empty for NEVER, reusing the optionals already made (one place makes one). */
  Optional<LocalDate> optionalDate(int day) {
    if (day == NEVER) {
      return Optional.empty();
    }
    Optional<LocalDate> kept = day == b18 ? optB18 : day == b21 ? optB21 : day == b25 ? optB25
        : day == lastOptDay ? lastOpt : null;
    if (kept != null) {
      return kept;
    }
    Optional<LocalDate> made = Optional.of(dateOf(day));
    if (day == b18) {
      optB18 = made;
    } else if (day == b21) {
      optB21 = made;
    } else if (day == b25) {
      optB25 = made;
    } else {
      lastOptDay = day;
      lastOpt = made;
    }
    return made;
  }

  static int epoch(LocalDate date) {
    return (int) date.toEpochDay();
  }

  /** The epoch day of an optional date, or {@code absent} (without boxing, unlike map/orElse). */
  static int epochOr(Optional<LocalDate> date, int absent) {
    return date.isPresent() ? (int) date.get().toEpochDay() : absent;
  }

  /** The last counted day of a period ending (exclusive) on {@code effEnd} (§0.3(3)). */
  int lastCountedDay(int effEnd) {
    return inclusive && effEnd != b18 ? effEnd : effEnd - 1;
  }

  /** The last day counted when counting "up to" {@code x} (§0.3(3)). */
  int cutoff(int x) {
    return inclusive ? x : x - 1;
  }

  /** The first day {@code x} with {@code counted(x) >= 91}, given the 91st counted date. */
  int firstDayWith91(int nth) {
    return nth == NEVER ? NEVER : (inclusive ? nth : nth + 1);
  }

  private static List<Period> periods(Ep[] eps) {
    List<Period> out = new ArrayList<>(eps.length);
    int s = 0;
    int e = Integer.MIN_VALUE;
    boolean breakOnly = true;
    boolean endsNonBreak = false;
    boolean open = false;
    for (Ep ep : eps) {
      if (ep.planned) {
        continue;
      }
      if (open && ep.s <= e) {
        if (ep.effEnd > e) {
          e = ep.effEnd;
          endsNonBreak = !ep.verified;
        } else if (ep.effEnd == e && !ep.verified) {
          endsNonBreak = true;
        }
        breakOnly &= ep.verified;
      } else {
        if (open) {
          out.add(new Period(s, e, breakOnly, endsNonBreak));
        }
        open = true;
        s = ep.s;
        e = ep.effEnd;
        breakOnly = ep.verified;
        endsNonBreak = !ep.verified;
      }
    }
    if (open) {
      out.add(new Period(s, e, breakOnly, endsNonBreak));
    }
    return out;
  }

  private static int[] nonBreakComponents(Ep[] eps) {
    int[] out = new int[2 * eps.length];
    java.util.Arrays.fill(out, NEVER);
    int n = 0;
    int s = 0;
    int e = Integer.MIN_VALUE;
    boolean open = false;
    for (Ep ep : eps) {
      if (ep.planned || ep.verified) {
        continue;
      }
      if (open && ep.s <= e) {
        e = Math.max(e, ep.effEnd);
      } else {
        if (open) {
          out[n++] = s;
          out[n++] = e;
        }
        open = true;
        s = ep.s;
        e = ep.effEnd;
      }
    }
    if (open) {
      out[n++] = s;
      out[n++] = e;
    }
    return out;
  }

  /**
   * The 91st counted date on or after the 14th birthday (§3.6), or NEVER: countable episodes are
   * those begun by D, less verified breaks under EXCLUDE_DAYS. With {@code projectCovering}, the
   * episodes covering D are counted as if they had no end (the projection of §4.2).
   */
  int nth91(boolean projectCovering) {
    boolean excludeBreaks = policy.shortBreakMode() == Policy.ShortBreakMode.EXCLUDE_DAYS;
    Day91 union = new Day91();
    for (Ep ep : eps) {
      if (ep.planned || (excludeBreaks && ep.verified)) {
        continue;
      }
      int end = projectCovering && ep.s <= d && d < ep.effEnd ? b18 : ep.effEnd;
      if (union.add(Math.max(ep.s, b14), lastCountedDay(end))) {
        break;
      }
    }
    return union.day91;
  }

  /** The 91st counted date for CLR reg. 3(2) up to T, disregarding flagged breaks of at most 28 days. */
  int nth91Reg32() {
    boolean disregard = c.isReturnsToParentAfterEachBreak();
    Day91 union = new Day91();
    for (Ep ep : eps) {
      if (ep.planned) {
        continue;
      }
      int last = lastCountedDay(ep.effEnd);
      if (disregard && ep.flagged && last - ep.s + 1 <= 28) {
        continue;
      }
      if (union.add(Math.max(ep.s, b14), last)) {
        break;
      }
    }
    return union.day91;
  }

  /**
   * The 91st date of a union of counted periods {@code [first, last]} (inclusive epoch days;
   * overlaps counted once), given in order of first day: the episodes are sorted by start, so
   * {@code max(start, B14)} is in order too.
   */
  private static final class Day91 {
    private int counted;
    private int covered = Integer.MIN_VALUE; // the last date counted
    /** The 91st date, or NEVER while fewer than 91 are counted. */
    int day91 = NEVER;

    /** Adds a period; true once the 91st date is found. */
    boolean add(int first, int last) {
      int a = Math.max(first, covered + 1);
      if (a > last) {
        return false;
      }
      if (counted + (last - a + 1) >= 91) {
        day91 = a + (91 - counted) - 1;
        return true;
      }
      counted += last - a + 1;
      covered = last;
      return false;
    }
  }

  /** Whether some episode begun by D covers {@code day}. */
  boolean lookedAfterOn(int day) {
    for (Ep ep : eps) {
      if (!ep.planned && ep.s <= day && day < ep.effEnd) {
        return true;
      }
    }
    return false;
  }

  /** CPPCR reg. 48 applies on {@code day}: looked after, and only in verified breaks (§2.3.1(5)). */
  boolean reg48AppliesOn(int day) {
    boolean any = false;
    for (Ep ep : eps) {
      if (!ep.planned && ep.s <= day && day < ep.effEnd) {
        if (!ep.verified) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The period of being looked after containing {@code day}, or null. */
  @Nullable Period periodContaining(int day) {
    for (Period p : periods()) {
      if (p.s <= day && day < p.e) {
        return p;
      }
    }
    return null;
  }

  /**
   * The last period that ended on or before {@code day} (§4.3.1 L), looking through periods of
   * verified breaks only when {@code lookThrough}; null if none.
   */
  @Nullable Period lastCeasing(int day, boolean lookThrough) {
    Period found = null;
    for (Period p : periods()) {
      if (p.e <= day && !(lookThrough && p.breakOnly)) {
        found = p;
      }
    }
    return found;
  }

  boolean lookThrough() {
    return policy.shortBreakLastCeasing() == Policy.ShortBreakLastCeasing.LOOK_THROUGH;
  }

  /** "Eligible immediately before ceasing" at the end of {@code p} (§4.3.1 conditions 1-3). */
  boolean eligibleBeforeCeasing(Period p) {
    int l = p.e;
    boolean age = policy.sixteenBoundary() == Policy.SixteenBoundary.ON_OR_AFTER ? b16 <= l : b16 < l;
    return p.endsWithNonBreak && age && l <= b18 && t91() <= cutoff(l);
  }

  /** First day of the run of eligibility ending on {@code day} (within a non-break component). */
  int eligibilityRunStart(int day) {
    int[] nonBreak = this.nonBreak;
    if (nonBreak == null) {
      nonBreak = nonBreakComponents(eps);
      this.nonBreak = nonBreak;
    }
    int stretch = day;
    for (int i = 0; i + 1 < nonBreak.length && nonBreak[i] != NEVER; i += 2) {
      if (nonBreak[i] <= day && day <= nonBreak[i + 1]) {
        stretch = nonBreak[i];
      }
    }
    return Math.max(Math.max(b16, firstDayWith91(t91())), stretch);
  }

  /** Excluded on {@code day} by CLR reg. 3(5) (§4.3.3). */
  boolean excludedOn(int day) {
    if (homeS == NEVER || day < homeX) {
      return false;
    }
    if (homeU != NEVER && homeU <= homeX) {
      return false;
    }
    return homeU == NEVER || day < homeU || homePlannedMove;
  }

  /** The day a reg. 3(6) breakdown restored relevant status before or on {@code day}, or NEVER. */
  int breakdownRestoredOnOrBefore(int day) {
    if (homeS != NEVER && homeU != NEVER && homeU > homeX && !homePlannedMove && homeU <= day) {
      return homeU;
    }
    return NEVER;
  }

  /** CLR reg. 3(2) route conditions other than age, looked-after and exclusion (§4.3.2). */
  boolean reg32Route() {
    if (c.isCareOrder() || !(c.isDetainedOn16thBirthday() || c.isInHospitalOn16thBirthday())) {
      return false;
    }
    int t;
    if (c.isDetainedOn16thBirthday() && c.detainedFrom().isPresent()) {
      t = factDays[ModelInternals.DETAINED_FROM];
    } else if (c.isInHospitalOn16thBirthday() && c.inHospitalFrom().isPresent()) {
      t = factDays[ModelInternals.IN_HOSPITAL_FROM];
    } else {
      Period p = lastCeasing(b16, false);
      if (p == null) {
        return false;
      }
      t = p.e;
    }
    if (t > b16) {
      return false;
    }
    boolean immediately;
    if (c.isDetainedOn16thBirthday() && c.lookedAfterImmediatelyBeforeDetention().isPresent()) {
      immediately = c.lookedAfterImmediatelyBeforeDetention().get();
    } else if (!c.isDetainedOn16thBirthday() && c.lookedAfterImmediatelyBeforeAdmission().isPresent()) {
      immediately = c.lookedAfterImmediatelyBeforeAdmission().get();
    } else {
      immediately = false;
      for (Ep ep : eps) {
        if (!ep.planned && ep.effEnd == t) {
          immediately = true;
        }
      }
    }
    return immediately && nth91Reg32() <= cutoff(t);
  }

  /**
   * Relevant on {@code day} (B16 <= day < B18, not looked after on it): the main route of s.23A(2)
   * or CLR reg. 3(2), not excluded by reg. 3(5). Returns the route: 1 main, 2 reg. 3(2), 0 none.
   */
  int relevantRouteOn(int day, boolean checkAge) {
    if (checkAge && (day < b16 || day >= b18)) {
      return 0;
    }
    if (excludedOn(day)) {
      return 0;
    }
    Period l = lastCeasing(day, lookThrough());
    if (l != null && eligibleBeforeCeasing(l)) {
      return 1;
    }
    return reg32Route() ? 2 : 0;
  }

  /** Whether the literal and look-through readings of last ceasing differ on {@code day}. */
  boolean lastCeasingReadingsDiffer(int day) {
    Period lit = lastCeasing(day, false);
    Period thr = lastCeasing(day, true);
    if (lit == thr) {
      return false;
    }
    boolean a = lit != null && eligibleBeforeCeasing(lit);
    boolean b = thr != null && eligibleBeforeCeasing(thr);
    return a != b;
  }

  /** The first day of the current run of relevant status ending on {@code day} (§4.3.1). */
  int relevantRunStart(int day, int route) {
    int start;
    if (route == 1) {
      Period l = lastCeasing(day, lookThrough());
      start = l == null ? b16 : Math.max(l.e, b16);
    } else {
      start = b16;
    }
    int restored = breakdownRestoredOnOrBefore(day);
    if (restored != NEVER && restored > start) {
      start = restored;
    }
    return start;
  }

  /** Has been a relevant child at some date in [B16, B18) up to D (§4.4.1). */
  int lastRelevantDayBefore18() {
    int limit = Math.min(b18 - 1, d);
    if (limit < b16) {
      return NEVER;
    }
    // Status changes only where a period of care ends or a home arrangement ends, so the latest
    // relevant day is the latest of these that is relevant: the limit itself (the latest possible),
    // B16, each period's end, the end of living with a parent. The tests are pure, so the candidates
    // are taken in this order and each is tested (in one place) only if it would be the latest yet.
    List<Period> periods = periods();
    int n = periods.size();
    int best = NEVER;
    for (int i = -2; i <= n && best != limit; i++) {
      int cand = i == -2 ? limit : i == -1 ? b16 : i < n ? periods.get(i).e : homeU;
      if (cand >= b16 && cand <= limit && (best == NEVER || cand > best) && relevantDay(cand)) {
        best = cand;
      }
    }
    return best;
  }

  /** Not looked after and relevant on {@code day} (in [B16, B18)). */
  private boolean relevantDay(int day) {
    return !lookedAfterOn(day) && relevantRouteOn(day, true) != 0;
  }

  /** Route (b) of s.23C(1): looked after at 18 and eligible immediately before ceasing (L = B18). */
  boolean routeB() {
    for (Ep ep : eps) {
      if (!ep.planned && ep.s <= b18 - 1 && b18 - 1 < ep.effEnd) {
        Period p = periodContaining(b18 - 1);
        return p != null && eligibleBeforeCeasing(p);
      }
    }
    return false;
  }

  // Education programme (§4.4.3).

  enum ProgrammeState { NONE, ACTIVE, NOT_STARTED, ENDED }

  ProgrammeState programmeState() {
    EducationProgramme p = c.educationProgramme().orElse(null);
    if (p == null) {
      return ProgrammeState.NONE;
    }
    if (p.pursuing().orElse(false)) {
      return ProgrammeState.ACTIVE;
    }
    if (p.start().isPresent() && d < epoch(p.start().get())) {
      return ProgrammeState.NOT_STARTED;
    }
    if (p.pursuing().isPresent()) {
      return ProgrammeState.ENDED;
    }
    return p.expectedEnd().isEmpty() || d <= epoch(p.expectedEnd().get()) ? ProgrammeState.ACTIVE : ProgrammeState.ENDED;
  }

  private boolean extensionProgramme() {
    EducationProgramme p = c.educationProgramme().orElse(null);
    return p != null && p.isInPathwayPlan() && (p.start().isEmpty() || epoch(p.start().get()) < b21)
        && p.expectedEnd().isPresent() && epoch(p.expectedEnd().get()) >= b21;
  }

  boolean extensionLive() {
    return d >= b21 && extensionProgramme() && programmeState() == ProgrammeState.ACTIVE
        && (policy.s23c7AgeCap() == Policy.S23c7AgeCap.NONE || d < b25);
  }

  boolean extensionInProspect() {
    ProgrammeState st = programmeState();
    return d < b21 && extensionProgramme() && (st == ProgrammeState.ACTIVE || st == ProgrammeState.NOT_STARTED);
  }

  boolean s23czbLive() {
    return c.s23czbRequestDate().isPresent() && factDays[ModelInternals.S23CZB_REQUEST] <= d && !c.isOptedOut()
        && b21 <= d && d < b25;
  }

  boolean s23caLive() {
    if (c.s23caNotificationDate().isEmpty()) {
      return false;
    }
    int n = factDays[ModelInternals.S23CA_NOTIFICATION];
    if (n > d || n >= b25) {
      return false;
    }
    if (d < b21 || extensionLive()) {
      return false;
    }
    ProgrammeState st = programmeState();
    if (st == ProgrammeState.ENDED) {
      return false;
    }
    if (d < b25) {
      return true;
    }
    EducationProgramme p = c.educationProgramme().orElse(null);
    return policy.s23c7AgeCap() == Policy.S23c7AgeCap.NONE && p != null && p.isInPathwayPlan()
        && st == ProgrammeState.ACTIVE;
  }

  boolean pathwayPlanExists() {
    if (c.pathwayPlanExists().isPresent()) {
      return c.pathwayPlanExists().get();
    }
    return c.lastPathwayPlanReview().isPresent()
        || c.educationProgramme().map(EducationProgramme::isInPathwayPlan).orElse(false);
  }

  // s.24 (§4.6).

  boolean s24SgoRoute() {
    if (d < b16 || d >= b21 || !sgoInForce || c.sgoMadeOn().isEmpty()) {
      return false;
    }
    if (c.lookedAfterImmediatelyBeforeSgo().isPresent()) {
      return c.lookedAfterImmediatelyBeforeSgo().get();
    }
    int made = factDays[ModelInternals.SGO_MADE_ON];
    for (Ep ep : eps) {
      if (!ep.planned && ep.effEnd == made) {
        return true;
      }
    }
    return false;
  }

  /** The after-16 test of §4.6.2 for a period [from, to) with to already capped at B18. */
  private boolean after16(int from, int to) {
    return from < b18 && to >= b16 && to <= d;
  }

  /** s.24(2)(a): an English episode ended after reaching 16, with no later Welsh episode begun by D. */
  boolean limbA() {
    for (Ep ep : eps) {
      if (ep.planned || ep.wales || !after16(ep.s, ep.effEnd)) {
        continue;
      }
      boolean laterWelsh = false;
      for (Ep w : eps) {
        if (w.wales && !w.planned && w.s >= ep.effEnd) {
          laterWelsh = true;
          break;
        }
      }
      if (!laterWelsh) {
        return true;
      }
    }
    return false;
  }

  /** Whether the episodes that pass the after-16 test are all verified breaks (and there is one). */
  boolean onlyVerifiedBreaksAfter16() {
    boolean any = false;
    for (Ep ep : eps) {
      if (!ep.planned && after16(ep.s, ep.effEnd)) {
        if (!ep.verified) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  boolean limbSetting(AccommodationSetting setting) {
    for (OtherAccommodation o : c.otherAccommodation()) {
      if (o.setting() != setting) {
        continue;
      }
      DateRange r = o.period();
      int from = epoch(r.start());
      int to = Math.min(epochOr(r.endExclusive(), NEVER), b18);
      if (!after16(from, to)) {
        continue;
      }
      if (setting == AccommodationSetting.HEALTH_OR_EDUCATION_BODY
          || setting == AccommodationSetting.CARE_HOME_OR_HOSPITAL) {
        if (epoch(r.start().plusMonths(3)) > to) {
          continue;
        }
      }
      return true;
    }
    return false;
  }

  boolean limbD() {
    return limbSetting(AccommodationSetting.HEALTH_OR_EDUCATION_BODY)
        || limbSetting(AccommodationSetting.CARE_HOME_OR_HOSPITAL);
  }

  boolean limbE() {
    DateRange r = c.privatelyFostered().orElse(null);
    if (r == null) {
      return false;
    }
    int from = epoch(r.start());
    int rawTo = epochOr(r.endExclusive(), NEVER);
    if (!c.isDisabled() && rawTo > b16) {
      flag(Flag.WARN_PRIVATE_FOSTERING_AFTER_16_NOT_DISABLED);
    }
    return c.isDisabled() && after16(from, Math.min(rawTo, b18));
  }

  /** The current or last episode begun by D is Welsh (§2.1). */
  boolean lastEpisodeWelsh() {
    Ep last = null;
    for (Ep ep : eps) {
      if (!ep.planned && (last == null || ep.s >= last.s)) {
        last = ep;
      }
    }
    return last != null && last.wales;
  }

  /** The first break of the verified series covering D, or NEVER. */
  int seriesFirstBreakCoveringD() {
    for (Ep ep : eps) {
      if (!ep.planned && ep.verified && ep.s <= d && d < ep.effEnd) {
        return ep.seriesFirstStart;
      }
    }
    return NEVER;
  }
}
