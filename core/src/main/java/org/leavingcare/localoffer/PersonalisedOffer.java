package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.leavingcare.law.LegalReference;
import org.leavingcare.localoffer.internal.Words;
import org.leavingcare.model.Person;
import org.leavingcare.principles.internal.Text;
import org.leavingcare.principles.CoveredGroup;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Policy;
import org.leavingcare.time.Ages;

/**
 * One young person's Local Offer on a date: what they are entitled to, what they may ask for, and
 * when each ends, with the reasons. It is what a personal adviser prints and goes through with them.
 *
 * <p>Made from the engine's {@link Assessment} and the council's {@link LocalOffer}:
 * <ul>
 *   <li><b>entitled</b>: a statutory service whose entitlement the assessment makes live (the engine
 *       lists one of its duty codes, LAW.md §15.6). The law decides, not the offer's stated ages.
 *       It ends on the earliest end the engine gives for those duties ({@link DutyOwed#endsAtStartOf()}
 *       or the entitlement's deadline keys, LAW.md §15.7), else on the birthday the offer names;</li>
 *   <li><b>may ask for</b>: a statutory service the young person's category may request (for example
 *       support from 21 to 25 under s.23CZB; staying close support only once the 2026 Act's s.7 is
 *       in force under the assessment's policy), and every discretionary service whose eligibility
 *       admits their category and age. It ends on the birthday the offer names, or, for a care
 *       leaver, at 25 when the offer names none.</li>
 * </ul>
 * A live entitlement the offer does not describe is never dropped: it is listed in
 * {@link #missingFromOffer()}. Conditions the offer states (for example "in full-time higher education") are listed for the
 * adviser to check; the library does not decide them. Immutable and thread-safe.
 */
public final class PersonalisedOffer {

  /** Whether the young person is entitled to a service or may ask for it. */
  public enum Standing {
    /** A statutory duty is owed now: the council must provide it. */
    ENTITLED,
    /** The young person may ask for it (a right on request, or the council's discretionary offer). */
    MAY_ASK
  }

  /**
   * One service in the personalised offer.
   *
   * @param service the service from the Local Offer
   * @param standing entitled or may ask
   * @param endsAtStartOf the first day it is no longer available, where known
   * @param whyItEnds why it ends then, in plain words with the provision; blank when no end is known
   * @param reasons why the young person has it, in plain words, each ending with its provision
   * @param citations the provisions relied on (the live duties' provisions for an entitlement)
   * @param amount the amount in force on the date, if the service pays money and the offer covers the date
   */
  public record Item(Service service, Standing standing, Optional<LocalDate> endsAtStartOf, String whyItEnds,
      List<String> reasons, List<LegalReference> citations, Optional<DatedAmount> amount) {
    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Item {
      requireNonNull(service, "service");
      requireNonNull(standing, "standing");
      requireNonNull(endsAtStartOf, "endsAtStartOf");
      requireNonNull(whyItEnds, "whyItEnds");
      reasons = List.copyOf(reasons);
      citations = List.copyOf(citations);
      requireNonNull(amount, "amount");
    }
  }

  private final String personId;
  private final LocalDate asOf;
  private final int age;
  private final Category category;
  private final Optional<CoveredGroup> coveredGroup;
  private final LocalOffer offer;
  private final List<Item> entitled;
  private final List<Item> mayAskFor;
  private final List<StatutoryEntitlement> missingFromOffer;

  private PersonalisedOffer(String personId, LocalDate asOf, int age, Category category,
      Optional<CoveredGroup> coveredGroup, LocalOffer offer, List<Item> entitled, List<Item> mayAskFor,
      List<StatutoryEntitlement> missingFromOffer) {
    this.personId = personId;
    this.asOf = asOf;
    this.age = age;
    this.category = category;
    this.coveredGroup = coveredGroup;
    this.offer = offer;
    this.entitled = List.copyOf(entitled);
    this.mayAskFor = List.copyOf(mayAskFor);
    this.missingFromOffer = List.copyOf(missingFromOffer);
  }

  /**
   * The personalised offer for a young person.
   *
   * @param person the young person (the same one the assessment is about); not null
   * @param assessment the engine's assessment of them on a date; not null
   * @param offer the council's Local Offer; not null
   * @return the personalised offer on the assessment's date
   * @throws IllegalArgumentException if the person's id is not the assessment's
   */
  public static PersonalisedOffer of(Person person, Assessment assessment, LocalOffer offer) {
    requireNonNull(person, "person");
    requireNonNull(assessment, "assessment");
    requireNonNull(offer, "offer");
    if (!person.id().equals(assessment.personId())) {
      throw new IllegalArgumentException("the assessment is of person '" + assessment.personId()
          + "', not of person '" + person.id() + "'; pass the person the assessment was made for");
    }
    LocalDate asOf = assessment.asOf();
    Policy policy = assessment.policy();
    int age = Ages.ageOn(person.dateOfBirth(), asOf, policy.leapDayBirthday());
    Category category = assessment.category();
    List<Item> entitled = new ArrayList<>();
    List<Item> mayAsk = new ArrayList<>();
    for (Service s : offer.services()) {
      Optional<DatedAmount> amount = s.amounts().find(asOf);
      if (s.entitlement().isPresent()) {
        StatutoryEntitlement e = s.entitlement().get();
        List<DutyOwed> live = assessment.duties().stream().filter(d -> e.dutyCodes().contains(d.code())).toList();
        if (!live.isEmpty()) {
          entitled.add(entitledItem(s, e, live, assessment, person, amount));
        } else if (e.onRequestFor().contains(category) && (!e.isProspective()
            || policy.commencement(Policy.Switch.CWSA2026_STAYING_CLOSE_SUPPORT).isInForceOn(asOf))) {
          mayAsk.add(onRequestItem(s, e, assessment, person, amount));
        }
      } else if (s.eligibility().admits(category, age)) {
        mayAsk.add(discretionaryItem(s, assessment, person, age, amount));
      }
    }
    List<StatutoryEntitlement> missing = new ArrayList<>();
    for (StatutoryEntitlement e : StatutoryEntitlement.values()) {
      boolean live = assessment.dutyCodes().stream().anyMatch(e.dutyCodes()::contains);
      boolean inOffer = offer.services().stream().anyMatch(s -> s.entitlement().filter(e::equals).isPresent());
      if (live && !inOffer) {
        missing.add(e);
      }
    }
    return new PersonalisedOffer(person.id(), asOf, age, category, CoveredGroup.of(assessment), offer, entitled, mayAsk,
        missing);
  }

  private static Item entitledItem(Service s, StatutoryEntitlement e, List<DutyOwed> live, Assessment a, Person p,
      Optional<DatedAmount> amount) {
    List<String> reasons = new ArrayList<>();
    List<LegalReference> citations = new ArrayList<>();
    Optional<Ending> end = Optional.empty();
    for (DutyOwed d : live) {
      reasons.add("The council owes you this duty: " + d.code().description()
          + (d.conditional() ? ", if the conditions are met" : "") + " (" + d.provision().cite() + ").");
      if (!citations.contains(d.provision())) {
        citations.add(d.provision());
      }
      if (d.endsAtStartOf().isPresent() && (end.isEmpty() || d.endsAtStartOf().get().isBefore(end.get().date))) {
        end = Optional.of(new Ending(d.endsAtStartOf().get(),
            "The council's duty ends on " + when(d.endsAtStartOf().get(), p, a) + " (" + d.provision().cite() + ")."));
      }
    }
    if (end.isEmpty()) {
      end = endByKeys(e, a, p);
    }
    if (end.isEmpty()) {
      end = endByAge(s, a, p);
    }
    boolean childOf16or17 = a.category() == Category.ELIGIBLE || a.category() == Category.RELEVANT;
    Optional<LocalDate> turns18 = a.deadlineDate(DeadlineKey.TURNS_18_ON);
    if (childOf16or17 && e.continuesAfter18() && end.isPresent() && turns18.equals(Optional.of(end.get().date))) {
      end = Optional.of(new Ending(end.get().date, "On your 18th birthday you become a care leaver (a former relevant child, "
          + ChildrenAct1989.S23C_FORMER_RELEVANT_CHILD.cite() + ") and this carries on, normally until your 21st birthday."));
    }
    return new Item(s, Standing.ENTITLED, end.map(Ending::date), end.map(Ending::why).orElse(""), reasons, citations,
        amount);
  }

  private static Item onRequestItem(Service s, StatutoryEntitlement e, Assessment a, Person p,
      Optional<DatedAmount> amount) {
    String reason = "As " + Words.person(a.category()) + ", you can ask for this at any time; asking starts the "
        + "council's duty (" + e.citations().get(0).cite() + ").";
    Optional<Ending> end = endByKeys(e, a, p).or(() -> endByAge(s, a, p));
    return new Item(s, Standing.MAY_ASK, end.map(Ending::date), end.map(Ending::why).orElse(""), List.of(reason),
        e.citations(), amount);
  }

  private static Item discretionaryItem(Service s, Assessment a, Person p, int age, Optional<DatedAmount> amount) {
    List<String> reasons = new ArrayList<>();
    reasons.add("You are " + Words.person(a.category()) + ", aged " + age
        + ", and the council offers this to you as part of its Local Offer (" + s.citations().get(0).cite() + ").");
    for (String c : s.eligibility().conditions()) {
      reasons.add("Only if " + c + ": your personal adviser will check this with you.");
    }
    Optional<Ending> end = endByAge(s, a, p);
    if (end.isEmpty() && Eligibility.CARE_LEAVERS.contains(a.category())) {
      end = a.deadlineDate(DeadlineKey.S23CZB_WINDOW_ENDS_AT_START_OF).map(d -> new Ending(d,
          "The Local Offer is for care leavers under 25 (" + ChildrenAndSocialWorkAct2017.S2_7_CARE_LEAVERS.cite() + ")."));
    }
    return new Item(s, Standing.MAY_ASK, end.map(Ending::date), end.map(Ending::why).orElse(""), reasons,
        s.citations(), amount);
  }

  private record Ending(LocalDate date, String why) {}

  private static Optional<Ending> endByKeys(StatutoryEntitlement e, Assessment a, Person p) {
    return e.endKeys().stream()
        .flatMap(k -> a.deadline(k).flatMap(d -> d.date().map(date -> new Ending(date,
            "The council's duty ends on " + when(date, p, a) + " (" + d.provision().cite() + ")."))).stream())
        .min(Comparator.comparing(Ending::date));
  }

  private static Optional<Ending> endByAge(Service s, Assessment a, Person p) {
    return s.eligibility().underAge().map(n -> new Ending(
        Ages.dateOfAttaining(p.dateOfBirth(), n, a.policy().leapDayBirthday()),
        "The Local Offer provides this until your " + Words.ordinal(n) + " birthday."));
  }

  /** A date in words, naming the birthday it is when it is one. */
  private static String when(LocalDate date, Person p, Assessment a) {
    for (int n = 16; n <= 26; n++) {
      if (Ages.dateOfAttaining(p.dateOfBirth(), n, a.policy().leapDayBirthday()).equals(date)) {
        return "your " + Words.ordinal(n) + " birthday";
      }
    }
    return Text.date(date);
  }

  /** @return the young person's identifier (never a name) */
  public String personId() {
    return personId;
  }

  /** @return the date the offer is for (the assessment's date) */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the young person's age on that date, in whole years */
  public int age() {
    return age;
  }

  /** @return the young person's legal category on that date */
  public Category category() {
    return category;
  }

  /** @return the group of s.1(2) through which the corporate parenting principles cover them; empty if they do not */
  public Optional<CoveredGroup> coveredGroup() {
    return coveredGroup;
  }

  /** @return the Local Offer this was made from */
  public LocalOffer offer() {
    return offer;
  }

  /** @return what the young person is entitled to, in offer order */
  public List<Item> entitled() {
    return entitled;
  }

  /** @return what the young person may ask for, in offer order */
  public List<Item> mayAskFor() {
    return mayAskFor;
  }

  /**
   * Statutory entitlements the assessment makes live but the Local Offer does not describe: the young
   * person is entitled to them all the same, and the adviser must tell them. (An offer that passes
   * {@link OfferCheck} has none.)
   *
   * @return the entitlements, in declaration order; usually empty
   */
  public List<StatutoryEntitlement> missingFromOffer() {
    return missingFromOffer;
  }

  /**
   * Every item, entitled first, then may-ask, each in offer order.
   *
   * @return the items
   */
  public List<Item> items() {
    List<Item> all = new ArrayList<>(entitled);
    all.addAll(mayAskFor);
    return List.copyOf(all);
  }

  /**
   * The item for a service, if the service is in this personalised offer.
   *
   * @param serviceId the service's id; not null
   * @return the item, or empty
   */
  public Optional<Item> item(String serviceId) {
    requireNonNull(serviceId, "serviceId");
    return items().stream().filter(i -> i.service().id().equals(serviceId)).findFirst();
  }

  @Override
  public String toString() {
    return "PersonalisedOffer[" + personId + ", " + asOf + ", " + category + ", " + entitled.size() + " entitled, "
        + mayAskFor.size() + " may ask]";
  }
}
