/**
 * Publishing: one report model and its renderers, shared by the consultation and SSDA903 cohort
 * reports, with small-number suppression applied to every published cell.
 *
 * <ul>
 *   <li>Model: {@link org.leavingcare.publish.Report} of {@link org.leavingcare.publish.Section}s
 *       holding {@link org.leavingcare.publish.Block}s: {@link org.leavingcare.publish.Paragraph},
 *       {@link org.leavingcare.publish.Quote}, {@link org.leavingcare.publish.ReportTable} (title,
 *       unit, explicit category order, totals, {@link org.leavingcare.publish.Cell}s, footnotes)
 *       and {@link org.leavingcare.publish.Chart} (diverging stacked bars, bars with intervals,
 *       lines; always with its data table).</li>
 *   <li>Disclosure control: {@link org.leavingcare.publish.SuppressionPolicy} (primary and
 *       secondary suppression, CONSULTATION-METHODS.md §9.2), marking cells with a
 *       {@link org.leavingcare.publish.SuppressionReason}; applied by
 *       {@link org.leavingcare.publish.Report.Builder#build()}.</li>
 *   <li>Renderers: {@link org.leavingcare.publish.HtmlRenderer} (self-contained, accessible, inline
 *       SVG charts), {@link org.leavingcare.publish.MarkdownRenderer},
 *       {@link org.leavingcare.publish.CsvRenderer} and {@link org.leavingcare.publish.JsonRenderer};
 *       {@link org.leavingcare.publish.SpreadsheetSafety} neutralises formula injection (§11) for
 *       any spreadsheet writer.</li>
 * </ul>
 *
 * <p>All output is deterministic: the same report gives the same bytes on every machine.
 */
@NullMarked
package org.leavingcare.publish;

import org.jspecify.annotations.NullMarked;
