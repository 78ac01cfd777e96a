package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The char-based reader the byte-level {@link CsvReader} replaced, kept as the reference it is tested against: a small RFC 4180 CSV reader over strict UTF-8: quoted cells with doubled quotes and
 * embedded line breaks, CR LF or LF line ends, a leading byte-order mark skipped. Blank lines are
 * not records. Unquoted cells are cut straight from the read buffer, and cells the caller does not
 * want ({@link #want}) are not turned into strings at all. Not thread-safe; one per file.
 */
final class CharCsvReader implements AutoCloseable {

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private long recordLine;
  private boolean first = true;
  private final StringBuilder sb = new StringBuilder(64);
  private String[] row = new String[16];
  private int count;
  private boolean @Nullable [] wanted;

  /**
   * A reader over a byte stream decoded as strict UTF-8 (malformed bytes throw
   * {@link java.nio.charset.MalformedInputException}).
   *
   * @param bytes the file's bytes
   */
  CharCsvReader(InputStream bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.in = new InputStreamReader(bytes, d);
  }

  /**
   * Which cells to keep from now on: cell {@code i} is read as text only if {@code mask[i]}; others
   * read as the empty string. By default every cell is kept.
   *
   * @param mask by cell position; positions past its end are not kept
   */
  public void want(boolean[] mask) {
    this.wanted = mask.clone();
  }

  private boolean fill() throws IOException {
    len = in.read(buf, 0, buf.length);
    pos = 0;
    if (len <= 0) {
      len = 0;
      return false;
    }
    return true;
  }

  /**
   * Reads the next record.
   *
   * @return the number of cells, or -1 at the end of the file
   * @throws IOException if reading fails or the bytes are not UTF-8
   */
  public int next() throws IOException {
    count = 0;
    while (true) {
      if (pos >= len && !fill()) {
        return -1;
      }
      char c = buf[pos];
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          pos++;
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        endLine();
        continue; // blank line: not a record
      }
      break;
    }
    recordLine = line;
    while (!readCell()) {
      // one cell at a time until the record ends
    }
    return count;
  }

  /** Reads one cell; true if the record ended after it. */
  private boolean readCell() throws IOException {
    if (pos >= len && !fill()) {
      add("");
      return true;
    }
    if (buf[pos] == '"') {
      pos++;
      return readQuoted();
    }
    int start = pos;
    while (pos < len) {
      char c = buf[pos];
      if (c == ',') {
        add(start, pos);
        pos++;
        return false;
      }
      if (c == '\n' || c == '\r') {
        add(start, pos);
        endLine();
        return true;
      }
      pos++;
    }
    sb.setLength(0);
    sb.append(buf, start, pos - start);
    while (true) {
      if (!fill()) {
        add(sb.toString());
        return true;
      }
      while (pos < len) {
        char c = buf[pos];
        if (c == ',') {
          pos++;
          add(sb.toString());
          return false;
        }
        if (c == '\n' || c == '\r') {
          add(sb.toString());
          endLine();
          return true;
        }
        sb.append(c);
        pos++;
      }
    }
  }

  private boolean readQuoted() throws IOException {
    sb.setLength(0);
    while (true) {
      if (pos >= len && !fill()) {
        add(sb.toString()); // unterminated quote: take what there is
        return true;
      }
      char c = buf[pos++];
      if (c == '"') {
        if ((pos < len || fill()) && buf[pos] == '"') {
          sb.append('"');
          pos++;
          continue;
        }
        while (true) { // after the closing quote, up to the delimiter
          if (pos >= len && !fill()) {
            add(sb.toString());
            return true;
          }
          char d = buf[pos];
          if (d == ',') {
            pos++;
            add(sb.toString());
            return false;
          }
          if (d == '\n' || d == '\r') {
            add(sb.toString());
            endLine();
            return true;
          }
          sb.append(d);
          pos++;
        }
      }
      if (c == '\n') {
        line++;
      }
      sb.append(c);
    }
  }

  /** At a CR or LF: consumes the line end. */
  private void endLine() throws IOException {
    char c = buf[pos++];
    if (c == '\r' && (pos < len || fill()) && buf[pos] == '\n') {
      pos++;
    }
    line++;
  }

  private boolean keep() {
    return wanted == null || count < wanted.length && wanted[count];
  }

  private void add(int start, int end) {
    put(keep() ? new String(buf, start, end - start) : "");
  }

  private void add(String s) {
    put(keep() ? s : "");
  }

  private void put(String s) {
    if (count == row.length) {
      row = Arrays.copyOf(row, row.length * 2);
    }
    row[count++] = s;
  }

  /**
   * A cell of the last record read.
   *
   * @param i the position, from 0 to the count {@link #next()} returned, exclusive
   * @return the cell's text (empty if not wanted)
   */
  public String cell(int i) {
    if (i >= count) {
      throw new IndexOutOfBoundsException("cell " + i + " of a record of " + count + " cells");
    }
    return row[i];
  }

  /**
   * The cells of the last record read, as a new array.
   *
   * @return the cells
   */
  public String[] cells() {
    return Arrays.copyOf(row, count);
  }

  /**
   * The line on which the last record returned by {@link #next()} started (1 = first line).
   *
   * @return the line number
   */
  public long recordLine() {
    return recordLine;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
