/**
 * Reading consultation response files: {@link org.leavingcare.consultation.ingest.ResponseReader}
 * gives {@link org.leavingcare.consultation.ingest.Response}s (each with its
 * {@link org.leavingcare.consultation.ingest.Respondent}) <b>and</b> an
 * {@link org.leavingcare.consultation.ingest.IngestReport} listing every
 * {@link org.leavingcare.consultation.ingest.Rejection}: no row is ever dropped silently. For large
 * files, {@link org.leavingcare.consultation.ingest.ResponseReader#readAnswerCodes} gives each accepted
 * row as answer codes to an {@link org.leavingcare.consultation.ingest.AnswerCodeSink} instead, without
 * an object per row (how {@code ConsultationData.read} counts a million rows).
 */
@NullMarked
package org.leavingcare.consultation.ingest;

import org.jspecify.annotations.NullMarked;
