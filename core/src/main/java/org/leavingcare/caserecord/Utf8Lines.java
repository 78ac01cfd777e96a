package org.leavingcare.caserecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Lines of UTF-8 input, as {@link java.io.BufferedReader#readLine()} over a strict UTF-8 decoder
 * gives them (ended by LF, CR or CR LF), read from the bytes: a line of ASCII becomes a string with
 * one copy, and only a line holding other bytes goes through a decoder, which rejects bytes that
 * are not UTF-8. Not thread-safe.
 */
final class Utf8Lines {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf;
  private int pos;
  private int limit;
  /** The previous line ended with CR: a LF right after it belongs to that line's end. */
  private boolean skipLf;
  /** A line longer than the buffer, gathered here. */
  private byte[] carry = new byte[0];
  private int carried;

  Utf8Lines(InputStream in, int bufferSize) {
    this.in = in;
    this.buf = new byte[bufferSize];
  }

  /**
   * The next line, without its end.
   *
   * @return the line, or null at the end of the input
   * @throws CharacterCodingException if the line's bytes are not UTF-8
   * @throws IOException if reading fails
   */
  @Nullable String readLine() throws IOException {
    if (skipLf) {
      if (pos >= limit && !fill()) {
        return null;
      }
      if (buf[pos] == '\n') {
        pos++;
      }
      skipLf = false;
    }
    carried = 0;
    boolean ascii = true;
    while (true) {
      if (pos >= limit) {
        if (!fill()) {
          return carried == 0 ? null : text(carry, 0, carried, ascii);
        }
      }
      int start = pos;
      byte[] b = buf;
      for (int i = start; i < limit; i++) {
        byte c = b[i];
        if (c <= '\r') {
          if (c == '\n' || c == '\r') {
            pos = i + 1;
            skipLf = c == '\r';
            if (carried == 0) {
              return text(b, start, i - start, ascii);
            }
            keep(b, start, i - start);
            return text(carry, 0, carried, ascii);
          }
          ascii &= c >= 0;
        }
      }
      keep(b, start, limit - start);
      pos = limit;
    }
  }

  private void keep(byte[] b, int from, int length) {
    if (carried + length > carry.length) {
      carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carried + length));
    }
    System.arraycopy(b, from, carry, carried, length);
    carried += length;
  }

  private String text(byte[] b, int from, int length, boolean ascii) throws CharacterCodingException {
    if (ascii) {
      return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
    return decoder.reset().decode(ByteBuffer.wrap(b, from, length)).toString();
  }

  /** Reads more bytes into the empty buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /**
   * The input after the lines read so far, as characters from a strict UTF-8 decoder. The lines
   * may not be read after this.
   *
   * @return the reader of the rest
   * @throws IOException if reading fails
   */
  Reader rest() throws IOException {
    if (skipLf && (pos < limit || fill()) && buf[pos] == '\n') {
      pos++;
    }
    skipLf = false;
    InputStream restBytes = new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
    pos = limit;
    return new InputStreamReader(restBytes, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Closes the input.
   *
   * @throws IOException if closing fails
   */
  void close() throws IOException {
    in.close();
  }
}
