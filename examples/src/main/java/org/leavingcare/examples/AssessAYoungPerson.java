package org.leavingcare.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Reason;

/**
 * Embedding the law: a young person who came into care at 15 is assessed on the day her 13 weeks
 * are complete. Run it with {@code java org.leavingcare.examples.AssessAYoungPerson}.
 */
public final class AssessAYoungPerson {

  private AssessAYoungPerson() {}

  /**
   * Prints the category, the reasons with their provisions, the duties and the assessment deadline.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    CareHistory history = CareHistory.of(
        Person.of("C-1042", LocalDate.of(2009, 3, 10)),
        List.of(CareEpisode.ongoing(LocalDate.of(2025, 1, 1))),
        Circumstances.builder().pathwayPlanExists(false).build());

    Assessment a = EnglandRules.standard().assess(history, LocalDate.of(2025, 4, 2));

    out.println(a.category());
    for (Reason r : a.reasons()) {
      out.println((r.isMet() ? "  yes " : "  no  ") + r.text() + " (" + r.provision().cite() + ")");
    }
    out.println(a.dutyCodes());
    out.println("needs assessment by " + a.deadlineDate(DeadlineKey.NEEDS_ASSESSMENT_BY).orElseThrow());
  }
}
