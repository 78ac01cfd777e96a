/**
 * Generators of realistic synthetic data whose truth is known by construction.
 *
 * <ul>
 *   <li>{@link org.leavingcare.testkit.generate.Ssda903Generator}: a local authority's SSDA903
 *       returns over several years with each child's category on chosen dates, the expected OC3
 *       cohort and the indicator values ({@link org.leavingcare.testkit.generate.GeneratedSsda903},
 *       {@link org.leavingcare.testkit.generate.SyntheticChild},
 *       {@link org.leavingcare.testkit.generate.Ssda903Archetype}).</li>
 *   <li>{@link org.leavingcare.testkit.generate.ConsultationGenerator}: a Local Offer consultation's
 *       responses and configuration, with answers that differ by
 *       {@link org.leavingcare.testkit.generate.RespondentClass}, themed free text and
 *       {@link org.leavingcare.testkit.generate.PlantedPersonalData} for redaction tests
 *       ({@link org.leavingcare.testkit.generate.GeneratedConsultation}).</li>
 * </ul>
 *
 * <p>Every generator is seeded and deterministic, and streams its output. All data is synthetic.
 */
@NullMarked
package org.leavingcare.testkit.generate;

import org.jspecify.annotations.NullMarked;
