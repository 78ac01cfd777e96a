package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;
import org.leavingcare.internal.Words;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, fast RFC 4180 CSV reader over strict UTF-8: quoted cells with doubled quotes and
 * embedded line breaks, CR LF or LF line ends, a leading byte-order mark skipped. Blank lines are
 * not records.
 *
 * <p>It works on bytes: a record's cells are cut as offsets into the read buffer, and a cell becomes
 * a string only when {@link #cell} asks for it (cells the caller does not {@link #want} never do).
 * A record without quotes, the usual case, is cut eight bytes at a time.
 * Strict UTF-8 is checked as bytes arrive, at no cost for ASCII; bytes that are not UTF-8 throw
 * {@link MalformedInputException} once every record before them has been returned. Not
 * thread-safe; one per file.
 */
public final class CsvReader implements AutoCloseable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private @Nullable CharBuffer scratch;
  private byte[] buf = new byte[1 << 16];
  /**
   * Bytes at the end of {@link #buf} never filled: any cell's first eight bytes can be read as one
   * long ({@code CodeTable}) without the buffer's end in the way, so that check is never taken and
   * the JIT has no rare branch to recompile the parsing loops for when a cell ends a buffer.
   */
  private static final int SLACK = 8;
  /** Start of the current record (bytes before it may be discarded). */
  private int rec;
  private int pos;
  /** Bytes checked as UTF-8: [0, len). */
  private int len;
  /** Bytes read: [0, raw); [len, raw) is an incomplete UTF-8 sequence awaiting its next bytes. */
  private int raw;
  private boolean eof;
  private @Nullable MalformedInputException pending;
  private long line = 1;
  private long recordLine;
  private boolean first = true;
  private byte[] quoted = new byte[64];
  private int quotedLength;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private @Nullable String[] text = new String[16];
  /** The record (counted by {@link #records}) whose text {@code text[i]} is; older entries are stale. */
  private long[] textOf = new long[16];
  /** Records begun, so that cutting a cell writes no reference (no collector barrier per cell). */
  private long records;
  private int count;
  private boolean @Nullable [] wanted;

  /**
   * A reader over a byte stream decoded as strict UTF-8 (malformed bytes throw
   * {@link MalformedInputException}).
   *
   * @param bytes the file's bytes
   */
  public CsvReader(InputStream bytes) {
    this.in = bytes;
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

  /**
   * Makes more checked bytes available after {@link #pos}, keeping the current record's bytes.
   *
   * @return false at the end of the file
   * @throws MalformedInputException when the next bytes are not UTF-8
   */
  private boolean more() throws IOException {
    while (true) {
      if (pending != null) {
        throw pending;
      }
      if (eof) {
        return false;
      }
      if (rec > 0) {
        System.arraycopy(buf, rec, buf, 0, raw - rec);
        pos -= rec;
        len -= rec;
        raw -= rec;
        rec = 0;
      }
      if (raw == buf.length - SLACK) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, raw, buf.length - SLACK - raw);
      if (n < 0) {
        eof = true;
      } else {
        raw += n;
      }
      check();
      if (len > pos) {
        return true;
      }
    }
  }

  /** Checks the bytes read since the last check as UTF-8, advancing {@link #len}. */
  private void check() {
    int i = len;
    byte[] b = buf;
    while (i + 8 <= raw && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
      i += 8; // eight ASCII bytes at a time
    }
    while (i < raw && b[i] >= 0) {
      i++;
    }
    if (i == raw) {
      len = raw;
      return;
    }
    if (scratch == null) {
      scratch = CharBuffer.allocate(1 << 13);
    }
    ByteBuffer bytes = ByteBuffer.wrap(buf, i, raw - i);
    utf8.reset();
    while (true) {
      scratch.clear();
      CoderResult r = utf8.decode(bytes, scratch, eof);
      if (r.isOverflow()) {
        continue;
      }
      len = bytes.position();
      if (r.isError()) {
        pending = new MalformedInputException(r.length());
      }
      return;
    }
  }

  /**
   * Reads the next record.
   *
   * @return the number of cells, or -1 at the end of the file
   * @throws IOException if reading fails or the bytes are not UTF-8
   */
  public int next() throws IOException {
    count = 0;
    records++;
    while (true) {
      rec = pos;
      if (pos >= len && !more()) {
        return -1;
      }
      if (first) {
        first = false;
        while (len - pos < 3 && more()) {
          // the byte-order mark is three bytes
        }
        if (len - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
          pos += 3;
        }
        continue;
      }
      byte c = buf[pos];
      if (c == '\n' || c == '\r') {
        endLine();
        continue; // blank line: not a record
      }
      break;
    }
    recordLine = line;
    if (plainRecord()) {
      return count;
    }
    while (!readCell()) {
      // one cell at a time until the record ends
    }
    return count;
  }

  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  /** Added to each byte's low seven bits: reaches 0x80 from 0x2D ('-') up, and never carries. */
  private static final long FROM_DASH = 0x5353535353535353L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Reads the record at {@link #pos} if none of its cells is quoted and it ends (CR or LF) within
   * the bytes already checked, cut exactly as {@link #readCell} cuts it, but eight bytes at a
   * time: one word marks the bytes below 0x2D, which take in ',', '"', CR and LF (the others, such
   * as a space, are data), and only those are looked at, instead of a test per byte and a call per
   * cell ({@link Words}). A record that does not qualify is left for {@link #readCell}, from its start.
   *
   * @return true if the record was read; false, with nothing changed, if it must be read cell by cell
   */
  private boolean plainRecord() throws IOException {
    byte[] b = buf;
    int base = rec;
    int p = pos;
    int last = len - 8;
    int n = 0;
    int cell = p - base;
    while (p <= last) {
      long w = (long) LONGS.get(b, p);
      long marked = ~(((w & LOW_SEVEN) + FROM_DASH) | w) & HIGH_BITS;
      while (marked != 0) {
        int i = p + Words.lowestMarkedByte(marked);
        byte c = b[i];
        if (c == ',' || c == '\n' || c == '\r') {
          if (n == starts.length) {
            count = n;
            room();
          }
          starts[n] = cell;
          ends[n] = i - base;
          n++;
          cell = i + 1 - base;
          if (c != ',') {
            count = n;
            pos = i;
            endLine();
            return true;
          }
        } else if (c == '"') {
          count = 0;
          return false;
        }
        marked &= marked - 1;
      }
      p += 8;
    }
    count = 0;
    return false;
  }

  /** Reads one cell; true if the record ended after it. */
  private boolean readCell() throws IOException {
    if (pos >= len && !more()) {
      addText("");
      return true;
    }
    if (buf[pos] == '"') {
      pos++;
      return readQuoted();
    }
    int start = pos - rec;
    while (true) {
      byte[] b = buf;
      int end = len;
      int p = pos;
      while (p < end) {
        byte c = b[p];
        if (c > ',') {
          p++; // digits, letters, '/', '-', '.': most bytes of a 903 file
          continue;
        }
        if (c == ',') {
          pos = p + 1;
          add(start, p - rec);
          return false;
        }
        if (c == '\n' || c == '\r') {
          pos = p;
          add(start, p - rec);
          endLine();
          return true;
        }
        p++;
      }
      pos = p;
      if (!more()) {
        add(start, pos - rec);
        return true;
      }
    }
  }

  private boolean readQuoted() throws IOException {
    quotedLength = 0;
    while (true) {
      if (pos >= len && !more()) {
        addQuoted(); // unterminated quote: take what there is
        return true;
      }
      byte c = buf[pos++];
      if (c == '"') {
        if ((pos < len || more()) && buf[pos] == '"') {
          appendQuoted((byte) '"');
          pos++;
          continue;
        }
        while (true) { // after the closing quote, up to the delimiter
          if (pos >= len && !more()) {
            addQuoted();
            return true;
          }
          byte d = buf[pos];
          if (d == ',') {
            pos++;
            addQuoted();
            return false;
          }
          if (d == '\n' || d == '\r') {
            addQuoted();
            endLine();
            return true;
          }
          appendQuoted(d);
          pos++;
        }
      }
      if (c == '\n') {
        line++;
      }
      appendQuoted(c);
    }
  }

  private void appendQuoted(byte b) {
    if (quotedLength == quoted.length) {
      quoted = Arrays.copyOf(quoted, quoted.length * 2);
    }
    quoted[quotedLength++] = b;
  }

  /** At a CR or LF: consumes the line end. */
  private void endLine() throws IOException {
    byte c = buf[pos++];
    if (c == '\r' && (pos < len || more()) && buf[pos] == '\n') {
      pos++;
    }
    line++;
  }

  private boolean keep() {
    return kept(count);
  }

  private boolean kept(int i) {
    return wanted == null || i < wanted.length && wanted[i];
  }

  private void room() {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      text = Arrays.copyOf(text, count * 2);
      textOf = Arrays.copyOf(textOf, count * 2);
    }
  }

  /** A cell as offsets from the record's start, made into text only when asked for. */
  private void add(int start, int end) {
    room();
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  private void addQuoted() {
    addText(keep() ? new String(quoted, 0, quotedLength, StandardCharsets.UTF_8) : "");
  }

  private void addText(String s) {
    room();
    starts[count] = -1; // not in the buffer as it stands
    text[count] = keep() ? s : "";
    textOf[count] = records;
    count++;
  }

  /**
   * A cell of the last record read.
   *
   * @param i the position, from 0 to the count {@link #next()} returned, exclusive
   * @return the cell's text (empty if not wanted)
   */
  public String cell(int i) {
    if (i >= count) {
      throw outOfRange(i);
    }
    String known = text[i];
    if (known != null && textOf[i] == records) {
      return known;
    }
    String t = kept(i) ? new String(buf, rec + starts[i], ends[i] - starts[i], StandardCharsets.UTF_8) : "";
    text[i] = t;
    textOf[i] = records;
    return t;
  }

  /** The exception for a cell past the record's end, built in one place for {@link #start} and {@link #cell}. */
  private IndexOutOfBoundsException outOfRange(int i) {
    return new IndexOutOfBoundsException("cell " + i + " of a record of " + count + " cells");
  }

  /**
   * The bytes the last record's unquoted cells are cut from (see {@link #start}); valid until the
   * next call of {@link #next()}.
   *
   * @return the read buffer, not a copy
   */
  public byte[] buffer() {
    return buf;
  }

  /**
   * Where a cell of the last record starts in {@link #buffer()}, if it stands there as written: an
   * unquoted cell, whose bytes are its text.
   *
   * @param i the position, from 0 to the count {@link #next()} returned, exclusive
   * @return the offset of its first byte, or -1 for a quoted cell (read its text with {@link #cell})
   */
  public int start(int i) {
    int s = starts[i];
    return i < count && s >= 0 ? rec + s : quotedOrOutOfRange(i);
  }

  /**
   * -1 for a quoted cell; else the cell is past the record's end. Apart from {@link #start}, which
   * is then short enough (34 bytes of bytecode) for the quick compiler to inline at its callers.
   */
  private int quotedOrOutOfRange(int i) {
    if (i >= count) {
      throw outOfRange(i);
    }
    return -1;
  }

  /**
   * Where an unquoted cell of the last record ends in {@link #buffer()}.
   *
   * @param i the position of a cell whose {@link #start} is not -1
   * @return the offset after its last byte
   */
  public int end(int i) {
    return rec + ends[i];
  }

  /**
   * The cells of the last record read, as a new array.
   *
   * @return the cells
   */
  public String[] cells() {
    String[] all = new String[count];
    for (int i = 0; i < count; i++) {
      all[i] = cell(i);
    }
    return all;
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
