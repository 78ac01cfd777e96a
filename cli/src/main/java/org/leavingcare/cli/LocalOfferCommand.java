package org.leavingcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leavingcare.localoffer.CompletenessRules;
import org.leavingcare.localoffer.LocalOffer;
import org.leavingcare.localoffer.LocalOfferJson;
import org.leavingcare.localoffer.LocalOfferRenderer;
import org.leavingcare.localoffer.OfferCheck;
import org.leavingcare.principles.InvalidDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leavingcare local-offer}: check, publish and personalise a Local Offer for care leavers. */
@Command(
    name = "local-offer",
    mixinStandardHelpOptions = true,
    description = {
      "The Local Offer for care leavers (Children and Social Work Act 2017 s.2): check that it is",
      "complete, publish it as accessible HTML, Markdown or JSON, and print one young person's offer.",
      "The file format is in docs/local-offer.md; 'local-offer render --example' shows a bundled example."
    },
    subcommands = {LocalOfferCommand.Check.class, LocalOfferCommand.Render.class, PersonalOfferCommand.class})
final class LocalOfferCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose check, render or for.");
  }

  /** The offer file, or the bundled example. */
  static final class OfferSource {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The Local Offer (JSON).")
    Optional<Path> file;

    @Option(names = "--example", description = "Use the bundled example offer (a fictional council) instead of FILE.")
    boolean example;

    LocalOffer load(CommandSpec spec) {
      if (example == file.isPresent()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give either FILE or --example.");
      }
      if (example) {
        return LocalOfferJson.example();
      }
      try {
        return LocalOfferJson.read(DocumentFiles.read(file.get()), file.get().toString());
      } catch (InvalidDocumentException e) {
        throw DocumentFiles.invalid(e);
      }
    }
  }

  /** The completeness rules, as options. */
  static final class RuleOptions {
    @Option(names = "--cwsa2026-local-offer", paramLabel = "VALUE", defaultValue = "off",
        description = "Children's Wellbeing and Schools Act 2026 s.8 (financial literacy area): off (default), on, "
            + "on:yyyy-mm-dd or yyyy-mm-dd.")
    String localOffer2026;

    @Option(names = "--cwsa2026-staying-close", paramLabel = "VALUE", defaultValue = "off",
        description = "Children's Wellbeing and Schools Act 2026 s.7 (staying close support): off (default), on, "
            + "on:yyyy-mm-dd or yyyy-mm-dd.")
    String stayingClose2026;

    @Option(names = "--review-within-months", paramLabel = "N", defaultValue = "12",
        description = "Flag entries last reviewed more than N months before the date (default 12).")
    int reviewWithinMonths;

    @Option(names = "--qualifying-optional",
        description = "Do not require advice and assistance for qualifying persons (s.24) in the offer.")
    boolean qualifyingOptional;

    CompletenessRules rules() {
      if (reviewWithinMonths < 1) {
        throw new UserFacingException("--review-within-months must be at least 1, was " + reviewWithinMonths + ".",
            ExitCodes.USAGE);
      }
      try {
        return CompletenessRules.defaults().withCwsa2026LocalOffer(localOffer2026).withCwsa2026StayingClose(stayingClose2026)
            .withReviewWithin(Period.ofMonths(reviewWithinMonths)).withRequireQualifyingPersons(!qualifyingOptional);
      } catch (IllegalArgumentException e) {
        throw new UserFacingException(e.getMessage() + ".", ExitCodes.USAGE, e);
      }
    }
  }

  /** {@code local-offer check}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {
        "Checks a Local Offer: every area of s.2(2) covered, every statutory entitlement present, every entry",
        "reviewed in the last 12 months, every amount covering the date, the consultation recorded.",
        "Exit code 0 when complete, 1 when something is missing, 3 when the file cannot be read."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin OfferSource source = new OfferSource();
    @Mixin RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Check as at DATE (yyyy-mm-dd; default today).")
    Optional<String> asOf;

    @Override
    public Integer call() {
      LocalDate date = DocumentFiles.asOf(asOf);
      CompletenessRules rules = ruleOptions.rules();
      LocalOffer offer = source.load(spec);
      OfferCheck check = OfferCheck.check(offer, date, rules);
      var out = spec.commandLine().getOut();
      out.println(offer.council() + ": " + offer.services().size() + " services ("
          + offer.services().stream().filter(s -> s.isStatutory()).count() + " statutory), checked as at " + date);
      if (check.isComplete()) {
        out.println("Complete: every area and statutory entitlement is covered and every entry is up to date.");
      } else {
        out.println(check.findings().size() + (check.findings().size() == 1 ? " finding:" : " findings:"));
        for (OfferCheck.Finding f : check.findings()) {
          out.println("  " + f.kind() + " " + f.path() + ": " + f.message());
        }
      }
      out.flush();
      return check.isComplete() ? ExitCodes.OK : ExitCodes.SOME_INPUT_REJECTED;
    }
  }

  /** {@code local-offer render}. */
  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Publishes a Local Offer as accessible, self-contained HTML (default), Markdown or JSON.")
  static final class Render implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin OfferSource source = new OfferSource();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Show the amounts in force on DATE (yyyy-mm-dd; default today).")
    Optional<String> asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "html (default), md or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<Path> out;

    @Override
    public Integer call() {
      LocalDate date = DocumentFiles.asOf(asOf);
      LocalOffer offer = source.load(spec);
      String text = switch (format) {
        case "html" -> LocalOfferRenderer.html(offer, date);
        case "md" -> LocalOfferRenderer.markdown(offer, date);
        case "json" -> LocalOfferJson.write(offer);
        default -> throw new UserFacingException("--format must be html, md or json, was '" + format + "'.", ExitCodes.USAGE);
      };
      DocumentFiles.write(text, out, spec.commandLine().getOut()).ifPresent(spec.commandLine().getErr()::println);
      return ExitCodes.OK;
    }
  }
}
