/**
 * The corporate parenting principles (Children and Social Work Act 2017 s.1) and the checklist a
 * council department completes for a decision, policy or service.
 *
 * <p>Main types: {@link org.leavingcare.principles.CorporateParentingPrinciple} (the seven needs,
 * s.1(1)(a)-(g)), {@link org.leavingcare.principles.CoveredGroup} (whom they cover, s.1(2)),
 * {@link org.leavingcare.principles.Checklist} with its
 * {@link org.leavingcare.principles.PrincipleReview}s, {@link org.leavingcare.principles.Rating}s
 * and {@link org.leavingcare.principles.Action}s, the
 * {@link org.leavingcare.principles.ChecklistSummary}, and
 * {@link org.leavingcare.principles.ChecklistJson} for files. Problems in a checklist or Local Offer
 * document are {@link org.leavingcare.principles.DocumentProblem}s, thrown together in an
 * {@link org.leavingcare.principles.InvalidDocumentException}.
 */
@NullMarked
package org.leavingcare.principles;

import org.jspecify.annotations.NullMarked;
