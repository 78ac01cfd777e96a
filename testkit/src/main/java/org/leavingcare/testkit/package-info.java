/**
 * Test support for projects that use leavingcare. Start at
 * {@link org.leavingcare.testkit.LeavingCareAssertions}, the single AssertJ entry point:
 * {@link org.leavingcare.testkit.AssessmentAssert} (category, duties, deadlines, flags, reasons; failure
 * messages list every condition tested with its provision), {@link org.leavingcare.testkit.DeadlineAssert},
 * {@link org.leavingcare.testkit.ProportionEstimateAssert} and
 * {@link org.leavingcare.testkit.LegalReferenceAssert}.
 *
 * <ul>
 *   <li>{@link org.leavingcare.testkit.YoungPeople}: fixtures that read like the domain ("a former
 *       relevant child aged 19 in education").</li>
 *   <li>{@link org.leavingcare.testkit.LawVectors} and {@link org.leavingcare.testkit.LawVector}: the
 *       law-vector loader, with the shared vectors of LAW.md bundled.</li>
 *   <li>{@code org.leavingcare.testkit.generate}: realistic synthetic SSDA903 returns and consultations
 *       with known truth.</li>
 * </ul>
 *
 * <p>AssertJ is a {@code provided} dependency: the project brings its own.
 */
@NullMarked
package org.leavingcare.testkit;

import org.jspecify.annotations.NullMarked;
