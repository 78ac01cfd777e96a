package org.leavingcare.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CareHistoryValidationTest {

  private static final Person P = Person.of("C1", LocalDate.of(2009, 1, 1));

  @Test
  void everyProblemIsReportedAtOnceEachNamingFieldAndValue() {
    InvalidCareHistoryException e = catchThrowableOfType(() -> CareHistory.builder(P)
        .episode(CareEpisode.builder(LocalDate.of(2024, 5, 1)).endExclusive(LocalDate.of(2024, 4, 1)))
        .episode(CareEpisode.builder(LocalDate.of(2008, 6, 1)))
        .episode(CareEpisode.builder(LocalDate.of(2024, 6, 1)).legalStatusCode("X9").placementTypeCode("Q7"))
        .circumstances(Circumstances.builder().livingWithParentSince(LocalDate.of(2025, 3, 1))
            .livingWithParentUntil(LocalDate.of(2025, 2, 1)))
        .build(), InvalidCareHistoryException.class);
    assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
        "episodes[0].end", "episodes[1].start", "episodes[2].legalStatus", "episodes[2].placementType",
        "facts.livingWithParentUntil");
    assertThat(e.problems()).extracting(Problem::value).containsExactlyInAnyOrder(
        "2024-04-01", "2008-06-01", "X9", "Q7", "2025-02-01");
    for (Problem p : e.problems()) {
      assertThat(p.message()).contains(p.value());
    }
    assertThat(e.getMessage()).doesNotContain("2009-01-01"); // no date of birth in messages
  }

  @Test
  void episodesAreKeptInOrderWhateverTheInputOrder() {
    CareEpisode a = CareEpisode.closed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1));
    CareEpisode b = CareEpisode.ongoing(LocalDate.of(2021, 1, 1));
    assertThat(CareHistory.of(P, java.util.List.of(b, a), Circumstances.none()))
        .isEqualTo(CareHistory.of(P, java.util.List.of(a, b), Circumstances.none()));
  }

  @Test
  void aShortBreakLegalStatusSetsTheClaim() {
    assertThat(CareEpisode.ongoing(LocalDate.of(2024, 1, 1)).withLegalStatus(LegalStatus.V3).isShortBreak()).isTrue();
    assertThat(CareEpisode.builder(LocalDate.of(2024, 1, 1)).legalStatusCode("v4").build().isShortBreak()).isTrue();
  }
}
