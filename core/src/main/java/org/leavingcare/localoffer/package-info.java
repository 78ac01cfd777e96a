/**
 * The Local Offer for care leavers (Children and Social Work Act 2017 s.2): model, file format,
 * completeness check and the personalised offer for one young person.
 *
 * <p>Main types: {@link org.leavingcare.localoffer.LocalOffer} of
 * {@link org.leavingcare.localoffer.Service}s, each in an {@link org.leavingcare.localoffer.OfferArea}
 * (s.2(2), plus the 2026 Act's financial literacy), statutory (a
 * {@link org.leavingcare.localoffer.StatutoryEntitlement}, LAW.md §6) or discretionary, with its
 * {@link org.leavingcare.localoffer.Eligibility}, {@link org.leavingcare.localoffer.AmountSchedule}
 * of {@link org.leavingcare.localoffer.DatedAmount}s and {@link org.leavingcare.localoffer.Provider};
 * {@link org.leavingcare.localoffer.LocalOfferJson} reads and writes files and bundles an example;
 * {@link org.leavingcare.localoffer.OfferCheck} applies the completeness rules configured by
 * {@link org.leavingcare.localoffer.CompletenessRules}.
 */
@NullMarked
package org.leavingcare.localoffer;

import org.jspecify.annotations.NullMarked;
