package org.leavingcare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * One part of {@code leavingcare demo}: runs a piece of the pipeline on bundled sample data and
 * prints what a user would look at. Sections are listed in {@link DemoCommand#SECTIONS}.
 */
interface DemoSection {

  /**
   * A short title, printed as the section's heading.
   *
   * @return the title
   */
  String title();

  /**
   * Runs the section.
   *
   * @param out where to print the summary a person reads
   * @param outputDir where to write any report files (created by the demo)
   * @throws Exception if the section fails; the demo reports it and exits non-zero
   */
  void run(PrintWriter out, Path outputDir) throws Exception;
}
