package org.leavingcare.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.model.Person;
import org.leavingcare.principles.CoveredGroup;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;
import org.leavingcare.time.Ages;

/** Personalised offers for the law vectors' people at 16, 18, 21, 24 and 25, from the bundled example offer. */
class PersonalisedOfferTest {

  static final LocalOffer OFFER = LocalOfferJson.example();
  static final List<CaseRecord> VECTORS = load();

  static List<CaseRecord> load() {
    try (InputStream in = PersonalisedOfferTest.class.getResourceAsStream("/law-vectors/law-vectors.json")) {
      return CaseRecordReader.readAll(in, "law-vectors.json").stream().map(CaseRecord.class::cast).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaseRecord vector(String id) {
    return VECTORS.stream().filter(v -> v.id().orElseThrow().equals(id)).findFirst().orElseThrow();
  }

  static Assessment assess(CaseRecord v, LocalDate on) {
    return EnglandRules.standard().assess(v.history(), on, v.policyOver(Policy.defaults()));
  }

  /** The vector's person assessed on a birthday, with the offer for that day. */
  static PersonalisedOffer at(String id, int age) {
    CaseRecord v = vector(id);
    Person p = v.history().person();
    LocalDate birthday = Ages.dateOfAttaining(p.dateOfBirth(), age, v.policyOver(Policy.defaults()).leapDayBirthday());
    return PersonalisedOffer.of(p, assess(v, birthday), OFFER);
  }

  static List<String> ids(List<PersonalisedOffer.Item> items) {
    return items.stream().map(i -> i.service().id()).toList();
  }

  @Test
  void at16StillInCareBeforeThe13WeeksOnlyPreparationForLeavingCareApplies() {
    PersonalisedOffer o = at("CL-001", 16);
    assertThat(o.category()).isEqualTo(Category.LOOKED_AFTER);
    assertThat(o.age()).isEqualTo(16);
    assertThat(ids(o.entitled())).containsExactly("preparing-to-leave-care");
    assertThat(o.entitled().get(0).endsAtStartOf()).contains(LocalDate.of(2027, 3, 10));
    assertThat(o.entitled().get(0).whyItEnds()).contains("your 18th birthday", "Sch. 2 para. 19A");
    assertThat(o.mayAskFor()).isEmpty();
    assertThat(o.coveredGroup()).contains(CoveredGroup.LOOKED_AFTER_CHILDREN);
  }

  @Test
  void at16ARelevantChildIsEntitledToAccommodationAndHerAdviserCarriesOnAt18() {
    PersonalisedOffer o = at("CL-006", 16);
    assertThat(o.category()).isEqualTo(Category.RELEVANT);
    assertThat(ids(o.entitled())).containsExactly("personal-adviser", "pathway-plan", "keeping-in-touch",
        "accommodation-16-17");
    PersonalisedOffer.Item pa = o.item("personal-adviser").orElseThrow();
    assertThat(pa.endsAtStartOf()).contains(LocalDate.of(2027, 1, 20));
    assertThat(pa.whyItEnds()).contains("you become a care leaver", "s.23C(1)", "carries on");
    assertThat(pa.citations()).containsExactly(ChildrenAct1989.S23B_PERSONAL_ADVISER);
    assertThat(o.item("accommodation-16-17").orElseThrow().whyItEnds()).isEqualTo(
        "The council's duty ends on your 18th birthday (Children Act 1989 s.23B(8)).");
    assertThat(ids(o.mayAskFor())).contains("setting-up-home", "bursary-16-19").doesNotContain("driving-lessons", "rent-deposit");
    assertThat(o.coveredGroup()).contains(CoveredGroup.RELEVANT_CHILDREN);
  }

  @Test
  void at18AFormerRelevantChildIsEntitledToTheSection23CDutiesUntil21() {
    PersonalisedOffer o = at("CL-001", 18);
    assertThat(o.category()).isEqualTo(Category.FORMER_RELEVANT);
    assertThat(ids(o.entitled())).containsExactly("personal-adviser", "pathway-plan", "keeping-in-touch",
        "help-with-work-costs", "help-with-education-costs", "welfare-help");
    assertThat(o.entitled()).allSatisfy(i -> {
      assertThat(i.endsAtStartOf()).contains(LocalDate.of(2030, 3, 10));
      assertThat(i.whyItEnds()).startsWith("The council's duty ends on your 21st birthday (Children Act 1989 s.23C(");
    });
    assertThat(o.item("welfare-help").orElseThrow().reasons()).singleElement().asString()
        .contains("Children Act 1989 s.23C(4)(c)");
    PersonalisedOffer.Item home = o.item("setting-up-home").orElseThrow();
    assertThat(home.standing()).isEqualTo(PersonalisedOffer.Standing.MAY_ASK);
    assertThat(home.amount()).get().extracting(DatedAmount::display).isEqualTo("£3,000");
    assertThat(home.endsAtStartOf()).contains(LocalDate.of(2034, 3, 10));
    assertThat(ids(o.items())).doesNotContain("accommodation-16-17", "staying-put", "higher-education-bursary",
        "support-21-to-25", "qualifying-advice");
    assertThat(o.coveredGroup()).contains(CoveredGroup.FORMER_RELEVANT_UNDER_25);
  }

  @Test
  void at18SomeoneStayingPutIsEntitledToItUntil21() {
    PersonalisedOffer o = at("CL-024", 18);
    PersonalisedOffer.Item stayingPut = o.item("staying-put").orElseThrow();
    assertThat(stayingPut.standing()).isEqualTo(PersonalisedOffer.Standing.ENTITLED);
    assertThat(stayingPut.endsAtStartOf()).contains(LocalDate.of(2028, 3, 20));
    assertThat(stayingPut.citations()).containsExactly(ChildrenAct1989.S23CZA_STAYING_PUT);
  }

  @Test
  void at21And24ACareLeaverMayAskForSupportUntil25() {
    for (int age : new int[] {21, 24}) {
      PersonalisedOffer o = at("CL-001", age);
      assertThat(o.category()).as("age %d", age).isEqualTo(Category.FORMER_RELEVANT_21_25);
      assertThat(o.entitled()).as("age %d", age).isEmpty();
      assertThat(ids(o.mayAskFor())).as("age %d", age)
          .startsWith("personal-adviser", "pathway-plan", "support-21-to-25", "return-to-education")
          .contains("setting-up-home", "council-tax").doesNotContain("celebrations", "welfare-help", "bursary-16-19");
      PersonalisedOffer.Item support = o.item("support-21-to-25").orElseThrow();
      assertThat(support.endsAtStartOf()).contains(LocalDate.of(2034, 3, 10));
      assertThat(support.reasons()).singleElement().asString().contains("you can ask for this", "s.23CZB");
      assertThat(o.coveredGroup()).contains(CoveredGroup.FORMER_RELEVANT_UNDER_25);
    }
  }

  @Test
  void at24SomeoneWhoHasAskedIsEntitledToAPersonalAdviserUntil25() {
    CaseRecord v = vector("CL-029");
    PersonalisedOffer o = PersonalisedOffer.of(v.history().person(), assess(v, v.assessmentDate()), OFFER);
    assertThat(o.category()).isEqualTo(Category.FORMER_RELEVANT_23CZB);
    assertThat(o.age()).isEqualTo(22);
    assertThat(ids(o.entitled())).containsExactly("personal-adviser", "pathway-plan", "support-21-to-25");
    assertThat(o.item("personal-adviser").orElseThrow().endsAtStartOf()).contains(LocalDate.of(2028, 5, 5));
    PersonalisedOffer at24 = at("CL-029", 24);
    assertThat(ids(at24.entitled())).containsExactly("personal-adviser", "pathway-plan", "support-21-to-25");
    assertThat(ids(at24.mayAskFor())).contains("return-to-education");
  }

  @Test
  void at25NothingIsOfferedAndThePrinciplesNoLongerApply() {
    PersonalisedOffer o = at("CL-001", 25);
    assertThat(o.category()).isEqualTo(Category.NONE);
    assertThat(o.items()).isEmpty();
    assertThat(o.coveredGroup()).isEmpty();
  }

  @Test
  void aYoungPersonUnderASpecialGuardianshipOrderGetsQualifyingAdviceButNotTheCareLeaverOffer() {
    for (int age : new int[] {16, 18}) {
      PersonalisedOffer o = at("CL-038", age);
      assertThat(o.category()).as("age %d", age).isEqualTo(Category.QUALIFYING_SGO);
      assertThat(ids(o.entitled())).as("age %d", age).containsExactly("qualifying-advice");
      assertThat(o.mayAskFor()).as("age %d", age).isEmpty();
      assertThat(o.coveredGroup()).isEmpty();
    }
  }

  @Test
  void stayingCloseSupportCanBeAskedForOnlyOnceSection7IsInForce() {
    Service stayingClose = Service.builder("staying-close").name("Staying close support").area(OfferArea.ACCOMMODATION)
        .statutory(StatutoryEntitlement.STAYING_CLOSE_SUPPORT).description("Help to find and keep a home.")
        .provider(new Provider("Leaving Care Service", Provider.Kind.COUNCIL)).howToGet("Ask your PA.")
        .lastReviewed(LocalDate.of(2026, 4, 1)).eligibility(Eligibility.of(List.of(), Optional.empty(), Optional.of(25),
            List.of())).build();
    List<Service> services = new ArrayList<>(OFFER.services());
    services.add(stayingClose);
    LocalOffer offer = OFFER.withServices(services);
    CaseRecord v = vector("CL-001");
    LocalDate at21 = LocalDate.of(2030, 3, 10);
    Policy off = Policy.defaults();
    Policy on = Policy.defaults().with("CWSA2026_STAYING_CLOSE_SUPPORT", "on:2030-01-01");
    assertThat(PersonalisedOffer.of(v.history().person(), EnglandRules.standard().assess(v.history(), at21, off), offer)
        .item("staying-close")).isEmpty();
    assertThat(PersonalisedOffer.of(v.history().person(), EnglandRules.standard().assess(v.history(), at21, on), offer)
        .item("staying-close")).get().extracting(PersonalisedOffer.Item::standing).isEqualTo(PersonalisedOffer.Standing.MAY_ASK);
  }

  @Test
  void theCoveredGroupAgreesWithTheEngineListingThePrinciplesDutyForEveryVector() {
    for (CaseRecord v : VECTORS) {
      Assessment a = assess(v, v.assessmentDate());
      assertThat(CoveredGroup.of(a).isPresent()).as(v.id().orElseThrow())
          .isEqualTo(a.owes(DutyCode.CORPORATE_PARENTING_PRINCIPLES));
    }
  }

  @Test
  void anEntitlementTheOfferLeavesOutIsListedNotDropped() {
    LocalOffer noStayingPut = OFFER.withServices(OFFER.services().stream().filter(s -> !s.id().equals("staying-put")).toList());
    CaseRecord v = vector("CL-024");
    PersonalisedOffer o = PersonalisedOffer.of(v.history().person(), assess(v, v.assessmentDate()), noStayingPut);
    assertThat(o.item("staying-put")).isEmpty();
    assertThat(o.missingFromOffer()).containsExactly(StatutoryEntitlement.STAYING_PUT);
    assertThat(PersonalisedOfferRenderer.html(o)).contains("Also your right in law")
        .contains("Staying put with your former foster carers (Children Act 1989 s.23CZA)");
    assertThat(PersonalisedOfferRenderer.json(o)).contains("\"entitledButNotInOffer\" : [ \"STAYING_PUT\" ]");
    assertThat(PersonalisedOffer.of(v.history().person(), assess(v, v.assessmentDate()), OFFER).missingFromOffer()).isEmpty();
  }

  @Test
  void theAssessmentMustBeOfThePersonGiven() {
    CaseRecord v = vector("CL-001");
    Assessment a = assess(v, v.assessmentDate());
    assertThatThrownBy(() -> PersonalisedOffer.of(Person.of("someone-else", LocalDate.of(2009, 3, 10)), a, OFFER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("someone-else");
  }
}
