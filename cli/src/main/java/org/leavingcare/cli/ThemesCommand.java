package org.leavingcare.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.config.InvalidConfigException;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.InvalidResponseFileException;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.privacy.PersonalDataType;
import org.leavingcare.consultation.privacy.RedactedText;
import org.leavingcare.consultation.privacy.RedactionSummary;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.consultation.themes.CodeSource;
import org.leavingcare.consultation.themes.CodedAnswer;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.ManualCodes;
import org.leavingcare.consultation.themes.QuestionThemes;
import org.leavingcare.consultation.themes.ThemeCoder;
import org.leavingcare.consultation.themes.ThemeCoding;
import org.leavingcare.consultation.themes.ThemeInputException;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.consultation.themes.ThemePrevalence;
import org.leavingcare.consultation.themes.ThemeShare;
import org.leavingcare.publish.SpreadsheetSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare consultation themes}: codes every free-text answer with a codebook, applies a
 * person's manual codes, prints weighted theme prevalence and writes the coded answers (redacted)
 * as a CSV in the manual-codes format, for review.
 */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    description = {
      "Codes every free-text answer with a codebook and prints, per question, the weighted share of",
      "respondents mentioning each theme (with unweighted counts) and how many answers no theme fits.",
      "With --out, writes every coded answer, redacted, as a CSV a reviewer can edit: fill 'themes' and",
      "'coder' on the rows you code (empty themes with a coder = no theme applies) and pass the file back",
      "with --manual-codes; your codes then replace the automatic ones and are recorded as manual.",
      "Rejected rows (responses or manual codes) are listed on stderr; the exit code is then 1."
    })
final class ThemesCommand implements Callable<Integer> {

  private static final int PROBLEMS_SHOWN = 20;

  /** The columns of the coded-answers file: the manual-codes columns first, so it can be read back. */
  static final List<String> COLUMNS = List.of("respondent_id", "question_id", "themes", "coder", "automatic_themes",
      "source", "substantive", "needs_coding", "redacted", "text");

  @Spec CommandSpec spec;

  @Option(names = "--responses", required = true, paramLabel = "FILE.csv", description = "The responses (CSV).")
  Path responses;

  @Option(names = "--config", required = true, paramLabel = "FILE.json", description = "The consultation configuration.")
  Path config;

  @Option(names = "--codebook", paramLabel = "FILE.json",
      description = "The codebook (default: the bundled starter; see 'consultation codebook template').")
  Optional<Path> codebook;

  @Option(names = "--manual-codes", paramLabel = "FILE.csv",
      description = "A person's codes (respondent_id, question_id, themes, coder) replacing the automatic ones.")
  Optional<Path> manualCodes;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the coded, redacted answers here.")
  Optional<Path> out;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConsultationConfig cfg = readConfig();
    Codebook book = readCodebook();
    List<Response> accepted = new ArrayList<>();
    IngestReport ingest;
    try {
      ingest = ResponseReader.of(cfg.consultation()).read(responses, accepted::add);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("responses file " + responses + " not found; check the path", ExitCodes.INPUT_UNUSABLE);
    } catch (InvalidResponseFileException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
    err.println(ingest.summary());
    ingest.rejections().stream().limit(PROBLEMS_SHOWN).forEach(r -> err.println("  " + r));
    ThemeCoding coding;
    try {
      coding = ThemeCoding.code(ThemeCoder.of(book, Redactor.standard()), cfg.consultation(), accepted);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
    boolean rejected = ingest.hasRejections();
    if (manualCodes.isPresent()) {
      ManualCodes codes = readManualCodes(coding);
      err.println(manualCodes.get().getFileName() + ": " + codes.rowsRead() + " rows read, " + codes.rowsAccepted()
          + " accepted, " + codes.rowsRejected() + " rejected, " + codes.rowsSkipped() + " not coded (no themes, no coder)");
      codes.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
      if (codes.problems().size() > PROBLEMS_SHOWN) {
        err.println("  ... and " + (codes.problems().size() - PROBLEMS_SHOWN) + " more");
      }
      rejected |= codes.rowsRejected() > 0;
      coding = coding.withManualCodes(codes);
    }

    List<Respondent> respondents = accepted.stream().map(Response::respondent).toList();
    ToDoubleFunction<Respondent> weights;
    try {
      weights = Summariser.respondentWeights(cfg.consultation(), respondents, cfg.weighting());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
    String weighting = cfg.weighting().describe() + (cfg.weighting().careExperiencedShare().isPresent()
        ? " (theme shares: the k that gives this share over all respondents)" : "");
    List<QuestionThemes> prevalence = ThemePrevalence.of(coding, respondents, weights,
        cfg.analysis().intervalMethod(), cfg.analysis().confidenceLevel());
    stdout.println("codebook " + book.id() + " v" + book.version() + "; weighting: " + weighting);
    for (QuestionThemes q : prevalence) {
      print(stdout, q);
    }
    RedactionSummary redaction = RedactionSummary.of(coding.answers().stream().map(CodedAnswer::text).toList());
    stdout.println("Redaction: " + redaction.textsRedacted() + " of " + redaction.textsExamined() + " answers had "
        + redaction.totalRedactions() + " item(s) removed" + describe(redaction));
    if (out.isPresent()) {
      write(coding, out.get());
      stdout.println("wrote " + out.get().toAbsolutePath().normalize());
    }
    stdout.flush();
    err.flush();
    return rejected ? ExitCodes.SOME_INPUT_REJECTED : ExitCodes.OK;
  }

  private static void print(PrintWriter out, QuestionThemes q) {
    var all = q.overall();
    out.println();
    out.println(String.format(Locale.ROOT, "%s: %d answered, %d substantive, %d left for review", q.questionId(),
        all.answered(), all.substantive(), q.forReview().size()));
    all.shares().stream()
        .sorted(Comparator.comparing((ThemeShare s) -> s.themeId().equals(ThemeShare.UNCODED))
            .thenComparing(Comparator.comparingDouble(ThemeShare::proportion).reversed()))
        .forEach(s -> out.println(String.format(Locale.ROOT, "  %-24s %5.1f%% weighted%s  (%d of %d unweighted)",
            s.themeId(), 100 * s.proportion(),
            s.interval().map(i -> String.format(Locale.ROOT, " [%.1f-%.1f]", 100 * i.lower(), 100 * i.upper())).orElse(""),
            s.mentions(), s.base())));
  }

  private static String describe(RedactionSummary s) {
    if (s.byType().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (var e : s.byType().entrySet()) {
      PersonalDataType t = e.getKey();
      parts.add(e.getValue() + " " + t.description());
    }
    return ": " + String.join(", ", parts) + (s.flagsByReason().isEmpty() ? "" : "; " + s.flagsByReason().values().stream()
        .mapToInt(Integer::intValue).sum() + " flagged for review");
  }

  private static void write(ThemeCoding coding, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVWriter csv = new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
            ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
      csv.writeNext(COLUMNS.toArray(String[]::new), false);
      for (CodedAnswer a : coding.answers()) {
        boolean manual = a.source() == CodeSource.MANUAL;
        RedactedText t = a.text();
        String[] row = {
          a.respondentId(), a.questionId(),
          manual ? String.join(";", a.themeIds()) : "",
          manual ? a.codedBy() : "",
          String.join(";", a.automaticThemeIds()),
          a.source().name().toLowerCase(Locale.ROOT),
          a.substantive() ? "yes" : "no",
          a.needsCoding() ? "yes" : "no",
          String.valueOf(t.redactions().size()),
          t.text()};
        for (int i = 0; i < row.length; i++) {
          row[i] = SpreadsheetSafety.neutralise(row[i]);
        }
        csv.writeNext(row, false);
      }
    }
  }

  private ConsultationConfig readConfig() throws IOException {
    try {
      return ConsultationConfig.read(config);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("configuration " + config + " not found; check the path", ExitCodes.INPUT_UNUSABLE);
    } catch (InvalidConfigException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
  }

  private Codebook readCodebook() throws IOException {
    if (codebook.isEmpty()) {
      return Codebook.starter();
    }
    try (InputStream in = Files.newInputStream(codebook.get())) {
      return Codebook.parse(in, String.valueOf(codebook.get().getFileName()));
    } catch (NoSuchFileException e) {
      throw new UserFacingException("codebook " + codebook.get() + " not found; check the path, or leave out --codebook "
          + "to use the starter", ExitCodes.INPUT_UNUSABLE);
    } catch (ThemeInputException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
  }

  private ManualCodes readManualCodes(ThemeCoding coding) throws IOException {
    Path file = manualCodes.orElseThrow();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ManualCodes.read(r, String.valueOf(file.getFileName()), coding);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("manual codes " + file + " not found; check the path", ExitCodes.INPUT_UNUSABLE);
    } catch (ThemeInputException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
  }
}
