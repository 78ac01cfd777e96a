/**
 * The consultation configuration file (JSON): {@link org.leavingcare.consultation.config.ConsultationConfig}
 * (read and checked in one go), {@link org.leavingcare.consultation.config.AnalysisSettings},
 * and {@link org.leavingcare.consultation.config.InvalidConfigException} with one
 * {@link org.leavingcare.consultation.config.ConfigProblem} per fault, each with its JSON path.
 * The format is documented in {@code docs/consultation.md}.
 */
@NullMarked
package org.leavingcare.consultation.config;

import org.jspecify.annotations.NullMarked;
