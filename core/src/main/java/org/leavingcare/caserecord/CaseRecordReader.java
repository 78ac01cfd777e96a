package org.leavingcare.caserecord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads case records (LAW.md §15.1) from UTF-8 input holding a single record (a JSON object), a
 * JSON array of records, or JSON Lines (one record per line; blank lines ignored). The container is
 * recognised from the input itself. Every record yields one result, in input order; a record
 * that is not valid yields a {@link RecordError} and reading goes on. Not thread-safe; the raw
 * records it returns may be decoded on any thread.
 *
 * <pre>{@code
 * try (CaseRecordReader r = CaseRecordReader.open(in, "cases.jsonl")) {
 *   for (Optional<RawRecord> raw = r.next(); raw.isPresent(); raw = r.next()) {
 *     CaseRecordResult result = raw.get().decode();
 *   }
 * }
 * }</pre>
 */
public final class CaseRecordReader implements Closeable {

  /** Reads one complete value from a line: trailing content is an error. */
  static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Reads successive values from a stream. */
  private static final ObjectMapper STREAM_MAPPER = new ObjectMapper();

  private enum Mode { UNKNOWN, LINES, ARRAY, DOCUMENT }

  private final Utf8Lines in;
  private final String source;
  private Mode mode = Mode.UNKNOWN;
  private @Nullable JsonParser parser;
  private @Nullable String pendingLine;
  private long lineNo;
  private long pendingLineNo;
  private long number;

  private CaseRecordReader(Utf8Lines in, String source) {
    this.in = in;
    this.source = source;
  }

  /**
   * A reader of {@code in}, which must be UTF-8.
   *
   * @param in the input; closed with the reader
   * @param source a name for messages, for example the file name or {@code "standard input"}
   * @return the reader
   */
  public static CaseRecordReader open(InputStream in, String source) {
    return new CaseRecordReader(new Utf8Lines(in, 1 << 16), source);
  }

  /**
   * Reads every record of {@code in} and decodes it.
   *
   * @param in the UTF-8 input; closed when done
   * @param source a name for messages
   * @return one result per record, in input order
   * @throws CaseRecordFormatException if the input cannot be read at all
   */
  public static List<CaseRecordResult> readAll(InputStream in, String source) {
    List<CaseRecordResult> out = new ArrayList<>();
    try (CaseRecordReader r = open(in, source)) {
      for (Optional<RawRecord> raw = r.next(); raw.isPresent(); raw = r.next()) {
        out.add(raw.get().decode());
      }
    }
    return out;
  }

  /**
   * The next record, not yet decoded.
   *
   * @return the record, or empty at the end of the input
   * @throws CaseRecordFormatException if the input is not UTF-8, or a JSON array or multi-line
   *     document in it is not well formed
   * @throws UncheckedIOException if reading fails
   */
  public Optional<RawRecord> next() {
    try {
      if (mode == Mode.UNKNOWN) {
        detect();
      }
      switch (mode) {
        case LINES:
          return nextLine();
        case ARRAY:
        case DOCUMENT:
          return nextTree();
        default:
          return Optional.empty();
      }
    } catch (CharacterCodingException e) {
      throw new CaseRecordFormatException(source + " is not UTF-8 text (a byte sequence near line " + (lineNo + 1)
          + " cannot be decoded). Save or export the file as UTF-8 and try again.", e);
    } catch (JsonProcessingException e) {
      // The parser's exception is not kept as the cause: its message quotes the input.
      throw new CaseRecordFormatException(source + " is not well-formed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " ("
          + CaseRecordDecoder.syntaxReason(e) + "). Fix the JSON, or write one record per line "
          + "(JSON Lines) so that a bad record does not stop the others.");
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + source + " failed: " + e.getMessage(), e);
    }
  }

  private void detect() throws IOException {
    String first = null;
    while ((first = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !first.isEmpty() && first.charAt(0) == '\uFEFF') {
        first = first.substring(1);
      }
      if (!first.isBlank()) {
        break;
      }
    }
    if (first == null) {
      mode = Mode.LINES;
      return;
    }
    String trimmed = first.strip();
    if (trimmed.startsWith("[")) {
      startParser(first, Mode.ARRAY);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("array expected: this is a bug");
      }
      return;
    }
    if (trimmed.startsWith("{") && !completeValue(trimmed)) {
      startParser(first, Mode.DOCUMENT);
      return;
    }
    mode = Mode.LINES;
    pendingLine = first;
    pendingLineNo = lineNo;
  }

  private static boolean completeValue(String line) {
    try {
      MAPPER.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private void startParser(String firstLine, Mode m) throws IOException {
    long firstLineNo = lineNo;
    Reader rest = new Concatenation(new StringReader(firstLine + "\n"), in.rest());
    parser = STREAM_MAPPER.getFactory().createParser(rest);
    mode = m;
    lineOffset = firstLineNo - 1;
  }

  private long lineOffset;

  private Optional<RawRecord> nextLine() throws IOException {
    String line;
    long no;
    if (pendingLine != null) {
      line = pendingLine;
      no = pendingLineNo;
      pendingLine = null;
    } else {
      do {
        line = in.readLine();
        if (line == null) {
          return Optional.empty();
        }
        lineNo++;
      } while (line.isBlank());
      no = lineNo;
    }
    return Optional.of(RawRecord.ofText(++number, no, line));
  }

  private Optional<RawRecord> nextTree() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null || (mode == Mode.ARRAY && t == JsonToken.END_ARRAY)) {
      if (mode == Mode.ARRAY && t == JsonToken.END_ARRAY && parser.nextToken() != null) {
        throw new CaseRecordFormatException(source + " has content after the closing ']' of its array of case "
            + "records. Remove it, or put every record inside the array.", null);
      }
      return Optional.empty();
    }
    long line = parser.currentTokenLocation().getLineNr() + lineOffset;
    JsonNode node = STREAM_MAPPER.readTree(parser);
    return Optional.of(RawRecord.ofTree(++number, line, node));
  }

  /**
   * How many records have been returned so far.
   *
   * @return the count
   */
  public long recordsRead() {
    return number;
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Closing " + source + " failed: " + e.getMessage(), e);
    }
  }

  /** Two readers, one after the other. */
  private static final class Concatenation extends Reader {
    private Reader current;
    private final Reader second;

    Concatenation(Reader first, Reader second) {
      this.current = first;
      this.second = second;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = current.read(buf, off, len);
      if (n < 0 && current != second) {
        current = second;
        return current.read(buf, off, len);
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      second.close();
    }
  }
}
