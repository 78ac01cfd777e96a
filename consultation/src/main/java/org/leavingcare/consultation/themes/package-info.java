/**
 * Themes in free-text answers: a {@link org.leavingcare.consultation.themes.Codebook} (per
 * question, JSON; a starter for Local Offer consultations is bundled) of
 * {@link org.leavingcare.consultation.themes.Theme}s mapped to
 * {@link org.leavingcare.localoffer.OfferArea}s and corporate parenting
 * {@link org.leavingcare.principles.CorporateParentingPrinciple}s; the
 * {@link org.leavingcare.consultation.themes.ThemeCoder} applies it to every answer, giving
 * {@link org.leavingcare.consultation.themes.CodedAnswer}s in a
 * {@link org.leavingcare.consultation.themes.ThemeCoding}, which
 * {@link org.leavingcare.consultation.themes.ManualCodes} from a CSV override answer by answer.
 * {@link org.leavingcare.consultation.themes.ThemePrevalence} gives weighted prevalence with
 * intervals overall, by care experience and by group
 * ({@link org.leavingcare.consultation.themes.QuestionThemes}), through the consultation engine's
 * estimators; {@link org.leavingcare.consultation.themes.QuoteSelector} chooses
 * {@link org.leavingcare.consultation.themes.Quote}s; and
 * {@link org.leavingcare.consultation.themes.CoderAgreement} compares two codings.
 * Answer text leaves this package only redacted ({@link org.leavingcare.consultation.privacy}).
 *
 * <p>Specification: CONSULTATION-METHODS §13 (free-text coding), §12.2 (bases). Local Offer areas: Children and
 * Social Work Act 2017 s.2(2); corporate parenting principles: s.1(1).
 */
@NullMarked
package org.leavingcare.consultation.themes;

import org.jspecify.annotations.NullMarked;
