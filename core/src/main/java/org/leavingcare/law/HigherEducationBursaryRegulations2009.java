package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Children Act 1989 (Higher Education Bursary) (England) Regulations 2009 (SI 2009/2274) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class HigherEducationBursaryRegulations2009 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Children Act 1989 (Higher Education Bursary) (England) Regulations 2009";

  private HigherEducationBursaryRegulations2009() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/uksi/2009/2274/" + path), CheckedAsAt.DATE);
  }

  /** Courses of higher education that attract the bursary. */
  public static final LegalReference REG_2_MEANING_OF_HIGHER_EDUCATION = ref("reg. 2", "regulation/2");
  /** Amount of the higher education bursary. */
  public static final LegalReference REG_3_AMOUNT = ref("reg. 3", "regulation/3");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(REG_2_MEANING_OF_HIGHER_EDUCATION, REG_3_AMOUNT);
  }
}
