package org.leavingcare.consultation.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte tokenizer on the edges of CSV: each case is checked for its meaning and against the
 * reference reader (opencsv on the decoded text), on one thread and in tiny chunks on three.
 */
class ResponseReaderCsvTest {

  private static final String H = ResponseReaderTest.HEADER;

  record Read(IngestReport report, List<Response> responses) {
    Response only() {
      assertThat(responses).hasSize(1);
      return responses.get(0);
    }
  }

  /** Reads with the byte reader in several ways, checks they agree with the reference, returns the result. */
  static Read read(byte[] bytes) {
    List<Response> expected = new ArrayList<>();
    IngestReport reference = OpencsvReference.of(ResponseReaderTest.CONSULTATION).withThreads(1)
        .read(bytes, "f.csv", expected::add);
    Read first = null;
    for (int chunk : new int[] {1 << 20, 1, 7, 40}) {
      List<Response> out = new ArrayList<>();
      IngestReport report = ResponseReader.of(ResponseReaderTest.CONSULTATION).withThreads(chunk == 1 << 20 ? 1 : 3)
          .withChunkBytes(chunk).read(bytes, "f.csv", out::add);
      assertThat(report).isEqualTo(reference);
      assertThat(out.stream().map(ResponseReaderAgreementTest::describe).toList())
          .isEqualTo(expected.stream().map(ResponseReaderAgreementTest::describe).toList());
      if (first == null) {
        first = new Read(report, out);
      }
    }
    return first;
  }

  static Read read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quotedCellsWithCommasDoubledQuotesAndEmptyQuotes() {
    Response r = read(H + "r1,\"Care, leaver\",Yes,\"Agree\",\"\",,,\"say \"\"hi\"\", then\"\n").only();
    assertThat(r.respondent().group()).isEqualTo("Care, leaver");
    assertThat(r.choice("q1")).contains("Agree");
    assertThat(r.choice("priority")).isEmpty();
    assertThat(r.text("comments")).contains("say \"hi\", then");
  }

  @Test
  void crlfInsideAQuotedCellBecomesLfAndALoneCrStays() {
    Response r = read(H + "r1,Public,No,Agree,,,,\"one\r\ntwo\rthree\r\r\nfour\"\r\n").only();
    assertThat(r.text("comments")).contains("one\ntwo\rthree\r\nfour");
  }

  @Test
  void blankLinesInsideAQuotedCellAreKept() {
    Response r = read(H + "r1,Public,No,Agree,,,,\"one\n\n\r\ntwo\"\n").only();
    assertThat(r.text("comments")).contains("one\n\n\ntwo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "\r\n", "\r"})
  void theLastRowNeedsNoLineEnd(String end) {
    Read r = read(H + "r1,Public,No,Agree,,,,\"last\"" + end);
    assertThat(r.only().text("comments")).contains("last");
    assertThat(r.report().blankRows()).isZero();
  }

  @Test
  void blankLinesAreCountedAndRowsNumberedAsASpreadsheetShowsThem() {
    Read r = read(H + "\r\n" + "r1,Public,No,Agree,,,,\"a\nb\"\n" + "\n" + "r2,Public,No,Disagree,,,,\n");
    assertThat(r.report().blankRows()).isEqualTo(2);
    assertThat(r.responses()).extracting(Response::row).containsExactly(3L, 5L);
  }

  @Test
  void aQuotedCellNeverClosedIsARejectedRow() {
    Read r = read(H + "r1,Public,No,Agree,,,,ok\n" + "r2,Public,No,Agree,,,,\"never\nclosed\n");
    assertThat(r.report().rowsRead()).isEqualTo(2);
    assertThat(r.report().rejections()).singleElement().satisfies(x -> {
      assertThat(x.row()).isEqualTo(3);
      assertThat(x.wholeRow()).isTrue();
      assertThat(x.reason()).contains("a quoted cell is never closed");
    });
  }

  @Test
  void raggedRowsAreRejectedWithTheirCellCounts() {
    Read r = read(H + "r1,Public,No\n" + "r2,Public,No,Agree,,,,,x\n" + "r3,Public,No,Agree,,,,, \n");
    assertThat(r.report().rejections()).extracting(Rejection::row, Rejection::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, "the row has 3 cells but the header has 8; check for a missing comma or a"
            + " line break outside quotes"),
        org.assertj.core.groups.Tuple.tuple(3L, "the row has 9 cells but the header has 8; check for an unquoted comma in"
            + " an answer"));
    assertThat(r.responses()).extracting(x -> x.respondent().id()).containsExactly("r3");
  }

  @Test
  void irregularQuotingIsReadAsOpencsvReadsIt() {
    // A quote inside an unquoted cell, text after a closing quote: not RFC 4180, handed to opencsv
    // (the reference checks every value). A line in a quoted cell ending in a doubled quote is RFC 4180.
    Read r = read(H + "r1,Pub\"lic,No,Agree,,,,x\n"
        + "r2,\"Public\"x,No,Agree,,,,\n"
        + "r3,Public,No,Agree,,,,\"said \"\"hi\"\"\nthen\"\n"
        + "r4,Public,No,Agree,,,,\n");
    assertThat(r.responses()).extracting(x -> x.respondent().group()).contains("Pub\"lic");
    assertThat(r.report().rowsRead()).isEqualTo(r.report().rowsAccepted() + r.report().rowsRejected());
  }

  @Test
  void idsAreComparedByTheirTextWhateverTheQuotingOrSpaces() {
    Read r = read(H + "r1,Public,No,Agree,,,,\n" + "\" r1 \",Public,No,Agree,,,,\n" + "r\u00e9,Public,No,Agree,,,,\n"
        + "\"r\u00e9\",Public,No,Agree,,,,\n");
    assertThat(r.report().rejections()).extracting(Rejection::row, Rejection::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "r1"), org.assertj.core.groups.Tuple.tuple(5L, "r\u00e9"));
  }

  @Test
  void windows1252AndUtf8BomCellsMatchOptionsAndGroups() {
    String csv = H + "r1,Caf\u00e9,Yes,Don\u2019t know,,,,Caf\u00e9\n" + "r2,Caf\u00e9,Yes,Agree,,,,\n";
    Read cp1252 = read(csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(cp1252.report().encoding()).isEqualTo("windows-1252");
    assertThat(cp1252.responses().get(0).choice("q1")).contains("Don't know");
    assertThat(cp1252.responses()).extracting(x -> x.respondent().group()).containsOnly("Caf\u00e9");
    byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(read(bom).responses().get(1).respondent().group()).isEqualTo("Caf\u00e9");
  }

  @Test
  void nulBytesAndAnInvalidUtf8FileWithABomAreRefused() {
    InvalidResponseFileException nul = catchThrowableOfType(InvalidResponseFileException.class,
        () -> ResponseReader.of(ResponseReaderTest.CONSULTATION).read((H + "r1\0").getBytes(StandardCharsets.UTF_8),
            "f.csv", x -> { }));
    assertThat(nul.getMessage()).contains("f.csv").contains("NUL characters");
    byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF, '\n'};
    InvalidResponseFileException bom = catchThrowableOfType(InvalidResponseFileException.class,
        () -> ResponseReader.of(ResponseReaderTest.CONSULTATION).read(bad, "f.csv", x -> { }));
    assertThat(bom.getMessage()).contains("not valid UTF-8");
  }
}
