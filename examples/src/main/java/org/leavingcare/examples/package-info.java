/**
 * Runnable examples of embedding leavingcare, each run by a test that checks what it prints:
 * {@link org.leavingcare.examples.AssessAYoungPerson} (one assessment, with its reasons),
 * {@link org.leavingcare.examples.NightlyDutiesJob} (what falls due in the next 28 days for a caseload),
 * {@link org.leavingcare.examples.AnalyseAConsultation} (a consultation weighted and unweighted) and
 * {@link org.leavingcare.examples.PersonalisedOfferExample} (one young person's Local Offer). The
 * tests include {@code DownstreamStyleTest}, written as a council's own project would use the testkit.
 */
@NullMarked
package org.leavingcare.examples;

import org.jspecify.annotations.NullMarked;
