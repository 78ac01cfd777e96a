/**
 * Survey estimators that agree with R's {@code survey} package for a weights-only design
 * ({@code svydesign(ids = ~1, weights = ~w)}): {@link org.leavingcare.consultation.estimates.SurveyDesign}
 * (proportions, means, totals, domains, differences, quantiles, Rao–Scott tests),
 * {@link org.leavingcare.consultation.estimates.ProportionEstimate} (with logit, xlogit, beta, mean
 * and Wilson intervals), {@link org.leavingcare.consultation.estimates.MeanEstimate},
 * {@link org.leavingcare.consultation.estimates.Interval}. Formulas: CONSULTATION-METHODS.md §1–§6,
 * checked against survey 4.1.1 in R 4.2.2 (test resources {@code r-reference/}).
 */
@NullMarked
package org.leavingcare.consultation.estimates;

import org.jspecify.annotations.NullMarked;
