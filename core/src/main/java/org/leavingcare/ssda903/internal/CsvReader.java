package org.leavingcare.ssda903.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, fast RFC 4180 CSV reader over strict UTF-8: quoted cells with doubled quotes and
 * embedded line breaks, CR LF or LF line ends, a leading byte-order mark skipped. Blank lines are
 * not records. Not thread-safe; one per file.
 */
public final class CsvReader implements AutoCloseable {

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private long recordLine;
  private boolean first = true;
  private final StringBuilder cell = new StringBuilder(32);
  private final List<String> cells = new ArrayList<>(16);

  /**
   * A reader over a byte stream decoded as strict UTF-8 (malformed bytes throw
   * {@link java.nio.charset.MalformedInputException}).
   *
   * @param bytes the file's bytes
   */
  public CsvReader(InputStream bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.in = new InputStreamReader(bytes, d);
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos];
  }

  /**
   * The next record's cells.
   *
   * @return the cells, or null at the end of the file
   * @throws IOException if reading fails or the bytes are not UTF-8
   */
  public String[] next() throws IOException {
    while (true) {
      cells.clear();
      cell.setLength(0);
      recordLine = line;
      int c = read();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = read();
        }
      }
      if (c == -1) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        continue; // blank line: not a record
      }
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            break; // unterminated quote: take what we have
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              cell.append('"');
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append((char) c);
          }
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r' || c == -1) {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          if (c != -1) {
            line++;
          }
          break;
        } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else {
          cell.append((char) c);
        }
        c = read();
      }
      cells.add(cell.toString());
      return cells.toArray(new String[0]);
    }
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
