/**
 * Privacy protections for free text: {@link org.leavingcare.consultation.privacy.Redactor} removes
 * personal data (e-mail addresses, UK telephone numbers, postcodes, National Insurance and NHS
 * numbers, dates, street addresses and recognisable names) and returns a
 * {@link org.leavingcare.consultation.privacy.RedactedText} saying what was removed, by
 * {@link org.leavingcare.consultation.privacy.PersonalDataType} and detector;
 * {@link org.leavingcare.consultation.privacy.RedactionSummary} totals them for a report.
 *
 * <p>Specification: CONSULTATION-METHODS §10 (redaction of personal data in free text). Policy
 * basis: UK GDPR Art. 5(1)(c) (data minimisation) and the council's own publication policy; no
 * statute prescribes these patterns. Human review remains mandatory before publication.
 */
@NullMarked
package org.leavingcare.consultation.privacy;

import org.jspecify.annotations.NullMarked;
