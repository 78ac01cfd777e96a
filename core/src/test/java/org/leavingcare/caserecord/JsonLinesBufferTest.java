package org.leavingcare.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.law.LegalReference;
import org.leavingcare.model.Problem;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Flag;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import org.leavingcare.rules.Reason;

/**
 * {@link JsonLinesBuffer} writes exactly the bytes a Jackson UTF-8 generator writes through
 * {@link AssessmentJson} (characters outside the BMP combined into 4-byte UTF-8), one object a
 * line: for every law vector, with and without duty details, for rejected records, and for
 * strings that need escaping or multi-byte encoding.
 */
class JsonLinesBufferTest {

  private static final JsonFactory UTF8 = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final Jurisdiction RULES = EnglandRules.standard();

  /** Every ASCII character, and characters of 2, 3 and 4 bytes in UTF-8. */
  private static final String AWKWARD;

  static {
    StringBuilder b = new StringBuilder("quote \" backslash \\ slash / ");
    for (char c = 0; c < 0x80; c++) {
      b.append(c);
    }
    b.append(" \u00e9\u00ff\u0100\u07ff\u0800\u20ac\ud7ff\ue000\ufffd\uffff \ud83d\ude00\udbff\udfff end");
    AWKWARD = b.toString();
  }

  private interface Write {
    void to(JsonGenerator g) throws IOException;
  }

  /** What a Jackson UTF-8 generator writes, then a newline. */
  private static byte[] jackson(Write w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = UTF8.createGenerator(out, JsonEncoding.UTF8)) {
      w.to(g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<CaseRecordResult> lawVectors() throws IOException {
    try (InputStream in = JsonLinesBufferTest.class.getResourceAsStream("/law-vectors/law-vectors.json")) {
      return CaseRecordReader.readAll(in, "law-vectors.json");
    }
  }

  @Test
  void everyLawVectorIsWrittenAsJacksonWritesIt() throws IOException {
    List<CaseRecordResult> results = lawVectors();
    assertThat(results).hasSizeGreaterThan(20);
    JsonLinesBuffer all = JsonLinesBuffer.withCapacity(0);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    int assessed = 0;
    for (CaseRecordResult r : results) {
      if (r instanceof CaseRecord rec) {
        Assessment a = RULES.assess(rec.history(), rec.assessmentDate(), rec.policyOver(Policy.defaults()));
        for (boolean details : new boolean[] {false, true}) {
          byte[] one = jackson(g -> AssessmentJson.write(a, g, details));
          assertThat(JsonLinesBuffer.withCapacity(16).append(a, details).toByteArray()).isEqualTo(one);
          all.append(a, details);
          expected.write(one);
        }
        assessed++;
      } else {
        byte[] one = jackson(g -> AssessmentJson.write((RecordError) r, g));
        all.append((RecordError) r);
        expected.write(one);
      }
    }
    assertThat(assessed).isGreaterThan(20);
    assertThat(all.toByteArray()).isEqualTo(expected.toByteArray());
    assertThat(all.size()).isEqualTo(expected.size());
    assertThat(all.toString()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rejectedRecordsAreWrittenAsJacksonWritesThem() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"bad-date\",\"dateOfBirth\":\"2008-02-30\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"dateOfBirth\":\"2008-01-01\"}",
        "{\"id\":\"q\\\"\\\\\\u0001\",\"dateOfBirth\":\"x\\ty\",\"assessmentDate\":\"2025-01-01\"}",
        "[1, 2]",
        "{\"id\":\"e\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\","
            + "\"episodes\":[{\"start\":\"2024-01-01\",\"end\":\"2023-01-01\"}]}",
        "{not json");
    List<CaseRecordResult> results = CaseRecordReader.readAll(
        new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "test");
    assertThat(results).hasSize(6).allMatch(r -> r instanceof RecordError);
    for (CaseRecordResult r : results) {
      RecordError e = (RecordError) r;
      assertThat(JsonLinesBuffer.withCapacity(8).append(e).toByteArray())
          .isEqualTo(jackson(g -> AssessmentJson.write(e, g)));
    }
  }

  @Test
  void awkwardStringsAreEscapedAndEncodedAsJacksonDoes() {
    LegalReference ref = ChildrenAct1989.S22_LOOKED_AFTER;
    Reason reason = new Reason("T." + AWKWARD, Reason.Outcome.CONDITIONAL, AWKWARD, ref);
    DutyOwed duty = new DutyOwed(DutyCode.LAC_VISITS, ref, Optional.of(LocalDate.of(2020, 2, 29)),
        Optional.empty(), Optional.of(LocalDate.of(1, 1, 1)), true);
    List<Deadline> deadlines = List.of(
        Deadline.on(DeadlineKey.ELIGIBLE_FROM, LocalDate.of(2030, 12, 31), ref),
        Deadline.noStatutoryDeadline(DeadlineKey.NEEDS_ASSESSMENT_BY, ref),
        Deadline.interval(DeadlineKey.SUBSEQUENT_REVIEW_INTERVAL_MAX, Period.ofMonths(6), ref));
    for (LocalDate asOf : List.of(LocalDate.of(2025, 1, 9), LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31),
        LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))) {
      Assessment a = Assessment.of(AWKWARD, asOf, Category.RELEVANT, List.of(reason, reason), List.of(duty),
          deadlines, List.of(Flag.values()), Policy.defaults());
      for (boolean details : new boolean[] {false, true}) {
        assertThat(JsonLinesBuffer.withCapacity(1).append(a, details).toByteArray())
            .isEqualTo(jackson(g -> AssessmentJson.write(a, g, details)));
      }
    }
    RecordError error = new RecordError(7, 3, Optional.of(AWKWARD),
        List.of(new Problem(AWKWARD, AWKWARD, AWKWARD, AWKWARD), new Problem("C", "", "", "m")));
    assertThat(JsonLinesBuffer.withCapacity(1).append(error).toByteArray())
        .isEqualTo(jackson(g -> AssessmentJson.write(error, g)));
  }

  @Test
  void writtenTextReadsBackAsTheSameStrings() throws IOException {
    Assessment a = Assessment.of(AWKWARD, LocalDate.of(2025, 1, 9), Category.NONE,
        List.of(Reason.met("T", AWKWARD, ChildrenAct1989.S22_LOOKED_AFTER)), List.of(), List.of(), List.of(),
        Policy.defaults());
    String line = JsonLinesBuffer.withCapacity(0).append(a, false).toString();
    assertThat(line).endsWith("}\n").hasLineCount(1);
    var tree = new ObjectMapper().readTree(line);
    assertThat(tree.get("id").asText()).isEqualTo(AWKWARD);
    assertThat(tree.get("reasons").get(0).get("text").asText()).isEqualTo(AWKWARD);
  }

  @Test
  void aLoneSurrogateIsWrittenAsAQuestionMarkAsAnEncodingWriterDoes() {
    for (String id : List.of("x\ud800y", "\udc00", "a\ud83d", "\ude00\ud83d", "\ud83d\ud83d\ude00")) {
      Assessment a = Assessment.of(id, LocalDate.of(2025, 1, 9), Category.NONE,
          List.of(Reason.met("T", "t", ChildrenAct1989.S22_LOOKED_AFTER)), List.of(), List.of(), List.of(),
          Policy.defaults());
      String line = JsonLinesBuffer.withCapacity(0).append(a, false).toString();
      String viaWriter = new String(id.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertThat(line).startsWith("{\"id\":\"" + viaWriter + "\",");
    }
  }

  /**
   * Jackson writes a long string in segments: a character outside the BMP (two chars) at any
   * place, across a segment's end included, is written as one 4-byte sequence all the same.
   */
  @Test
  void longStringsWithCharactersOutsideTheBmpAnywhereAreWrittenAsJacksonWritesThem() {
    for (int length : new int[] {990, 2100, 8010}) {
      for (int at = 0; at < length; at++) {
        if (length > 5000 && at % 1000 > 10 && at % 1000 < 990) {
          continue;
        }
        String s = "a".repeat(at) + "\ud83d\ude00" + "\u00e9".repeat(length - at);
        RecordError e = new RecordError(1, 1, Optional.of(s), List.of(new Problem("C", s, s, s)));
        assertThat(JsonLinesBuffer.withCapacity(8).append(e).toByteArray()).as("length %d, at %d", length, at)
            .isEqualTo(jackson(g -> AssessmentJson.write(e, g)));
      }
    }
  }

  @Test
  void clearingKeepsTheBufferForReuseAndWriteToWritesWhatIsHeld() throws IOException {
    RecordError e = new RecordError(1, 1, Optional.of("r1"), List.of(new Problem("MISSING", "f", "", "m")));
    JsonLinesBuffer b = JsonLinesBuffer.withCapacity(4).append(e).append(e);
    byte[] two = b.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    assertThat(out.toByteArray()).isEqualTo(two);
    assertThat(b.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"id\":\"r1\",\"field\":\"f\""));
    b.clear();
    assertThat(b.size()).isZero();
    assertThat(b.toString()).isEmpty();
    b.append(e);
    assertThat(b.size()).isEqualTo(two.length / 2);
    assertThatThrownBy(() -> JsonLinesBuffer.withCapacity(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reasonsBeyondTheCacheAreWrittenTheSame() {
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < 4200; i++) {
      reasons.add(Reason.notMet("T" + i, "text " + i, ChildrenAct1989.S22_LOOKED_AFTER));
    }
    Assessment a = Assessment.of("p", LocalDate.of(2025, 1, 9), Category.NONE, reasons, List.of(), List.of(),
        List.of(), Policy.defaults());
    JsonLinesBuffer b = JsonLinesBuffer.withCapacity(0);
    byte[] expected = jackson(g -> AssessmentJson.write(a, g, true));
    assertThat(b.append(a, true).toByteArray()).isEqualTo(expected);
    b.clear();
    assertThat(b.append(a, true).toByteArray()).isEqualTo(expected);
    // The Jackson path's cache of reasons is bounded too: reasons made per person do not pile up.
    assertThat(AssessmentJson.reasonCacheSize()).isLessThanOrEqualTo(4096);
  }
}
