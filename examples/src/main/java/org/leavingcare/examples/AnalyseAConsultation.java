package org.leavingcare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.LikertMeasures;
import org.leavingcare.consultation.summary.QuestionSensitivity;
import org.leavingcare.consultation.summary.Summariser;

/**
 * Analysing a Local Offer consultation from code: read the responses once, then compare each
 * proposal's support with everyone counted equally and with care-experienced responses weighted
 * three times, as the council's configuration says, and show where the weighting changes the
 * conclusion. The bundled data are the testkit's synthetic consultation (seed 2026, 160 responses).
 * Run it with {@code java org.leavingcare.examples.AnalyseAConsultation}.
 */
public final class AnalyseAConsultation {

  private AnalyseAConsultation() {}

  /**
   * Prints, for each agreement question, the share agreeing unweighted and weighted.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ConsultationConfig config = ConsultationConfig.parse(resource("consultation-config.json"), "consultation-config.json");
    ConsultationData data = ConsultationData.read(resource("consultation-responses.csv").getBytes(StandardCharsets.UTF_8),
        "consultation-responses.csv", config.consultation());
    out.println(data.ingestReport().summary());

    Summariser summariser = Summariser.of(data, config.analysis());
    ConsultationSummary equal = summariser.summarise(config.weighting().withCareExperiencedMultiplier(1.0), false);
    ConsultationSummary weighted = summariser.summarise(config.weighting(), true);
    double k = config.weighting().careExperiencedMultiplier();

    out.printf(Locale.ROOT, "%-4s %9s %12s  %s%n", "", "equal", "weighted x" + trim(k), "proposal");
    for (Question q : config.consultation().questions()) {
      if (q.type() != QuestionType.LIKERT) {
        continue;
      }
      LikertMeasures a = equal.question(q.id()).orElseThrow().overall().likert().orElseThrow();
      LikertMeasures b = weighted.question(q.id()).orElseThrow().overall().likert().orElseThrow();
      String flip = "";
      for (QuestionSensitivity s : weighted.sensitivity().map(x -> x.questions()).orElse(java.util.List.of())) {
        if (s.questionId().equals(q.id()) && s.majorityFlips() && s.majorityFlipsAt().isPresent()) {
          flip = "  <- the majority changes at x" + trim(s.majorityFlipsAt().getAsDouble());
        }
      }
      out.printf(Locale.ROOT, "%-4s %8.0f%% %11.0f%%  %s%s%n", q.id(), 100 * a.agree().estimate(), 100 * b.agree().estimate(),
          q.text().orElse(q.id()), flip);
    }
  }

  private static String trim(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.1f", x);
  }

  private static String resource(String name) {
    try (InputStream in = AnalyseAConsultation.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
