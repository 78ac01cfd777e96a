package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Care Leavers (England) Regulations 2010 (SI 2010/2571) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class CareLeaversRegulations2010 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Care Leavers (England) Regulations 2010";

  private CareLeaversRegulations2010() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/uksi/2010/2571/" + path), CheckedAsAt.DATE);
  }

  /** Additional category of relevant child: detained or in hospital on the 16th birthday. */
  public static final LegalReference REG_3_DETAINED_OR_IN_HOSPITAL = ref("reg. 3(2)", "regulation/3");
  /** Short pre-planned placements disregarded when counting the 13 weeks for reg. 3(2). */
  public static final LegalReference REG_3_SHORT_PLACEMENTS_DISREGARDED = ref("reg. 3(3)", "regulation/3");
  /** Not a relevant child after living six months with a parent or person with parental responsibility. */
  public static final LegalReference REG_3_HOME_EXCLUSION = ref("reg. 3(5)", "regulation/3");
  /** Relevant child again if the home arrangement breaks down. */
  public static final LegalReference REG_3_HOME_BREAKDOWN = ref("reg. 3(6)", "regulation/3");
  /** Involvement of the young person and copies of assessments, plans and reviews. */
  public static final LegalReference REG_4_INVOLVEMENT = ref("reg. 4", "regulation/4");

  /** Needs assessment within three months of becoming relevant or of a s.23CA notification. */
  public static final LegalReference REG_5_ASSESSMENT_TIMING = ref("reg. 5(2)", "regulation/5");
  /** Pathway plan content. */
  public static final LegalReference REG_6_PATHWAY_PLAN = ref("reg. 6", "regulation/6");
  /** Pathway plan reviews: at least every six months; after s.23B(8) accommodation, after 28 days then three-monthly. */
  public static final LegalReference REG_7_REVIEW = ref("reg. 7", "regulation/7");
  /** Personal adviser visits at accommodation provided under s.23B or s.24B. */
  public static final LegalReference REG_8_PA_VISITS = ref("reg. 8(2)", "regulation/8");
  /** Support and suitable accommodation; meaning of higher and further education. */
  public static final LegalReference REG_9_ACCOMMODATION = ref("reg. 9", "regulation/9");
  /** Records of assessments, plans and reviews. */
  public static final LegalReference REG_10_RECORDS = ref("reg. 10", "regulation/10");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(REG_3_DETAINED_OR_IN_HOSPITAL, REG_3_SHORT_PLACEMENTS_DISREGARDED, REG_3_HOME_EXCLUSION, REG_3_HOME_BREAKDOWN, REG_4_INVOLVEMENT, REG_5_ASSESSMENT_TIMING, REG_6_PATHWAY_PLAN, REG_7_REVIEW, REG_8_PA_VISITS, REG_9_ACCOMMODATION, REG_10_RECORDS);
  }
}
