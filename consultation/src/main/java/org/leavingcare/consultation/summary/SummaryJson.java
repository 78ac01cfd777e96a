package org.leavingcare.consultation.summary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leavingcare.consultation.estimates.Interval;
import org.leavingcare.consultation.estimates.QuantileEstimate;
import org.leavingcare.consultation.estimates.RaoScottTest;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Rejection;
import org.leavingcare.consultation.weighting.CalibrationSpec;

/**
 * Writes a {@link ConsultationSummary} as JSON, in the schema documented in
 * {@code docs/consultation.md} ({@value #SCHEMA}). Field names are stable; numbers that cannot be
 * estimated are {@code null}; proportions are 0 to 1. The output is deterministic.
 */
public final class SummaryJson {

  /** The schema identifier written in every document's {@code schema} field. */
  public static final String SCHEMA = "leavingcare-consultation-summary/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private SummaryJson() {}

  /**
   * The summary as a JSON string (pretty-printed).
   *
   * @param summary the summary
   * @return the JSON text
   */
  public static String toJson(ConsultationSummary summary) {
    StringWriter w = new StringWriter();
    write(summary, w);
    return w.toString();
  }

  /**
   * Writes the summary as JSON (pretty-printed). Does not close the writer.
   *
   * @param summary the summary
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ConsultationSummary summary, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      new Out(g).summary(summary);
      g.writeRaw(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Out {
    final JsonGenerator g;

    Out(JsonGenerator g) {
      this.g = g;
    }

    void summary(ConsultationSummary s) throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      input(s.input());
      weighting(s.weighting());
      num("confidenceLevel", s.confidenceLevel());
      g.writeStringField("intervalMethod", s.intervalMethod().jsonName());
      g.writeNumberField("respondents", s.respondents());
      g.writeArrayFieldStart("profile");
      for (GroupProfile p : s.profile()) {
        g.writeStartObject();
        g.writeStringField("group", p.group());
        g.writeNumberField("respondents", p.respondents());
        g.writeNumberField("careExperienced", p.careExperienced());
        num("shareOfWeight", p.shareOfWeight());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("questions");
      for (QuestionSummary q : s.questions()) {
        question(q);
      }
      g.writeEndArray();
      if (s.sensitivity().isPresent()) {
        sensitivity(s.sensitivity().get());
      } else {
        g.writeNullField("sensitivity");
      }
      g.writeEndObject();
    }

    void input(IngestReport r) throws IOException {
      g.writeObjectFieldStart("input");
      g.writeStringField("file", r.file());
      g.writeStringField("encoding", r.encoding());
      g.writeNumberField("rowsRead", r.rowsRead());
      g.writeNumberField("rowsAccepted", r.rowsAccepted());
      g.writeNumberField("rowsRejected", r.rowsRejected());
      g.writeNumberField("cellsRejected", r.cellsRejected());
      g.writeNumberField("blankRows", r.blankRows());
      g.writeNumberField("careExperienceNotStated", r.careExperienceNotStated());
      g.writeArrayFieldStart("rejections");
      for (Rejection x : r.rejections()) {
        g.writeStartObject();
        g.writeNumberField("row", x.row());
        g.writeStringField("column", x.column());
        g.writeStringField("value", x.value());
        g.writeStringField("reason", x.reason());
        g.writeBooleanField("wholeRow", x.wholeRow());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void weighting(WeightingSummary w) throws IOException {
      g.writeObjectFieldStart("weighting");
      g.writeStringField("description", w.description());
      num("careExperiencedMultiplier", w.careExperiencedMultiplier());
      num("careExperiencedShare", w.targetShare());
      g.writeObjectFieldStart("groupMultipliers");
      for (Map.Entry<String, Double> e : w.scheme().groupMultipliers().entrySet()) {
        num(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      if (w.scheme().calibration().isPresent()) {
        CalibrationSpec c = w.scheme().calibration().get();
        g.writeObjectFieldStart("calibration");
        g.writeStringField("method", c.method() == CalibrationSpec.Method.RAKE ? "rake" : "postStratify");
        g.writeArrayFieldStart("margins");
        for (var m : c.margins()) {
          g.writeString(m.column());
        }
        g.writeEndArray();
        g.writeNumberField("iterations", w.calibrationIterations().orElse(0));
        g.writeBooleanField("converged", w.calibrationConverged().orElse(false));
        num("maxMarginError", w.calibrationMaxMarginError());
        g.writeEndObject();
      } else {
        g.writeNullField("calibration");
      }
      g.writeEndObject();
    }

    void question(QuestionSummary q) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", q.id());
      g.writeStringField("type", q.type().configName());
      if (q.text().isPresent()) {
        g.writeStringField("text", q.text().get());
      } else {
        g.writeNullField("text");
      }
      num("careExperiencedMultiplier", q.careExperiencedMultiplier());
      num("careExperiencedShareOfWeight", q.careExperiencedShareOfWeight());
      breakdownFields(q.overall());
      g.writeArrayFieldStart("byGroup");
      for (Breakdown b : q.byGroup()) {
        g.writeStartObject();
        g.writeStringField("group", b.label());
        breakdownFields(b);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("byCareExperience");
      for (Breakdown b : q.byCareExperience()) {
        g.writeStartObject();
        g.writeBooleanField("careExperienced", b.label().equals(Summariser.CARE_EXPERIENCED));
        g.writeStringField("label", b.label());
        breakdownFields(b);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("tests");
      test("byGroup", q.byGroupTest());
      test("byCareExperience", q.byCareExperienceTest());
      g.writeEndObject();
      g.writeArrayFieldStart("careExperiencedVersusOthers");
      for (Comparison c : q.careExperiencedVersusOthers()) {
        g.writeStartObject();
        g.writeStringField("measure", c.measure());
        g.writeStringField("option", c.option());
        num("difference", c.difference());
        num("se", c.standardError());
        ci(c.ci());
        num("t", c.t());
        g.writeNumberField("df", c.df());
        num("pValue", c.pValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void breakdownFields(Breakdown b) throws IOException {
      g.writeNumberField("respondents", b.respondents());
      g.writeNumberField("notAnswered", b.notAnswered());
      num("effectiveN", b.effectiveN());
      g.writeArrayFieldStart("options");
      for (OptionResult o : b.options()) {
        g.writeStartObject();
        g.writeStringField("option", o.option());
        g.writeNumberField("count", o.count());
        num("unweightedProportion", o.unweightedProportion());
        num("proportion", o.proportion());
        num("se", o.standardError());
        ci(o.ci());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (b.likert().isPresent()) {
        LikertMeasures l = b.likert().get();
        g.writeObjectFieldStart("likert");
        g.writeNumberField("substantiveRespondents", l.substantiveRespondents());
        measure("agree", l.agree());
        measure("disagree", l.disagree());
        measure("netAgreement", l.netAgreement());
        quantile("median", l.median());
        g.writeEndObject();
      }
      if (b.mean().isPresent()) {
        measure("mean", b.mean().get());
        quantile("median", b.median());
      }
    }

    void measure(String name, Measure m) throws IOException {
      g.writeObjectFieldStart(name);
      num("estimate", m.estimate());
      num("se", m.standardError());
      ci(m.ci());
      g.writeNumberField("respondents", m.respondents());
      g.writeEndObject();
    }

    void quantile(String name, Optional<QuantileEstimate> q) throws IOException {
      if (q.isEmpty()) {
        g.writeNullField(name);
        return;
      }
      g.writeObjectFieldStart(name);
      num("value", q.get().value());
      num("lower", q.get().lower());
      num("upper", q.get().upper());
      num("se", q.get().standardError());
      g.writeStringField("method", "woodruff");
      g.writeEndObject();
    }

    void test(String name, Optional<RaoScottTest> t) throws IOException {
      if (t.isEmpty()) {
        g.writeNullField(name);
        return;
      }
      RaoScottTest r = t.get();
      g.writeObjectFieldStart(name);
      g.writeNumberField("rows", r.rowCategories());
      g.writeNumberField("columns", r.columnCategories());
      num("pearsonChiSquare", r.pearsonChiSquare());
      g.writeObjectFieldStart("firstOrder");
      num("chiSquare", r.firstOrderChiSquare());
      g.writeNumberField("df", r.firstOrderDf());
      num("pValue", r.firstOrderPValue());
      g.writeEndObject();
      g.writeObjectFieldStart("secondOrder");
      num("f", r.f());
      num("numeratorDf", r.numeratorDf());
      num("denominatorDf", r.denominatorDf());
      num("pValue", r.secondOrderPValue());
      g.writeEndObject();
      g.writeEndObject();
    }

    void sensitivity(Sensitivity s) throws IOException {
      g.writeObjectFieldStart("sensitivity");
      g.writeArrayFieldStart("multipliers");
      for (double k : s.multipliers()) {
        g.writeNumber(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("questions");
      for (QuestionSensitivity q : s.questions()) {
        g.writeStartObject();
        g.writeStringField("id", q.questionId());
        g.writeStringField("measure", q.measure());
        g.writeArrayFieldStart("points");
        for (SensitivityPoint p : q.points()) {
          g.writeStartObject();
          num("multiplier", p.multiplier());
          num("proportion", p.measure().estimate());
          num("se", p.measure().standardError());
          ci(p.measure().ci());
          num("effectiveN", p.effectiveN());
          num("careExperiencedShareOfWeight", p.careExperiencedShareOfWeight());
          strings("ranking", p.ranking());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("majorityFlips", q.majorityFlips());
        num("majorityFlipsAt", q.majorityFlipsAt());
        g.writeBooleanField("rankingFlips", q.rankingFlips());
        num("rankingFlipsAt", q.rankingFlipsAt());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void strings(String name, List<String> values) throws IOException {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }

    void ci(Optional<Interval> ci) throws IOException {
      if (ci.isEmpty()) {
        g.writeNullField("ci");
        return;
      }
      g.writeObjectFieldStart("ci");
      num("lower", ci.get().lower());
      num("upper", ci.get().upper());
      g.writeStringField("method", ci.get().method().jsonName());
      g.writeEndObject();
    }

    void num(String name, double v) throws IOException {
      if (Double.isFinite(v)) {
        g.writeNumberField(name, v);
      } else {
        g.writeNullField(name);
      }
    }

    void num(String name, OptionalDouble v) throws IOException {
      num(name, v.isPresent() ? v.getAsDouble() : Double.NaN);
    }
  }
}
