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
 * JSON Lines records are decoded from the parser's tokens ({@code CaseRecordDecoder.decodeText});
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
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("lines")
  void decodesEveryLineAsTheTreeDecoderDoes(String line) throws IOException {
    assertThat(CaseRecordDecoder.decodeText(line, 5, 9, Optional.empty())).isEqualTo(viaTree(line, Optional.empty()));
    Optional<LocalDate> asOf = Optional.of(LocalDate.of(2025, 6, 1));
    assertThat(CaseRecordDecoder.decodeText(line, 5, 9, asOf)).isEqualTo(viaTree(line, asOf));
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
          "Line 9 is not valid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ")
              + "). Each line must hold one complete case record as a JSON object.")));
    }
    return CaseRecordDecoder.decode(node, 5, 9, asOf);
  }
}
