package org.leavingcare.publish;

/**
 * One piece of a {@link Section}, in reading order: a {@link Paragraph}, a {@link Quote}, a
 * {@link ReportTable}, or a {@link Chart} (which carries its own data table).
 */
public sealed interface Block permits Paragraph, Quote, ReportTable, Chart {}
