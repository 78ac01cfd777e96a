/**
 * Weights for consultation responses: {@link org.leavingcare.consultation.weighting.WeightScheme}
 * (the council's decision: care-experience multiplier or target share, group multipliers),
 * {@link org.leavingcare.consultation.weighting.Calibration} (post-stratification and raking to known
 * margins, {@link org.leavingcare.consultation.weighting.Margin},
 * {@link org.leavingcare.consultation.weighting.CalibrationSpec}) and
 * {@link org.leavingcare.consultation.weighting.Weight}. Methods: CONSULTATION-METHODS.md §1.1, §7.
 */
@NullMarked
package org.leavingcare.consultation.weighting;

import org.jspecify.annotations.NullMarked;
