package org.leavingcare.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.law.LegalReference;

class LeavingCareAssertionsTest {

  private static final LegalReference S23C = new LegalReference("Children Act 1989", "s.23C(2)",
      URI.create("https://www.legislation.gov.uk/ukpga/1989/41/section/23C"), LocalDate.of(2025, 9, 1));

  @Test
  void passesWhenTheCitationMatches() {
    LeavingCareAssertions.assertThat(S23C).cites("Children Act 1989", "s.23C(2)");
  }

  @Test
  void failureMessageShowsTheActualCitation() {
    assertThatThrownBy(() -> LeavingCareAssertions.assertThat(S23C).cites("Children Act 1989", "s.24"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Children Act 1989 s.24")
        .hasMessageContaining("Children Act 1989 s.23C(2)");
  }
}
