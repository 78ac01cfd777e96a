package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.leavingcare.rules.Policy;
import org.leavingcare.rules.Policy.Commencement;

/**
 * The choices behind a Local Offer completeness check, each with a documented default: when the
 * prospective provisions of the Children's Wellbeing and Schools Act 2026 come into force (LAW.md
 * §10, switches {@code CWSA2026_LOCAL_OFFER} and {@code CWSA2026_STAYING_CLOSE_SUPPORT}; default
 * off), how old a review may be before an entry is flagged (default 12 months), and whether the
 * advice and assistance for qualifying persons must be published (default yes: whether s.2 covers
 * them is not settled, LAW.md §9, and publishing it does no harm).
 *
 * @param cwsa2026LocalOffer when s.8 (financial literacy) is in force
 * @param cwsa2026StayingClose when s.7 (staying close support) is in force
 * @param reviewWithin an entry last reviewed longer ago than this is stale
 * @param requireQualifyingPersons whether the offer must include
 *     {@link StatutoryEntitlement#QUALIFYING_ADVICE_AND_ASSISTANCE}
 */
public record CompletenessRules(Commencement cwsa2026LocalOffer, Commencement cwsa2026StayingClose,
    Period reviewWithin, boolean requireQualifyingPersons) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if {@code reviewWithin} is zero or negative
   */
  public CompletenessRules {
    requireNonNull(cwsa2026LocalOffer, "cwsa2026LocalOffer");
    requireNonNull(cwsa2026StayingClose, "cwsa2026StayingClose");
    requireNonNull(reviewWithin, "reviewWithin");
    if (reviewWithin.isZero() || reviewWithin.isNegative()) {
      throw new IllegalArgumentException("reviewWithin must be positive, was " + reviewWithin);
    }
  }

  /**
   * The defaults: both 2026 switches off, review within 12 months, qualifying persons required.
   *
   * @return the default rules
   */
  public static CompletenessRules defaults() {
    return new CompletenessRules(Commencement.OFF, Commencement.OFF, Period.ofMonths(12), true);
  }

  /**
   * A copy with the {@code CWSA2026_LOCAL_OFFER} switch set from its LAW.md §15.5 value.
   *
   * @param value {@code off}, {@code on}, {@code on:yyyy-mm-dd} or {@code yyyy-mm-dd}; not null
   * @return the copy
   * @throws IllegalArgumentException if the value is none of these
   */
  public CompletenessRules withCwsa2026LocalOffer(String value) {
    return new CompletenessRules(parseSwitch("CWSA2026_LOCAL_OFFER", value), cwsa2026StayingClose,
        reviewWithin, requireQualifyingPersons);
  }

  /**
   * A copy with the {@code CWSA2026_STAYING_CLOSE_SUPPORT} switch set from its LAW.md §15.5 value.
   *
   * @param value {@code off}, {@code on}, {@code on:yyyy-mm-dd} or {@code yyyy-mm-dd}; not null
   * @return the copy
   * @throws IllegalArgumentException if the value is none of these
   */
  public CompletenessRules withCwsa2026StayingClose(String value) {
    return new CompletenessRules(cwsa2026LocalOffer, parseSwitch("CWSA2026_STAYING_CLOSE_SUPPORT", value),
        reviewWithin, requireQualifyingPersons);
  }

  /**
   * A copy with a different review interval.
   *
   * @param period the longest time since the last review before an entry is stale; positive
   * @return the copy
   */
  public CompletenessRules withReviewWithin(Period period) {
    return new CompletenessRules(cwsa2026LocalOffer, cwsa2026StayingClose, period, requireQualifyingPersons);
  }

  /**
   * A copy choosing whether qualifying persons' advice and assistance must be published.
   *
   * @param required whether it is required
   * @return the copy
   */
  public CompletenessRules withRequireQualifyingPersons(boolean required) {
    return new CompletenessRules(cwsa2026LocalOffer, cwsa2026StayingClose, reviewWithin, required);
  }

  /**
   * Whether the 2026 Act's s.8 (local offer expansion) is in force on a date.
   *
   * @param date the date; not null
   * @return true if the switch is on from a date on or before {@code date}
   */
  public boolean cwsa2026LocalOfferInForceOn(LocalDate date) {
    return cwsa2026LocalOffer.isInForceOn(date);
  }

  /**
   * Whether the 2026 Act's s.7 (staying close support) is in force on a date.
   *
   * @param date the date; not null
   * @return true if the switch is on from a date on or before {@code date}
   */
  public boolean cwsa2026StayingCloseInForceOn(LocalDate date) {
    return cwsa2026StayingClose.isInForceOn(date);
  }

  /**
   * Whether the offer must include an entitlement on a date under these rules.
   *
   * @param entitlement the entitlement; not null
   * @param date the date; not null
   * @return false for staying close support before s.7 is in force, and for qualifying persons'
   *     advice when not required; true otherwise
   */
  public boolean requires(StatutoryEntitlement entitlement, LocalDate date) {
    if (entitlement == StatutoryEntitlement.STAYING_CLOSE_SUPPORT) {
      return cwsa2026StayingCloseInForceOn(date);
    }
    if (entitlement == StatutoryEntitlement.QUALIFYING_ADVICE_AND_ASSISTANCE) {
      return requireQualifyingPersons;
    }
    return true;
  }

  private static Commencement parseSwitch(String name, String value) {
    try {
      return Commencement.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be off, on, on:yyyy-mm-dd or yyyy-mm-dd, was '" + value + "'", e);
    }
  }

  /**
   * The rules with the two 2026 switches taken from an engine policy (LAW.md §12), other choices
   * as {@link #defaults()}.
   *
   * @param policy the policy; not null
   * @return the rules
   */
  public static CompletenessRules from(Policy policy) {
    return new CompletenessRules(policy.commencement(Policy.Switch.CWSA2026_LOCAL_OFFER),
        policy.commencement(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT), Period.ofMonths(12), true);
  }
}
