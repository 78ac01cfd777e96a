package org.leavingcare.it.consumer;

import java.net.URI;
import java.time.LocalDate;
import org.leavingcare.law.LegalReference;
import org.leavingcare.model.CareHistory;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;

/** Downstream code that uses leavingcare-core's API through its module descriptor. */
public final class Citations {

  private Citations() {}

  /**
   * The provision behind the duty to keep in touch with a former relevant child.
   *
   * @return the citation
   */
  public static LegalReference keepingInTouch() {
    return new LegalReference("Children Act 1989", "s.23C(2)",
        URI.create("https://www.legislation.gov.uk/ukpga/1989/41/section/23C"), LocalDate.of(2025, 9, 1));
  }

  /**
   * Assesses a young person under the law of England, as a council system would.
   *
   * @param history the care history
   * @param asOf the date
   * @return the assessment
   */
  public static Assessment assess(CareHistory history, LocalDate asOf) {
    return EnglandRules.standard().assess(history, asOf);
  }
}
