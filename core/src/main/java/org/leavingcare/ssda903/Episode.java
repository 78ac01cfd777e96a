package org.leavingcare.ssda903;

import org.jspecify.annotations.Nullable;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One episode of care from the Episodes table (SSDA903.md §3): from {@code DECOM} (first day looked
 * after) to {@code DEC} (the day it ceased; half-open, as the law engine reads it), with its codes,
 * upper case. Postcodes and URN are not kept. Immutable; equal by value.
 */
public final class Episode {

  private final LocalDate start;
  private final @Nullable LocalDate end;
  private final String reasonNew;
  private final String legalStatus;
  private final String categoryOfNeed;
  private final String placement;
  private final String provider;
  private final String reasonCeased;
  private final String reasonPlaceChange;

  private Episode(LocalDate start, @Nullable LocalDate end, String reasonNew, String legalStatus,
      String categoryOfNeed, String placement, String provider, String reasonCeased,
      String reasonPlaceChange) {
    this.start = start;
    this.end = end;
    this.reasonNew = reasonNew;
    this.legalStatus = legalStatus;
    this.categoryOfNeed = categoryOfNeed;
    this.placement = placement;
    this.provider = provider;
    this.reasonCeased = reasonCeased;
    this.reasonPlaceChange = reasonPlaceChange;
  }

  /**
   * An episode from its cells. Blank optional cells are empty strings.
   *
   * @param start DECOM, not null
   * @param end DEC, empty if the episode was open at the end of the year
   * @param reasonNew RNE, for example {@code "S"}; not blank
   * @param legalStatus LS, for example {@code "C2"}; not blank
   * @param categoryOfNeed CIN, or empty if rejected
   * @param placement PLACE, or empty if rejected
   * @param provider PLACE_PROVIDER, or empty
   * @param reasonCeased REC, or empty
   * @param reasonPlaceChange REASON_PLACE_CHANGE, or empty
   * @return the episode
   * @throws IllegalArgumentException if the end is before the start, or RNE or LS is blank
   */
  public static Episode of(LocalDate start, Optional<LocalDate> end, String reasonNew, String legalStatus,
      String categoryOfNeed, String placement, String provider, String reasonCeased,
      String reasonPlaceChange) {
    requireNonNull(start, "start");
    @Nullable LocalDate e = end.orElse(null);
    if (e != null && e.isBefore(start)) {
      throw new IllegalArgumentException("episode ends (" + e + ") before it starts (" + start + ")");
    }
    if (reasonNew.isBlank() || legalStatus.isBlank()) {
      throw new IllegalArgumentException("an episode needs RNE and LS");
    }
    return new Episode(start, e, reasonNew, legalStatus, requireNonNull(categoryOfNeed, "categoryOfNeed"),
        requireNonNull(placement, "placement"), requireNonNull(provider, "provider"),
        requireNonNull(reasonCeased, "reasonCeased"), requireNonNull(reasonPlaceChange, "reasonPlaceChange"));
  }

  /**
   * The same episode ending on another day (used when an open episode from an old file is closed
   * by the next one).
   *
   * @param newEnd the day it ceased, not before the start
   * @param newReasonCeased the reason it ceased
   * @return the closed episode
   */
  public Episode withEnd(LocalDate newEnd, String newReasonCeased) {
    return of(start, Optional.of(newEnd), reasonNew, legalStatus, categoryOfNeed, placement, provider,
        newReasonCeased, reasonPlaceChange);
  }

  /** @return DECOM, the first day of the episode */
  public LocalDate start() {
    return start;
  }

  /** @return DEC, the day the episode ceased (exclusive), or empty if open at the end of the year */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** @return RNE, the reason for the new episode */
  public String reasonNew() {
    return reasonNew;
  }

  /** @return LS, the legal status */
  public String legalStatus() {
    return legalStatus;
  }

  /** @return CIN, or empty if blank or rejected */
  public Optional<String> categoryOfNeed() {
    return opt(categoryOfNeed);
  }

  /** @return PLACE, or empty if blank or rejected */
  public Optional<String> placement() {
    return opt(placement);
  }

  /** @return PLACE_PROVIDER, or empty */
  public Optional<String> provider() {
    return opt(provider);
  }

  /** @return REC, or empty if the episode is open or the reason is blank or rejected */
  public Optional<String> reasonCeased() {
    return opt(reasonCeased);
  }

  /** @return REASON_PLACE_CHANGE, or empty */
  public Optional<String> reasonPlaceChange() {
    return opt(reasonPlaceChange);
  }

  /**
   * Whether this episode is one break of an agreed series of short breaks recorded break by break
   * (legal status V3); the law engine verifies CPPCR reg 48 for it (LAW.md §2.3).
   *
   * @return true for LS V3
   */
  public boolean isShortBreak() {
    return "V3".equals(legalStatus);
  }

  /**
   * Whether this episode records a short-break agreement rather than days away (legal status V4);
   * such episodes are left out of day counts (SSDA903.md §7.7).
   *
   * @return true for LS V4
   */
  public boolean isShortBreakAgreement() {
    return "V4".equals(legalStatus);
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Episode e && start.equals(e.start) && Objects.equals(end, e.end)
        && reasonNew.equals(e.reasonNew) && legalStatus.equals(e.legalStatus)
        && categoryOfNeed.equals(e.categoryOfNeed) && placement.equals(e.placement)
        && provider.equals(e.provider) && reasonCeased.equals(e.reasonCeased)
        && reasonPlaceChange.equals(e.reasonPlaceChange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, reasonNew, legalStatus, placement, reasonCeased);
  }

  @Override
  public String toString() {
    return "Episode[" + start + "/" + (end == null ? "open" : end) + " " + reasonNew + " " + legalStatus
        + " " + placement + (reasonCeased.isEmpty() ? "" : " " + reasonCeased) + "]";
  }
}
