package org.leavingcare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leavingcare.testkit.generate.ConsultationGenerator;
import org.leavingcare.testkit.generate.GeneratedConsultation;
import org.leavingcare.testkit.generate.GeneratedSsda903;
import org.leavingcare.testkit.generate.Ssda903Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare generate 903|consultation}: realistic synthetic data with its truth, from the
 * testkit's generators (seeded: the same seed gives the same files).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes realistic synthetic data whose truth is known, for tests, training and benchmarks.",
      "All of it is synthetic; the same --seed gives the same files."
    },
    subcommands = {GenerateCommand.Ssda903.class, GenerateCommand.Consultation.class})
final class GenerateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose 903 or consultation.");
  }

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  static Path outputDirectory(Path out) {
    try {
      Files.createDirectories(out);
      return out;
    } catch (IOException | SecurityException e) {
      throw new UserFacingException("cannot create the output directory " + out + " (" + e.getMessage()
          + "). Choose a directory you can write to with --out.", ExitCodes.INPUT_UNUSABLE, e);
    }
  }

  /** {@code generate 903}. */
  @Command(name = "903", mixinStandardHelpOptions = true,
      description = {
        "A synthetic local authority's SSDA903 returns (header, episodes, reviews, OC3, UASC per collection year)",
        "with the truth: each child's legal category on 31 March of each year (categories.csv and LAW.md §15 case",
        "records), the expected OC3 cohort and the DfE care-leaver indicators. Files: OUT/903/yyyy-yy/, OUT/truth/."
      })
  static final class Ssda903 implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1000",
        description = "Children in the authority over the whole period (default 1000).")
    int size;

    @Option(names = "--years", paramLabel = "FIRST-LAST", defaultValue = "2019-2025",
        description = "Collection years by the year each ends, e.g. 2019-2025 for 2018-19 to 2024-25 (the default).")
    String years;

    @Option(names = "--no-case-records", description = "Skip truth/case-records.jsonl (large for millions of children).")
    boolean noCaseRecords;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if needed).")
    Path out;

    @Override
    public Integer call() throws IOException {
      Matcher m = YEARS.matcher(years.strip());
      if (!m.matches()) {
        throw new UserFacingException("--years '" + years + "' is not a year range; write it as 2019-2025 (the years the"
            + " collection years end).", ExitCodes.USAGE);
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      Ssda903Generator generator;
      try {
        generator = Ssda903Generator.builder().seed(seed).children(size).collectionYears(first, last)
            .caseRecords(!noCaseRecords).build();
      } catch (IllegalArgumentException e) {
        throw new UserFacingException("--size or --years: " + e.getMessage() + ".", ExitCodes.USAGE, e);
      }
      GeneratedSsda903 run;
      try (Progress progress = Progress.onTerminal("children written")) {
        run = generator.writeTo(outputDirectory(out), progress::update);
      }
      PrintWriter w = spec.commandLine().getOut();
      w.println(String.format(Locale.ROOT, "Wrote %,d children (%,d episode rows, %,d review rows, %,d OC3 rows) for %s to %s",
          run.children(), run.episodeRows(), run.reviewRows(), run.oc3Rows(),
          Ssda903Generator.yearName(first) + (first == last ? "" : " to " + Ssda903Generator.yearName(last)),
          out.toAbsolutePath().normalize()));
      w.println("Truth: " + run.truthDirectory().toAbsolutePath().normalize()
          + " (categories.csv, oc3-cohort.csv, indicators.csv" + (noCaseRecords ? "" : ", case-records.jsonl") + ")");
      return ExitCodes.OK;
    }
  }

  /** {@code generate consultation}. */
  @Command(name = "consultation", mixinStandardHelpOptions = true,
      description = {
        "A synthetic Local Offer consultation: responses.csv, the matching config.json, and the truth (answer",
        "probabilities by group, themes of each free-text answer, planted synthetic personal data for redaction tests)."
      })
  static final class Consultation implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default 1).")
    long seed;

    @Option(names = "--size", paramLabel = "N", defaultValue = "160", description = "Respondents (default 160).")
    int size;

    @Option(names = "--care-experienced-share", paramLabel = "P", defaultValue = "0.38",
        description = "Expected share of care-experienced respondents, between 0 and 1 (default 0.38).")
    double share;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if needed).")
    Path out;

    @Override
    public Integer call() throws IOException {
      ConsultationGenerator generator;
      try {
        generator = ConsultationGenerator.builder().seed(seed).respondents(size).careExperiencedShare(share).build();
      } catch (IllegalArgumentException e) {
        throw new UserFacingException("--size or --care-experienced-share: " + e.getMessage() + ".", ExitCodes.USAGE, e);
      }
      GeneratedConsultation run = generator.writeTo(outputDirectory(out));
      PrintWriter w = spec.commandLine().getOut();
      w.println(String.format(Locale.ROOT, "Wrote %,d responses (%,d free-text answers, %,d with planted personal data) to %s",
          run.respondents(), run.freeTextAnswers(), run.plantedPersonalData(), run.responses().toAbsolutePath().normalize()));
      w.println("Configuration: " + run.config().toAbsolutePath().normalize());
      w.println("Truth: " + run.truthDirectory().toAbsolutePath().normalize());
      return ExitCodes.OK;
    }
  }
}
