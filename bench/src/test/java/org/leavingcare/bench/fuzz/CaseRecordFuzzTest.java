package org.leavingcare.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leavingcare.caserecord.AssessmentJson;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordDecoder;
import org.leavingcare.caserecord.CaseRecordFormatException;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.JsonLinesBuffer;
import org.leavingcare.caserecord.RawRecord;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.law.OutsideModelledPeriodException;
import org.leavingcare.model.Problem;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.NoApplicableRuleException;
import org.leavingcare.rules.Policy;
import org.leavingcare.rules.RuleConflictException;

/**
 * Case records (JSON, JSON array or JSON Lines) through the reader, the decoder and the law engine:
 * the reader may only throw {@link CaseRecordFormatException}; a record either decodes or is a
 * {@link RecordError} naming a field; a decoded record is assessed or meets one of the engine's
 * documented refusals (a date outside the modelled period, no rule or two rules).
 *
 * <p>It is also a differential test of the hand-written fast paths against the Jackson ones they
 * replaced: JSON Lines input that is UTF-8 must give, record by record, what splitting it with a
 * {@link BufferedReader} and decoding each line as a Jackson tree gives (lines and the strict text
 * decoder, {@code Utf8Lines} and {@code JsonCursor}); and every assessment and error must be
 * written by {@link JsonLinesBuffer} byte for byte as a Jackson UTF-8 generator writes it through
 * {@link AssessmentJson} (lone surrogates as {@code ?}).
 */
class CaseRecordFuzzTest {

  private static final EnglandRules RULES = EnglandRules.standard();
  /** As the reader reads one line: one complete value, nothing after it. */
  private static final ObjectMapper LINE = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonFactory UTF8 = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  @FuzzTest(maxDuration = "3s")
  void readDecodeAndAssess(byte[] input) throws Exception {
    List<CaseRecordResult> results = new ArrayList<>();
    Documented.onlyThese(List.of(CaseRecordFormatException.class, UncheckedIOException.class), () -> {
      try (CaseRecordReader r = CaseRecordReader.open(new ByteArrayInputStream(input), "fuzz.jsonl")) {
        for (Optional<RawRecord> raw = r.next(); raw.isPresent(); raw = r.next()) {
          CaseRecordResult result = raw.get().decode();
          results.add(result);
          if (result instanceof RecordError e) {
            assertThat(e.problems()).isNotEmpty();
            assertWrittenAsJacksonWritesIt(JsonLinesBuffer.withCapacity(0).append(e), g -> AssessmentJson.write(e, g));
            continue;
          }
          CaseRecord c = (CaseRecord) result;
          Documented.onlyThese(List.of(OutsideModelledPeriodException.class, NoApplicableRuleException.class,
              RuleConflictException.class), () -> {
                Assessment a = RULES.assess(c.history(), c.assessmentDate(), c.policyOver(Policy.defaults()));
                for (boolean details : new boolean[] {false, true}) {
                  assertWrittenAsJacksonWritesIt(JsonLinesBuffer.withCapacity(0).append(a, details),
                      g -> AssessmentJson.write(a, g, details));
                }
              });
        }
      }
    });
    List<CaseRecordResult> viaTree = jsonLinesViaTree(input);
    if (viaTree != null) {
      assertThat(results).isEqualTo(viaTree);
    }
  }

  /**
   * The records of {@code input} as JSON Lines, each line split off by a {@link BufferedReader}
   * and parsed into a Jackson tree; null if the input is not UTF-8 or the reader would read it as
   * a JSON array or a multi-line document.
   */
  private static List<CaseRecordResult> jsonLinesViaTree(byte[] input) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    BufferedReader lines = new BufferedReader(new StringReader(text));
    List<CaseRecordResult> out = new ArrayList<>();
    long lineNo = 0;
    boolean first = true;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (first) {
        String trimmed = line.strip();
        if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !completeValue(trimmed))) {
          return null;
        }
        first = false;
      }
      long number = out.size() + 1;
      JsonNode node;
      try {
        node = LINE.readTree(line);
      } catch (JsonProcessingException e) {
        out.add(new RecordError(number, lineNo, Optional.empty(), List.of(new Problem("SYNTAX", "", "line " + lineNo,
            "Line " + lineNo + " is not valid JSON (" + withoutQuotedInput(e.getOriginalMessage())
                + "). Each line must hold one complete case record as a JSON object."))));
        continue;
      }
      out.add(CaseRecordDecoder.decode(node, number, lineNo));
    }
    return out;
  }

  /** The decoder's rule for Jackson's messages (CaseRecordDecoder.syntaxReason): no quoted input. */
  private static String withoutQuotedInput(String message) {
    return java.util.regex.Pattern.compile("'[^']*'").matcher(message.replaceAll("\\s+", " ")).replaceAll(q -> {
      String inner = q.group().substring(1, q.group().length() - 1);
      return inner.length() <= 1 || inner.equals("null") || inner.equals("true") || inner.equals("false")
          ? java.util.regex.Matcher.quoteReplacement(q.group()) : "'…'";
    });
  }

  private static boolean completeValue(String line) {
    try {
      LINE.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private interface Write {
    void to(JsonGenerator g) throws IOException;
  }

  /** {@code lines} holds what a Jackson UTF-8 generator writes, lone surrogates as '?', then a newline. */
  private static void assertWrittenAsJacksonWritesIt(JsonLinesBuffer lines, Write write) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new WellFormedStrings(UTF8.createGenerator(out, JsonEncoding.UTF8))) {
      write.to(g);
      g.writeRaw('\n');
    }
    assertThat(lines.toByteArray()).isEqualTo(out.toByteArray());
  }

  /** Writes a lone surrogate as '?', as a UTF-8 encoding writer does (the CLI's former path). */
  private static final class WellFormedStrings extends JsonGeneratorDelegate {
    WellFormedStrings(JsonGenerator g) {
      super(g, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      super.writeString(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
  }
}
