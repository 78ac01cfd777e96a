package org.leavingcare.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

  private static final URI S23C = URI.create("https://www.legislation.gov.uk/ukpga/1989/41/section/23C");

  @Test
  void citesTitleAndProvision() {
    LegalReference ref = new LegalReference("Children Act 1989", "s.23C(2)", S23C, LocalDate.of(2025, 9, 1));
    assertThat(ref.cite()).isEqualTo("Children Act 1989 s.23C(2)");
  }

  @Test
  void pointInTimeAppendsTheDateReadOnLegislationGovUk() {
    LegalReference ref = new LegalReference("Children Act 1989", "s.23C(2)", S23C, LocalDate.of(2025, 9, 1));
    assertThat(ref.pointInTime())
        .hasToString("https://www.legislation.gov.uk/ukpga/1989/41/section/23C/2025-09-01");
  }

  @Test
  void refusesAddressesOffLegislationGovUkAndGovUk() {
    assertThatThrownBy(() -> new LegalReference("Children Act 1989", "s.23C", URI.create("https://example.org/x"),
            LocalDate.of(2025, 9, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("example.org");
  }

  @Test
  void refusesBlankProvision() {
    assertThatThrownBy(() -> new LegalReference("Children Act 1989", " ", S23C, LocalDate.of(2025, 9, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provision");
  }
}
