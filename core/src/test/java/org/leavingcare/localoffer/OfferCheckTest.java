package org.leavingcare.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  static final LocalOffer EXAMPLE = LocalOfferJson.example();

  @Test
  void theExampleIsCompleteUnderTheDefaults() {
    OfferCheck check = OfferCheck.check(EXAMPLE, AS_OF, CompletenessRules.defaults());
    assertThat(check.findings()).isEmpty();
    assertThat(check.isComplete()).isTrue();
  }

  @Test
  void aMissingAreaIsFound() {
    LocalOffer noEmployment = EXAMPLE.withServices(EXAMPLE.services().stream()
        .filter(s -> s.area() != OfferArea.EMPLOYMENT).toList());
    OfferCheck check = OfferCheck.check(noEmployment, AS_OF, CompletenessRules.defaults());
    assertThat(check.findings(OfferCheck.Kind.AREA_NOT_COVERED)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("EMPLOYMENT");
      assertThat(f.message()).contains("Children and Social Work Act 2017 s.2(2)(d)");
    });
    // The employment-assistance entitlement went with the area.
    assertThat(check.findings(OfferCheck.Kind.ENTITLEMENT_MISSING)).extracting(OfferCheck.Finding::subject)
        .containsExactly("EMPLOYMENT_ASSISTANCE");
  }

  @Test
  void aMissingStatutoryEntitlementIsFound() {
    LocalOffer noStayingPut = EXAMPLE.withServices(EXAMPLE.services().stream()
        .filter(s -> !s.id().equals("staying-put")).toList());
    OfferCheck check = OfferCheck.check(noStayingPut, AS_OF, CompletenessRules.defaults());
    assertThat(check.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(OfferCheck.Kind.ENTITLEMENT_MISSING);
      assertThat(f.subject()).isEqualTo("STAYING_PUT");
      assertThat(f.message()).contains("Children Act 1989 s.23CZA");
    });
  }

  @Test
  void aServiceReviewedMoreThan12MonthsAgoIsFlaggedAndOneReviewedExactly12MonthsAgoIsNot() {
    LocalOffer stale = replace(EXAMPLE, "mentoring", s -> s.toBuilder().lastReviewed(LocalDate.of(2025, 9, 30)).build());
    OfferCheck check = OfferCheck.check(stale, AS_OF, CompletenessRules.defaults());
    assertThat(check.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(OfferCheck.Kind.NOT_REVIEWED);
      assertThat(f.subject()).isEqualTo("mentoring");
      assertThat(f.path()).matches("\\$\\.services\\[\\d+]\\.lastReviewed");
    });
    LocalOffer justInTime = replace(EXAMPLE, "mentoring", s -> s.toBuilder().lastReviewed(LocalDate.of(2025, 10, 1)).build());
    assertThat(OfferCheck.check(justInTime, AS_OF, CompletenessRules.defaults()).findings()).isEmpty();
    assertThat(OfferCheck.check(justInTime, AS_OF, CompletenessRules.defaults().withReviewWithin(Period.ofMonths(6)))
        .findings(OfferCheck.Kind.NOT_REVIEWED)).isNotEmpty();
  }

  @Test
  void anAmountThatStopsBeforeTheDateIsFound() {
    OfferCheck later = OfferCheck.check(EXAMPLE, LocalDate.of(2027, 10, 1),
        CompletenessRules.defaults().withReviewWithin(Period.ofYears(5)));
    assertThat(later.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(OfferCheck.Kind.AMOUNT_NOT_COVERED);
      assertThat(f.subject()).isEqualTo("bursary-16-19");
    });
  }

  @Test
  void aHigherEducationBursaryBelowTheStatutoryAmountIsFound() {
    LocalOffer low = replace(EXAMPLE, "higher-education-bursary", s -> s.toBuilder().amounts(AmountSchedule.of(List.of(
        new DatedAmount(LocalDate.of(2008, 9, 1), Optional.empty(), new java.math.BigDecimal("1500"), Frequency.ONCE))))
        .build());
    assertThat(OfferCheck.check(low, AS_OF, CompletenessRules.defaults()).findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(OfferCheck.Kind.BELOW_STATUTORY_AMOUNT);
      assertThat(f.message()).contains("pays £1,500", "the law fixes £2,000", "Children Act 1989 s.23C(5A)");
    });
    LocalOffer generous = replace(EXAMPLE, "higher-education-bursary", s -> s.toBuilder().amounts(AmountSchedule.of(List.of(
        new DatedAmount(LocalDate.of(2008, 9, 1), Optional.empty(), new java.math.BigDecimal("2500"), Frequency.ONCE))))
        .build());
    assertThat(OfferCheck.check(generous, AS_OF, CompletenessRules.defaults()).findings()).isEmpty();
    // After 31 March 2027 the library does not know the statutory amount: nothing to compare, nothing claimed.
    assertThat(OfferCheck.check(low, LocalDate.of(2027, 6, 1), CompletenessRules.defaults()).findings(
        OfferCheck.Kind.BELOW_STATUTORY_AMOUNT)).isEmpty();
  }

  @Test
  void aMissingConsultationIsFound() {
    LocalOffer unconsulted = LocalOffer.of(EXAMPLE.council(), EXAMPLE.title(), EXAMPLE.published(),
        EXAMPLE.introduction(), "", EXAMPLE.contact(), EXAMPLE.services());
    assertThat(OfferCheck.check(unconsulted, AS_OF, CompletenessRules.defaults()).findings())
        .extracting(OfferCheck.Finding::kind).containsExactly(OfferCheck.Kind.NO_CONSULTATION);
  }

  @Test
  void financialLiteracyIsRequiredOnlyOnceThe2026ActSection8IsInForce() {
    LocalOffer without = EXAMPLE.withServices(EXAMPLE.services().stream()
        .filter(s -> s.area() != OfferArea.FINANCIAL_LITERACY).toList());
    assertThat(OfferCheck.check(without, AS_OF, CompletenessRules.defaults()).findings()).isEmpty();
    CompletenessRules from2027 = CompletenessRules.defaults().withCwsa2026LocalOffer("on:2027-04-01");
    assertThat(OfferCheck.check(without, AS_OF, from2027).findings()).isEmpty();
    assertThat(OfferCheck.check(without, LocalDate.of(2027, 4, 1), from2027.withReviewWithin(Period.ofYears(2))).findings())
        .extracting(OfferCheck.Finding::subject).containsExactly("FINANCIAL_LITERACY");
    assertThat(OfferCheck.check(without, AS_OF, CompletenessRules.defaults().withCwsa2026LocalOffer("ON")).findings())
        .extracting(OfferCheck.Finding::subject).containsExactly("FINANCIAL_LITERACY");
  }

  @Test
  void stayingCloseSupportIsRequiredOnlyWhenSection7IsSwitchedOn() {
    CompletenessRules on = CompletenessRules.defaults().withCwsa2026StayingClose("2026-09-01");
    assertThat(OfferCheck.check(EXAMPLE, AS_OF, on).findings()).extracting(OfferCheck.Finding::subject)
        .containsExactly("STAYING_CLOSE_SUPPORT");
    assertThat(OfferCheck.check(EXAMPLE, LocalDate.of(2026, 8, 31), on).findings()).isEmpty();
  }

  @Test
  void qualifyingPersonsAdviceCanBeMadeOptional() {
    LocalOffer without = EXAMPLE.withServices(EXAMPLE.services().stream()
        .filter(s -> !s.id().equals("qualifying-advice")).toList());
    assertThat(OfferCheck.check(without, AS_OF, CompletenessRules.defaults()).findings())
        .extracting(OfferCheck.Finding::subject).containsExactly("QUALIFYING_ADVICE_AND_ASSISTANCE");
    assertThat(OfferCheck.check(without, AS_OF, CompletenessRules.defaults().withRequireQualifyingPersons(false))
        .findings()).isEmpty();
  }

  @Test
  void aSwitchValueOutsideLawMd15Point5IsRefused() {
    assertThatThrownBy(() -> CompletenessRules.defaults().withCwsa2026LocalOffer("yes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CWSA2026_LOCAL_OFFER");
  }

  @Test
  void amountsRefuseDatesTheyDoNotCover() {
    AmountSchedule schedule = EXAMPLE.service("bursary-16-19").orElseThrow().amounts();
    assertThat(schedule.find(LocalDate.of(2027, 8, 31))).isPresent();
    assertThatThrownBy(() -> schedule.amountOn(LocalDate.of(2027, 9, 1), "bursary-16-19"))
        .isInstanceOf(AmountNotCoveredException.class)
        .hasMessageContaining("bursary-16-19").hasMessageContaining("[2026-09-01, 2027-09-01)");
  }

  @Test
  void eligibilityAdmitsByCategoryAndAge() {
    Eligibility e = Eligibility.of(List.of(org.leavingcare.rules.Category.FORMER_RELEVANT), Optional.of(18), Optional.of(21), List.of());
    assertThat(e.admits(org.leavingcare.rules.Category.FORMER_RELEVANT, 18)).isTrue();
    assertThat(e.admits(org.leavingcare.rules.Category.FORMER_RELEVANT, 21)).isFalse();
    assertThat(e.admits(org.leavingcare.rules.Category.RELEVANT, 18)).isFalse();
    assertThat(Eligibility.careLeavers().admits(org.leavingcare.rules.Category.QUALIFYING, 18)).isFalse();
    assertThat(Eligibility.careLeavers().admits(org.leavingcare.rules.Category.FORMER_RELEVANT_21_25, 23)).isTrue();
  }

  static LocalOffer replace(LocalOffer offer, String id, java.util.function.UnaryOperator<Service> change) {
    List<Service> services = new ArrayList<>();
    for (Service s : offer.services()) {
      services.add(s.id().equals(id) ? change.apply(s) : s);
    }
    return offer.withServices(services);
  }
}
