package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Provisions of the Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959) used by this library.
 *
 * <p>Each constant names one provision; rules, duties and deadlines cite these constants, never
 * free text. {@code checkedAsAt} is the date of the specification revision (LAW.md) the
 * citation was reviewed against; the confidence of each reading is in docs/law.md.
 */
public final class CarePlanningRegulations2010 {

  /** The instrument's title, as cited. */
  public static final String TITLE = "Care Planning, Placement and Case Review (England) Regulations 2010";

  private CarePlanningRegulations2010() {}

  private static LegalReference ref(String provision, String path) {
    return new LegalReference(TITLE, provision,
        URI.create("https://www.legislation.gov.uk/uksi/2010/959/" + path), CheckedAsAt.DATE);
  }

  /** Meaning of working day. */
  public static final LegalReference REG_2_WORKING_DAY = ref("reg. 2(1)", "regulation/2");
  /** Visits to a looked-after child. */
  public static final LegalReference REG_28_VISITS = ref("reg. 28", "regulation/28");
  /** Timing of reviews of a looked-after child's case. */
  public static final LegalReference REG_33_REVIEWS = ref("reg. 33", "regulation/33");
  /** Before ceasing to look after a child. */
  public static final LegalReference REG_39_CEASING_TO_LOOK_AFTER = ref("reg. 39", "regulation/39");
  /** Eligible child: prescribed period 13 weeks, prescribed age 14; a child to whom reg. 48 applies is not eligible. */
  public static final LegalReference REG_40_ELIGIBLE_CHILD = ref("reg. 40", "regulation/40");
  /** Needs assessment of an eligible child within three months. */
  public static final LegalReference REG_42_ASSESSMENT = ref("reg. 42", "regulation/42");
  /** Pathway plan of an eligible child. */
  public static final LegalReference REG_43_PATHWAY_PLAN = ref("reg. 43", "regulation/43");
  /** Functions of a personal adviser. */
  public static final LegalReference REG_44_PERSONAL_ADVISER = ref("reg. 44", "regulation/44");
  /** Short breaks: series of pre-planned placements of at most 17 days, 75 days in 12 months. */
  public static final LegalReference REG_48_SHORT_BREAKS = ref("reg. 48", "regulation/48");

  /**
   * Every provision of this instrument the library cites.
   *
   * @return the constants above, in order
   */
  public static List<LegalReference> all() {
    return List.of(REG_2_WORKING_DAY, REG_28_VISITS, REG_33_REVIEWS, REG_39_CEASING_TO_LOOK_AFTER, REG_40_ELIGIBLE_CHILD, REG_42_ASSESSMENT, REG_43_PATHWAY_PLAN, REG_44_PERSONAL_ADVISER, REG_48_SHORT_BREAKS);
  }
}
