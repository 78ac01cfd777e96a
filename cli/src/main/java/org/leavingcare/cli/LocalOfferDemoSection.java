package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.localoffer.CompletenessRules;
import org.leavingcare.localoffer.LocalOffer;
import org.leavingcare.localoffer.LocalOfferJson;
import org.leavingcare.localoffer.LocalOfferRenderer;
import org.leavingcare.localoffer.OfferCheck;
import org.leavingcare.localoffer.PersonalisedOffer;
import org.leavingcare.localoffer.PersonalisedOfferRenderer;
import org.leavingcare.principles.ChecklistJson;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;

/**
 * The demo's Local Offer section: checks the bundled example offer (a fictional council), publishes
 * it, and prints and writes the personalised offer of a bundled synthetic young person, with the
 * blank corporate parenting principles checklist alongside.
 */
final class LocalOfferDemoSection implements DemoSection {

  static final String YOUNG_PERSON = "/org/leavingcare/cli/demo/young-person.json";

  @Override
  public String title() {
    return "Local Offer and a personalised offer";
  }

  @Override
  public void run(PrintWriter out, Path outputDir) throws IOException {
    LocalOffer offer = LocalOfferJson.example();
    CaseRecord young = youngPerson();
    OfferCheck check = OfferCheck.check(offer, young.assessmentDate(), CompletenessRules.defaults());
    out.println(offer.council() + " (fictional): " + offer.services().size() + " services, "
        + offer.services().stream().filter(s -> s.isStatutory()).count() + " of them statutory; check on "
        + young.assessmentDate() + ": " + (check.isComplete() ? "complete" : check.findings().size() + " finding(s)"));
    Assessment a = EnglandRules.standard().assess(young.history(), young.assessmentDate(), young.policyOver(Policy.defaults()));
    PersonalisedOffer p = PersonalisedOffer.of(young.history().person(), a, offer);
    out.println("Case " + p.personId() + " on " + p.asOf() + ": aged " + p.age() + ", " + p.category()
        + "; entitled to " + p.entitled().size() + ", may ask for " + p.mayAskFor().size() + ".");
    for (PersonalisedOffer.Item i : p.entitled()) {
      out.println("  entitled  " + i.service().name() + i.endsAtStartOf().map(d -> " (until " + d.minusDays(1) + ")").orElse("")
          + i.amount().map(m -> ", " + m.display()).orElse(""));
    }
    write(outputDir.resolve("personalised-offer-" + PersonalOfferCommand.safeName(p.personId()) + ".html"),
        PersonalisedOfferRenderer.html(p), out);
    write(outputDir.resolve("local-offer.html"), LocalOfferRenderer.html(offer, young.assessmentDate()), out);
    write(outputDir.resolve("principles-checklist-template.json"), ChecklistJson.template(), out);
  }

  private static void write(Path file, String text, PrintWriter out) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    out.println("  wrote " + file.getFileName());
  }

  static CaseRecord youngPerson() {
    try (InputStream in = LocalOfferDemoSection.class.getResourceAsStream(YOUNG_PERSON)) {
      if (in == null) {
        throw new IllegalStateException(YOUNG_PERSON + " is missing from the jar; this is a bug");
      }
      List<CaseRecordResult> records = CaseRecordReader.readAll(in, YOUNG_PERSON);
      if (records.size() != 1 || !(records.get(0) instanceof CaseRecord c)) {
        throw new IllegalStateException(YOUNG_PERSON + " is not one valid case record; this is a bug");
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
