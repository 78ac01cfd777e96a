package org.leavingcare.principles;

import java.util.Optional;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.LegalReference;
import org.leavingcare.rules.Assessment;

/**
 * The people the corporate parenting principles cover (Children and Social Work Act 2017 s.1(2)).
 * Persons qualifying for advice and assistance (Children Act 1989 s.24) are not covered.
 */
public enum CoveredGroup {

  /** s.1(2)(a): children looked after by the authority (Children Act 1989 s.22(1)), eligible children included. */
  LOOKED_AFTER_CHILDREN(ChildrenAndSocialWorkAct2017.S1_2_A_LOOKED_AFTER, "a child looked after by the council"),
  /** s.1(2)(b): relevant children (Children Act 1989 s.23A(2)). */
  RELEVANT_CHILDREN(ChildrenAndSocialWorkAct2017.S1_2_B_RELEVANT, "a relevant child (aged 16 or 17, left care)"),
  /** s.1(2)(c): former relevant children (Children Act 1989 s.23C(1)) aged under 25. */
  FORMER_RELEVANT_UNDER_25(ChildrenAndSocialWorkAct2017.S1_2_C_FORMER_RELEVANT_UNDER_25, "a former relevant child under 25 (a care leaver)");

  private final LegalReference citation;
  private final String description;

  CoveredGroup(LegalReference citation, String description) {
    this.citation = citation;
    this.description = description;
  }

  /**
   * The group through which the principles cover the young person an assessment is about, on its
   * date: looked-after children (eligible children and children on short breaks included),
   * relevant children, and former relevant children while under 25 (the engine reports
   * {@code corporateParentingEndedAtStartOf} once they are 25 or over).
   *
   * @param assessment the assessment; not null
   * @return the group, or empty when the principles do not cover them (qualifying persons, no status, 25 or over)
   */
  public static Optional<CoveredGroup> of(Assessment assessment) {
    switch (assessment.category()) {
      case LOOKED_AFTER:
      case LOOKED_AFTER_SHORT_BREAKS:
      case ELIGIBLE:
        return Optional.of(LOOKED_AFTER_CHILDREN);
      case RELEVANT:
        return Optional.of(RELEVANT_CHILDREN);
      case FORMER_RELEVANT:
      case FORMER_RELEVANT_21_25:
      case FORMER_RELEVANT_23CZB:
      case FORMER_RELEVANT_23CA:
        return assessment.deadline(DeadlineKey.CORPORATE_PARENTING_ENDED_AT_START_OF).isPresent()
            ? Optional.empty() : Optional.of(FORMER_RELEVANT_UNDER_25);
      default:
        return Optional.empty();
    }
  }

  /**
   * The provision that brings this group within the principles.
   *
   * @return s.1(2)(a), (b) or (c)
   */
  public LegalReference citation() {
    return citation;
  }

  /**
   * The group in plain words.
   *
   * @return a short noun phrase
   */
  public String description() {
    return description;
  }
}
