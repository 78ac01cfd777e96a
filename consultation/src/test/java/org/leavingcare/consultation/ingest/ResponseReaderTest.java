package org.leavingcare.consultation.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.model.Consultation;

class ResponseReaderTest {

  static final Consultation CONSULTATION = ConsultationConfig.parse("""
      {"respondentIdColumn": "respondent_id", "groupColumn": "respondent_group",
       "careExperienced": {"column": "care_experienced", "values": ["Yes"]},
       "questions": [
         {"id": "q1", "type": "likert", "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]},
         {"id": "priority", "type": "single", "options": ["Housing", "Money and benefits"]},
         {"id": "support_used", "type": "multi", "separator": ";", "options": ["Housing", "Employment"]},
         {"id": "score", "type": "numeric"},
         {"id": "comments", "type": "text"}]}
      """, "test.json").consultation();

  static final String HEADER = "respondent_id,respondent_group,care_experienced,q1,priority,support_used,score,comments\r\n";

  record Read(IngestReport report, List<Response> responses) {}

  static Read read(byte[] content) {
    List<Response> out = new ArrayList<>();
    IngestReport report = ResponseReader.of(CONSULTATION).read(content, "responses.csv", out::add);
    return new Read(report, out);
  }

  static Read read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAnswersOfEveryTypeAndCountsEmptyCellsAsNotAnswered() {
    Read r = read(HEADER
        + "r1,Care leaver,Yes,Agree,Housing,Housing;Employment,7.5,Fine\r\n"
        + "r2,Professional,No,,Money and benefits,,,\r\n");
    assertThat(r.report().summary()).isEqualTo("responses.csv (UTF-8): 2 rows read, 2 accepted, 0 rejected; 0 cells set aside");
    Response first = r.responses().get(0);
    assertThat(first.row()).isEqualTo(2);
    assertThat(first.respondent()).isEqualTo(new Respondent("r1", "Care leaver", true, List.of()));
    assertThat(first.choice("q1")).contains("Agree");
    assertThat(first.choices("support_used")).containsExactly("Housing", "Employment");
    assertThat(first.number("score")).hasValue(7.5);
    assertThat(first.text("comments")).contains("Fine");
    Response second = r.responses().get(1);
    assertThat(second.choice("q1")).isEmpty();
    assertThat(second.answered(0)).isFalse();
    assertThat(second.choices("support_used")).isEmpty();
    assertThat(second.respondent().careExperienced()).isFalse();
  }

  @Test
  void dontKnowAndPreferNotToSayAreAnswersInTheirOwnCategory() {
    Read r = read(HEADER + "r1,Public,No,Don\u2019t know,prefer not to say,,,\n");
    assertThat(r.responses().get(0).choice("q1")).contains("Don't know");
    assertThat(r.responses().get(0).choice("priority")).contains("Prefer not to say");
    assertThat(r.report().hasRejections()).isFalse();
  }

  @Test
  void answersOutsideTheOptionsAreReportedWithRowColumnValueAndReason() {
    Read r = read(HEADER + "r1,Public,No,Agreed,Housing,Housing;Cars,x,\n");
    assertThat(r.report().rowsAccepted()).isEqualTo(1);
    assertThat(r.report().cellsRejected()).isEqualTo(3);
    assertThat(r.report().rejections()).extracting(Rejection::row, Rejection::column, Rejection::value, Rejection::wholeRow)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "q1", "Agreed", false),
            org.assertj.core.groups.Tuple.tuple(2L, "support_used", "Cars", false),
            org.assertj.core.groups.Tuple.tuple(2L, "score", "x", false));
    assertThat(r.report().rejections().get(0).reason()).contains("not one of the options of question 'q1'");
    assertThat(r.responses().get(0).choice("q1")).isEmpty();
    assertThat(r.responses().get(0).choices("support_used")).containsExactly("Housing");
  }

  @Test
  void quotedMultiLineCellsAndDoubledQuotesAreOneRow() {
    Read r = read(HEADER
        + "r1,Care leaver,Yes,Agree,Housing,,,\"Line one,\r\nline \"\"two\"\"\"\r\n"
        + "r2,Public,No,Agree,Housing,,,\r\n");
    assertThat(r.responses()).hasSize(2);
    assertThat(r.responses().get(0).text("comments")).contains("Line one,\nline \"two\"");
    assertThat(r.responses().get(1).row()).isEqualTo(3);
  }

  @Test
  void utf8WithByteOrderMarkAndWindows1252AreBothRead() {
    String csv = HEADER + "r1,Care leaver,Yes,Agree,Housing,,,Caf\u00e9 \u2013 good\n";
    byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    Read withBom = read(bom);
    assertThat(withBom.report().encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(withBom.responses().get(0).respondent().id()).isEqualTo("r1");
    Read cp1252 = read(csv.getBytes(Charset.forName("windows-1252")));
    assertThat(cp1252.report().encoding()).isEqualTo("windows-1252");
    assertThat(cp1252.responses().get(0).text("comments")).contains("Caf\u00e9 \u2013 good");
  }

  /**
   * A file of several megabytes is scanned for its encoding in pieces on the parsing threads: a
   * single byte anywhere decides, as in a small file.
   */
  @Test
  void inALargeFileOneByteAnywhereDecidesTheEncoding() {
    StringBuilder rows = new StringBuilder(HEADER);
    int n = 0;
    while (rows.length() < 5 << 20) {
      rows.append('r').append(n++).append(",Care leaver,Yes,Agree,Housing,,,Fine\n");
    }
    String last = "r" + n + ",Care leaver,Yes,Agree,Housing,,,Caf\u00e9\n";
    for (int threads : new int[] {1, 2, 3}) {
      ResponseReader reader = ResponseReader.of(CONSULTATION).withThreads(threads);
      List<Response> out = new ArrayList<>();
      IngestReport ascii = reader.read((rows + last.replace('\u00e9', 'e')).getBytes(StandardCharsets.UTF_8), "a.csv",
          out::add);
      assertThat(ascii.encoding()).isEqualTo("UTF-8");
      assertThat(ascii.rowsAccepted()).isEqualTo(n + 1);
      out.clear();
      IngestReport utf8 = reader.read((rows + last).getBytes(StandardCharsets.UTF_8), "u.csv", out::add);
      assertThat(utf8.encoding()).isEqualTo("UTF-8");
      assertThat(out.get(n).text("comments")).contains("Caf\u00e9");
      out.clear();
      IngestReport cp1252 = reader.read((rows + last).getBytes(Charset.forName("windows-1252")), "w.csv", out::add);
      assertThat(cp1252.encoding()).isEqualTo("windows-1252");
      assertThat(out.get(n).text("comments")).contains("Caf\u00e9");
      byte[] withNul = (rows + last).getBytes(StandardCharsets.UTF_8);
      withNul[withNul.length - 2] = 0;
      InvalidResponseFileException e = catchThrowableOfType(InvalidResponseFileException.class,
          () -> reader.read(withNul, "n.csv", r -> { }));
      assertThat(e.getMessage()).contains("NUL characters");
      byte[] nulFirst = (rows + last).getBytes(StandardCharsets.UTF_8);
      nulFirst[HEADER.length() + 1] = 0;
      assertThat(catchThrowableOfType(InvalidResponseFileException.class,
          () -> reader.read(nulFirst, "n.csv", r -> { })).getMessage()).contains("NUL characters");
    }
  }

  @Test
  void badRowsAreRejectedAndCountsReconcile() {
    Read r = read(HEADER
        + "r1,Care leaver,Yes,Agree,Housing,,,\n"
        + "r2,Public,No,Agree\n"
        + ",Public,No,Agree,Housing,,,\n"
        + "\n"
        + "r1,Public,No,Agree,Housing,,,\n"
        + "r5,Public,No,Agree,Housing,,,,,\n"
        + "r6,Public,No,Agree,Housing,,,,x\n"
        + "r7,,,Bogus,Housing,,,\n");
    IngestReport rep = r.report();
    assertThat(rep.rowsRead()).isEqualTo(7);
    assertThat(rep.rowsAccepted()).isEqualTo(3);
    assertThat(rep.rowsRejected()).isEqualTo(4);
    assertThat(rep.blankRows()).isEqualTo(1);
    assertThat(rep.careExperienceNotStated()).isEqualTo(1);
    assertThat(rep.rowsRead()).isEqualTo(rep.rowsAccepted() + rep.rowsRejected());
    assertThat(rep.rejections()).extracting(Rejection::row).containsExactly(3L, 4L, 6L, 8L, 9L);
    assertThat(rep.rejections().get(2).reason()).contains("already appeared in row 2");
    assertThat(r.responses()).extracting(x -> x.respondent().group()).containsExactly("Care leaver", "Public", "Not stated");
  }

  /**
   * Ids made to collide: the two Thue-Morse words of length 1024 over any two characters have the
   * same hash (the reader's polynomial, modulo 2^64), so every id made of such blocks has the same
   * hash as every other. Far more of them than the id set probes before using its map: each is
   * still accepted once and its duplicates still rejected, in any chunking (the table grows with
   * full runs when chunks are small).
   */
  @Test
  void idsWithCollidingHashesAreStillReadAndTheirDuplicatesFound() {
    String[][] blocks = {thueMorse('A', 'B'), thueMorse('\u00e9', '\u00ea')};
    assertThat(ChunkParser.hash(blocks[0][0])).isEqualTo(ChunkParser.hash(blocks[0][1]));
    assertThat(ChunkParser.hash(blocks[1][0])).isEqualTo(ChunkParser.hash(blocks[1][1]));
    List<String> ids = new ArrayList<>();
    for (String[] pair : blocks) {
      for (int bits = 0; bits < 40; bits++) {
        StringBuilder id = new StringBuilder();
        for (int k = 0; k < 6; k++) {
          id.append(pair[(bits >>> k) & 1]);
        }
        ids.add(id.toString());
      }
    }
    StringBuilder csv = new StringBuilder(HEADER);
    for (String id : ids) {
      csv.append(id).append(",Public,No,Agree,Housing,,,\n");
    }
    int[] repeated = {0, 5, 33, 39, 40, 79};
    for (int i : repeated) {
      csv.append(ids.get(i)).append(",Public,No,Disagree,Housing,,,\n");
    }
    csv.append("r1,Public,No,Agree,Housing,,,\nr1,Public,No,Agree,Housing,,,\n");
    ResponseReaderCsvTest.Read r = ResponseReaderCsvTest.read(csv.toString());
    IngestReport rep = r.report();
    assertThat(rep.rowsRead()).isEqualTo(ids.size() + repeated.length + 2);
    assertThat(rep.rowsAccepted()).isEqualTo(ids.size() + 1);
    assertThat(rep.rejections()).hasSize(repeated.length + 1);
    for (int k = 0; k < repeated.length; k++) {
      assertThat(rep.rejections().get(k).row()).isEqualTo(ids.size() + 2 + k);
      assertThat(rep.rejections().get(k).reason()).contains("already appeared in row " + (repeated[k] + 2));
    }
    assertThat(r.responses()).extracting(x -> x.respondent().id()).containsExactlyElementsOf(
        java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of("r1")).toList());
  }

  /** The Thue-Morse word of length 1024 over (a, b), and its complement. */
  private static String[] thueMorse(char a, char b) {
    StringBuilder t = new StringBuilder();
    StringBuilder u = new StringBuilder();
    for (int i = 0; i < 1024; i++) {
      boolean odd = (Integer.bitCount(i) & 1) != 0;
      t.append(odd ? b : a);
      u.append(odd ? a : b);
    }
    return new String[] {t.toString(), u.toString()};
  }

  @Test
  void missingColumnsAreAllNamedWithWhatTheFileHas() {
    InvalidResponseFileException e = catchThrowableOfType(InvalidResponseFileException.class,
        () -> read("respondent_id,q1\nr1,Agree\n"));
    assertThat(e.problems()).hasSize(6);
    assertThat(e.getMessage()).contains("respondent group column 'respondent_group' is not in the header")
        .contains("it has: respondent_id, q1");
  }

  @Test
  void readingInManySmallChunksOnSeveralThreadsGivesTheSameResultInFileOrder() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 2000; i++) {
      csv.append("r").append(i).append(i % 3 == 0 ? ",Care leaver,Yes," : ",Public,No,")
          .append(i % 7 == 0 ? "Nope" : "Agree").append(",Housing,,,\"multi\nline ").append(i).append("\"\n");
      if (i == 1500) {
        csv.append("r10,Public,No,Agree,Housing,,,\n");
      }
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    List<Response> one = new ArrayList<>();
    IngestReport single = ResponseReader.of(CONSULTATION).withThreads(1).read(bytes, "f.csv", one::add);
    List<Response> many = new ArrayList<>();
    IngestReport parallel = ResponseReader.of(CONSULTATION).withThreads(3).withChunkBytes(97).read(bytes, "f.csv", many::add);
    assertThat(parallel).isEqualTo(single);
    assertThat(many).extracting(Response::row).isEqualTo(one.stream().map(Response::row).toList());
    assertThat(single.rowsRead()).isEqualTo(2001);
    assertThat(single.rowsRejected()).isEqualTo(1);
    assertThat(single.rejections().stream().filter(Rejection::wholeRow).findFirst().orElseThrow().row()).isEqualTo(1503);
    assertThat(many.get(1999).text("comments")).contains("multi\nline 1999");
  }
}
