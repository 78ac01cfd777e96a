/**
 * The consultation model: {@link org.leavingcare.consultation.model.Consultation} (the instrument
 * as laid out in a response file), {@link org.leavingcare.consultation.model.Question} and
 * {@link org.leavingcare.consultation.model.QuestionType}, {@link org.leavingcare.consultation.model.CareExperience},
 * and {@link org.leavingcare.consultation.model.AnswerText} (how answers match options).
 * Councils must consult care leavers on their Local Offer (Children and Social Work Act 2017 s.2).
 */
@NullMarked
package org.leavingcare.consultation.model;

import org.jspecify.annotations.NullMarked;
