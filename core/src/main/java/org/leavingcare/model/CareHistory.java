package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.internal.ModelInternals;

/**
 * A young person's care history: who they are, every period in which they were looked after, and
 * the circumstances the rules need (LAW.md §15.2). Immutable and thread-safe; episodes are kept
 * in order of start (then end), so the order in which they were given does not matter.
 *
 * <p>Overlapping or abutting episodes are allowed: the rules merge them into periods of being
 * looked after and never add overlapping days twice (LAW.md §0.3(2)).
 */
public final class CareHistory {

  private static final Comparator<CareEpisode> ORDER = Comparator.comparing(CareEpisode::start)
      .thenComparing(e -> e.endExclusive().orElse(java.time.LocalDate.MAX))
      .thenComparing(CareEpisode::isShortBreak)
      .thenComparing(CareEpisode::country)
      .thenComparing(e -> e.legalStatus().map(Enum::ordinal).orElse(-1))
      .thenComparing(e -> e.placementType().map(Enum::ordinal).orElse(-1));

  static {
    ModelInternals.setAccess(new ModelInternals.Access() {
      @Override
      public int[] days(CareHistory history) {
        return history.days;
      }

      @Override
      public String personId(CareHistory history) {
        return history.personId;
      }

      @Override
      public int[] factDays(Circumstances circumstances) {
        return circumstances.factDays;
      }

      @Override
      public @Nullable CareHistory fromDays(Person person, int dateOfBirthDay, int count, int[] starts, int[] ends,
          boolean[] shortBreaks, @Nullable LegalStatus[] statuses, Circumstances circumstances) {
        return CareHistory.fromDays(person, dateOfBirthDay, count, starts, ends, shortBreaks, statuses, circumstances);
      }

      @Override
      public Circumstances reviewFacts(boolean careOrder, java.time.@Nullable LocalDate careOrderSince,
          int careOrderSinceDay, int firstReviewHeld, java.time.@Nullable LocalDate firstReview, int firstReviewDay,
          java.time.@Nullable LocalDate lastReview, int lastReviewDay) {
        return Circumstances.reviewFacts(careOrder, careOrderSince, careOrderSinceDay, firstReviewHeld, firstReview,
            firstReviewDay, lastReview, lastReviewDay);
      }
    });
  }

  private final Person person;
  /**
   * The episodes; null until first asked for when the history was made from days ({@link #fromDays}),
   * then made from {@link #days} (a benign race: the list is immutable).
   */
  private @Nullable List<CareEpisode> episodes;
  private final Circumstances circumstances;
  /** The date of birth and the episodes as ints, for the rules (laid out as {@link ModelInternals} says). */
  private final int[] days;
  /** {@code person.id()}, kept here for the rules (reading it does not visit the person). */
  private final String personId;

  private CareHistory(Person person, @Nullable List<CareEpisode> episodes, Circumstances circumstances, int[] days) {
    this.person = person;
    this.personId = person.id();
    this.episodes = episodes;
    this.circumstances = circumstances;
    this.days = days;
  }

  /**
   * The history {@link #of} makes from episodes built as
   * {@code CareEpisode.builder(start).shortBreak(b).legalStatus(s).endExclusive(end)} (English, no
   * placement type), made straight from epoch days with no episode object: a source that holds its
   * episodes as days (the 903 cohort pass) converts a million children without a builder each.
   * The episodes are made only if {@link #episodes()} is called.
   *
   * @param dateOfBirthDay the epoch day of the person's date of birth (the source has it)
   * @param count how many episodes: the first {@code count} entries of each array, in any order
   * @param ends ends (exclusive), {@link Integer#MAX_VALUE} when open
   * @param statuses legal statuses; null where the code is not one
   * @return the history, or null if an episode is faulty (ends before it starts, has no legal
   *     status, starts before the date of birth): build it through {@link Builder} then, whose
   *     {@link InvalidCareHistoryException} names every fault
   */
  static @Nullable CareHistory fromDays(Person person, int dateOfBirthDay, int count, int[] starts, int[] ends,
      boolean[] shortBreaks, @Nullable LegalStatus[] statuses, Circumstances circumstances) {
    int[] days = newDays(person, count);
    for (int i = 0; i < count; i++) {
      LegalStatus status = statuses[i];
      int start = starts[i];
      int end = ends[i];
      if (end < start || status == null || start < dateOfBirthDay) {
        return null;
      }
      int flags = (shortBreaks[i] ? ModelInternals.SHORT_BREAK : 0) | statusBits(status);
      // Insertion sort in place (a child has few episodes), in ORDER: start, end, short break, legal status.
      int j = i;
      while (j > 0 && after(days, j - 1, start, end, flags)) {
        System.arraycopy(days, ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * (j - 1), days,
            ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * j, ModelInternals.EPISODE_INTS);
        j--;
      }
      int k = ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * j;
      days[k] = start;
      days[k + 1] = end;
      days[k + 2] = flags;
    }
    return new CareHistory(person, null, requireNonNull(circumstances, "circumstances"), days);
  }

  /**
   * Whether the {@code k}th episode placed so far in {@code days} comes after the one given in
   * {@link #ORDER} (all English, with a status, no placement type).
   */
  private static boolean after(int[] days, int k, int start, int end, int flags) {
    int i = ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * k;
    if (days[i] != start) {
      return days[i] > start;
    }
    if (days[i + 1] != end) {
      return days[i + 1] > end;
    }
    int sb = days[i + 2] & ModelInternals.SHORT_BREAK;
    if (sb != (flags & ModelInternals.SHORT_BREAK)) {
      return sb != 0;
    }
    return (days[i + 2] >>> ModelInternals.LEGAL_STATUS_SHIFT) > (flags >>> ModelInternals.LEGAL_STATUS_SHIFT);
  }

  /** A legal status in an episode's flags ({@link ModelInternals#LEGAL_STATUS_SHIFT}). */
  private static int statusBits(@Nullable LegalStatus status) {
    return status == null ? 0 : (status.ordinal() + 1) << ModelInternals.LEGAL_STATUS_SHIFT;
  }

  private static final LegalStatus[] STATUSES = LegalStatus.values();

  /** The int form with the date of birth filled in and room for {@code count} episodes. */
  private static int[] newDays(Person person, int count) {
    int[] days = new int[ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * count];
    java.time.LocalDate dob = person.dateOfBirth();
    days[ModelInternals.DOB_YEAR] = dob.getYear();
    days[ModelInternals.DOB_MONTH] = dob.getMonthValue();
    days[ModelInternals.DOB_DAY] = dob.getDayOfMonth();
    return days;
  }

  private static int[] days(Person person, List<CareEpisode> episodes) {
    int[] days = newDays(person, episodes.size());
    int i = ModelInternals.EPISODES;
    for (CareEpisode e : episodes) {
      long end = e.endExclusiveEpochDay();
      days[i++] = (int) e.startEpochDay();
      days[i++] = end == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) end;
      days[i++] = (e.isShortBreak() ? ModelInternals.SHORT_BREAK : 0) | (e.country() == Country.WALES ? ModelInternals.WALES : 0)
          | statusBits(e.legalStatus().orElse(null));
    }
    return days;
  }

  /**
   * A care history from valid parts.
   *
   * @param person the young person, not null
   * @param episodes the episodes, in any order, not null
   * @param circumstances the facts, not null
   * @return the history
   * @throws InvalidCareHistoryException listing every episode that starts before the date of birth
   */
  public static CareHistory of(Person person, Iterable<CareEpisode> episodes, Circumstances circumstances) {
    Builder b = builder(person).circumstances(circumstances);
    for (CareEpisode e : episodes) {
      b.episode(e);
    }
    return b.build();
  }

  /**
   * A builder for the history of {@code person}.
   *
   * @param person the young person, not null
   * @return a new builder
   */
  public static Builder builder(Person person) {
    return new Builder(requireNonNull(person, "person"));
  }

  /**
   * The young person.
   *
   * @return the person
   */
  public Person person() {
    return person;
  }

  /**
   * The episodes, in order of start.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<CareEpisode> episodes() {
    List<CareEpisode> e = episodes;
    if (e == null) {
      e = episodesFromDays();
      episodes = e;
    }
    return e;
  }

  /** The episodes of a history made from days ({@link #fromDays}). */
  private List<CareEpisode> episodesFromDays() {
    CareEpisode[] list = new CareEpisode[(days.length - ModelInternals.EPISODES) / ModelInternals.EPISODE_INTS];
    for (int i = 0; i < list.length; i++) {
      int k = ModelInternals.EPISODES + ModelInternals.EPISODE_INTS * i;
      int end = days[k + 1];
      int flags = days[k + 2];
      int status = flags >>> ModelInternals.LEGAL_STATUS_SHIFT;
      list[i] = CareEpisode.checked(java.time.LocalDate.ofEpochDay(days[k]),
          end == Integer.MAX_VALUE ? null : java.time.LocalDate.ofEpochDay(end), (flags & ModelInternals.SHORT_BREAK) != 0,
          (flags & ModelInternals.WALES) != 0 ? Country.WALES : Country.ENGLAND, status == 0 ? null : STATUSES[status - 1]);
    }
    return List.of(list);
  }

  /**
   * The circumstances.
   *
   * @return the facts
   */
  public Circumstances circumstances() {
    return circumstances;
  }

  /**
   * A copy with other episodes.
   *
   * @param episodes the episodes, in any order
   * @return the copy
   * @throws InvalidCareHistoryException as for {@link #of}
   */
  public CareHistory withEpisodes(Iterable<CareEpisode> episodes) {
    return of(person, episodes, circumstances);
  }

  /**
   * A copy with other circumstances.
   *
   * @param circumstances the facts, not null
   * @return the copy
   */
  public CareHistory withCircumstances(Circumstances circumstances) {
    return new CareHistory(person, episodes, requireNonNull(circumstances, "circumstances"), days);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CareHistory h && person.equals(h.person) && episodes().equals(h.episodes())
        && circumstances.equals(h.circumstances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, episodes(), circumstances);
  }

  @Override
  public String toString() {
    return "CareHistory[" + person.id() + ", " + (days.length - ModelInternals.EPISODES) / ModelInternals.EPISODE_INTS
        + " episode(s)]";
  }

  /** Builds a {@link CareHistory}; {@link #build()} checks everything and reports every fault at once. */
  public static final class Builder {
    private final Person person;
    private final List<Object> episodes = new ArrayList<>();
    private Object circumstances = Circumstances.none();

    private Builder(Person person) {
      this.person = person;
    }

    /**
     * Adds a valid episode.
     *
     * @param episode the episode, not null
     * @return this builder
     */
    public Builder episode(CareEpisode episode) {
      episodes.add(requireNonNull(episode, "episode"));
      return this;
    }

    /**
     * Adds an episode still to be checked (for example read from a file); its faults are reported
     * by {@link #build()} with the others.
     *
     * @param episode the episode builder, not null
     * @return this builder
     */
    public Builder episode(CareEpisode.Builder episode) {
      episodes.add(requireNonNull(episode, "episode"));
      return this;
    }

    /**
     * Sets valid circumstances.
     *
     * @param circumstances the facts, not null
     * @return this builder
     */
    public Builder circumstances(Circumstances circumstances) {
      this.circumstances = requireNonNull(circumstances, "circumstances");
      return this;
    }

    /**
     * Sets circumstances still to be checked; their faults are reported by {@link #build()}.
     *
     * @param circumstances the builder, not null
     * @return this builder
     */
    public Builder circumstances(Circumstances.Builder circumstances) {
      this.circumstances = requireNonNull(circumstances, "circumstances");
      return this;
    }

    /**
     * Builds the history.
     *
     * @return the history
     * @throws InvalidCareHistoryException listing every fault: an episode that ends before it
     *     starts, an unknown SSDA903 code, an episode that starts before the date of birth, a fact
     *     period that ends before it starts
     */
    public CareHistory build() {
      List<Problem> problems = new ArrayList<>();
      List<CareEpisode> built = new ArrayList<>(episodes.size());
      for (int i = 0; i < episodes.size(); i++) {
        Object o = episodes.get(i);
        @Nullable CareEpisode e = o instanceof CareEpisode ce ? ce : ((CareEpisode.Builder) o).build(i, problems);
        if (e == null) {
          continue;
        }
        if (e.start().isBefore(person.dateOfBirth())) {
          String field = "episodes[" + i + "]";
          problems.add(new Problem("EPISODE_BEFORE_BIRTH", field + ".start", e.start().toString(),
              field + ".start (" + e.start() + ") is before the date of birth. Check the episode's start "
                  + "date and the date of birth in the source record."));
        }
        built.add(e);
      }
      Circumstances c = circumstances instanceof Circumstances cc ? cc
          : ((Circumstances.Builder) circumstances).build(problems);
      if (!problems.isEmpty()) {
        throw new InvalidCareHistoryException(problems);
      }
      built.sort(ORDER);
      List<CareEpisode> sorted = List.copyOf(built);
      return new CareHistory(person, sorted, c, days(person, sorted));
    }
  }
}
