/**
 * Consultation reports: the committee-ready report built from the consultation's results, and
 * its XLSX rendering ({@link org.leavingcare.consultation.report.XlsxRenderer}).
 *
 * <p>The report model, suppression and the HTML, Markdown, CSV and JSON renderers are shared with
 * the SSDA903 cohort report and live in {@code org.leavingcare.publish} (core).
 */
@NullMarked
package org.leavingcare.consultation.report;

import org.jspecify.annotations.NullMarked;
