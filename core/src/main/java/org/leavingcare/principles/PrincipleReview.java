package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The checklist's answer for one principle: the rating (empty while not yet rated), the evidence,
 * the reason when not applicable, and the actions that will close any gap.
 *
 * @param principle the principle; not null
 * @param rating the rating; empty until someone rates it
 * @param evidence what shows the rating is right; not null, may be blank
 * @param notApplicableReason why the principle does not bear on the subject; not null, blank unless
 *     the rating is {@link Rating#NOT_APPLICABLE}
 * @param actions what will be done; not null
 */
public record PrincipleReview(CorporateParentingPrinciple principle, Optional<Rating> rating,
    String evidence, String notApplicableReason, List<Action> actions) {

  /**
   * Checks the parts and copies the list.
   *
   * @throws NullPointerException if any part is null
   */
  public PrincipleReview {
    requireNonNull(principle, "principle");
    requireNonNull(rating, "rating");
    requireNonNull(evidence, "evidence");
    requireNonNull(notApplicableReason, "notApplicableReason");
    actions = List.copyOf(actions);
  }

  /**
   * A review not yet started: no rating, evidence, reason or actions.
   *
   * @param principle the principle; not null
   * @return the empty review
   */
  public static PrincipleReview unrated(CorporateParentingPrinciple principle) {
    return new PrincipleReview(principle, Optional.empty(), "", "", List.of());
  }

  /**
   * A rated review.
   *
   * @param principle the principle; not null
   * @param rating the rating; not null
   * @param evidence the evidence; not null
   * @param actions the actions; not null
   * @return the review
   */
  public static PrincipleReview of(CorporateParentingPrinciple principle, Rating rating, String evidence,
      Collection<Action> actions) {
    return new PrincipleReview(principle, Optional.of(rating), evidence, "", List.copyOf(actions));
  }

  /**
   * A review rating the principle not applicable, with the reason.
   *
   * @param principle the principle; not null
   * @param reason why it does not bear on the subject; not null
   * @return the review
   */
  public static PrincipleReview notApplicable(CorporateParentingPrinciple principle, String reason) {
    return new PrincipleReview(principle, Optional.of(Rating.NOT_APPLICABLE), "", reason, List.of());
  }
}
