package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Children and Social Work Act 2017 (c. 16) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class ChildrenAndSocialWorkAct2017 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Children and Social Work Act 2017";

  private ChildrenAndSocialWorkAct2017() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/2017/16/" + path), CheckedAsAt.DATE);
  }

  /** Corporate parenting principles: looked-after children, relevant children and former relevant children under 25. */
  public static final LegalReference S1_CORPORATE_PARENTING_PRINCIPLES = ref("s.1", "section/1");
  /** Local offer for care leavers. */
  public static final LegalReference S2_LOCAL_OFFER = ref("s.2", "section/2");
  /** Inserts s.23CZB: advice and support for former relevant children to 25. */
  public static final LegalReference S3_ADVICE_AND_SUPPORT_TO_25 = ref("s.3", "section/3");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S1_CORPORATE_PARENTING_PRINCIPLES, S2_LOCAL_OFFER, S3_ADVICE_AND_SUPPORT_TO_25);
  }
}
