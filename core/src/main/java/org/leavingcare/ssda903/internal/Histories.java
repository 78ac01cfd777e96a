package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;
import org.leavingcare.ssda903.ChildRecord;
import org.leavingcare.ssda903.Episode;
import org.leavingcare.ssda903.Review;

/**
 * Builds the law engine's {@link CareHistory} from a child's 903 record, as LAW.md §2.3 and
 * SSDA903.md §7.7 say: V3 episodes are claimed short breaks (the engine verifies CPPCR reg 48 for
 * them, not the obsolete four-week rule); V4 episodes record an agreement, not days away, and are
 * left out; the legal status is kept. From the episodes and reviews it also sets the facts the 903
 * can support on the assessment date: a care order in force (C1/C2) and since when, and the first
 * and latest looked-after reviews of the current period of care. Nothing else is inferred.
 */
public final class Histories {

  private Histories() {}

  /**
   * The history, for assessment on {@code asOf}.
   *
   * @param child the child's record
   * @param asOf the assessment date
   * @return the history, or empty if the child has no date of birth
   * @throws org.leavingcare.model.InvalidCareHistoryException if the law model rejects the episodes
   */
  public static Optional<CareHistory> of(ChildRecord child, LocalDate asOf) {
    if (child.dateOfBirth().isEmpty()) {
      return Optional.empty();
    }
    List<CareEpisode> episodes = new ArrayList<>(child.episodes().size());
    for (Episode e : child.episodes()) {
      if (e.isShortBreakAgreement()) {
        continue;
      }
      CareEpisode.Builder b = CareEpisode.builder(e.start()).shortBreak(e.isShortBreak())
          .legalStatusCode(e.legalStatus());
      Optional<LocalDate> end = e.end();
      if (end.isPresent()) {
        b.endExclusive(end.get());
      }
      episodes.add(b.build());
    }
    return Optional.of(CareHistory.of(Person.of(child.childId(), child.dateOfBirth().get()), episodes,
        circumstances(child, asOf)));
  }

  private static Circumstances circumstances(ChildRecord child, LocalDate asOf) {
    Circumstances.Builder c = Circumstances.builder();
    List<Episode> eps = child.episodes();
    int current = -1;
    for (int i = 0; i < eps.size(); i++) {
      Episode e = eps.get(i);
      if (!e.isShortBreakAgreement() && !e.start().isAfter(asOf) && runsPast(e, asOf)) {
        current = i;
      }
    }
    if (current < 0) {
      return c.build();
    }
    // A care order in force on the date, since the start of the unbroken run of C1/C2 episodes.
    if (isCareOrder(eps.get(current))) {
      int first = current;
      while (first > 0 && isCareOrder(eps.get(first - 1)) && abuts(eps.get(first - 1), eps.get(first))) {
        first--;
      }
      c.careOrder(true).careOrderSince(eps.get(first).start());
    }
    // The current period of being looked after: episodes that abut, back to the first.
    int first = current;
    while (first > 0 && abuts(eps.get(first - 1), eps.get(first))) {
      first--;
    }
    LocalDate periodStart = eps.get(first).start();
    @Nullable LocalDate firstReview = null;
    @Nullable LocalDate lastReview = null;
    for (Review r : child.reviews()) {
      if (!r.date().isBefore(periodStart) && !r.date().isAfter(asOf)) {
        if (firstReview == null) {
          firstReview = r.date();
        } else {
          lastReview = r.date();
        }
      }
    }
    if (firstReview != null) {
      c.firstReviewHeld(true).firstReviewDate(firstReview);
      if (lastReview != null) {
        c.lastReviewDate(lastReview);
      }
    } else {
      c.firstReviewHeld(false);
    }
    return c.build();
  }

  /** Whether {@code a} runs up to (or past) the start of {@code b}: no gap of a day or more. */
  private static boolean abuts(Episode a, Episode b) {
    Optional<LocalDate> end = a.end();
    return end.isEmpty() || !end.get().isBefore(b.start());
  }

  /** Whether the episode is open, or ends after {@code day}. */
  private static boolean runsPast(Episode e, LocalDate day) {
    Optional<LocalDate> end = e.end();
    return end.isEmpty() || day.isBefore(end.get());
  }

  private static boolean isCareOrder(Episode e) {
    return e.legalStatus().equals("C1") || e.legalStatus().equals("C2");
  }
}
