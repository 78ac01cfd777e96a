/**
 * Themes in free-text answers: a {@link org.leavingcare.consultation.themes.Codebook} (per
 * question, JSON; a starter for Local Offer consultations is bundled) of
 * {@link org.leavingcare.consultation.themes.Theme}s mapped to
 * {@link org.leavingcare.consultation.themes.LocalOfferArea}s and corporate parenting
 * {@link org.leavingcare.consultation.themes.Principle}s; the
 * {@link org.leavingcare.consultation.themes.ThemeCoder} applies it to every answer, giving
 * {@link org.leavingcare.consultation.themes.CodedAnswer}s in a
 * {@link org.leavingcare.consultation.themes.ThemeCoding}, which
 * {@link org.leavingcare.consultation.themes.ManualCodes} from a CSV override answer by answer.
 * Answer text leaves this package only redacted ({@link org.leavingcare.consultation.privacy}).
 *
 * <p>Specification: CONSULTATION-METHODS §13 (free-text coding). Local Offer areas: Children and
 * Social Work Act 2017 s.2(2); corporate parenting principles: s.1(1).
 */
@NullMarked
package org.leavingcare.consultation.themes;

import org.jspecify.annotations.NullMarked;
