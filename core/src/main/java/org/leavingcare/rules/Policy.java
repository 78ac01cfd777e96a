package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.time.LeapDayPolicy;

/**
 * The policy switches of LAW.md §12: every point where the law is ambiguous, as an explicit,
 * documented choice with a default (docs/interpretations.md lists each with its reasons).
 * Immutable and thread-safe; {@link #defaults()} is the literal reading of the statute
 * ({@link Profile#STATUTORY_LITERAL}).
 *
 * <p>Switches are set by type ({@code withDayCount(DayCount.INCLUSIVE_DAYS)}) or by name and
 * value as in the case-record format ({@code with("DAY_COUNT", "INCLUSIVE_DAYS")}).
 */
public final class Policy {

  /** How days looked after are counted (LAW.md §0.3(3), §3.6). */
  public enum DayCount {
    /** Default: a period {@code [s, e)} contributes {@code e - s} days. */
    ELAPSED_DAYS,
    /** A period contributes its start and end days (but never the 18th birthday). */
    INCLUSIVE_DAYS
  }

  /** Whether leaving care on the 16th birthday satisfies "ended after he reached 16" (Sch. 2 para. 19B(2)(b)). */
  public enum SixteenBoundary {
    /** Default: an end on the 16th birthday qualifies (literal reading with FLRA 1969 s.9). */
    ON_OR_AFTER,
    /** At least one day after the 16th birthday is required (several procedures; the DfE 903 validator). */
    STRICTLY_AFTER
  }

  /** How verified short breaks affect the 13 weeks (CPPCR 2010 reg. 40(2), LAW.md §4.2). */
  public enum ShortBreakMode {
    /** Default: verified break days never count toward the 13 weeks. */
    EXCLUDE_DAYS,
    /** Break days count; only a child to whom reg. 48 applies on the date is excluded. */
    STATUS_ONLY
  }

  /** The status of a child aged 16-17 between verified breaks (LAW.md §4.6.3). */
  public enum ShortBreakGapStatus {
    /** Default: s.24(1B) applies as written, so the child is qualifying. */
    QUALIFYING_LITERAL,
    /** No status while a continuing series is arranged. */
    NO_STATUS_DURING_SERIES
  }

  /** Whether a verified break after eligibility is the "last ceasing" of s.23A(2) (LAW.md §4.3.1). */
  public enum ShortBreakLastCeasing {
    /** Default: the words "before last ceasing" read literally. */
    LITERAL,
    /** Breaks are looked through, so relevant status survives respite breaks. */
    LOOK_THROUGH
  }

  /** How s.23C(1)(a) "would be one if he were under 18" is tested (LAW.md §4.4.1). */
  public enum Post18HomeBreakdown {
    /** Default: tested on the assessment date, so a breakdown after 18 restores former relevant status. */
    RESTORES_FRC,
    /** Tested once, on the day before the 18th birthday. */
    NO_RESTORE
  }

  /** Whether s.23C(7) and s.23CA(6) stop at 25 (LAW.md §4.4.3). */
  public enum S23c7AgeCap {
    /** Default: no cap; duties last while the programme is pursued. */
    NONE,
    /** The duties stop at 25. */
    AGE_25
  }

  /** Named sets of switches (LAW.md §12). */
  public enum Profile {
    /** The defaults: the literal reading of the statute. */
    STATUTORY_LITERAL,
    /** The defaults except {@code SIXTEEN_BOUNDARY=STRICTLY_AFTER}, matching the DfE/d2i 903 validator. */
    DFE_903_COMPATIBLE
  }

  /** The switch names of LAW.md §12, as written in the case-record format. */
  public enum Switch {
    /** {@link LeapDayPolicy}. */
    LEAP_DAY_BIRTHDAY,
    /** {@link DayCount}. */
    DAY_COUNT,
    /** {@link SixteenBoundary}. */
    SIXTEEN_BOUNDARY,
    /** {@link ShortBreakMode}. */
    SHORT_BREAK_MODE,
    /** {@link ShortBreakGapStatus}. */
    SHORT_BREAK_GAP_STATUS,
    /** {@link ShortBreakLastCeasing}. */
    SHORT_BREAK_LAST_CEASING,
    /** {@link Post18HomeBreakdown}. */
    POST18_HOME_BREAKDOWN,
    /** {@link S23c7AgeCap}. */
    S23C7_AGE_CAP,
    /** Annual reminder to 21-25s who declined support: {@code on} or {@code off}. */
    ANNUAL_REMINDER_21_25,
    /** CWSA 2026 s.7 staying close support: a {@link Commencement}. */
    CWSA2026_STAYING_CLOSE_SUPPORT,
    /** CWSA 2026 s.8 local offer: a {@link Commencement}. */
    CWSA2026_LOCAL_OFFER,
    /** CWSA 2026 corporate parenting duties of other public bodies: a {@link Commencement}. */
    CWSA2026_CORPORATE_PARENTING_BODIES;

    /**
     * The switch with the given name (exact match).
     *
     * @param name the name, for example {@code "DAY_COUNT"}
     * @return the switch, or empty if there is none of that name
     */
    public static Optional<Switch> named(String name) {
      for (Switch s : values()) {
        if (s.name().equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * When a prospective provision is treated as in force (CWSA 2026 switches): never, always, or
   * from a date (inclusive). Written {@code off}, {@code on} or {@code on:yyyy-mm-dd}.
   *
   * @param from the first date in force; empty with {@code inForce} true means always
   * @param inForce false for {@code off}
   */
  public record Commencement(boolean inForce, Optional<LocalDate> from) {
    /** Off: never in force. */
    public static final Commencement OFF = new Commencement(false, Optional.empty());
    /** On: in force on every date. */
    public static final Commencement ON = new Commencement(true, Optional.empty());

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a date is given with {@code inForce} false
     */
    public Commencement {
      requireNonNull(from, "from");
      if (!inForce && from.isPresent()) {
        throw new IllegalArgumentException("a commencement that is off has no date");
      }
    }

    /**
     * In force from {@code date} (inclusive).
     *
     * @param date the first date in force
     * @return the commencement
     */
    public static Commencement from(LocalDate date) {
      return new Commencement(true, Optional.of(date));
    }

    /**
     * Parses {@code off}, {@code on} (case-insensitive), {@code on:yyyy-mm-dd} or {@code yyyy-mm-dd}.
     *
     * @param text the value
     * @return the commencement
     * @throws IllegalArgumentException naming the value if it is none of those
     */
    public static Commencement parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.equals("off")) {
        return OFF;
      }
      if (t.equals("on")) {
        return ON;
      }
      String date = t.startsWith("on:") ? t.substring(3) : t;
      try {
        return from(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a commencement; use off, on, on:yyyy-mm-dd or yyyy-mm-dd");
      }
    }

    /**
     * Whether the provision is treated as in force on {@code date}.
     *
     * @param date the date
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate date) {
      return inForce && (from.isEmpty() || !date.isBefore(from.get()));
    }

    @Override
    public String toString() {
      return !inForce ? "off" : from.map(d -> "on:" + d).orElse("on");
    }
  }

  private static final Policy DEFAULTS = new Policy(LeapDayPolicy.MARCH_1, DayCount.ELAPSED_DAYS,
      SixteenBoundary.ON_OR_AFTER, ShortBreakMode.EXCLUDE_DAYS, ShortBreakGapStatus.QUALIFYING_LITERAL,
      ShortBreakLastCeasing.LITERAL, Post18HomeBreakdown.RESTORES_FRC, S23c7AgeCap.NONE, false,
      Commencement.OFF, Commencement.OFF, Commencement.OFF);

  private final LeapDayPolicy leapDayBirthday;
  private final DayCount dayCount;
  private final SixteenBoundary sixteenBoundary;
  private final ShortBreakMode shortBreakMode;
  private final ShortBreakGapStatus shortBreakGapStatus;
  private final ShortBreakLastCeasing shortBreakLastCeasing;
  private final Post18HomeBreakdown post18HomeBreakdown;
  private final S23c7AgeCap s23c7AgeCap;
  private final boolean annualReminder21to25;
  private final Commencement stayingCloseSupport;
  private final Commencement localOffer2026;
  private final Commencement corporateParentingBodies;

  private Policy(LeapDayPolicy leapDayBirthday, DayCount dayCount, SixteenBoundary sixteenBoundary,
      ShortBreakMode shortBreakMode, ShortBreakGapStatus shortBreakGapStatus,
      ShortBreakLastCeasing shortBreakLastCeasing, Post18HomeBreakdown post18HomeBreakdown, S23c7AgeCap s23c7AgeCap,
      boolean annualReminder21to25, Commencement stayingCloseSupport, Commencement localOffer2026,
      Commencement corporateParentingBodies) {
    this.leapDayBirthday = requireNonNull(leapDayBirthday, "leapDayBirthday");
    this.dayCount = requireNonNull(dayCount, "dayCount");
    this.sixteenBoundary = requireNonNull(sixteenBoundary, "sixteenBoundary");
    this.shortBreakMode = requireNonNull(shortBreakMode, "shortBreakMode");
    this.shortBreakGapStatus = requireNonNull(shortBreakGapStatus, "shortBreakGapStatus");
    this.shortBreakLastCeasing = requireNonNull(shortBreakLastCeasing, "shortBreakLastCeasing");
    this.post18HomeBreakdown = requireNonNull(post18HomeBreakdown, "post18HomeBreakdown");
    this.s23c7AgeCap = requireNonNull(s23c7AgeCap, "s23c7AgeCap");
    this.annualReminder21to25 = annualReminder21to25;
    this.stayingCloseSupport = requireNonNull(stayingCloseSupport, "stayingCloseSupport");
    this.localOffer2026 = requireNonNull(localOffer2026, "localOffer2026");
    this.corporateParentingBodies = requireNonNull(corporateParentingBodies, "corporateParentingBodies");
  }

  /**
   * The defaults of LAW.md §12: the literal reading of the statute.
   *
   * @return the default policy
   */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /**
   * The policy of a named profile.
   *
   * @param profile the profile, not null
   * @return its policy
   */
  public static Policy of(Profile profile) {
    return profile == Profile.DFE_903_COMPATIBLE ? DEFAULTS.withSixteenBoundary(SixteenBoundary.STRICTLY_AFTER) : DEFAULTS;
  }

  /**
   * A policy from settings as written in the case-record format (LAW.md §15.5): a
   * {@code "profile"} (applied first) and switch names with values. Names and values are matched
   * exactly, except that {@code on}/{@code off} are case-insensitive.
   *
   * @param settings switch name to value, not null
   * @return the policy
   * @throws IllegalArgumentException naming the first unknown switch, value or profile
   */
  public static Policy parse(Map<String, String> settings) {
    Policy p = DEFAULTS;
    String profile = settings.get("profile");
    if (profile != null) {
      p = of(parseEnum(Profile.class, "profile", profile));
    }
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (!e.getKey().equals("profile")) {
        p = p.with(e.getKey(), e.getValue());
      }
    }
    return p;
  }

  /**
   * A copy with one switch set by name and value.
   *
   * @param name a switch name of LAW.md §12, for example {@code "SIXTEEN_BOUNDARY"}
   * @param value one of its values, for example {@code "STRICTLY_AFTER"}
   * @return the copy
   * @throws IllegalArgumentException naming the switch or value if either is unknown
   */
  public Policy with(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    Switch s = Switch.named(name).orElseThrow(() -> new IllegalArgumentException("'" + name
        + "' is not a policy switch; use one of " + Arrays.toString(Switch.values()) + " or 'profile'"));
    switch (s) {
      case LEAP_DAY_BIRTHDAY: return withLeapDayBirthday(parseEnum(LeapDayPolicy.class, name, value));
      case DAY_COUNT: return withDayCount(parseEnum(DayCount.class, name, value));
      case SIXTEEN_BOUNDARY: return withSixteenBoundary(parseEnum(SixteenBoundary.class, name, value));
      case SHORT_BREAK_MODE: return withShortBreakMode(parseEnum(ShortBreakMode.class, name, value));
      case SHORT_BREAK_GAP_STATUS: return withShortBreakGapStatus(parseEnum(ShortBreakGapStatus.class, name, value));
      case SHORT_BREAK_LAST_CEASING: return withShortBreakLastCeasing(parseEnum(ShortBreakLastCeasing.class, name, value));
      case POST18_HOME_BREAKDOWN: return withPost18HomeBreakdown(parseEnum(Post18HomeBreakdown.class, name, value));
      case S23C7_AGE_CAP: return withS23c7AgeCap(parseEnum(S23c7AgeCap.class, name, value));
      case ANNUAL_REMINDER_21_25: {
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.equals("on") && !v.equals("off")) {
          throw new IllegalArgumentException("'" + value + "' is not a value of ANNUAL_REMINDER_21_25; use on or off");
        }
        return withAnnualReminder21to25(v.equals("on"));
      }
      case CWSA2026_STAYING_CLOSE_SUPPORT: return withCommencement(s, commencement(name, value));
      case CWSA2026_LOCAL_OFFER: return withCommencement(s, commencement(name, value));
      case CWSA2026_CORPORATE_PARENTING_BODIES: return withCommencement(s, commencement(name, value));
      default: throw new IllegalStateException("switch " + s + " is not handled: this is a bug");
    }
  }

  private static Commencement commencement(String name, String value) {
    try {
      return Commencement.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(value)) {
        return c;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a value of " + name + "; use one of "
        + Arrays.toString(type.getEnumConstants()));
  }

  /**
   * The switch LEAP_DAY_BIRTHDAY.
   *
   * @return its value
   */
  public LeapDayPolicy leapDayBirthday() {
    return leapDayBirthday;
  }

  /**
   * The switch DAY_COUNT.
   *
   * @return its value
   */
  public DayCount dayCount() {
    return dayCount;
  }

  /**
   * The switch SIXTEEN_BOUNDARY.
   *
   * @return its value
   */
  public SixteenBoundary sixteenBoundary() {
    return sixteenBoundary;
  }

  /**
   * The switch SHORT_BREAK_MODE.
   *
   * @return its value
   */
  public ShortBreakMode shortBreakMode() {
    return shortBreakMode;
  }

  /**
   * The switch SHORT_BREAK_GAP_STATUS.
   *
   * @return its value
   */
  public ShortBreakGapStatus shortBreakGapStatus() {
    return shortBreakGapStatus;
  }

  /**
   * The switch SHORT_BREAK_LAST_CEASING.
   *
   * @return its value
   */
  public ShortBreakLastCeasing shortBreakLastCeasing() {
    return shortBreakLastCeasing;
  }

  /**
   * The switch POST18_HOME_BREAKDOWN.
   *
   * @return its value
   */
  public Post18HomeBreakdown post18HomeBreakdown() {
    return post18HomeBreakdown;
  }

  /**
   * The switch S23C7_AGE_CAP.
   *
   * @return its value
   */
  public S23c7AgeCap s23c7AgeCap() {
    return s23c7AgeCap;
  }

  /**
   * The switch ANNUAL_REMINDER_21_25 (true for on).
   *
   * @return its value
   */
  public boolean annualReminder21to25() {
    return annualReminder21to25;
  }

  /**
   * The commencement of a prospective CWSA 2026 provision.
   *
   * @param s one of the three {@code CWSA2026_*} switches
   * @return its commencement
   * @throws IllegalArgumentException for any other switch
   */
  public Commencement commencement(Switch s) {
    switch (s) {
      case CWSA2026_STAYING_CLOSE_SUPPORT: return stayingCloseSupport;
      case CWSA2026_LOCAL_OFFER: return localOffer2026;
      case CWSA2026_CORPORATE_PARENTING_BODIES: return corporateParentingBodies;
      default: throw new IllegalArgumentException(s + " is not a CWSA 2026 switch");
    }
  }

  /**
   * Returns a copy with LEAP_DAY_BIRTHDAY set.
   *
   * @param v the value
   * @return a copy with LEAP_DAY_BIRTHDAY set
   */
  public Policy withLeapDayBirthday(LeapDayPolicy v) {
    return new Policy(v, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus, shortBreakLastCeasing,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with DAY_COUNT set.
   *
   * @param v the value
   * @return a copy with DAY_COUNT set
   */
  public Policy withDayCount(DayCount v) {
    return new Policy(leapDayBirthday, v, sixteenBoundary, shortBreakMode, shortBreakGapStatus, shortBreakLastCeasing,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with SIXTEEN_BOUNDARY set.
   *
   * @param v the value
   * @return a copy with SIXTEEN_BOUNDARY set
   */
  public Policy withSixteenBoundary(SixteenBoundary v) {
    return new Policy(leapDayBirthday, dayCount, v, shortBreakMode, shortBreakGapStatus, shortBreakLastCeasing,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with SHORT_BREAK_MODE set.
   *
   * @param v the value
   * @return a copy with SHORT_BREAK_MODE set
   */
  public Policy withShortBreakMode(ShortBreakMode v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, v, shortBreakGapStatus, shortBreakLastCeasing,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with SHORT_BREAK_GAP_STATUS set.
   *
   * @param v the value
   * @return a copy with SHORT_BREAK_GAP_STATUS set
   */
  public Policy withShortBreakGapStatus(ShortBreakGapStatus v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, v, shortBreakLastCeasing,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with SHORT_BREAK_LAST_CEASING set.
   *
   * @param v the value
   * @return a copy with SHORT_BREAK_LAST_CEASING set
   */
  public Policy withShortBreakLastCeasing(ShortBreakLastCeasing v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus, v,
        post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with POST18_HOME_BREAKDOWN set.
   *
   * @param v the value
   * @return a copy with POST18_HOME_BREAKDOWN set
   */
  public Policy withPost18HomeBreakdown(Post18HomeBreakdown v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
        shortBreakLastCeasing, v, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with S23C7_AGE_CAP set.
   *
   * @param v the value
   * @return a copy with S23C7_AGE_CAP set
   */
  public Policy withS23c7AgeCap(S23c7AgeCap v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
        shortBreakLastCeasing, post18HomeBreakdown, v, annualReminder21to25, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * Returns a copy with ANNUAL_REMINDER_21_25 set.
   *
   * @param v true for on
   * @return a copy with ANNUAL_REMINDER_21_25 set
   */
  public Policy withAnnualReminder21to25(boolean v) {
    return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
        shortBreakLastCeasing, post18HomeBreakdown, s23c7AgeCap, v, stayingCloseSupport, localOffer2026, corporateParentingBodies);
  }

  /**
   * A copy with a CWSA 2026 switch set.
   *
   * @param s one of the three {@code CWSA2026_*} switches
   * @param c its commencement, not null
   * @return the copy
   * @throws IllegalArgumentException for any other switch
   */
  public Policy withCommencement(Switch s, Commencement c) {
    requireNonNull(c, "commencement");
    switch (s) {
      case CWSA2026_STAYING_CLOSE_SUPPORT:
        return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
            shortBreakLastCeasing, post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, c, localOffer2026, corporateParentingBodies);
      case CWSA2026_LOCAL_OFFER:
        return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
            shortBreakLastCeasing, post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, c, corporateParentingBodies);
      case CWSA2026_CORPORATE_PARENTING_BODIES:
        return new Policy(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
            shortBreakLastCeasing, post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport, localOffer2026, c);
      default:
        throw new IllegalArgumentException(s + " is not a CWSA 2026 switch");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Policy p && leapDayBirthday == p.leapDayBirthday && dayCount == p.dayCount
        && sixteenBoundary == p.sixteenBoundary && shortBreakMode == p.shortBreakMode
        && shortBreakGapStatus == p.shortBreakGapStatus && shortBreakLastCeasing == p.shortBreakLastCeasing
        && post18HomeBreakdown == p.post18HomeBreakdown && s23c7AgeCap == p.s23c7AgeCap
        && annualReminder21to25 == p.annualReminder21to25 && stayingCloseSupport.equals(p.stayingCloseSupport)
        && localOffer2026.equals(p.localOffer2026) && corporateParentingBodies.equals(p.corporateParentingBodies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(leapDayBirthday, dayCount, sixteenBoundary, shortBreakMode, shortBreakGapStatus,
        shortBreakLastCeasing, post18HomeBreakdown, s23c7AgeCap, annualReminder21to25, stayingCloseSupport,
        localOffer2026, corporateParentingBodies);
  }

  @Override
  public String toString() {
    return "Policy[LEAP_DAY_BIRTHDAY=" + leapDayBirthday + ", DAY_COUNT=" + dayCount + ", SIXTEEN_BOUNDARY="
        + sixteenBoundary + ", SHORT_BREAK_MODE=" + shortBreakMode + ", SHORT_BREAK_GAP_STATUS=" + shortBreakGapStatus
        + ", SHORT_BREAK_LAST_CEASING=" + shortBreakLastCeasing + ", POST18_HOME_BREAKDOWN=" + post18HomeBreakdown
        + ", S23C7_AGE_CAP=" + s23c7AgeCap + ", ANNUAL_REMINDER_21_25=" + (annualReminder21to25 ? "on" : "off")
        + ", CWSA2026_STAYING_CLOSE_SUPPORT=" + stayingCloseSupport + ", CWSA2026_LOCAL_OFFER=" + localOffer2026
        + ", CWSA2026_CORPORATE_PARENTING_BODIES=" + corporateParentingBodies + "]";
  }
}
