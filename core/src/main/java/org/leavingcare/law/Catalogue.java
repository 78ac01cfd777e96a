package org.leavingcare.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The index of every provision the library relies on: the union of the statute catalogues
 * ({@link ChildrenAct1989}, {@link CarePlanningRegulations2010}, {@link CareLeaversRegulations2010},
 * {@link ChildrenAndSocialWorkAct2017}, {@link FamilyLawReformAct1969},
 * {@link HigherEducationBursaryRegulations2009},
 * {@link LegalAidSentencingAndPunishmentOfOffendersAct2012},
 * {@link ChildrensWellbeingAndSchoolsAct2026}, {@link InterpretationAct1978},
 * {@link BankingAndFinancialDealingsAct1971}) and {@link Guidance}.
 */
public final class Catalogue {

  /** The revision date of the specification (LAW.md) every citation was reviewed against. */
  public static final LocalDate CHECKED_AS_AT = CheckedAsAt.DATE;

  private static final List<LegalReference> ALL;

  static {
    List<LegalReference> all = new ArrayList<>();
    all.addAll(ChildrenAct1989.all());
    all.addAll(CarePlanningRegulations2010.all());
    all.addAll(CareLeaversRegulations2010.all());
    all.addAll(ChildrenAndSocialWorkAct2017.all());
    all.addAll(FamilyLawReformAct1969.all());
    all.addAll(HigherEducationBursaryRegulations2009.all());
    all.addAll(LegalAidSentencingAndPunishmentOfOffendersAct2012.all());
    all.addAll(ChildrensWellbeingAndSchoolsAct2026.all());
    all.addAll(InterpretationAct1978.all());
    all.addAll(BankingAndFinancialDealingsAct1971.all());
    all.addAll(Guidance.all());
    ALL = Collections.unmodifiableList(all);
  }

  private Catalogue() {}

  /**
   * Every provision the library cites.
   *
   * @return an unmodifiable list, grouped by instrument
   */
  public static List<LegalReference> all() {
    return ALL;
  }
}
