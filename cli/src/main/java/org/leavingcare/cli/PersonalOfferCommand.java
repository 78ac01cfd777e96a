package org.leavingcare.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordFormatException;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.localoffer.LocalOffer;
import org.leavingcare.localoffer.LocalOfferJson;
import org.leavingcare.localoffer.PersonalisedOffer;
import org.leavingcare.localoffer.PersonalisedOfferRenderer;
import org.leavingcare.principles.InvalidDocumentException;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leavingcare local-offer for CASE.json --offer FILE}: each young person's own offer. */
@Command(name = "for", mixinStandardHelpOptions = true,
    description = {
      "Prints each young person's own Local Offer: what they are entitled to, what they may ask for, and when",
      "each ends, with reasons. CASE.json holds one case record, an array of them or JSON Lines (LAW.md §15);",
      "each is assessed on its assessmentDate. With several records, --out names a directory and each",
      "offer is written to <case id>.<format> there.",
      "Exit code 0 when every record was used, 1 when some were rejected (listed on stderr)."
    })
final class PersonalOfferCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CASE.json", description = "The case record(s).")
  Path cases;

  @Option(names = "--offer", paramLabel = "FILE", description = "The Local Offer (JSON).")
  Optional<Path> offerFile;

  @Option(names = "--example-offer", description = "Use the bundled example offer instead of --offer.")
  boolean exampleOffer;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "html (default), md or json.")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "File (one record) or directory (several); default standard output.")
  Optional<Path> out;

  @Override
  public Integer call() {
    if (exampleOffer == offerFile.isPresent()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give either --offer FILE or --example-offer.");
    }
    if (!List.of("html", "md", "json").contains(format)) {
      throw new UserFacingException("--format must be html, md or json, was '" + format + "'.", ExitCodes.USAGE);
    }
    LocalOffer offer;
    try {
      offer = exampleOffer ? LocalOfferJson.example()
          : LocalOfferJson.read(DocumentFiles.read(offerFile.get()), offerFile.get().toString());
    } catch (InvalidDocumentException e) {
      throw DocumentFiles.invalid(e);
    }
    List<CaseRecordResult> records;
    try {
      records = CaseRecordReader.readAll(new ByteArrayInputStream(DocumentFiles.read(cases)), cases.toString());
    } catch (CaseRecordFormatException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<PersonalisedOffer> offers = new ArrayList<>();
    int rejected = 0;
    for (CaseRecordResult r : records) {
      if (r instanceof RecordError e) {
        rejected++;
        err.println(cases + ": record " + e.displayId() + " (line " + e.line() + ") rejected: " + e.field() + ": "
            + e.message());
        continue;
      }
      CaseRecord c = (CaseRecord) r;
      Assessment a = EnglandRules.standard().assess(c.history(), c.assessmentDate(), c.policyOver(Policy.defaults()));
      offers.add(PersonalisedOffer.of(c.history().person(), a, offer));
    }
    if (offers.size() == 1 && (out.isEmpty() || !Files.isDirectory(out.get()))) {
      DocumentFiles.write(render(offers.get(0)), out, spec.commandLine().getOut()).ifPresent(err::println);
    } else if (!offers.isEmpty()) {
      if (out.isEmpty()) {
        throw new UserFacingException(cases + " holds " + offers.size() + " usable records; give --out DIR to write one "
            + "offer per young person.", ExitCodes.USAGE);
      }
      for (PersonalisedOffer p : offers) {
        DocumentFiles.write(render(p), Optional.of(out.get().resolve(safeName(p.personId()) + "." + format)),
            spec.commandLine().getOut()).ifPresent(err::println);
      }
    }
    err.println("Read " + records.size() + " record(s): " + offers.size() + " offer(s) written, " + rejected + " rejected.");
    err.flush();
    return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_REJECTED;
  }

  private String render(PersonalisedOffer p) {
    return switch (format) {
      case "md" -> PersonalisedOfferRenderer.markdown(p);
      case "json" -> PersonalisedOfferRenderer.json(p);
      default -> PersonalisedOfferRenderer.html(p);
    };
  }

  /** A case id made safe as a file name: letters, digits, '-' and '_' kept, anything else '_'. */
  static String safeName(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
    return s.isEmpty() ? "case" : s;
  }
}
