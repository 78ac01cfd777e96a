package org.leavingcare.law;

import java.net.URI;
import java.util.List;

/**
 * Statutory guidance and other documents the library cites where no statute applies. These are
 * <strong>not</strong> legislation: guidance issued under Local Authority Social Services Act 1970
 * s.7 must be followed unless there is good reason not to, but cannot create the legal tests the
 * library computes. Duties resting only on these are marked {@code GUIDANCE}.
 */
public final class Guidance {

  private Guidance() {}

  /**
   * Extending Personal Adviser support to all care leavers to age 25 (DfE statutory guidance,
   * February 2018): the basis councils give for an annual reminder to 21-25s who declined support.
   */
  public static final LegalReference PA_SUPPORT_TO_25 = new LegalReference(
      "Extending Personal Adviser support to all care leavers to age 25 (DfE, 2018)", "guidance",
      URI.create("https://www.gov.uk/government/publications/extending-personal-adviser-support-to-all-care-leavers-to-age-25"),
      CheckedAsAt.DATE);

  /**
   * Children Act 1989 guidance and regulations volume 3: planning transition to adulthood for
   * care leavers (DfE).
   */
  public static final LegalReference TRANSITION_TO_ADULTHOOD = new LegalReference(
      "Children Act 1989: transition to adulthood for care leavers (DfE)", "volume 3",
      URI.create("https://www.gov.uk/government/publications/children-act-1989-transition-to-adulthood-for-care-leavers"),
      CheckedAsAt.DATE);

  /**
   * Every guidance document the library cites.
   *
   * @return the constants above
   */
  public static List<LegalReference> all() {
    return List.of(PA_SUPPORT_TO_25, TRANSITION_TO_ADULTHOOD);
  }
}
