package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.time.DateRange;

/**
 * One period in which a local authority looked after a child, half-open: looked after from the
 * start of {@code start} and no longer at the end of {@code endExclusive} (LAW.md §0.3(2)); an
 * open episode is {@link #ongoing}. Immutable; equal by value.
 *
 * <p>Carries what the SSDA903 return records: the legal status ({@code LS}), the placement type
 * ({@code PLACE}), whether the episode is claimed to be one placement of a series of short breaks
 * (CPPCR 2010 reg. 48; the rules re-verify the claim) and the country of the local authority.
 */
public final class CareEpisode {

  private final LocalDate start;
  private final @Nullable LocalDate endExclusive;
  private final boolean shortBreak;
  private final Country country;
  private final @Nullable LegalStatus legalStatus;
  private final @Nullable PlacementType placementType;
  /** {@code start} and {@code endExclusive} as epoch days, counted once (rules count in days). */
  private final long startDay;
  private final long endDay;

  private CareEpisode(LocalDate start, @Nullable LocalDate endExclusive, boolean shortBreak, Country country,
      @Nullable LegalStatus legalStatus, @Nullable PlacementType placementType) {
    this.start = start;
    this.endExclusive = endExclusive;
    this.shortBreak = shortBreak;
    this.country = country;
    this.legalStatus = legalStatus;
    this.placementType = placementType;
    this.startDay = start.toEpochDay();
    this.endDay = endExclusive == null ? Long.MAX_VALUE : endExclusive.toEpochDay();
  }

  /** An episode from parts already checked (the end, if any, not before the start), for {@link CareHistory}. */
  static CareEpisode checked(LocalDate start, @Nullable LocalDate endExclusive, boolean shortBreak, Country country,
      @Nullable LegalStatus legalStatus) {
    return new CareEpisode(start, endExclusive, shortBreak, country, legalStatus, null);
  }

  /**
   * An English episode from {@code start} to {@code endExclusive}, not a short break.
   *
   * @param start the first day looked after, not null
   * @param endExclusive the day the child ceased to be looked after, not before {@code start}
   * @return the episode
   * @throws IllegalArgumentException if the end is before the start
   */
  public static CareEpisode closed(LocalDate start, LocalDate endExclusive) {
    requireNonNull(start, "start");
    requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(start)) {
      throw new IllegalArgumentException("Episode " + start + "/" + endExclusive
          + " ends before it starts. Check the end date in the source record; episodes are [start, end).");
    }
    return new CareEpisode(start, endExclusive, false, Country.ENGLAND, null, null);
  }

  /**
   * An English episode from {@code start} that has not ended, not a short break.
   *
   * @param start the first day looked after, not null
   * @return the episode
   */
  public static CareEpisode ongoing(LocalDate start) {
    return new CareEpisode(requireNonNull(start, "start"), null, false, Country.ENGLAND, null, null);
  }

  /**
   * A builder that checks its values when built, reporting every fault at once.
   *
   * @param start the first day looked after, not null
   * @return a new builder
   */
  public static Builder builder(LocalDate start) {
    return new Builder(requireNonNull(start, "start"));
  }

  /**
   * The first day looked after (inclusive).
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The day the child ceased to be looked after (exclusive); empty while the episode is open.
   *
   * @return the end
   */
  public Optional<LocalDate> endExclusive() {
    return Optional.ofNullable(endExclusive);
  }

  /**
   * The start as an epoch day ({@link LocalDate#toEpochDay()}), for rules that count in days.
   *
   * @return the epoch day of {@link #start()}
   */
  public long startEpochDay() {
    return startDay;
  }

  /**
   * The end (exclusive) as an epoch day, for rules that count in days.
   *
   * @return the epoch day of {@link #endExclusive()}, or {@link Long#MAX_VALUE} while ongoing
   */
  public long endExclusiveEpochDay() {
    return endDay;
  }

  /**
   * Whether the episode has no end.
   *
   * @return true if open
   */
  public boolean isOngoing() {
    return endExclusive == null;
  }

  /**
   * The dates of the episode as a half-open range.
   *
   * @return {@code [start, endExclusive)}, unbounded if open
   */
  public DateRange dates() {
    return endExclusive == null ? DateRange.from(start) : DateRange.of(start, endExclusive);
  }

  /**
   * Whether the episode is claimed to be one placement of a reg. 48 series of short breaks. The
   * rules verify the claim (LAW.md §2.3.1).
   *
   * @return the claim
   */
  public boolean isShortBreak() {
    return shortBreak;
  }

  /**
   * The country of the local authority that looked after the child.
   *
   * @return the country
   */
  public Country country() {
    return country;
  }

  /**
   * The SSDA903 legal status, if recorded.
   *
   * @return the legal status
   */
  public Optional<LegalStatus> legalStatus() {
    return Optional.ofNullable(legalStatus);
  }

  /**
   * The SSDA903 placement type, if recorded.
   *
   * @return the placement type
   */
  public Optional<PlacementType> placementType() {
    return Optional.ofNullable(placementType);
  }

  /**
   * A copy with the given end.
   *
   * @param endExclusive the new end, not before the start
   * @return the copy
   * @throws IllegalArgumentException if the end is before the start
   */
  public CareEpisode withEnd(LocalDate endExclusive) {
    CareEpisode c = closed(start, endExclusive);
    return new CareEpisode(start, c.endExclusive, shortBreak, country, legalStatus, placementType);
  }

  /**
   * A copy with the given start.
   *
   * @param start the new start, not after the end
   * @return the copy
   * @throws IllegalArgumentException if the start is after the end
   */
  public CareEpisode withStart(LocalDate start) {
    if (endExclusive != null) {
      closed(start, endExclusive);
    }
    return new CareEpisode(requireNonNull(start, "start"), endExclusive, shortBreak, country, legalStatus, placementType);
  }

  /**
   * A copy that is open (no end).
   *
   * @return the copy
   */
  public CareEpisode withoutEnd() {
    return new CareEpisode(start, null, shortBreak, country, legalStatus, placementType);
  }

  /**
   * A copy with the short-break claim set.
   *
   * @param shortBreak whether the episode is claimed to be a reg. 48 short break
   * @return the copy
   */
  public CareEpisode withShortBreak(boolean shortBreak) {
    return new CareEpisode(start, endExclusive, shortBreak, country, legalStatus, placementType);
  }

  /**
   * A copy with the given country.
   *
   * @param country the country, not null
   * @return the copy
   */
  public CareEpisode withCountry(Country country) {
    return new CareEpisode(start, endExclusive, shortBreak, requireNonNull(country, "country"), legalStatus, placementType);
  }

  /**
   * A copy with the given legal status. A short-break status (V3, V4) also sets the short-break
   * claim; other statuses leave it as it is.
   *
   * @param legalStatus the SSDA903 legal status, not null
   * @return the copy
   */
  public CareEpisode withLegalStatus(LegalStatus legalStatus) {
    requireNonNull(legalStatus, "legalStatus");
    return new CareEpisode(start, endExclusive, shortBreak || legalStatus.isShortBreak(), country, legalStatus,
        placementType);
  }

  /**
   * A copy with the given placement type.
   *
   * @param placementType the SSDA903 placement type, not null
   * @return the copy
   */
  public CareEpisode withPlacementType(PlacementType placementType) {
    return new CareEpisode(start, endExclusive, shortBreak, country, legalStatus,
        requireNonNull(placementType, "placementType"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CareEpisode e && start.equals(e.start) && Objects.equals(endExclusive, e.endExclusive)
        && shortBreak == e.shortBreak && country == e.country && legalStatus == e.legalStatus
        && placementType == e.placementType;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, endExclusive, shortBreak, country, legalStatus, placementType);
  }

  @Override
  public String toString() {
    return "CareEpisode[" + start + "/" + (endExclusive == null ? ".." : endExclusive)
        + (shortBreak ? ", short break" : "") + (country == Country.WALES ? ", Wales" : "")
        + (legalStatus == null ? "" : ", " + legalStatus) + (placementType == null ? "" : ", " + placementType) + "]";
  }

  /**
   * Builds a {@link CareEpisode} from values that may be faulty (for example read from a file),
   * reporting every fault at once.
   */
  public static final class Builder {
    private final LocalDate start;
    private @Nullable LocalDate end;
    private @Nullable Boolean shortBreak;
    private Country country = Country.ENGLAND;
    private @Nullable LegalStatus legalStatus;
    private @Nullable String legalStatusCode;
    private @Nullable PlacementType placementType;
    private @Nullable String placementTypeCode;

    private Builder(LocalDate start) {
      this.start = start;
    }

    /**
     * Sets the end (the day the child ceased to be looked after).
     *
     * @param endExclusive the end, not null
     * @return this builder
     */
    public Builder endExclusive(LocalDate endExclusive) {
      this.end = requireNonNull(endExclusive, "endExclusive");
      return this;
    }

    /**
     * Sets the short-break claim (default: false, or true for legal status V3/V4).
     *
     * @param shortBreak the claim
     * @return this builder
     */
    public Builder shortBreak(boolean shortBreak) {
      this.shortBreak = shortBreak;
      return this;
    }

    /**
     * Sets the country (default England).
     *
     * @param country the country, not null
     * @return this builder
     */
    public Builder country(Country country) {
      this.country = requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the legal status.
     *
     * @param legalStatus the status, not null
     * @return this builder
     */
    public Builder legalStatus(LegalStatus legalStatus) {
      this.legalStatus = requireNonNull(legalStatus, "legalStatus");
      this.legalStatusCode = null;
      return this;
    }

    /**
     * Sets the legal status from its SSDA903 code, checked when built.
     *
     * @param code the code, for example {@code "C2"}
     * @return this builder
     */
    public Builder legalStatusCode(String code) {
      this.legalStatusCode = requireNonNull(code, "code");
      this.legalStatus = null;
      return this;
    }

    /**
     * Sets the placement type.
     *
     * @param placementType the placement type, not null
     * @return this builder
     */
    public Builder placementType(PlacementType placementType) {
      this.placementType = requireNonNull(placementType, "placementType");
      this.placementTypeCode = null;
      return this;
    }

    /**
     * Sets the placement type from its SSDA903 code, checked when built.
     *
     * @param code the code, for example {@code "U4"}
     * @return this builder
     */
    public Builder placementTypeCode(String code) {
      this.placementTypeCode = requireNonNull(code, "code");
      this.placementType = null;
      return this;
    }

    /**
     * Builds the episode.
     *
     * @return the episode
     * @throws InvalidCareHistoryException listing every fault (end before start, unknown codes)
     */
    public CareEpisode build() {
      List<Problem> problems = new ArrayList<>();
      CareEpisode e = build(-1, problems);
      if (!problems.isEmpty()) {
        throw new InvalidCareHistoryException(problems);
      }
      return e;
    }

    /** The field prefix of problems: {@code episodes[index]}, or {@code episode} for a negative index. */
    private static String field(int index) {
      return index < 0 ? "episode" : "episodes[" + index + "]";
    }

    /** Builds, adding faults to {@code problems} (fields prefixed as {@link #field}); null if faulty. */
    @Nullable CareEpisode build(int index, List<Problem> problems) {
      int before = problems.size();
      if (end != null && end.isBefore(start)) {
        problems.add(new Problem("END_BEFORE_START", field(index) + ".end", end.toString(),
            field(index) + ".end (" + end + ") is before its start (" + start + "): the episode ends before it starts. "
                + "Check the end date in the source record; episodes are [start, end), so a child looked after for one "
                + "night has end = start + 1."));
      }
      LegalStatus ls = legalStatus;
      if (legalStatusCode != null) {
        try {
          ls = LegalStatus.parse(legalStatusCode);
        } catch (IllegalArgumentException ex) {
          problems.add(new Problem("UNKNOWN_CODE", field(index) + ".legalStatus", legalStatusCode,
              field(index) + ".legalStatus: " + ex.getMessage()));
        }
      }
      PlacementType pt = placementType;
      if (placementTypeCode != null) {
        try {
          pt = PlacementType.parse(placementTypeCode);
        } catch (IllegalArgumentException ex) {
          problems.add(new Problem("UNKNOWN_CODE", field(index) + ".placementType", placementTypeCode,
              field(index) + ".placementType: " + ex.getMessage()));
        }
      }
      if (problems.size() > before) {
        return null;
      }
      boolean sb = shortBreak != null ? shortBreak : ls != null && ls.isShortBreak();
      return new CareEpisode(start, end, sb, country, ls, pt);
    }
  }
}
