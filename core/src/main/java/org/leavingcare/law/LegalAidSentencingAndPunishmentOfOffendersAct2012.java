package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Legal Aid, Sentencing and Punishment of Offenders Act 2012 (c. 10) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class LegalAidSentencingAndPunishmentOfOffendersAct2012 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Legal Aid, Sentencing and Punishment of Offenders Act 2012";

  private LegalAidSentencingAndPunishmentOfOffendersAct2012() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/2012/10/" + path), CheckedAsAt.DATE);
  }

  /** A child remanded to local authority or youth detention accommodation is looked after. */
  public static final LegalReference S104_REMAND_LOOKED_AFTER = ref("s.104", "section/104");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S104_REMAND_LOOKED_AFTER);
  }
}
