/**
 * Reading consultation response files: {@link org.leavingcare.consultation.ingest.ResponseReader}
 * gives {@link org.leavingcare.consultation.ingest.Response}s (each with its
 * {@link org.leavingcare.consultation.ingest.Respondent}) <b>and</b> an
 * {@link org.leavingcare.consultation.ingest.IngestReport} listing every
 * {@link org.leavingcare.consultation.ingest.Rejection}: no row is ever dropped silently.
 */
@NullMarked
package org.leavingcare.consultation.ingest;

import org.jspecify.annotations.NullMarked;
