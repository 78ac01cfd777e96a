package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Interpretation Act 1978 (c. 30) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class InterpretationAct1978 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Interpretation Act 1978";

  private InterpretationAct1978() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/1978/30/" + path), CheckedAsAt.DATE);
  }

  /** 'month' means calendar month. */
  public static final LegalReference SCH1_MONTH = ref("Sch. 1", "schedule/1");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(SCH1_MONTH);
  }
}
