package org.leavingcare.consultation.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoderAgreementTest {

  @Test
  void kappaMatchesAWorkedExample() {
    // a=20, b=5, c=10, d=15 (N=50): p_o = 0.7, p_e = (25*30 + 25*20)/2500 = 0.5, kappa = 0.4.
    assertThat(new CoderAgreement.ThemeAgreement("t", 20, 5, 10, 15).kappa().orElseThrow()).isCloseTo(0.4, within(1e-12));
    assertThat(new CoderAgreement.ThemeAgreement("t", 0, 0, 0, 12).kappa()).isEmpty();
  }

  @Test
  void f1SkipsAnswersBothLeftEmptyAndCountsOneSidedOnesAsZero() {
    Map<String, Set<String>> first = new LinkedHashMap<>();
    Map<String, Set<String>> second = new LinkedHashMap<>();
    first.put("1", Set.of("a", "b"));
    second.put("1", Set.of("a"));       // F1 = 2/3
    first.put("2", Set.of());
    second.put("2", Set.of());          // skipped
    first.put("3", Set.of("a"));
    second.put("3", Set.of());          // 0
    first.put("4", Set.of("b"));        // not in second: not compared
    CoderAgreement ag = CoderAgreement.between(first, second, List.of("a", "b"));
    assertThat(ag.answersCompared()).isEqualTo(3);
    assertThat(ag.answersScored()).isEqualTo(2);
    assertThat(ag.meanF1()).isCloseTo(1.0 / 3.0, within(1e-12));
    assertThat(ag.meanF1Interval()).as("fewer than 30 scored").isEmpty();
    assertThat(ag.themes()).extracting(CoderAgreement.ThemeAgreement::themeId).containsExactly("a", "b");
    assertThat(ag.themes().get(0)).isEqualTo(new CoderAgreement.ThemeAgreement("a", 1, 1, 0, 1));
  }
}
