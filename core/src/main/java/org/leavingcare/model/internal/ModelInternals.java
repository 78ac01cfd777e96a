package org.leavingcare.model.internal;

import org.jspecify.annotations.Nullable;
import org.leavingcare.model.CareHistory;

/**
 * The rules' read access to the compact form a {@link CareHistory} keeps of itself: the date of
 * birth and the episodes as {@code int}s in one array, laid out below, and the person's
 * identifier. An assessment reads these instead of the history's person, dates and episode objects: on a large caseload each of
 * those is a cache miss. Not API (the package is not exported); the array must not be changed.
 *
 * <p>Layout of {@link #days}: {@code [DOB_YEAR]}, {@code [DOB_MONTH]}, {@code [DOB_DAY]} (the
 * date of birth's fields), then for each episode, in the history's order, {@link #EPISODE_INTS}
 * ints from {@link #EPISODES}: start ({@code (int)} epoch day), end exclusive ({@code (int)} epoch
 * day, {@link Integer#MAX_VALUE} when ongoing) and flags ({@link #SHORT_BREAK}, {@link #WALES}).
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

  private static Access access() {
    Access a = access;
    if (a == null) {
      throw new IllegalStateException("CareHistory has not registered its access: this is a bug");
    }
    return a;
  }
}
