package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Banking and Financial Dealings Act 1971 (c. 80) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class BankingAndFinancialDealingsAct1971 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Banking and Financial Dealings Act 1971";

  private BankingAndFinancialDealingsAct1971() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/1971/80/" + path), CheckedAsAt.DATE);
  }

  /** Bank holidays. */
  public static final LegalReference S1_BANK_HOLIDAYS = ref("s.1", "section/1");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S1_BANK_HOLIDAYS);
  }
}
