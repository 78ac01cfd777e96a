package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.testkit.internal.Birthdays;

/**
 * One generated child: the whole history (every episode, review and OC3 row, including any after
 * the last collection year) and the truth about it, which follows from its
 * {@link Ssda903Archetype} by construction: the category on any date
 * ({@link #expectedCategoryOn(LocalDate)}), the OC3 cohort membership and row for each collection
 * year ({@link #oc3(int)}), and the case record of LAW.md §15 that the law engine should classify
 * the same way ({@link #caseRecordJson(LocalDate)}). Immutable.
 */
public final class SyntheticChild {

  /**
   * A statutory review of the child's case: the 903 Reviews table.
   *
   * @param date REVIEW, the date of the review
   * @param participation REVIEW_CODE, how the child took part (PN0 to PN7)
   */
  public record Review(LocalDate date, String participation) {
    /** Checks the fields. */
    public Review {
      requireNonNull(date, "date");
      requireNonNull(participation, "participation");
    }
  }

  private final String id;
  private final Ssda903Archetype archetype;
  private final LocalDate dateOfBirth;
  private final String sex;
  private final String ethnicity;
  private final boolean unaccompaniedAsylumSeeker;
  private final String upn;
  private final List<SyntheticEpisode> episodes;
  private final List<Review> reviews;
  private final @Nullable LocalDate eligibleFrom;
  private final @Nullable LocalDate leftCare;
  private final @Nullable LocalDate sgoMadeOn;
  private final @Nullable LocalDate livingWithParentSince;
  private final Map<Integer, Oc3Outcome> oc3;

  SyntheticChild(String id, Ssda903Archetype archetype, LocalDate dateOfBirth, String sex, String ethnicity,
      boolean uasc, String upn, List<SyntheticEpisode> episodes, List<Review> reviews,
      @Nullable LocalDate eligibleFrom, @Nullable LocalDate leftCare, @Nullable LocalDate sgoMadeOn,
      @Nullable LocalDate livingWithParentSince, Map<Integer, Oc3Outcome> oc3) {
    this.id = id;
    this.archetype = archetype;
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    this.ethnicity = ethnicity;
    this.unaccompaniedAsylumSeeker = uasc;
    this.upn = upn;
    this.episodes = List.copyOf(episodes);
    this.reviews = List.copyOf(reviews);
    this.eligibleFrom = eligibleFrom;
    this.leftCare = leftCare;
    this.sgoMadeOn = sgoMadeOn;
    this.livingWithParentSince = livingWithParentSince;
    this.oc3 = Map.copyOf(oc3);
  }

  /**
   * Returns cHILD, the authority's identifier for the child.
   *
   * @return CHILD, the authority's identifier for the child
   */
  public String id() {
    return id;
  }

  /**
   * Returns the life course the child was drawn from.
   *
   * @return the life course the child was drawn from
   */
  public Ssda903Archetype archetype() {
    return archetype;
  }

  /**
   * Returns dOB.
   *
   * @return DOB
   */
  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  /**
   * Returns sEX as {@code M} or {@code F} (the generator writes {@code 1}/{@code 2} before 2024-25).
   *
   * @return SEX as {@code M} or {@code F} (the generator writes {@code 1}/{@code 2} before 2024-25)
   */
  public String sex() {
    return sex;
  }

  /**
   * Returns eTHNIC, the DfE ethnicity code.
   *
   * @return ETHNIC, the DfE ethnicity code
   */
  public String ethnicity() {
    return ethnicity;
  }

  /**
   * Returns whether the child is an unaccompanied asylum-seeking child (a row in the UASC table).
   *
   * @return whether the child is an unaccompanied asylum-seeking child (a row in the UASC table)
   */
  public boolean isUnaccompaniedAsylumSeeker() {
    return unaccompaniedAsylumSeeker;
  }

  /**
   * Returns the UPN written once the child is of school age (LA number 999, which no authority has).
   *
   * @return the UPN written once the child is of school age (LA number 999, which no authority has)
   */
  public String upn() {
    return upn;
  }

  /**
   * Returns every episode, in date order.
   *
   * @return every episode, in date order
   */
  public List<SyntheticEpisode> episodes() {
    return episodes;
  }

  /**
   * Returns every statutory review, in date order.
   *
   * @return every statutory review, in date order
   */
  public List<Review> reviews() {
    return reviews;
  }

  /**
   * Returns the first day the child was looked after.
   *
   * @return the first day the child was looked after
   */
  public LocalDate firstEntry() {
    return episodes.get(0).start();
  }

  /**
   * The OC3 row for a collection year, present exactly when the child is in that year's expected
   * OC3 cohort (SSDA903.md §6, §7.7): relevant or former relevant under {@code DFE_903_COMPATIBLE},
   * a 17th to 21st birthday in the year, and for 17 and 18 not looked after on or after that birthday.
   *
   * @param collectionYear the year the return ends (2025 for 2024-25)
   * @return the row, or empty when the child is not in the cohort
   */
  public Optional<Oc3Outcome> oc3(int collectionYear) {
    return Optional.ofNullable(oc3.get(collectionYear));
  }

  /**
   * Whether an ordinary (not short-break) episode covers the date.
   *
   * @param date the date
   * @return true when looked after other than on a short break
   */
  public boolean lookedAfterOn(LocalDate date) {
    for (SyntheticEpisode e : episodes) {
      if (!e.isShortBreak() && e.covers(date)) {
        return true;
      }
    }
    return false;
  }

  private boolean onShortBreak(LocalDate date) {
    for (SyntheticEpisode e : episodes) {
      if (e.isShortBreak() && e.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The child's category on a date, by construction from the archetype (see
   * {@link Ssda903Archetype}), as a LAW.md §4 code: {@code LOOKED_AFTER},
   * {@code LOOKED_AFTER_SHORT_BREAKS}, {@code ELIGIBLE}, {@code RELEVANT}, {@code FORMER_RELEVANT},
   * {@code FORMER_RELEVANT_21_25}, {@code QUALIFYING}, {@code QUALIFYING_SGO} or {@code NONE}.
   *
   * @param date the assessment date, not null
   * @return the category code
   */
  public String expectedCategoryOn(LocalDate date) {
    requireNonNull(date, "date");
    LocalDate b16 = Birthdays.attains(dateOfBirth, 16);
    LocalDate b18 = Birthdays.attains(dateOfBirth, 18);
    LocalDate b21 = Birthdays.attains(dateOfBirth, 21);
    LocalDate b25 = Birthdays.attains(dateOfBirth, 25);
    if (date.isBefore(firstEntry()) || !date.isBefore(b25)) {
      return "NONE";
    }
    boolean lookedAfter = lookedAfterOn(date);
    switch (archetype) {
      case RETURNED_HOME_BEFORE_16:
      case ADOPTED:
        return lookedAfter ? "LOOKED_AFTER" : "NONE";
      case SPECIAL_GUARDIANSHIP:
        if (lookedAfter) {
          return "LOOKED_AFTER";
        }
        return !date.isBefore(b16) && date.isBefore(b21) ? "QUALIFYING_SGO" : "NONE";
      case LONG_TERM_TO_18:
      case LEFT_CARE_AT_16_OR_17:
        if (date.isBefore(b18)) {
          if (lookedAfter) {
            return eligibleFrom != null && !date.isBefore(eligibleFrom) ? "ELIGIBLE" : "LOOKED_AFTER";
          }
          return leftCare != null && !date.isBefore(leftCare) ? "RELEVANT" : "NONE";
        }
        return date.isBefore(b21) ? "FORMER_RELEVANT" : "FORMER_RELEVANT_21_25";
      case RETURNED_HOME_AT_16_OR_17:
        if (date.isBefore(b18) && lookedAfter) {
          return eligibleFrom != null && !date.isBefore(eligibleFrom) ? "ELIGIBLE" : "LOOKED_AFTER";
        }
        if (leftCare == null || date.isBefore(leftCare)) {
          return "NONE";
        }
        if (date.isBefore(homeExclusionFrom())) {
          return "RELEVANT";
        }
        return date.isBefore(b21) ? "QUALIFYING" : "NONE";
      case SHORT_STAY_AFTER_16:
        if (lookedAfter) {
          return "LOOKED_AFTER";
        }
        return leftCare != null && !date.isBefore(leftCare) && date.isBefore(b21) ? "QUALIFYING" : "NONE";
      case LATE_ENTRY_BEFORE_18:
        if (lookedAfter) {
          return "LOOKED_AFTER";
        }
        return !date.isBefore(b18) && date.isBefore(b21) ? "QUALIFYING" : "NONE";
      case SHORT_BREAKS:
        if (onShortBreak(date)) {
          return "LOOKED_AFTER_SHORT_BREAKS";
        }
        return date.isBefore(b21) && hadBreakEndingAfter16By(date, b16, b18) ? "QUALIFYING" : "NONE";
      default:
        throw new IllegalStateException("archetype " + archetype + " has no category rule: this is a bug");
    }
  }

  private boolean hadBreakEndingAfter16By(LocalDate date, LocalDate b16, LocalDate b18) {
    for (SyntheticEpisode e : episodes) {
      LocalDate end = e.end().orElse(null);
      if (e.isShortBreak() && end != null && e.start().isBefore(b18) && !end.isBefore(b16) && !end.isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  private LocalDate homeExclusionFrom() {
    return requireNonNull(livingWithParentSince, "livingWithParentSince").plusMonths(6);
  }

  /**
   * The child's case record as known on {@code asOf}, in the interchange format of LAW.md §15 (one
   * JSON object on one line), with {@code expected.category} set to
   * {@link #expectedCategoryOn(LocalDate)}. Only what a system would know on that date is included:
   * episodes that have started, an episode still running shown with no end, and facts dated on or
   * before it ({@code sgoMadeOn}; {@code livingWithParentSince} with {@code homePersonType}).
   * Expected duties and deadlines are left empty: only the category is asserted.
   *
   * @param asOf the assessment date
   * @return the JSON text, without a line break
   */
  public String caseRecordJson(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    StringBuilder json = new StringBuilder(256);
    json.append("{\"id\":\"").append(id).append('@').append(asOf).append('"');
    json.append(",\"description\":\"generated ").append(archetype.name()).append('"');
    json.append(",\"dateOfBirth\":\"").append(dateOfBirth).append('"');
    json.append(",\"episodes\":[");
    boolean first = true;
    for (SyntheticEpisode e : episodes) {
      if (e.start().isAfter(asOf)) {
        continue;
      }
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append("{\"start\":\"").append(e.start()).append("\",\"end\":");
      LocalDate end = e.end().filter(d -> !d.isAfter(asOf)).orElse(null);
      json.append(end == null ? "null" : "\"" + end + "\"");
      json.append(",\"shortBreak\":").append(e.isShortBreak()).append('}');
    }
    json.append("],\"facts\":{");
    List<String> facts = new ArrayList<>();
    if (sgoMadeOn != null && !sgoMadeOn.isAfter(asOf)) {
      facts.add("\"sgoMadeOn\":\"" + sgoMadeOn + "\"");
    }
    if (livingWithParentSince != null && !livingWithParentSince.isAfter(asOf)) {
      facts.add("\"livingWithParentSince\":\"" + livingWithParentSince + "\"");
      facts.add("\"homePersonType\":\"PARENT\"");
    }
    json.append(String.join(",", facts));
    json.append("},\"assessmentDate\":\"").append(asOf).append('"');
    json.append(",\"expected\":{\"category\":\"").append(expectedCategoryOn(asOf))
        .append("\",\"duties\":[],\"deadlines\":{}}");
    json.append(",\"reference\":\"testkit Ssda903Generator, archetype ").append(archetype.name()).append('"');
    json.append(",\"ambiguous\":false}");
    return json.toString();
  }

  @Override
  public String toString() {
    return id + " " + archetype + " born " + dateOfBirth + " " + episodes;
  }
}
