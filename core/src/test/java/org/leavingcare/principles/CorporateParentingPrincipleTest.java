package org.leavingcare.principles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;

/** The catalogue against LAW.md §8: seven needs, s.1(1)(a)-(g), covering s.1(2)(a)-(c). */
class CorporateParentingPrincipleTest {

  @Test
  void thereAreSevenPrinciplesLetteredAToGInStatuteOrder() {
    assertThat(CorporateParentingPrinciple.values()).extracting(CorporateParentingPrinciple::letter)
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void eachCitesItsOwnParagraphOfSection1Subsection1() {
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      assertThat(p.citation().title()).isEqualTo("Children and Social Work Act 2017");
      assertThat(p.citation().provision()).isEqualTo("s.1(1)(" + p.letter() + ")");
      assertThat(p.citation().uri()).hasToString("https://www.legislation.gov.uk/ukpga/2017/16/section/1");
    }
  }

  @Test
  void theNeedsParaphraseLawMdSection8() {
    assertThat(CorporateParentingPrinciple.BEST_INTERESTS_AND_WELLBEING.need()).contains("best interests", "mental health");
    assertThat(CorporateParentingPrinciple.EXPRESS_VIEWS.need()).contains("express their views, wishes and feelings");
    assertThat(CorporateParentingPrinciple.TAKE_VIEWS_INTO_ACCOUNT.need()).contains("take into account");
    assertThat(CorporateParentingPrinciple.ACCESS_TO_SERVICES.need()).contains("relevant partners");
    assertThat(CorporateParentingPrinciple.HIGH_ASPIRATIONS.need()).contains("high aspirations", "best outcomes");
    assertThat(CorporateParentingPrinciple.SAFETY_AND_STABILITY.need()).contains("safe", "stability", "education or work");
    assertThat(CorporateParentingPrinciple.PREPARATION_FOR_ADULTHOOD.need()).contains("adulthood and independent living");
    assertThat(Arrays.stream(CorporateParentingPrinciple.values()).map(CorporateParentingPrinciple::plainWords))
        .allSatisfy(w -> assertThat(w).startsWith("We ").endsWith("."));
  }

  @Test
  void lettersAreReadIgnoringCaseAndUnknownLettersAreEmpty() {
    assertThat(CorporateParentingPrinciple.forLetter(" G ")).contains(CorporateParentingPrinciple.PREPARATION_FOR_ADULTHOOD);
    assertThat(CorporateParentingPrinciple.forLetter("h")).isEmpty();
    assertThat(CorporateParentingPrinciple.forLetter("")).isEmpty();
  }

  @Test
  void coveredGroupsAreLookedAfterRelevantAndFormerRelevantUnder25() {
    assertThat(CoveredGroup.values()).extracting(g -> g.citation().provision())
        .containsExactly("s.1(2)(a)", "s.1(2)(b)", "s.1(2)(c)");
    assertThat(CoveredGroup.FORMER_RELEVANT_UNDER_25.description()).contains("under 25");
  }

  @Test
  void theCatalogueListsEveryConstantOnce() {
    assertThat(ChildrenAndSocialWorkAct2017.all()).doesNotHaveDuplicates()
        .contains(ChildrenAndSocialWorkAct2017.S1_1_A_BEST_INTERESTS, ChildrenAndSocialWorkAct2017.S2_2_F_PARTICIPATION_IN_SOCIETY);
  }
}
