package org.leavingcare.localoffer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leavingcare.principles.DocumentProblem;
import org.leavingcare.principles.InvalidDocumentException;

class LocalOfferJsonTest {

  @Test
  void theBundledExampleReadsAndNamesAFictionalCouncil() {
    LocalOffer offer = LocalOfferJson.example();
    assertThat(offer.council()).isEqualTo("Exampleshire County Council");
    assertThat(offer.services()).hasSizeGreaterThan(30);
    assertThat(offer.service("setting-up-home")).get().satisfies(s -> {
      assertThat(s.isStatutory()).isFalse();
      assertThat(s.amounts().amountOn(LocalDate.of(2026, 10, 1), s.id()).pounds()).isEqualByComparingTo("3000");
      assertThat(s.amounts().amountOn(LocalDate.of(2022, 10, 1), s.id()).display()).isEqualTo("£2,000");
    });
    assertThat(offer.introduction()).contains("fictional");
  }

  @Test
  void anOfferSurvivesWritingAndReading() {
    LocalOffer offer = LocalOfferJson.example();
    String json = LocalOfferJson.write(offer);
    assertThat(LocalOfferJson.read(json.getBytes(UTF_8), "o.json")).isEqualTo(offer);
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsJsonPath() {
    String json = """
        { "council": "Testshire", "published": "2026-13-01", "contact": "x", "sevices": [],
          "services": [
            { "id": "Bad Id", "name": "A", "area": "HOUSING", "basis": "STATUTORY", "description": "d",
              "provider": { "name": "p", "kind": "COUNCIL" }, "howToGet": "h", "lastReviewed": "2026-01-01" },
            { "id": "b", "name": "B", "area": "EMPLOYMENT", "basis": "DISCRETIONARY", "entitlement": "STAYING_PUT",
              "description": "d", "eligibility": { "categories": ["CARE_LEAVER"], "fromAge": 21, "underAge": 18 },
              "amounts": [ { "from": "2026-04-01", "pounds": "£50", "per": "FORTNIGHT" },
                           { "from": "2026-04-01", "until": "2026-03-01", "pounds": 5, "per": "WEEK" } ],
              "provider": { "name": "p" }, "howToGet": "h", "lastReviewed": "2026-01-01" },
            { "id": "c", "name": "C", "area": "EMPLOYMENT", "basis": "DISCRETIONARY", "description": "d",
              "provider": { "name": "p", "kind": "PARTNER" }, "howToGet": "h", "lastReviewed": "2026-01-01" },
            { "id": "c", "name": "C2", "area": "EMPLOYMENT", "basis": "DISCRETIONARY", "description": "d",
              "provider": { "name": "p", "kind": "PARTNER" }, "howToGet": "h", "lastReviewed": "2026-01-01" }
          ] }
        """;
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> LocalOfferJson.read(json.getBytes(UTF_8), "offer.json"));
    assertThat(e.problems()).extracting(DocumentProblem::path).containsExactly(
        "$.sevices", "$.published",
        "$.services[0].id", "$.services[0].area", "$.services[0].entitlement",
        "$.services[1].entitlement", "$.services[1].eligibility.categories[0]", "$.services[1].eligibility.underAge",
        "$.services[1].amounts[0].pounds", "$.services[1].amounts[0].per", "$.services[1].amounts[1].until",
        "$.services[1].provider.kind",
        "$.services[3].id");
    assertThat(e.getMessage()).startsWith("offer.json: 13 problems")
        .contains("'HOUSING' is not one of HEALTH_AND_WELLBEING")
        .contains("a STATUTORY service must name its entitlement")
        .contains("'c' is already the id of $.services[2]");
  }

  @Test
  void overlappingAmountsAreAProblemAtTheAmountsPath() {
    String json = """
        { "council": "Testshire", "published": "2026-04-01", "contact": "x", "services": [
            { "id": "a", "name": "A", "area": "EMPLOYMENT", "basis": "DISCRETIONARY", "description": "d",
              "amounts": [ { "from": "2026-04-01", "pounds": 5, "per": "WEEK" },
                           { "from": "2026-06-01", "pounds": 6, "per": "WEEK" } ],
              "provider": { "name": "p", "kind": "COUNCIL" }, "howToGet": "h", "lastReviewed": "2026-01-01" } ] }
        """;
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> LocalOfferJson.read(json.getBytes(UTF_8), "offer.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.services[0].amounts");
      assertThat(p.message()).contains("overlap");
    });
  }

  @Test
  void amountsArePoundsWithPenceWhenNeeded() {
    DatedAmount weekly = new DatedAmount(LocalDate.of(2026, 4, 1), java.util.Optional.empty(), new BigDecimal("67.5"), Frequency.WEEK);
    assertThat(weekly.display()).isEqualTo("£67.50 a week");
  }
}
