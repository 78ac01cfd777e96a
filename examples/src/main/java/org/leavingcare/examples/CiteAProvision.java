package org.leavingcare.examples;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import org.leavingcare.law.LegalReference;

/**
 * The smallest embedding: every answer the library gives cites its provision as a
 * {@link LegalReference}. Run it with {@code java org.leavingcare.examples.CiteAProvision}.
 */
public final class CiteAProvision {

  private CiteAProvision() {}

  /**
   * Prints a citation and the dated version of the text it was checked against.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    LegalReference ref = new LegalReference("Children Act 1989", "s.23C(2)",
        URI.create("https://www.legislation.gov.uk/ukpga/1989/41/section/23C"), LocalDate.of(2025, 9, 1));
    out.println(ref.cite());
    out.println(ref.pointInTime());
  }
}
