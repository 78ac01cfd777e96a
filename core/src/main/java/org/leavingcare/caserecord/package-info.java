/**
 * The JSON case-record format of LAW.md §15 (docs/case-record-format.md): reading case records
 * ({@link org.leavingcare.caserecord.CaseRecordReader}, {@link org.leavingcare.caserecord.RawRecord},
 * {@link org.leavingcare.caserecord.CaseRecord}, {@link org.leavingcare.caserecord.RecordError}) and
 * writing assessments ({@link org.leavingcare.caserecord.AssessmentJson} to a Jackson generator,
 * {@link org.leavingcare.caserecord.JsonLinesBuffer} straight to UTF-8 JSON Lines, byte for byte the same).
 */
@NullMarked
package org.leavingcare.caserecord;

import org.jspecify.annotations.NullMarked;
