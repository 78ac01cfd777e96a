package org.leavingcare.principles;

import java.util.Locale;
import java.util.Optional;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.LegalReference;

/**
 * The seven corporate parenting principles: the needs to which a local authority in England must
 * have regard whenever it exercises any function in relation to the children and young people it
 * is corporate parent to (Children and Social Work Act 2017 s.1(1)(a)-(g)).
 *
 * <p>A "have regard" duty governs the process of a decision, not its outcome: the authority must
 * show it considered each need. Who is covered is {@link CoveredGroup} (s.1(2)). The texts are
 * paraphrases (LAW.md §8) written for council staff and young people, not the statutory words.
 */
public enum CorporateParentingPrinciple {

  /** s.1(1)(a). */
  BEST_INTERESTS_AND_WELLBEING('a', ChildrenAndSocialWorkAct2017.S1_1_A_BEST_INTERESTS,
      "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people",
      "We act in your best interests and look after your physical and mental health and well-being."),
  /** s.1(1)(b). */
  EXPRESS_VIEWS('b', ChildrenAndSocialWorkAct2017.S1_1_B_EXPRESS_VIEWS,
      "to encourage those children and young people to express their views, wishes and feelings",
      "We encourage you to tell us your views, wishes and feelings."),
  /** s.1(1)(c). */
  TAKE_VIEWS_INTO_ACCOUNT('c', ChildrenAndSocialWorkAct2017.S1_1_C_TAKE_VIEWS_INTO_ACCOUNT,
      "to take into account the views, wishes and feelings of those children and young people",
      "We take your views, wishes and feelings into account."),
  /** s.1(1)(d). */
  ACCESS_TO_SERVICES('d', ChildrenAndSocialWorkAct2017.S1_1_D_ACCESS_TO_SERVICES,
      "to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners",
      "We help you find and make the best use of services from the council and its partners."),
  /** s.1(1)(e). */
  HIGH_ASPIRATIONS('e', ChildrenAndSocialWorkAct2017.S1_1_E_HIGH_ASPIRATIONS,
      "to promote high aspirations, and seek to secure the best outcomes, for those children and young people",
      "We aim high for you and work for the best outcomes."),
  /** s.1(1)(f). */
  SAFETY_AND_STABILITY('f', ChildrenAndSocialWorkAct2017.S1_1_F_SAFETY_AND_STABILITY,
      "for those children and young people to be safe, and for stability in their home lives, relationships and education or work",
      "We help you to be safe and to have stability at home, in your relationships and in education or work."),
  /** s.1(1)(g). */
  PREPARATION_FOR_ADULTHOOD('g', ChildrenAndSocialWorkAct2017.S1_1_G_PREPARATION_FOR_ADULTHOOD,
      "to prepare those children and young people for adulthood and independent living",
      "We help you get ready for adult life and living independently.");

  private final char letter;
  private final LegalReference citation;
  private final String need;
  private final String plainWords;

  CorporateParentingPrinciple(char letter, LegalReference citation, String need, String plainWords) {
    this.letter = letter;
    this.citation = citation;
    this.need = need;
    this.plainWords = plainWords;
  }

  /**
   * The paragraph letter of s.1(1), used as the principle's identifier in checklist files.
   *
   * @return {@code "a"} to {@code "g"}
   */
  public String letter() {
    return String.valueOf(letter);
  }

  /**
   * The provision this principle rests on.
   *
   * @return Children and Social Work Act 2017 s.1(1)(a) to (g)
   */
  public LegalReference citation() {
    return citation;
  }

  /**
   * The need, paraphrasing the statute, for council staff: "the need ...".
   *
   * @return the need, starting "to" or "for", without a final full stop
   */
  public String need() {
    return need;
  }

  /**
   * The principle in plain words addressed to a young person.
   *
   * @return one short sentence
   */
  public String plainWords() {
    return plainWords;
  }

  /**
   * The principle with the given s.1(1) paragraph letter.
   *
   * @param letter {@code "a"} to {@code "g"}, any case, surrounding spaces ignored; not null
   * @return the principle, or empty if the letter is not one of the seven
   */
  public static Optional<CorporateParentingPrinciple> forLetter(String letter) {
    String l = letter.strip().toLowerCase(Locale.ROOT);
    for (CorporateParentingPrinciple p : values()) {
      if (p.letter().equals(l)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
