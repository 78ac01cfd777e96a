/**
 * The law the library relies on: {@link org.leavingcare.law.LegalReference} (one typed citation),
 * the statute catalogues ({@link org.leavingcare.law.ChildrenAct1989},
 * {@link org.leavingcare.law.CarePlanningRegulations2010},
 * {@link org.leavingcare.law.CareLeaversRegulations2010},
 * {@link org.leavingcare.law.ChildrenAndSocialWorkAct2017}, and others indexed by
 * {@link org.leavingcare.law.Catalogue}), and {@link org.leavingcare.law.Timeline} for values that
 * change over time by law, which refuses dates it does not cover
 * ({@link org.leavingcare.law.OutsideModelledPeriodException}).
 */
@NullMarked
package org.leavingcare.law;

import org.jspecify.annotations.NullMarked;
