/**
 * Weights for consultation responses: {@link org.leavingcare.consultation.weighting.Weight}.
 */
@NullMarked
package org.leavingcare.consultation.weighting;

import org.jspecify.annotations.NullMarked;
