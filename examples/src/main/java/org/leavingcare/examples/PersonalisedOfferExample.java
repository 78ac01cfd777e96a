package org.leavingcare.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.leavingcare.localoffer.LocalOffer;
import org.leavingcare.localoffer.LocalOfferJson;
import org.leavingcare.localoffer.PersonalisedOffer;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;

/**
 * A personal adviser's view: assess a (synthetic) young person on a date and list what the
 * council's Local Offer gives them, with when each thing ends. Run it with
 * {@code java org.leavingcare.examples.PersonalisedOfferExample}.
 */
public final class PersonalisedOfferExample {

  private PersonalisedOfferExample() {}

  /**
   * Prints the personalised offer of a synthetic 20-year-old care leaver.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Person person = Person.of("EX-7", LocalDate.of(2006, 5, 1));
    CareHistory history = CareHistory.builder(person)
        .episode(CareEpisode.closed(LocalDate.of(2019, 1, 7), LocalDate.of(2024, 5, 1)))   // in care until 18
        .circumstances(Circumstances.builder().pathwayPlanExists(true).lastPathwayPlanReview(LocalDate.of(2026, 7, 1)))
        .build();
    Assessment assessment = EnglandRules.standard().assess(history, LocalDate.of(2026, 10, 1), Policy.defaults());
    LocalOffer offer = LocalOfferJson.example();           // the bundled offer of a fictional council
    PersonalisedOffer mine = PersonalisedOffer.of(person, assessment, offer);

    out.println(mine.personId() + " is " + mine.age() + " and " + mine.category() + " on " + mine.asOf());
    for (PersonalisedOffer.Item item : mine.entitled()) {
      out.println("entitled: " + item.service().name() + ", until " + item.endsAtStartOf().orElseThrow().minusDays(1));
    }
    out.println("may ask for " + mine.mayAskFor().size() + " more, for example: "
        + mine.item("setting-up-home").orElseThrow().amount().orElseThrow().display() + " to set up home");
  }
}
