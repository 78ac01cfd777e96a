package org.leavingcare.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavingcare.model.Problem;

/**
 * JSON Lines records are decoded straight from their text ({@code CaseRecordDecoder.decodeText});
 * whatever the record, the result must equal the tree decoder's: the same record, or the same
 * error with the same problems in the same order.
 */
class DecodeTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String record(String members) {
    return "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"" + members + "}";
  }

  /** Every law vector on one line, and variations of the members the token decoder reads itself. */
  static Stream<String> lines() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = DecodeTextTest.class.getResourceAsStream("/law-vectors/law-vectors.json")) {
      for (JsonNode v : JSON.readTree(in)) {
        out.add(JSON.writeValueAsString(v));
      }
    }
    String ep = "{\"start\":\"2024-05-01\",\"end\":\"2024-06-01\",\"shortBreak\":true}";
    out.addAll(List.of(
        record(""),
        record(",\"episodes\":[" + ep + "," + ep.replace("05", "07").replace("06", "08") + "]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":null,\"shortBreak\":null,\"jurisdiction\":null}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"jurisdiction\":\"WALES\",\"legalStatus\":\"C2\","
            + "\"placementType\":\"U1\",\"extra\":{\"a\":[1,2]}}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"legalStatus\":\"V3\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"legalStatus\":\"Q9\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"legalStatus\":12}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"start\":\"2024-06-01\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":\"2024-04-01\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"jurisdiction\":\"SCOTLAND\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"shortBreak\":\"true\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\"},{\"start\":\"2024-05-10\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\"}],\"episodes\":[]"),
        record(",\"episodes\":null,\"facts\":null,\"policy\":null,\"expected\":null,\"ambiguous\":null"),
        record(",\"facts\":{\"sgoMadeOn\":\"2023-05-14\",\"careOrder\":true,\"futureFact\":1}"),
        record(",\"facts\":{\"livingWithParentSince\":\"2024-01-01\",\"arrangementOngoing\":false}"),
        record(",\"facts\":{\"careOrder\":\"yes\"}"),
        record(",\"facts\":[]"),
        record(",\"policy\":{\"DAY_COUNT\":\"INCLUSIVE_DAYS\"}"),
        record(",\"policy\":{\"DAY_COUNT\":\"SOMETIMES\"}"),
        record(",\"description\":{\"not\":\"text\"},\"reference\":[1,{\"x\":null}],\"ambiguous\":true"),
        record(",\"description\":\"one\",\"description\":\"two\""),
        record(",\"ambiguous\":\"no\""),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"duties\":[\"PA_APPOINT\"],"
            + "\"deadlines\":{\"eligibleFrom\":\"2024-05-01\",\"turns18On\":null},\"note\":1}"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"duties\":\"PA_APPOINT\",\"deadlines\":[]}"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"deadlines\":{\"eligibleFrom\":3}}"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"deadlines\":{\"noSuchKey\":\"2024-05-01\"}}"),
        record(",\"expected\":{\"category\":\"WHATEVER\"}"),
        record(",\"expected\":{\"duties\":[]}"),
        record(",\"expected\":{\"category\":\"NONE\",\"duties\":[\"NO_SUCH_DUTY\"]}"),
        record(",\"expected\":\"NONE\""),
        record(",\"id\":\"again\""),
        "{\"id\":\"  \",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":7,\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-02-30\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":null,\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":null}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2007-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"} {}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\",}",
        "[1,2]",
        "\"text\"",
        "42"));
    out.addAll(syntax());
    return out.stream();
  }

  /** Lines that test the text reader of the fast path: JSON it must read as Jackson does, or leave to it. */
  static List<String> syntax() {
    List<String> out = new ArrayList<>();
    String nested = "[".repeat(60) + "]".repeat(60);
    for (String value : List.of("-0", "0", "1.5e+3", "2E-2", "-12.25", "01", "1.", "-", "+1", ".5", "1e", "0x1",
        "true", "false", "null", "truex", "nul", "tru", "\"a\\\"b\\u00e9\\/\\b\\f\\n\\r\\t\"", "\"bad \\x\"",
        "\"bad \\u12G4\"", "\"\\ud800\"", "[]", "[1,]", "[,1]", "[1 2]", "{}", "{\"a\":1,}", "{\"a\" 1}",
        "{\"a\":{\"b\":[null,{}]}}", "{1:2}", nested, "[" + nested + "]", "\"tab\there\"", "NaN", "'x'",
        "[".repeat(70) + "]".repeat(70), "1" + "0".repeat(120))) {
      out.add(record(",\"reference\":" + value));
    }
    out.addAll(List.of(
        " \t{ \"id\" : \"T\" ,\r\n\"dateOfBirth\":\"2008-01-01\" , \"assessmentDate\" :\"2025-01-01\" } \t",
        "\ufeff" + record(""),
        "{\"id\":\"a\\u00e9\\\"b\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"\\ud83d\\ude00 \\ud800\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"caf\u00e9 \ud83d\ude00\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"i\\u0064\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008\\u002d01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01 \",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-1\",\"assessmentDate\":\"2025-01-01\"}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}}",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"} x",
        "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01",
        "{\"id\":\"T\" \"dateOfBirth\":\"2008-01-01\"}",
        "{\"id\":\"T\",,\"dateOfBirth\":\"2008-01-01\"}",
        "{\"id\":\"T\"\u0000,\"dateOfBirth\":\"2008-01-01\"}",
        "{\"id\":\"T\u0001\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        "",
        "{}",
        record(",\"facts\" : { } ,\"policy\" : {\n}"),
        record(",\"facts\":{ \"sgoMadeOn\" : \"2023-05-14\" , \"note\":[1,{\"x\":\"y\"}] }"),
        record(",\"facts\":{\"sgoMadeOn\":\"2023-05-14\",}"),
        record(",\"facts\":{\"sgoMadeOn\":\"2023-05-14\",\"sgoMadeOn\":\"2023-05-15\"}"),
        record(",\"facts\":\"none\""),
        record(",\"policy\":[]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\"},]"),
        record(",\"episodes\":[,{\"start\":\"2024-05-01\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"jurisdiction\":\"W\\u0041LES\"}]"),
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"placementType\":null,\"legalStatus\":null}]"),
        record(",\"episodes\":{}"),
        record(",\"episodes\":[null]"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"deadlines\":{\"eligibleFrom\":\"x\",\"eligibleFrom\":null}}"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"category\":\"NONE\"}"),
        record(",\"expected\":{\"category\":\"ELIGIBLE\",\"duties\":null,\"deadlines\":null}"),
        record(",\"expected\":{\"category\":null}"),
        record(",\"ambiguous\":false,\"ambiguous\":true")));
    return out;
  }

  /**
   * Lines changed at random (a character deleted, doubled or replaced by one that matters to JSON):
   * whatever comes of it, the result is the tree decoder's.
   */
  @Test
  void damagedLinesAreDecodedAsTheTreeDecoderDoes() {
    List<String> base = List.of(
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":null,\"shortBreak\":false}],"
            + "\"facts\":{},\"expected\":{\"category\":\"LOOKED_AFTER\",\"duties\":[],\"deadlines\":{}},"
            + "\"reference\":\"x\",\"ambiguous\":false"),
        record(",\"facts\":{\"sgoMadeOn\":\"2023-05-14\"},\"policy\":{\"DAY_COUNT\":\"INCLUSIVE_DAYS\"},"
            + "\"n\":[-1.5e3,true,null,{\"a\":\"\\u00e9\"}]"));
    String alphabet = "{}[],:\"\\ -0123.eE+tfnul";
    java.util.Random random = new java.util.Random(20261122);
    int plain = 0;
    for (int k = 0; k < 1000; k++) {
      StringBuilder b = new StringBuilder(base.get(k % base.size()));
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, b.charAt(at));
        default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      CaseRecordResult expected = viaTree(line, Optional.empty());
      assertThat(CaseRecordDecoder.decodeText(line, 5, 9, Optional.empty())).as(line).isEqualTo(expected);
      CaseRecord fast = CaseRecordDecoder.decodePlain(line, 5, 9, Optional.empty());
      if (fast != null) {
        assertThat(fast).as(line).isEqualTo(expected);
        plain++;
      }
    }
    assertThat(plain).as("damaged lines that are still plainly valid").isGreaterThan(30);
  }

  @Test
  void plainlyValidLinesTakeTheFastPath() {
    List<String> plain = new ArrayList<>();
    for (String line : syntax()) {
      if (CaseRecordDecoder.decodePlain(line, 5, 9, Optional.empty()) != null) {
        plain.add(line);
      }
    }
    assertThat(plain).hasSizeGreaterThan(20).contains(
        record(",\"reference\":-0"),
        record(",\"reference\":" + "[".repeat(60) + "]".repeat(60)),
        "{\"id\":\"a\\u00e9\\\"b\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
        record(",\"facts\":{ \"sgoMadeOn\" : \"2023-05-14\" , \"note\":[1,{\"x\":\"y\"}] }"));
    assertThat(CaseRecordDecoder.decodePlain(record(",\"reference\":01"), 5, 9, Optional.empty())).isNull();
  }

  @ParameterizedTest
  @MethodSource("lines")
  void decodesEveryLineAsTheTreeDecoderDoes(String line) throws IOException {
    assertThat(CaseRecordDecoder.decodeText(line, 5, 9, Optional.empty())).isEqualTo(viaTree(line, Optional.empty()));
    Optional<LocalDate> asOf = Optional.of(LocalDate.of(2025, 6, 1));
    assertThat(CaseRecordDecoder.decodeText(line, 5, 9, asOf)).isEqualTo(viaTree(line, asOf));
  }

  /**
   * A {@code \\u} escape takes four ASCII hex digits (RFC 8259). Digits of other scripts, such as
   * fullwidth or Arabic-Indic ones, are left to the tree decoder, whether in a member the fast path
   * reads or in one it skips: Jackson rejects most of them (a SYNTAX error) but reads a character
   * whose low byte is a hex digit as that digit (U+0661 as {@code a}), and the result must be its.
   */
  @Test
  void unicodeEscapesWithDigitsOtherThanAsciiAreSyntaxErrors() {
    for (String digits : List.of("\uff10\uff10\uff14\uff11", "\u0660\u0660\u0664\u0661", "00\uff14\uff21", "004\u0661")) {
      for (String line : List.of(
          "{\"id\":\"\\u" + digits + "\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}",
          record(",\"reference\":\"\\u" + digits + "\""),
          record(",\"episodes\":[{\"start\":\"2024-05-01\",\"legalStatus\":\"\\u" + digits + "\"}]"))) {
        assertThat(CaseRecordDecoder.decodePlain(line, 5, 9, Optional.empty())).as(line).isNull();
        CaseRecordResult result = CaseRecordDecoder.decodeText(line, 5, 9, Optional.empty());
        assertThat(result).as(line).isEqualTo(viaTree(line, Optional.empty()));
        if (digits.startsWith("\uff10")) {
          assertThat(((RecordError) result).problems()).extracting(Problem::code).containsExactly("SYNTAX");
        }
      }
    }
  }

  @Test
  void aValidLineIsDecodedToItsRecord() {
    CaseRecordResult r = CaseRecordDecoder.decodeText(
        record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":\"2024-06-01\"}]"), 1, 1, Optional.empty());
    assertThat(r).isInstanceOf(CaseRecord.class);
    assertThat(((CaseRecord) r).history().episodes()).hasSize(1);
  }

  private static CaseRecordResult viaTree(String line, Optional<LocalDate> asOf) {
    JsonNode node;
    try {
      node = CaseRecordReader.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return new RecordError(5, 9, Optional.empty(), List.of(new Problem("SYNTAX", "", "line 9",
          "Line 9 is not valid JSON (" + CaseRecordDecoder.syntaxReason(e)
              + "). Each line must hold one complete case record as a JSON object.")));
    }
    return CaseRecordDecoder.decode(node, 5, 9, asOf);
  }
}
