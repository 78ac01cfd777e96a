/**
 * Weighted summaries of a consultation from one pass over its responses:
 * {@link org.leavingcare.consultation.summary.ConsultationData} (sufficient statistics per
 * respondent class and answer), {@link org.leavingcare.consultation.summary.Summariser} (any number
 * of weighting scenarios from those counts, and the sensitivity analysis; also each respondent's
 * analysis weight under any scheme, {@code Summariser.respondentWeights}, for respondent-level
 * analyses such as theme prevalence),
 * {@link org.leavingcare.consultation.summary.ConsultationSummary} (the immutable result: per
 * question {@link org.leavingcare.consultation.summary.Breakdown}s overall, by group and by care
 * experience, {@link org.leavingcare.consultation.summary.Comparison}s and
 * {@link org.leavingcare.consultation.summary.Sensitivity}) and
 * {@link org.leavingcare.consultation.summary.SummaryJson} (its documented JSON form).
 */
@NullMarked
package org.leavingcare.consultation.summary;

import org.jspecify.annotations.NullMarked;
