package org.leavingcare.caserecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.leavingcare.model.Problem;

/** LAW.md §15.9: each kind of invalid input gives an error naming the field and the value. */
class CaseRecordDecoderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One invalid record.
   *
   * @param name what is wrong
   * @param json the record
   * @param field the field the error must name
   * @param value the value the message must contain ("" for a missing member)
   */
  record Bad(String name, String json, String field, String value) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String record(String members) {
    return "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"" + members + "}";
  }

  static Stream<Bad> bad() {
    return Stream.of(
        new Bad("missing date of birth", "{\"id\":\"T\",\"assessmentDate\":\"2025-01-01\"}", "dateOfBirth", ""),
        new Bad("impossible date", "{\"id\":\"T\",\"dateOfBirth\":\"2008-02-30\",\"assessmentDate\":\"2025-01-01\"}",
            "dateOfBirth", "2008-02-30"),
        new Bad("date in another format", record(",\"episodes\":[{\"start\":\"01/02/2024\"}]"), "episodes[0].start",
            "01/02/2024"),
        new Bad("assessed before birth", "{\"id\":\"T\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2007-01-01\"}",
            "assessmentDate", "2007-01-01"),
        new Bad("episodes not an array", record(",\"episodes\":{}"), "episodes", "{}"),
        new Bad("episode not an object", record(",\"episodes\":[3]"), "episodes[0]", "3"),
        new Bad("episode without start", record(",\"episodes\":[{\"end\":\"2024-01-01\"}]"), "episodes[0].start", ""),
        new Bad("episode ends before it starts", record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":\"2024-04-01\"}]"),
            "episodes[0].end", "2024-04-01"),
        new Bad("episode before birth", record(",\"episodes\":[{\"start\":\"2007-05-01\"}]"), "episodes[0].start",
            "2007-05-01"),
        new Bad("string boolean", record(",\"episodes\":[{\"start\":\"2024-05-01\",\"shortBreak\":\"true\"}]"),
            "episodes[0].shortBreak", "\"true\""),
        new Bad("unknown jurisdiction", record(",\"episodes\":[{\"start\":\"2024-05-01\",\"jurisdiction\":\"SCOTLAND\"}]"),
            "episodes[0].jurisdiction", "SCOTLAND"),
        new Bad("unknown SSDA903 legal status", record(",\"episodes\":[{\"start\":\"2024-05-01\",\"legalStatus\":\"X9\"}]"),
            "episodes[0].legalStatus", "X9"),
        new Bad("facts not an object", record(",\"facts\":[]"), "facts", "[]"),
        new Bad("fact boolean as string", record(",\"facts\":{\"careOrder\":\"yes\"}"), "facts.careOrder", "yes"),
        new Bad("negative integer", record(",\"facts\":{\"intendedMaxBreakDays\":-1}"), "facts.intendedMaxBreakDays", "-1"),
        new Bad("fractional integer", record(",\"facts\":{\"intendedMaxBreakDays\":1.5}"), "facts.intendedMaxBreakDays", "1.5"),
        new Bad("unknown end reason", record(",\"facts\":{\"livingWithParentEndReason\":\"EVICTED\"}"),
            "facts.livingWithParentEndReason", "EVICTED"),
        new Bad("home arrangement ends before it starts",
            record(",\"facts\":{\"livingWithParentSince\":\"2024-05-01\",\"livingWithParentUntil\":\"2024-04-01\"}"),
            "facts.livingWithParentUntil", "2024-04-01"),
        new Bad("SGO ends before it is made", record(",\"facts\":{\"sgoMadeOn\":\"2020-05-01\",\"sgoEndedOn\":\"2020-04-01\"}"),
            "facts.sgoEndedOn", "2020-04-01"),
        new Bad("programme without type", record(",\"facts\":{\"educationProgramme\":{\"start\":\"2024-09-01\"}}"),
            "facts.educationProgramme.type", ""),
        new Bad("programme ends before it starts", record(",\"facts\":{\"educationProgramme\":{\"type\":\"TRAINING\","
            + "\"start\":\"2024-09-01\",\"expectedEnd\":\"2024-08-01\"}}"), "facts.educationProgramme.expectedEnd", "2024-08-01"),
        new Bad("private fostering without from", record(",\"facts\":{\"privatelyFostered\":{\"to\":\"2024-01-01\"}}"),
            "facts.privatelyFostered.from", ""),
        new Bad("other accommodation with unknown setting", record(",\"facts\":{\"otherAccommodation\":[{\"setting\":"
            + "\"HOTEL\",\"from\":\"2024-01-01\"}]}"), "facts.otherAccommodation[0].setting", "HOTEL"),
        new Bad("other accommodation ending before it starts", record(",\"facts\":{\"otherAccommodation\":[{\"setting\":"
            + "\"PRIVATE_CHILDRENS_HOME\",\"from\":\"2024-01-01\",\"to\":\"2023-01-01\"}]}"),
            "facts.otherAccommodation[0].to", "2023-01-01"),
        new Bad("arrangement ongoing after it ended", record(",\"facts\":{\"livingWithParentSince\":\"2023-01-01\","
            + "\"livingWithParentUntil\":\"2024-01-01\",\"arrangementOngoing\":true}"), "facts.arrangementOngoing", "true"),
        new Bad("unknown policy switch", record(",\"policy\":{\"CWSA2026_ANYTHING\":\"on\"}"), "policy.CWSA2026_ANYTHING",
            "on"),
        new Bad("unknown policy value", record(",\"policy\":{\"DAY_COUNT\":\"NIGHTS\"}"), "policy.DAY_COUNT", "NIGHTS"),
        new Bad("not an object", "[1,2]", "", "[1,2]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void eachInvalidInputNamesTheFieldAndTheValue(Bad b) throws Exception {
    CaseRecordResult r = CaseRecordDecoder.decode(JSON.readTree(b.json()), 1, 1);
    assertThat(r).as(b.name()).isInstanceOf(RecordError.class);
    RecordError e = (RecordError) r;
    assertThat(e.problems()).as(b.name()).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo(b.field());
      assertThat(p.message()).contains(b.field().isEmpty() ? "Record 1" : b.field());
      if (!b.value().isEmpty()) {
        assertThat(p.message()).contains(b.value());
      }
    });
  }

  @Test
  void everyProblemOfARecordIsReportedNotJustTheFirst() throws Exception {
    String json = record(",\"episodes\":[{\"start\":\"2024-05-01\",\"end\":\"2024-04-01\"},{\"start\":\"x\"}],"
        + "\"facts\":{\"careOrder\":\"no\"}");
    RecordError e = (RecordError) CaseRecordDecoder.decode(JSON.readTree(json), 1, 1);
    assertThat(e.problems()).extracting(Problem::field)
        .contains("episodes[0].end", "episodes[1].start", "facts.careOrder");
  }

  @Test
  void unknownAndInformationalFactsAreNotErrors() throws Exception {
    String json = record(",\"facts\":{\"note\":42,\"favouriteColour\":\"blue\"}");
    CaseRecord c = (CaseRecord) CaseRecordDecoder.decode(JSON.readTree(json), 1, 1);
    assertThat(c.history().circumstances().unknownFacts()).containsExactly("favouriteColour");
  }

  @Test
  void jsonLinesWithASyntaxErrorGoOnWithTheNextLine() {
    String in = record("") + "\n{oops\n" + record("").replace("\"T\"", "\"U\"") + "\n";
    List<CaseRecordResult> all = CaseRecordReader.readAll(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "t");
    assertThat(all).hasSize(3);
    assertThat(all.get(1)).isInstanceOf(RecordError.class);
    assertThat(((RecordError) all.get(1)).message()).contains("Line 2");
    assertThat(all.get(2).displayId()).isEqualTo("U");
  }
}
