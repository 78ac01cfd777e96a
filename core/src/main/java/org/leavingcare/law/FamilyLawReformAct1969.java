package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Family Law Reform Act 1969 (c. 46) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class FamilyLawReformAct1969 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Family Law Reform Act 1969";

  private FamilyLawReformAct1969() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/ukpga/1969/46/" + path), CheckedAsAt.DATE);
  }

  /** A person attains an age at the commencement of the relevant anniversary of their birth. */
  public static final LegalReference S9_TIME_AT_WHICH_AGE_ATTAINED = ref("s.9", "section/9");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(S9_TIME_AT_WHICH_AGE_ATTAINED);
  }
}
