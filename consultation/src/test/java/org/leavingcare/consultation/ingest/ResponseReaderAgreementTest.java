package org.leavingcare.consultation.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leavingcare.consultation.model.Consultation;

/**
 * The byte reader agrees with the reference (opencsv on the decoded text, {@link OpencsvReference})
 * on random files: well-formed and broken quoting, CRLF and LF, blank lines, missing final line
 * end, ragged rows, duplicate and empty ids, UTF-8 with and without a byte-order mark and
 * Windows-1252, on 1 to 3 threads with chunks of any size. Same report, same rows, same answers,
 * and the same answer codes from {@link ResponseReader#readAnswerCodes}.
 */
class ResponseReaderAgreementTest {

  private static final Consultation C = ResponseReaderTest.CONSULTATION;

  private static final List<String> TEXTS = List.of("Agree", "Strongly agree", " agree ", "AGREE", "Nope", "", " ", "  ",
      "Housing", "money and benefits", "Housing;Employment", "Housing; Cars", ";", "7.5", " 3 ", "x", "NaN",
      "Don\u2019t know", "Prefer not to say", "Caf\u00e9 \u2013 good", "\u3000", "multi\nline", "two\r\nlines",
      "say \"hi\"", "said \"hi\"\nthen", "x\"\r\ny", "\"quoted\" start", "\n", "a\n\nb", "a,b", "\"", "\"\"", "end\"", "Yes", "No", "yes ", "Care leaver", "Public", "r1", " r2", "r\u00e9");

  /** How a cell is written: as it is, quoted (quotes doubled), or with a stray quote put in. */
  record Cell(String text, int style, int at) {
    String render() {
      switch (style) {
        case 0:
          return text;
        case 1:
          return "\"" + text.replace("\"", "\"\"") + "\"";
        case 2:
          int i = Math.min(at, text.length());
          return text.substring(0, i) + "\"" + text.substring(i);
        default:
          return "\"" + text.replace("\"", "\"\"") + "\"" + (at % 2 == 0 ? "x" : " ");
      }
    }
  }

  record Row(List<Cell> cells, boolean crlf, boolean blankBefore) {}

  record File(List<Row> rows, boolean finalNewline, int encoding) {
    byte[] bytes() {
      StringBuilder s = new StringBuilder(ResponseReaderTest.HEADER);
      for (Row r : rows) {
        if (r.blankBefore()) {
          s.append(r.crlf() ? "\r\n" : "\n");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < r.cells().size(); i++) {
          line.append(i == 0 ? "" : ",").append(r.cells().get(i).render());
        }
        s.append(line).append(r.crlf() ? "\r\n" : "\n");
      }
      if (!finalNewline && s.charAt(s.length() - 1) == '\n') {
        s.setLength(s.length() - (s.length() > 1 && s.charAt(s.length() - 2) == '\r' ? 2 : 1));
      }
      String text = s.toString();
      Charset cp1252 = Charset.forName("windows-1252");
      if (encoding == 2 && cp1252.newEncoder().canEncode(text)) {
        return text.getBytes(cp1252);
      }
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (encoding == 1) {
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        return bom;
      }
      return utf8;
    }
  }

  @Provide
  Arbitrary<File> files() {
    Arbitrary<Cell> cell = Combinators.combine(Arbitraries.of(TEXTS),
        Arbitraries.frequency(List.of(
            net.jqwik.api.Tuple.of(12, 0), net.jqwik.api.Tuple.of(6, 1), net.jqwik.api.Tuple.of(1, 2),
            net.jqwik.api.Tuple.of(1, 3))),
        Arbitraries.integers().between(0, 6)).as(Cell::new);
    Arbitrary<Cell> id = Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 9))
        .as((n, k) -> new Cell(k == 0 ? "" : k == 1 ? " r" + n + " " : "r" + n, k == 2 ? 1 : 0, 0));
    Arbitrary<Integer> width = Arbitraries.frequency(List.of(
        net.jqwik.api.Tuple.of(10, 8), net.jqwik.api.Tuple.of(1, 7), net.jqwik.api.Tuple.of(1, 9),
        net.jqwik.api.Tuple.of(1, 10)));
    Arbitrary<Row> row = width.flatMap(w -> Combinators.combine(id, cell.list().ofSize(w - 1),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 9))
        .as((i, rest, crlf, blank) -> {
          List<Cell> cells = new ArrayList<>();
          cells.add(i);
          cells.addAll(rest);
          return new Row(cells, crlf, blank == 0);
        }));
    return Combinators.combine(row.list().ofMinSize(0).ofMaxSize(25), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 2)).as(File::new);
  }

  @Property(seed = "20261122", tries = 250)
  void theByteReaderReadsEveryFileAsOpencsvDoes(@ForAll("files") File file, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 300) int chunkBytes) {
    byte[] bytes = file.bytes();
    List<Response> expected = new ArrayList<>();
    IngestReport expectedReport = OpencsvReference.of(C).withThreads(1).read(bytes, "f.csv", expected::add);

    List<Response> actual = new ArrayList<>();
    ResponseReader reader = ResponseReader.of(C).withThreads(threads).withChunkBytes(chunkBytes);
    IngestReport report = reader.read(bytes, "f.csv", actual::add);
    assertThat(report).isEqualTo(expectedReport);
    assertThat(actual.stream().map(ResponseReaderAgreementTest::describe).toList())
        .isEqualTo(expected.stream().map(ResponseReaderAgreementTest::describe).toList());

    List<String> codes = new ArrayList<>();
    IngestReport codeReport = reader.readAnswerCodes(bytes, "f.csv", new AnswerCodeSink() {
      final List<String> classes = new ArrayList<>();

      @Override
      public void respondentClass(int index, String group, boolean careExperienced, List<String> demographics) {
        assertThat(index).isEqualTo(classes.size());
        classes.add(group + "|" + careExperienced + "|" + demographics);
      }

      @Override
      public void response(int k, long[] c, int offset) {
        codes.add(classes.get(k) + " " + Arrays.toString(Arrays.copyOfRange(c, offset, offset + C.questions().size())));
      }
    });
    assertThat(codeReport).isEqualTo(expectedReport);
    assertThat(codes).isEqualTo(expected.stream().map(ResponseReaderAgreementTest::codes).toList());
  }

  static String describe(Response r) {
    StringBuilder s = new StringBuilder().append(r.row()).append(' ').append(r.respondent()).append(' ')
        .append(r.careCellEmpty());
    for (int q = 0; q < C.questions().size(); q++) {
      s.append(" | ").append(r.choiceIndex(q)).append(',').append(r.chosenMask(q)).append(',')
          .append(r.numberValue(q)).append(',').append(r.text(C.questions().get(q).id()).orElse("-"));
    }
    return s.toString();
  }

  /** The codes the reference's response gives, as the code sink would see them. */
  static String codes(Response r) {
    long[] c = new long[C.questions().size()];
    for (int q = 0; q < c.length; q++) {
      switch (C.questions().get(q).type()) {
        case LIKERT:
        case SINGLE:
          c[q] = r.choiceIndex(q) < 0 ? AnswerCodeSink.NOT_ANSWERED : r.choiceIndex(q);
          break;
        case MULTI:
          c[q] = r.chosenMask(q) == 0 ? AnswerCodeSink.NOT_ANSWERED : r.chosenMask(q);
          break;
        case NUMERIC:
          c[q] = Double.isNaN(r.numberValue(q)) ? AnswerCodeSink.NOT_ANSWERED : Double.doubleToLongBits(r.numberValue(q));
          break;
        default:
          c[q] = r.answered(q) ? 1 : AnswerCodeSink.NOT_ANSWERED;
      }
    }
    Respondent who = r.respondent();
    return who.group() + "|" + who.careExperienced() + "|" + who.demographics() + " " + Arrays.toString(c);
  }
}
