package org.leavingcare.duties;

import java.time.LocalDate;
import org.leavingcare.law.HigherEducationBursaryRegulations2009;
import org.leavingcare.law.Timeline;

/**
 * Amounts the duties involve, as dated values that refuse dates they do not cover
 * ({@link org.leavingcare.law.OutsideModelledPeriodException}).
 */
public final class Amounts {

  private Amounts() {}

  /**
   * The higher education bursary, in whole pounds: £2,000 for a course started on or after
   * 1 September 2008 (Children Act 1989 s.23C(5A)-(5C); Children Act 1989 (Higher Education
   * Bursary) (England) Regulations 2009 reg. 3). The amount was checked on 2026-11-22; any uprating
   * would come with a new financial year, so the value is known only up to 31 March 2027 and
   * later dates are refused until the library is updated. Dates before 1 September 2008 are
   * refused: no bursary existed.
   */
  public static final Timeline<Integer> HE_BURSARY_GBP = Timeline.<Integer>named("higher education bursary (GBP)")
      .from(LocalDate.of(2008, 9, 1), 2000, HigherEducationBursaryRegulations2009.REG_3_AMOUNT)
      .knownUntil(LocalDate.of(2027, 4, 1))
      .build();

  /**
   * The higher education bursary for a course starting on {@code courseStart}.
   *
   * @param courseStart the first day of the course
   * @return the amount in whole pounds
   * @throws org.leavingcare.law.OutsideModelledPeriodException if the date is before 1 September
   *     2008 or after the date up to which the amount is known
   */
  public static int heBursaryGbp(LocalDate courseStart) {
    return HE_BURSARY_GBP.valueOn(courseStart);
  }

}
