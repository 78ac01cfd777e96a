package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.leavingcare.law.ChildrensWellbeingAndSchoolsAct2026;
import org.leavingcare.law.OutsideModelledPeriodException;
import org.leavingcare.law.Timeline;

/**
 * Whether the prospective provisions of the Children's Wellbeing and Schools Act 2026 are in force
 * on a date (LAW.md §10): ss.7 and 8 and the corporate parenting extension commence by regulations
 * under s.78, on dates not known when the library was checked (2026-11-22). No rule reads them yet.
 *
 * <p>The answer comes from the policy switch if it is {@code on} or {@code on:yyyy-mm-dd};
 * otherwise from the dated value, which says "not in force" from Royal Assent (29 April 2026) up
 * to the date checked and refuses later dates: a council must then say what it knows by setting
 * the switch.
 */
public final class Commencements {

  private static final LocalDate ROYAL_ASSENT = LocalDate.of(2026, 4, 29);
  private static final LocalDate KNOWN_UNTIL = LocalDate.of(2026, 11, 23);

  /** s.7 staying close support: not in force as checked. */
  public static final Timeline<Boolean> STAYING_CLOSE_SUPPORT = notYet("CWSA 2026 s.7 staying close support in force",
      ChildrensWellbeingAndSchoolsAct2026.S7_STAYING_CLOSE_SUPPORT);
  /** s.8 local offer: not in force as checked. */
  public static final Timeline<Boolean> LOCAL_OFFER = notYet("CWSA 2026 s.8 local offer in force",
      ChildrensWellbeingAndSchoolsAct2026.S8_LOCAL_OFFER);
  /** Corporate parenting duties of other public bodies: not in force as checked. */
  public static final Timeline<Boolean> CORPORATE_PARENTING_BODIES = notYet(
      "CWSA 2026 corporate parenting bodies in force", ChildrensWellbeingAndSchoolsAct2026.S78_COMMENCEMENT);

  private Commencements() {}

  private static Timeline<Boolean> notYet(String name, org.leavingcare.law.LegalReference source) {
    return Timeline.<Boolean>named(name).from(ROYAL_ASSENT, false, source).knownUntil(KNOWN_UNTIL).build();
  }

  /**
   * Whether a CWSA 2026 provision is treated as in force on {@code date}.
   *
   * @param provision one of the three {@code CWSA2026_*} switches
   * @param date the date
   * @param policy the policy (its switch wins when {@code on} or {@code on:yyyy-mm-dd})
   * @return true if in force
   * @throws OutsideModelledPeriodException if the switch is {@code off} and the date is after the
   *     date the commencement was checked: set the switch to say what is known
   * @throws IllegalArgumentException if {@code provision} is not a CWSA 2026 switch
   */
  public static boolean inForceOn(Policy.Switch provision, LocalDate date, Policy policy) {
    requireNonNull(date, "date");
    Policy.Commencement c = policy.commencement(provision);
    if (c.inForce()) {
      return c.isInForceOn(date);
    }
    if (date.isBefore(ROYAL_ASSENT)) {
      return false;
    }
    switch (provision) {
      case CWSA2026_STAYING_CLOSE_SUPPORT: return STAYING_CLOSE_SUPPORT.valueOn(date);
      case CWSA2026_LOCAL_OFFER: return LOCAL_OFFER.valueOn(date);
      default: return CORPORATE_PARENTING_BODIES.valueOn(date);
    }
  }
}
