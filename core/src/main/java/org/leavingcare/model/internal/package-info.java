/**
 * Not API: the compact, epoch-day form of the model that the rules read, so that an assessment
 * does not walk the object graph of a care history, and the factories by which a source holding its
 * data as epoch days (the SSDA903 cohort pass) makes histories and review facts without builders.
 * Not exported by the module.
 *
 * <p>Main type: {@link org.leavingcare.model.internal.ModelInternals}.
 */
@NullMarked
package org.leavingcare.model.internal;

import org.jspecify.annotations.NullMarked;
