package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One generated episode of care, a row of the 903 Episodes table (SSDA903.md §3). Dates follow the
 * 903 and LAW.md §0.3: looked after from {@code start} (inclusive) until {@code end} (the day care
 * ceased; exclusive); no end means still looked after. Codes are stored as in the latest code set
 * (for example {@code K3}, {@code E45}); {@link Ssda903Generator} writes the code valid in each
 * collection year.
 */
public final class SyntheticEpisode {

  private final LocalDate start;
  private final @Nullable LocalDate end;
  private final String reasonForNewEpisode;
  private final String legalStatus;
  private final String categoryOfNeed;
  private final String placement;
  private final @Nullable String placementProvider;
  private final @Nullable String reasonEpisodeCeased;
  private final @Nullable String reasonPlaceChange;

  SyntheticEpisode(LocalDate start, @Nullable LocalDate end, String rne, String ls, String cin, String place,
      @Nullable String provider, @Nullable String rec, @Nullable String reasonPlaceChange) {
    this.start = requireNonNull(start, "start");
    this.end = end;
    if (end != null && !end.isAfter(start)) {
      throw new IllegalStateException("episode " + start + "/" + end + " is shorter than a day: this is a bug");
    }
    this.reasonForNewEpisode = requireNonNull(rne, "rne");
    this.legalStatus = requireNonNull(ls, "ls");
    this.categoryOfNeed = requireNonNull(cin, "cin");
    this.placement = requireNonNull(place, "place");
    this.placementProvider = provider;
    this.reasonEpisodeCeased = rec;
    this.reasonPlaceChange = reasonPlaceChange;
  }

  /**
   * Returns dECOM, the first day of the episode.
   *
   * @return DECOM, the first day of the episode
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns dEC, the day the episode ceased (exclusive), if it has.
   *
   * @return DEC, the day the episode ceased (exclusive), if it has
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns rNE, the reason for the new episode (S, L, P, T, B or U).
   *
   * @return RNE, the reason for the new episode (S, L, P, T, B or U)
   */
  public String reasonForNewEpisode() {
    return reasonForNewEpisode;
  }

  /**
   * Returns lS, the legal status (for example C2, V2, V3).
   *
   * @return LS, the legal status (for example C2, V2, V3)
   */
  public String legalStatus() {
    return legalStatus;
  }

  /**
   * Returns cIN, the category of need (N1 to N8).
   *
   * @return CIN, the category of need (N1 to N8)
   */
  public String categoryOfNeed() {
    return categoryOfNeed;
  }

  /**
   * Returns pLACE, the placement type, in the latest code set.
   *
   * @return PLACE, the placement type, in the latest code set
   */
  public String placement() {
    return placement;
  }

  /**
   * Returns pLACE_PROVIDER, if the placement has one.
   *
   * @return PLACE_PROVIDER, if the placement has one
   */
  public Optional<String> placementProvider() {
    return Optional.ofNullable(placementProvider);
  }

  /**
   * Returns rEC, the reason the episode ceased, if it has.
   *
   * @return REC, the reason the episode ceased, if it has
   */
  public Optional<String> reasonEpisodeCeased() {
    return Optional.ofNullable(reasonEpisodeCeased);
  }

  /**
   * Returns rEASON_PLACE_CHANGE, when the placement changed at the end of this episode.
   *
   * @return REASON_PLACE_CHANGE, when the placement changed at the end of this episode
   */
  public Optional<String> reasonPlaceChange() {
    return Optional.ofNullable(reasonPlaceChange);
  }

  /**
   * Whether the episode is one break of an agreed series of short breaks ({@code LS = V3}).
   *
   * @return true for a V3 episode
   */
  public boolean isShortBreak() {
    return "V3".equals(legalStatus);
  }

  /**
   * Whether the child was looked after at the end of {@code date} under this episode.
   *
   * @param date the date
   * @return {@code start <= date < end}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SyntheticEpisode e && start.equals(e.start) && Objects.equals(end, e.end)
        && reasonForNewEpisode.equals(e.reasonForNewEpisode) && legalStatus.equals(e.legalStatus)
        && categoryOfNeed.equals(e.categoryOfNeed) && placement.equals(e.placement)
        && Objects.equals(placementProvider, e.placementProvider)
        && Objects.equals(reasonEpisodeCeased, e.reasonEpisodeCeased)
        && Objects.equals(reasonPlaceChange, e.reasonPlaceChange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, reasonForNewEpisode, legalStatus, placement, reasonEpisodeCeased);
  }

  @Override
  public String toString() {
    return start + "/" + (end == null ? "" : end) + " " + reasonForNewEpisode + " " + legalStatus + " " + placement
        + (reasonEpisodeCeased == null ? "" : " " + reasonEpisodeCeased);
  }
}
