/** Helpers for the Local Offer renderers: plain words for categories, eligibility and amounts. Not exported. */
@NullMarked
package org.leavingcare.localoffer.internal;

import org.jspecify.annotations.NullMarked;
