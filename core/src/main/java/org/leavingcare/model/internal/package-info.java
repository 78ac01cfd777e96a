/**
 * Not API: the compact, epoch-day form of the model that the rules read, so that an assessment
 * does not walk the object graph of a care history. Not exported by the module.
 *
 * <p>Main type: {@link org.leavingcare.model.internal.ModelInternals}.
 */
@NullMarked
package org.leavingcare.model.internal;

import org.jspecify.annotations.NullMarked;
