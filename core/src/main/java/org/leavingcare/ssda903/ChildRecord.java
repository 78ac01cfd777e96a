package org.leavingcare.ssda903;

import org.jspecify.annotations.Nullable;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the return holds about one child, joined across tables by {@code CHILD}: date of
 * birth and sex from Header, episodes in start order (duplicates from several years' files
 * merged), reviews in date order, the OC3 row of the year if any, and whether the child is in the
 * UASC table (CSV) or flagged UASC (XML). Immutable.
 */
public final class ChildRecord {

  private final String childId;
  private final @Nullable LocalDate dateOfBirth;
  private final String sex;
  private final boolean inHeader;
  private final List<Episode> episodes;
  private final List<Review> reviews;
  private final @Nullable Oc3Row oc3;
  private final boolean uasc;

  private ChildRecord(String childId, @Nullable LocalDate dateOfBirth, String sex, boolean inHeader,
      List<Episode> episodes, List<Review> reviews, @Nullable Oc3Row oc3, boolean uasc) {
    this.childId = childId;
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    this.inHeader = inHeader;
    this.episodes = episodes;
    this.reviews = reviews;
    this.oc3 = oc3;
    this.uasc = uasc;
  }

  /**
   * A child's record from its parts.
   *
   * @param childId CHILD, not blank
   * @param dateOfBirth from Header (or, for a child missing from Header, from OC3 or Reviews)
   * @param sex SEX from Header, or empty
   * @param inHeader whether the child has a Header row
   * @param episodes the episodes, any order (sorted by start here)
   * @param reviews the reviews, any order (sorted by date here)
   * @param oc3 the OC3 row, if the child has one
   * @param uasc whether the child is an unaccompanied asylum-seeking child
   * @return the record
   * @throws IllegalArgumentException if the id is blank
   */
  public static ChildRecord of(String childId, Optional<LocalDate> dateOfBirth, String sex, boolean inHeader,
      List<Episode> episodes, List<Review> reviews, Optional<Oc3Row> oc3, boolean uasc) {
    if (requireNonNull(childId, "childId").isBlank()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    List<Episode> e = sortedCopy(episodes, Comparator.comparing(Episode::start));
    List<Review> r = sortedCopy(reviews, Comparator.comparing(Review::date));
    return new ChildRecord(childId, dateOfBirth.orElse(null), requireNonNull(sex, "sex"), inHeader, e, r,
        oc3.orElse(null), uasc);
  }

  /**
   * A record from the reader's store, whose episodes and reviews are already in the order
   * {@link #of} would sort them into; the arrays are handed over, not copied.
   */
  static ChildRecord ordered(String childId, @Nullable LocalDate dateOfBirth, String sex, boolean inHeader,
      Episode[] episodes, Review[] reviews, @Nullable Oc3Row oc3, boolean uasc) {
    return new ChildRecord(childId, dateOfBirth, sex, inHeader, Collections.unmodifiableList(Arrays.asList(episodes)),
        Collections.unmodifiableList(Arrays.asList(reviews)), oc3, uasc);
  }

  /** An unmodifiable copy in order (stable); the reader's lists usually come in order already. */
  private static <T> List<T> sortedCopy(List<T> list, Comparator<? super T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
      }
    }
    return List.copyOf(list);
  }

  /** @return CHILD, the council's id for the child */
  public String childId() {
    return childId;
  }

  /** @return the date of birth, empty if no accepted row gave one */
  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  /** @return SEX as returned ({@code 1}/{@code 2} before 2024-25, {@code M}/{@code F}/{@code U} after), or empty */
  public Optional<String> sex() {
    return sex.isEmpty() ? Optional.empty() : Optional.of(sex);
  }

  /** @return whether the child has an accepted Header row */
  public boolean inHeader() {
    return inHeader;
  }

  /** @return the episodes, in order of start */
  public List<Episode> episodes() {
    return episodes;
  }

  /** @return the reviews, in date order */
  public List<Review> reviews() {
    return reviews;
  }

  /** @return the OC3 row of the year, if returned */
  public Optional<Oc3Row> oc3() {
    return Optional.ofNullable(oc3);
  }

  /** @return whether the child is (or was) an unaccompanied asylum-seeking child */
  public boolean isUasc() {
    return uasc;
  }

  @Override
  public String toString() {
    return "ChildRecord[" + childId + ", " + episodes.size() + " episodes, " + reviews.size() + " reviews"
        + (oc3 == null ? "" : ", OC3") + "]";
  }
}
