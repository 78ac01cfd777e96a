package org.leavingcare.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseRecordReader} over bytes: line ends (LF, CR, CR LF), a byte order mark and blank lines
 * in JSON Lines; the line numbers it gives records and errors; bytes that are not UTF-8.
 */
class CaseRecordReaderTest {

  private static final String RECORD = "{\"id\":\"A\",\"dateOfBirth\":\"2008-01-01\",\"assessmentDate\":\"2025-01-01\"}";

  private static CaseRecordReader reader(byte[] bytes) {
    return CaseRecordReader.open(new ByteArrayInputStream(bytes), "cases.jsonl");
  }

  private static List<RawRecord> all(CaseRecordReader r) {
    List<RawRecord> out = new ArrayList<>();
    for (Optional<RawRecord> raw = r.next(); raw.isPresent(); raw = r.next()) {
      out.add(raw.get());
    }
    return out;
  }

  @Test
  void jsonLinesWithEveryLineEndABomAndBlankLinesGiveEachRecordItsLine() {
    String text = "\ufeff" + RECORD + "\r\n\r\n  \t\n" + RECORD + "\r" + RECORD.replace("\"A\"", "\"\u00e9\"") + "\n\n"
        + RECORD;
    try (CaseRecordReader r = reader(text.getBytes(StandardCharsets.UTF_8))) {
      List<RawRecord> raws = all(r);
      assertThat(raws).extracting(RawRecord::line).containsExactly(1L, 4L, 5L, 7L);
      assertThat(raws).extracting(RawRecord::number).containsExactly(1L, 2L, 3L, 4L);
      assertThat(raws).allMatch(raw -> raw.decode() instanceof CaseRecord);
      assertThat(((CaseRecord) raws.get(2).decode()).id()).contains("\u00e9");
      assertThat(r.recordsRead()).isEqualTo(4);
    }
  }

  @Test
  void bytesThatAreNotUtf8StopTheInputNamingTheirLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((RECORD + "\n" + RECORD + "\n{\"id\":\"").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes(("\"}\n" + RECORD + "\n").getBytes(StandardCharsets.UTF_8));
    try (CaseRecordReader r = reader(bytes.toByteArray())) {
      assertThat(r.next()).isPresent();
      assertThat(r.next()).isPresent();
      assertThatThrownBy(r::next).isInstanceOf(CaseRecordFormatException.class)
          .hasMessageContaining("cases.jsonl is not UTF-8 text (a byte sequence near line 3 cannot be decoded)");
    }
  }

  @Test
  void anArrayWithCrLfLineEndsIsReadAndItsSyntaxErrorsNameTheirLine() {
    String array = "[\r\n" + RECORD + ",\r\n" + RECORD + "\r\n]\r\n";
    try (CaseRecordReader r = reader(array.getBytes(StandardCharsets.UTF_8))) {
      assertThat(all(r)).extracting(RawRecord::line).containsExactly(2L, 3L);
    }
    String bad = "[\r\n" + RECORD + ",\r\n{\"id\": tru}\r\n]\r\n";
    try (CaseRecordReader r = reader(bad.getBytes(StandardCharsets.UTF_8))) {
      assertThat(r.next()).isPresent();
      assertThatThrownBy(r::next).isInstanceOf(CaseRecordFormatException.class)
          .hasMessageContaining("is not well-formed JSON at line 3");
    }
  }

  @Test
  void anArrayHoldingBytesThatAreNotUtf8IsNotUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("[\n" + RECORD + ",\n{\"id\":\"").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes("\"}\n]\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> all(reader(bytes.toByteArray()))).isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void aSyntaxErrorSaysWhatIsWrongWithoutQuotingTheInput() {
    // A name where the JSON is broken: Jackson's own message quotes it.
    String text = RECORD + "\n{\"id\":\"B\",\"dateOfBirth\":Smith}\n";
    try (CaseRecordReader r = reader(text.getBytes(StandardCharsets.UTF_8))) {
      List<RawRecord> raws = all(r);
      RecordError name = (RecordError) raws.get(1).decode();
      assertThat(name.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("SYNTAX");
        assertThat(p.message()).startsWith("Line 2 is not valid JSON (Unrecognized token '…'")
            .contains("'null', 'true' or 'false'").doesNotContain("Smith");
      });
    }
    byte[] array = ("[" + RECORD + ", {\"id\":\"B\",\"dateOfBirth\":Smith}]").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> all(reader(array))).isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("is not well-formed JSON at line 1").hasMessageContaining("Unrecognized token '…'")
        .hasMessageNotContaining("Smith").hasNoCause();
  }
}
