package org.leavingcare.model.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.LegalStatus;
import org.leavingcare.model.Person;

/**
 * The rules' read access to the compact form a {@link CareHistory} keeps of itself: the date of
 * birth and the episodes as {@code int}s in one array, laid out below, and the person's
 * identifier; and the dated facts of {@link Circumstances} as epoch days ({@link #factDays}). An
 * assessment reads these instead of the history's person, dates and episode objects: on a large caseload each of
 * those is a cache miss. Not API (the package is not exported); the array must not be changed.
 *
 * <p>Layout of {@link #days}: {@code [DOB_YEAR]}, {@code [DOB_MONTH]}, {@code [DOB_DAY]} (the
 * date of birth's fields), then for each episode, in the history's order, {@link #EPISODE_INTS}
 * ints from {@link #EPISODES}: start ({@code (int)} epoch day), end exclusive ({@code (int)} epoch
 * day, {@link Integer#MAX_VALUE} when ongoing) and flags ({@link #SHORT_BREAK}, {@link #WALES}, and the
 * legal status from {@link #LEGAL_STATUS_SHIFT} up).
 */
public final class ModelInternals {

  /** Index of the year of birth. */
  public static final int DOB_YEAR = 0;
  /** Index of the month of birth (1-12). */
  public static final int DOB_MONTH = 1;
  /** Index of the day of the month of birth. */
  public static final int DOB_DAY = 2;
  /** Index of the first episode's start. */
  public static final int EPISODES = 3;
  /** Ints per episode. */
  public static final int EPISODE_INTS = 3;
  /** Flag bit: the episode is claimed as a short break. */
  public static final int SHORT_BREAK = 1;
  /** Flag bit: the episode is in Wales. */
  public static final int WALES = 2;
  /**
   * The flags from this bit up hold the episode's legal status ({@code ordinal() + 1}, 0 when none),
   * for the history's own use (it makes its episodes from them when made from days); the rules
   * read only {@link #SHORT_BREAK} and {@link #WALES}.
   */
  public static final int LEGAL_STATUS_SHIFT = 8;

  /** Absent, in {@link #factDays}. */
  public static final int ABSENT = Integer.MAX_VALUE;
  /** Index in {@link #factDays} of {@code Circumstances.careOrderSince()}. */
  public static final int CARE_ORDER_SINCE = 0;
  /** Index in {@link #factDays} of {@code Circumstances.lastPathwayPlanReview()}. */
  public static final int LAST_PATHWAY_PLAN_REVIEW = 1;
  /** Index in {@link #factDays} of {@code Circumstances.lastPaVisit()}. */
  public static final int LAST_PA_VISIT = 2;
  /** Index in {@link #factDays} of {@code Circumstances.livingWithParentSince()}. */
  public static final int LIVING_WITH_PARENT_SINCE = 3;
  /** Index in {@link #factDays} of {@code Circumstances.livingWithParentUntil()}. */
  public static final int LIVING_WITH_PARENT_UNTIL = 4;
  /** Index in {@link #factDays} of {@code Circumstances.detainedFrom()}. */
  public static final int DETAINED_FROM = 5;
  /** Index in {@link #factDays} of {@code Circumstances.inHospitalFrom()}. */
  public static final int IN_HOSPITAL_FROM = 6;
  /** Index in {@link #factDays} of {@code Circumstances.accommodationProvidedUnder23BFrom()}. */
  public static final int ACCOMMODATION_23B_FROM = 7;
  /** Index in {@link #factDays} of {@code Circumstances.accommodationProvidedUnder24BFrom()}. */
  public static final int ACCOMMODATION_24B_FROM = 8;
  /** Index in {@link #factDays} of {@code Circumstances.s23czbRequestDate()}. */
  public static final int S23CZB_REQUEST = 9;
  /** Index in {@link #factDays} of {@code Circumstances.s23caNotificationDate()}. */
  public static final int S23CA_NOTIFICATION = 10;
  /** Index in {@link #factDays} of {@code Circumstances.sgoMadeOn()}. */
  public static final int SGO_MADE_ON = 11;
  /** Index in {@link #factDays} of {@code Circumstances.sgoEndedOn()}. */
  public static final int SGO_ENDED_ON = 12;
  /** Index in {@link #factDays} of {@code Circumstances.placementStart()}. */
  public static final int PLACEMENT_START = 13;
  /** Index in {@link #factDays} of {@code Circumstances.firstReviewDate()}. */
  public static final int FIRST_REVIEW = 14;
  /** Index in {@link #factDays} of {@code Circumstances.lastReviewDate()}. */
  public static final int LAST_REVIEW = 15;
  /** Index in {@link #factDays} of {@code Circumstances.lastVisit()}. */
  public static final int LAST_VISIT = 16;
  /** The number of dated facts in {@link #factDays}. */
  public static final int FACT_DAYS = 17;

  /** What {@link CareHistory} gives the rules. */
  public interface Access {
    /**
     * The compact form of a history.
     *
     * @param history the history
     * @return its array, laid out as {@link ModelInternals} says; never to be changed
     */
    int[] days(CareHistory history);

    /**
     * The person's identifier, kept by the history so that reading it does not visit the person.
     *
     * @param history the history
     * @return {@code history.person().id()}
     */
    String personId(CareHistory history);

    /**
     * The dated facts of circumstances as {@code (int)} epoch days, {@link ModelInternals#ABSENT}
     * where not recorded, at the indexes this class names.
     *
     * @param circumstances the circumstances
     * @return their array; never to be changed
     */
    int[] factDays(Circumstances circumstances);

    /**
     * A history made straight from epoch days: see {@link ModelInternals#fromDays}.
     *
     * @param person the person
     * @param dateOfBirthDay the epoch day of the person's date of birth
     * @param count how many episodes
     * @param starts starts
     * @param ends ends (exclusive), {@link Integer#MAX_VALUE} when open
     * @param shortBreaks short-break claims
     * @param statuses legal statuses, null where the code is not one
     * @param circumstances the facts
     * @return the history, or null if an episode is faulty
     */
    @Nullable CareHistory fromDays(Person person, int dateOfBirthDay, int count, int[] starts, int[] ends,
        boolean[] shortBreaks, @Nullable LegalStatus[] statuses, Circumstances circumstances);

    /**
     * Review facts made without a builder: see {@link ModelInternals#reviewFacts}.
     *
     * @param careOrder a care order in force
     * @param careOrderSince since when, if known
     * @param careOrderSinceDay its epoch day, if known
     * @param firstReviewHeld 1 true, 0 false, -1 not recorded
     * @param firstReview the first review, if any
     * @param firstReviewDay its epoch day, if any
     * @param lastReview the latest review, if any
     * @param lastReviewDay its epoch day, if any
     * @return the circumstances
     */
    Circumstances reviewFacts(boolean careOrder, @Nullable LocalDate careOrderSince, int careOrderSinceDay,
        int firstReviewHeld, @Nullable LocalDate firstReview, int firstReviewDay, @Nullable LocalDate lastReview,
        int lastReviewDay);
  }

  private static @Nullable Access access;

  private ModelInternals() {}

  /**
   * Called once, by {@link CareHistory}'s class initialisation.
   *
   * @param a the access
   * @throws IllegalStateException if called again
   */
  public static synchronized void setAccess(Access a) {
    if (access != null) {
      throw new IllegalStateException("ModelInternals access is set once, by CareHistory");
    }
    access = a;
  }

  /**
   * The compact form of {@code history} (set before any history exists, by its class).
   *
   * @param history the history
   * @return its array, laid out as this class says; never to be changed
   */
  public static int[] days(CareHistory history) {
    return access().days(history);
  }

  /**
   * {@code history.person().id()}, read from the history itself.
   *
   * @param history the history
   * @return the person's identifier
   */
  public static String personId(CareHistory history) {
    return access().personId(history);
  }

  /**
   * The dated facts of {@code circumstances} as {@code (int)} epoch days ({@link #ABSENT} where not
   * recorded), at the indexes this class names ({@link #SGO_MADE_ON} and so on).
   *
   * @param circumstances the circumstances
   * @return their array; never to be changed
   */
  public static int[] factDays(Circumstances circumstances) {
    return access().factDays(circumstances);
  }

  /**
   * The history {@link CareHistory#of} makes from English episodes built as
   * {@code CareEpisode.builder(start).shortBreak(b).legalStatus(s).endExclusive(end)}, made straight
   * from epoch days with no episode object (its episodes are made only if asked for): for sources
   * that hold episodes as days, such as the 903 cohort pass. The arrays are read, not kept.
   *
   * @param person the person
   * @param dateOfBirthDay the epoch day of the person's date of birth (the source has it; it must be
   *     {@code person.dateOfBirth().toEpochDay()})
   * @param count how many episodes: the first {@code count} entries of each array, in any order
   * @param starts starts, epoch days
   * @param ends ends (exclusive), epoch days, {@link Integer#MAX_VALUE} when open
   * @param shortBreaks short-break claims
   * @param statuses legal statuses, null where the source's code is not one
   * @param circumstances the facts
   * @return the history; or null if an episode is faulty (ends before it starts, has no legal
   *     status, or starts before the date of birth): build it through {@link CareHistory.Builder}
   *     then, whose exception names every fault
   */
  public static @Nullable CareHistory fromDays(Person person, int dateOfBirthDay, int count, int[] starts,
      int[] ends, boolean[] shortBreaks, @Nullable LegalStatus[] statuses, Circumstances circumstances) {
    return access().fromDays(person, dateOfBirthDay, count, starts, ends, shortBreaks, statuses, circumstances);
  }

  /**
   * The circumstances {@code Circumstances.builder().careOrder(..).careOrderSince(..)
   * .firstReviewHeld(..).firstReviewDate(..).lastReviewDate(..).build()} makes (each date set only
   * when given), without a builder (these facts need none of its checks): the facts an SSDA903
   * return supports on a date. Each date comes with its epoch day (read only when the date is given),
   * which the caller has, so that none is worked out again.
   *
   * @param careOrder a care order in force
   * @param careOrderSince since when, if known
   * @param careOrderSinceDay its epoch day, if known
   * @param firstReviewHeld 1 true, 0 false, -1 not recorded
   * @param firstReview the first review, if any
   * @param firstReviewDay its epoch day, if any
   * @param lastReview the latest review, if any
   * @param lastReviewDay its epoch day, if any
   * @return the circumstances ({@link Circumstances#none()} when nothing is recorded)
   */
  public static Circumstances reviewFacts(boolean careOrder, @Nullable LocalDate careOrderSince, int careOrderSinceDay,
      int firstReviewHeld, @Nullable LocalDate firstReview, int firstReviewDay, @Nullable LocalDate lastReview,
      int lastReviewDay) {
    return access().reviewFacts(careOrder, careOrderSince, careOrderSinceDay, firstReviewHeld, firstReview,
        firstReviewDay, lastReview, lastReviewDay);
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      // The factories may be called before any history exists: initialise CareHistory, which registers.
      try {
        Class.forName(CareHistory.class.getName(), true, ModelInternals.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("CareHistory is missing: this is a bug", e);
      }
      a = access;
    }
    if (a == null) {
      throw new IllegalStateException("CareHistory has not registered its access: this is a bug");
    }
    return a;
  }
}
