/**
 * Duties and deadlines: {@link org.leavingcare.duties.DutyCode} (the codes of LAW.md §6, each
 * with its provision and {@link org.leavingcare.duties.LegalBasis}),
 * {@link org.leavingcare.duties.DutyOwed} (a duty owed on a date: provision, start, end, next due),
 * {@link org.leavingcare.duties.DeadlineKey} (the complete key list of LAW.md §15.7) and
 * {@link org.leavingcare.duties.Deadline}.
 */
@NullMarked
package org.leavingcare.duties;

import org.jspecify.annotations.NullMarked;
