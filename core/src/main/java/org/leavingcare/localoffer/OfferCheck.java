package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leavingcare.law.OutsideModelledPeriodException;
import org.leavingcare.law.Timeline;
import org.leavingcare.principles.DocumentProblem;

/**
 * The completeness check of a Local Offer on a date (LAW.md §9): every area of s.2(2) covered
 * (financial literacy too once the 2026 Act's s.8 is in force); every statutory entitlement of
 * LAW.md §6 present ({@link StatutoryEntitlement}, as {@link CompletenessRules} requires); every
 * entry reviewed within the review interval (12 months by default); every amount covering the date,
 * and none below an amount the law fixes (the higher education bursary, where the library knows the
 * statutory amount on the date); and the consultation with care leavers recorded.
 *
 * <p>The 2026 Act's switches left {@code off} mean "not in force" on every date: the council says
 * when a provision commences by setting its switch. Unlike the engine's
 * {@link org.leavingcare.rules.Commencements}, the check does not refuse dates after the
 * commencement was last checked, so that a council can check its offer on any day.
 *
 * @param asOf the date checked
 * @param rules the rules used
 * @param findings what is missing or out of date, in the order: consultation, areas, entitlements,
 *     then each service in offer order
 */
public record OfferCheck(LocalDate asOf, CompletenessRules rules, List<Finding> findings) {

  /** What kind of gap a finding is. */
  public enum Kind {
    /** The offer does not say how care leavers were consulted. */
    NO_CONSULTATION,
    /** No service covers a required area. */
    AREA_NOT_COVERED,
    /** No service delivers a required statutory entitlement. */
    ENTITLEMENT_MISSING,
    /** An entry was last reviewed longer ago than the review interval. */
    NOT_REVIEWED,
    /** A service pays money but no amount covers the date. */
    AMOUNT_NOT_COVERED,
    /** A statutory service pays less than the law fixes (the higher education bursary). */
    BELOW_STATUTORY_AMOUNT
  }

  /**
   * One gap in the offer.
   *
   * @param kind what kind of gap
   * @param subject the area, entitlement (constant name) or service id concerned; blank for the consultation
   * @param path the JSON path (offer file format) of the place to fix it
   * @param message what is wrong and what to do
   */
  public record Finding(Kind kind, String subject, String path, String message) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if any part is null
     */
    public Finding {
      requireNonNull(kind, "kind");
      requireNonNull(subject, "subject");
      requireNonNull(path, "path");
      requireNonNull(message, "message");
    }

    /**
     * The finding as a document problem, for printing with other problems.
     *
     * @return path and message
     */
    public DocumentProblem toProblem() {
      return new DocumentProblem(path, message);
    }
  }

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if any part is null
   */
  public OfferCheck {
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    findings = List.copyOf(findings);
  }

  /**
   * Checks an offer on a date.
   *
   * @param offer the offer; not null
   * @param asOf the date; not null
   * @param rules the rules; not null
   * @return the result, with no findings when the offer is complete
   */
  public static OfferCheck check(LocalOffer offer, LocalDate asOf, CompletenessRules rules) {
    requireNonNull(offer, "offer");
    requireNonNull(asOf, "asOf");
    requireNonNull(rules, "rules");
    List<Finding> findings = new ArrayList<>();
    if (offer.consultation().isBlank()) {
      findings.add(new Finding(Kind.NO_CONSULTATION, "", "$.consultation",
          "say how care leavers (or people representing them) were consulted on this offer; "
              + "Children and Social Work Act 2017 s.2 requires consultation before publishing or updating it"));
    }
    for (OfferArea area : OfferArea.values()) {
      if (area.isRequiredOn(asOf, rules) && offer.services(area).isEmpty()) {
        findings.add(new Finding(Kind.AREA_NOT_COVERED, area.name(), "$.services",
            "no service covers the area '" + area.label() + "' (" + area.citation().cite()
                + "); add at least one service with \"area\": \"" + area.name() + "\""));
      }
    }
    for (StatutoryEntitlement e : StatutoryEntitlement.values()) {
      boolean present = offer.services().stream().anyMatch(s -> s.entitlement().filter(e::equals).isPresent());
      if (rules.requires(e, asOf) && !present) {
        findings.add(new Finding(Kind.ENTITLEMENT_MISSING, e.name(), "$.services",
            "the statutory entitlement '" + e.label() + "' (" + e.citations().get(0).cite()
                + ") is not in the offer; add a service with \"basis\": \"STATUTORY\", \"entitlement\": \"" + e.name() + "\""));
      }
    }
    for (int i = 0; i < offer.services().size(); i++) {
      Service s = offer.services().get(i);
      String at = "$.services[" + i + "]";
      LocalDate dueForReview = s.lastReviewed().plus(rules.reviewWithin());
      if (dueForReview.isBefore(asOf)) {
        findings.add(new Finding(Kind.NOT_REVIEWED, s.id(), at + ".lastReviewed",
            "service '" + s.id() + "' was last reviewed on " + s.lastReviewed() + ", more than " + describe(rules)
                + " before " + asOf + "; review it and update 'lastReviewed'"));
      }
      belowStatutory(s, asOf).ifPresent(law -> findings.add(new Finding(Kind.BELOW_STATUTORY_AMOUNT, s.id(),
          at + ".amounts", "service '" + s.id() + "' pays " + s.amounts().find(asOf).orElseThrow().display()
              + " on " + asOf + " but the law fixes £" + String.format(Locale.ROOT, "%,d", law) + " ("
              + s.entitlement().orElseThrow().citations().get(0).cite() + "); correct the amount")));
      if (!s.amounts().isEmpty() && s.amounts().find(asOf).isEmpty()) {
        findings.add(new Finding(Kind.AMOUNT_NOT_COVERED, s.id(), at + ".amounts",
            "service '" + s.id() + "' pays money but none of its amounts covers " + asOf
                + "; add the amount that applies from then"));
      }
    }
    return new OfferCheck(asOf, rules, findings);
  }

  /** The statutory amount, when the service pays less than it on the date and the law's amount is known then. */
  private static Optional<Integer> belowStatutory(Service s, LocalDate asOf) {
    Optional<Timeline<Integer>> law = s.entitlement().flatMap(StatutoryEntitlement::statutoryAmountGbp);
    Optional<DatedAmount> paid = s.amounts().find(asOf);
    if (law.isEmpty() || paid.isEmpty()) {
      return Optional.empty();
    }
    int required;
    try {
      required = law.get().valueOn(asOf);
    } catch (OutsideModelledPeriodException e) {
      return Optional.empty();   // the library does not know the statutory amount then: nothing to compare
    }
    return paid.get().pounds().compareTo(BigDecimal.valueOf(required)) < 0 ? Optional.of(required) : Optional.empty();
  }

  private static String describe(CompletenessRules rules) {
    return rules.reviewWithin().toTotalMonths() == 12 && rules.reviewWithin().getDays() == 0
        ? "12 months" : rules.reviewWithin().toString();
  }

  /**
   * Whether the offer passed every check.
   *
   * @return true when there are no findings
   */
  public boolean isComplete() {
    return findings.isEmpty();
  }

  /**
   * The findings of one kind.
   *
   * @param kind the kind; not null
   * @return those findings, in order
   */
  public List<Finding> findings(Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
