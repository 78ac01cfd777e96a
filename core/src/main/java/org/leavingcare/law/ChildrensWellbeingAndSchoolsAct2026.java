package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Children's Wellbeing and Schools Act 2026 (c. 21) used by this library. Prospective: none was in force when the text was read; commencement is by regulations under s.78.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class ChildrensWellbeingAndSchoolsAct2026 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Children's Wellbeing and Schools Act 2026";

  private ChildrensWellbeingAndSchoolsAct2026() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/2026/21/" + path), CheckedAsAt.DATE);
  }

  /** Inserts s.23CZAA: staying close support for former relevant children under 25. */
  public static final LegalReference S7_STAYING_CLOSE_SUPPORT = ref("s.7", "section/7");
  /** Extends the local offer for care leavers. */
  public static final LegalReference S8_LOCAL_OFFER = ref("s.8", "section/8");
  /** Commencement. */
  public static final LegalReference S78_COMMENCEMENT = ref("s.78", "section/78");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S7_STAYING_CLOSE_SUPPORT, S8_LOCAL_OFFER, S78_COMMENCEMENT);
  }
}
