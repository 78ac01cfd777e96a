package org.leavingcare.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.config.InvalidConfigException;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.InvalidResponseFileException;
import org.leavingcare.consultation.ingest.Rejection;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.report.ConsultationReport;
import org.leavingcare.consultation.report.ThemeSections;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.consultation.summary.SummaryJson;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.ThemeInputException;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.Section;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare consultation summarise}: reads a response file once and writes the weighted
 * summary (schema in docs/consultation.md).
 */
@Command(
    name = "summarise",
    aliases = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises a consultation's closed questions, weighted as the configuration says: every option's",
      "weighted proportion with its standard error and interval, overall, by respondent group and by care",
      "experience, and how the headline results move with the care-experience multiplier.",
      "With --format html, md, xlsx or csv it also writes the committee report: charts and tables with the",
      "weighting made visible, small numbers suppressed.",
      "Rejected rows and cells are listed on stderr and in the output; the exit code is then 1."
    })
final class SummariseCommand implements Callable<Integer> {

  private static final int REJECTIONS_SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(names = "--responses", required = true, paramLabel = "FILE.csv",
      description = "The responses, one row per respondent (CSV, UTF-8 or Windows-1252).")
  Path responses;

  @Option(names = "--config", required = true, paramLabel = "FILE.json",
      description = "The consultation configuration: columns, questions and weighting (see docs/consultation.md).")
  Path config;

  @Option(names = "--multiplier", paramLabel = "X",
      description = "Care-experience multiplier, overriding the configuration's weighting (1 = unweighted).")
  Double multiplier;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json",
      description = {"One or more of: json (the full weighted summary, default), html, md, xlsx, csv (the",
          "committee report with charts and suppression). Several at once, comma-separated, go into --out DIR."})
  List<String> formats;

  @Option(names = "--out", paramLabel = "FILE|DIR",
      description = "Where to write: a file for one format (json defaults to standard output), a directory for several.")
  Path out;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Consultation: summary of responses",
      description = "The report's title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--codebook", paramLabel = "FILE.json",
      description = {"A themes codebook (see 'consultation codebook template'): the report then shows, per free-text",
          "question, the weighted share of respondents mentioning each theme, with redacted quotes."})
  Path codebook;

  @Option(names = "--consent-question", paramLabel = "ID",
      description = {"The question recording consent to publish (answers starting with 'Yes' consent).",
          "Without it no quote is shown."})
  String consentQuestion;

  /** The file name, without extension, of the report files written into a directory. */
  static final String REPORT_NAME = "consultation-report";

  /** The file name of the summary JSON written into a directory with other formats. */
  static final String SUMMARY_NAME = "consultation-summary.json";

  @Override
  public Integer call() throws IOException {
    boolean json = false;
    List<ReportFormat> reportFormats = new ArrayList<>();
    for (String f : formats) {
      String name = f.trim().toLowerCase(Locale.ROOT);
      if (name.equals("json")) {
        json = true;
      } else if (List.of("html", "md", "xlsx", "csv").contains(name)) {
        reportFormats.add(ReportFormat.valueOf(name.toUpperCase(Locale.ROOT)));
      } else {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Unsupported --format '" + f + "': choose json, html, md, xlsx or csv (several separated by commas).");
      }
    }
    if (!reportFormats.isEmpty() && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format " + String.join(",", formats) + " writes files: give --out FILE (one format) or --out DIR.");
    }
    if (multiplier != null && !(multiplier > 0 && Double.isFinite(multiplier))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--multiplier must be a positive number (1 = unweighted), was " + multiplier);
    }
    // The response file comes into memory on another core while the configuration is read and checked.
    FutureTask<byte[]> content = new FutureTask<>(() -> ResponseReader.readAllBytes(responses));
    Thread loader = new Thread(content, "leavingcare-load");
    loader.setDaemon(true);
    loader.start();
    ConsultationConfig cfg = readConfig();
    if (multiplier != null) {
      if (cfg.consultation().careExperience().isEmpty()) {
        throw new UserFacingException(config.getFileName() + ": --multiplier needs 'careExperienced' in the"
            + " configuration (the column saying who is care-experienced).", ExitCodes.INPUT_UNUSABLE);
      }
      cfg = cfg.withCareExperiencedMultiplier(multiplier);
    }
    if (consentQuestion != null && cfg.consultation().question(consentQuestion).isEmpty()) {
      List<String> ids = cfg.consultation().questions().stream().map(q -> q.id()).toList();
      throw new CommandLine.ParameterException(spec.commandLine(), "--consent-question '" + consentQuestion
          + "' is not the id of a question in " + config.getFileName() + "; its questions are: "
          + String.join(", ", ids) + ".");
    }
    List<Response> accepted = new ArrayList<>();
    ConsultationData data = read(content, cfg, codebook != null ? accepted::add : null);
    ConsultationSummary summary;
    try {
      summary = Summariser.of(data, cfg.analysis()).summarise(cfg.weighting());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(config.getFileName() + ": " + e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
    if (reportFormats.isEmpty()) {
      write(summary, out);
    } else {
      List<Path> written = new ArrayList<>();
      boolean intoDirectory = reportFormats.size() + (json ? 1 : 0) > 1;
      if (json) {
        Path file = out.resolve(SUMMARY_NAME);
        write(summary, file);
        written.add(file);
      }
      Report report = ConsultationReport.of(summary, cfg.consultation()).withTitle(title)
          .withSections(themes(cfg, accepted)).build();
      written.addAll(intoDirectory ? ReportFiles.writeInto(report, reportFormats, out, REPORT_NAME)
          : ReportFiles.writeFile(report, reportFormats.get(0), out));
      PrintWriter w = spec.commandLine().getOut();
      for (Path p : written) {
        w.println("wrote " + p);
      }
      w.flush();
    }
    if (summary.weighting().calibrationConverged().equals(Optional.of(false))) {
      spec.commandLine().getErr().println("warning: raking did not converge after "
          + summary.weighting().calibrationIterations().orElse(0) + " sweeps (largest margin error "
          + summary.weighting().calibrationMaxMarginError().orElse(Double.NaN) + "); raise maxIterations or"
          + " check that the margins are consistent (their totals should agree).");
    }
    return report(data.ingestReport());
  }

  private ConsultationConfig readConfig() throws IOException {
    try {
      return ConsultationConfig.read(config);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("configuration file not found: " + config
          + ". Check the path given to --config.", ExitCodes.INPUT_UNUSABLE, e);
    } catch (InvalidConfigException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
  }

  private List<Section> themes(ConsultationConfig cfg, List<Response> accepted) throws IOException {
    if (codebook == null) {
      return List.of();
    }
    Codebook book;
    try (InputStream in = Files.newInputStream(codebook)) {
      book = Codebook.parse(in, codebook.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw new UserFacingException("codebook file not found: " + codebook + ". Check the path given to --codebook.",
          ExitCodes.INPUT_UNUSABLE, e);
    } catch (ThemeInputException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
    Predicate<String> consent = consentQuestion == null ? id -> false : consented(accepted, consentQuestion);
    try {
      return ThemeSections.of(cfg.consultation(),
          ThemeSections.analyse(cfg.consultation(), cfg.weighting(), cfg.analysis(), book, accepted, consent));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(codebook.getFileName() + ": " + e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
  }

  /** Who agreed to publication: respondents whose answer to the question starts with "Yes". */
  static Predicate<String> consented(List<Response> accepted, String questionId) {
    Set<String> ids = new HashSet<>();
    for (Response r : accepted) {
      r.choice(questionId).filter(c -> c.startsWith("Yes")).ifPresent(c -> ids.add(r.respondent().id()));
    }
    return ids::contains;
  }

  /**
   * Reads the responses once into sufficient statistics; {@code keep}, when given, also receives
   * every accepted response (the themes need the free text), otherwise no response object is made.
   */
  private ConsultationData read(FutureTask<byte[]> content, ConsultationConfig cfg, @Nullable Consumer<Response> keep)
      throws IOException {
    String fileName = String.valueOf(responses.getFileName());
    try (Progress progress = Progress.onTerminal("reading responses")) {
      byte[] bytes = bytes(content);
      if (keep == null) {
        return ConsultationData.read(bytes, fileName, cfg.consultation(), progress::update);
      }
      ConsultationData.Builder builder = ConsultationData.builder(cfg.consultation());
      long[] n = {0};
      IngestReport report = ResponseReader.of(cfg.consultation()).read(bytes, fileName, r -> {
        builder.add(r);
        keep.accept(r);
        progress.update(++n[0]);
      });
      return builder.build(report);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("response file not found: " + responses
          + ". Check the path given to --responses.", ExitCodes.INPUT_UNUSABLE, e);
    } catch (InvalidResponseFileException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
  }

  /** The response file's bytes, once read, with the error reading it threw, if any. */
  private static byte[] bytes(FutureTask<byte[]> content) throws IOException {
    try {
      return content.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the response file");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("reading the response file failed", cause);
    }
  }

  private void write(ConsultationSummary summary, Path out) throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      SummaryJson.write(summary, w);
      w.flush();
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
      SummaryJson.write(summary, w);
    }
  }

  private int report(IngestReport report) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(report.summary());
    List<Rejection> rejections = report.rejections();
    rejections.stream().limit(REJECTIONS_SHOWN).forEach(r -> err.println("  " + r));
    if (rejections.size() > REJECTIONS_SHOWN) {
      err.println("  ... and " + (rejections.size() - REJECTIONS_SHOWN)
          + " more, all listed under input.rejections in the summary.");
    }
    if (report.careExperienceNotStated() > 0) {
      err.println("  note: " + report.careExperienceNotStated()
          + " respondent(s) left the care-experience question empty and are counted as not care-experienced.");
    }
    err.flush();
    return report.hasRejections() ? ExitCodes.SOME_INPUT_REJECTED : ExitCodes.OK;
  }
}
