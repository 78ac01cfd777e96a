package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.report.ConsultationReport;
import org.leavingcare.consultation.report.ThemeSections;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.QuestionSensitivity;
import org.leavingcare.consultation.summary.QuestionSummary;
import org.leavingcare.consultation.summary.SensitivityPoint;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.QuestionThemes;
import org.leavingcare.consultation.themes.ThemeInputException;
import org.leavingcare.consultation.themes.ThemeShare;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.Section;

/**
 * The demo's consultation section: summarises the bundled synthetic Local Offer consultation
 * (cli/src/main/resources/org/leavingcare/cli/demo/consultation) with care-experienced answers
 * weighted as its configuration says, codes its free text into themes (personal data redacted
 * first), prints the agreement with each proposal weighted and unweighted and the leading themes,
 * and writes the committee report as HTML and XLSX.
 */
final class ConsultationDemoSection implements DemoSection {

  static final String DIR = "/org/leavingcare/cli/demo/consultation/";

  @Override
  public String title() {
    return "Local Offer consultation (weighted by care experience)";
  }

  @Override
  public void run(PrintWriter out, Path outputDir) throws IOException {
    ConsultationConfig cfg = ConsultationConfig.parse(new String(resource("config.json"), StandardCharsets.UTF_8),
        "demo/consultation/config.json");
    ConsultationData.Builder builder = ConsultationData.builder(cfg.consultation());
    List<Response> responses = new ArrayList<>();
    IngestReport ingest = ResponseReader.of(cfg.consultation()).read(resource("responses.csv"), "responses.csv", r -> {
      builder.add(r);
      responses.add(r);
    });
    ConsultationData data = builder.build(ingest);
    ConsultationSummary summary = Summariser.of(data, cfg.analysis()).summarise(cfg.weighting());
    out.println(data.ingestReport().summary());
    out.println("Weighting: " + summary.weighting().description());
    out.println("Agreement with each proposal (those giving a view), weighted and unweighted:");
    for (QuestionSummary q : summary.questions()) {
      q.overall().likert().ifPresent(l -> out.println(String.format(Locale.ROOT, "  %-22s weighted %3.0f%%, unweighted %3.0f%%%s",
          q.id(), 100 * l.agree().estimate(), 100 * unweighted(summary, q),
          flips(summary, q))));
    }
    List<Section> themes = themes(cfg, responses, out);
    Report report = ConsultationReport.of(summary, cfg.consultation()).withSections(themes)
        .withTitle("Local Offer consultation: summary of responses (synthetic demo)").build();
    for (Path p : ReportFiles.writeInto(report, List.of(ReportFormat.HTML, ReportFormat.XLSX), outputDir,
        SummariseCommand.REPORT_NAME)) {
      out.println("  wrote " + p.getFileName() + " (" + p.toAbsolutePath().normalize() + ")");
    }
  }

  /**
   * Codes the free text with the bundled codebook (redacting personal data first), computes the
   * weighted theme prevalence, chooses quotes from those who agreed to publication, and prints the
   * leading themes of each question.
   */
  private static List<Section> themes(ConsultationConfig cfg, List<Response> responses, PrintWriter out)
      throws IOException {
    Codebook codebook;
    try (InputStream in = new java.io.ByteArrayInputStream(resource("codebook.json"))) {
      codebook = Codebook.parse(in, "demo/consultation/codebook.json");
    } catch (ThemeInputException e) {
      throw new IllegalStateException("the bundled codebook is invalid; this is a bug: " + e.getMessage(), e);
    }
    ThemeSections.Themes themes = ThemeSections.analyse(cfg.consultation(), cfg.weighting(), cfg.analysis(), codebook,
        responses, SummariseCommand.consented(responses, "publish_consent"));
    for (QuestionThemes q : themes.prevalence()) {
      List<ThemeShare> top = q.overall().shares().stream().filter(x -> !x.themeId().equals(ThemeShare.UNCODED))
          .sorted(Comparator.comparingDouble(ThemeShare::proportion).reversed()).limit(3).toList();
      out.println(String.format(Locale.ROOT, "Themes in '%s' (%d substantive answers): %s", q.questionId(),
          q.overall().substantive(), String.join(", ", top.stream().map(x -> String.format(Locale.ROOT, "%s %.0f%%",
              x.label(), 100 * x.proportion())).toList())));
    }
    out.println(themes.quotes().size() + " quotes chosen, redacted, from respondents who agreed to publication");
    return ThemeSections.of(cfg.consultation(), themes);
  }

  /** The unweighted share agreeing: the sensitivity point at multiplier 1. */
  private static double unweighted(ConsultationSummary s, QuestionSummary q) {
    return sensitivity(s, q).flatMap(x -> x.points().stream().filter(p -> p.multiplier() == 1.0).findFirst())
        .map(SensitivityPoint::measure).map(m -> m.estimate()).orElse(Double.NaN);
  }

  private static String flips(ConsultationSummary s, QuestionSummary q) {
    return sensitivity(s, q).filter(QuestionSensitivity::majorityFlips)
        .map(x -> String.format(Locale.ROOT, "  (the majority changes side at k = %.2f)", x.majorityFlipsAt().orElse(Double.NaN)))
        .orElse("");
  }

  private static java.util.Optional<QuestionSensitivity> sensitivity(ConsultationSummary s, QuestionSummary q) {
    return s.sensitivity().flatMap(x -> x.questions().stream().filter(y -> y.questionId().equals(q.id())).findFirst());
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ConsultationDemoSection.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException(DIR + name + " is missing from the jar; this is a bug");
      }
      return in.readAllBytes();
    }
  }
}
