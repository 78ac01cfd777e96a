/**
 * The domain model: a young person's care history as the rules read it.
 *
 * <p>Main types: {@link org.leavingcare.model.Person} (identifier and date of birth),
 * {@link org.leavingcare.model.CareEpisode} (a half-open period looked after, with the SSDA903
 * {@link org.leavingcare.model.LegalStatus}, {@link org.leavingcare.model.PlacementType} and the
 * short-break claim), {@link org.leavingcare.model.Circumstances} (the facts of LAW.md §15.4, with
 * {@link org.leavingcare.model.EducationProgramme} and
 * {@link org.leavingcare.model.OtherAccommodation}) and {@link org.leavingcare.model.CareHistory}
 * (all of them). Invalid data is reported all at once by
 * {@link org.leavingcare.model.InvalidCareHistoryException}, one
 * {@link org.leavingcare.model.Problem} per fault, each naming the field and the value.
 *
 * <p>All types are immutable and thread-safe; builders are not thread-safe.
 */
@NullMarked
package org.leavingcare.model;

import org.jspecify.annotations.NullMarked;
