package org.leavingcare.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.leavingcare.caserecord.JsonLinesBuffer;

/**
 * The command's standard output: a print writer like picocli's own (buffered, flushed on each
 * line printed, in the platform's output encoding), which also accepts text already encoded, so
 * that a command writing much JSON ({@code assess}) can hand over bytes without decoding and
 * encoding them again.
 */
final class StandardOutput extends PrintWriter {

  private final OutputStream stream;
  private final Charset charset;

  private StandardOutput(OutputStream stream, Charset charset) {
    super(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    this.stream = stream;
    this.charset = charset;
  }

  /**
   * A standard output over {@code stream} (for tests: a byte stream standing in for the process's).
   *
   * @param stream the bytes' destination
   * @param charset the encoding of characters printed
   * @return the writer
   */
  static StandardOutput of(OutputStream stream, Charset charset) {
    return new StandardOutput(stream, charset);
  }

  /**
   * The writer of the process's standard output, in the encoding picocli would choose.
   *
   * @return the writer
   */
  static StandardOutput system() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    Charset cs = Charset.defaultCharset();
    if (name != null && Charset.isSupported(name)) {
      cs = Charset.forName(name);
    }
    return new StandardOutput(System.out, cs);
  }

  /**
   * Writes JSON Lines to {@code out}: their UTF-8 bytes straight through when {@code out} is a
   * standard output encoded in UTF-8, else decoded and written as characters.
   *
   * @param out the writer
   * @param lines the lines
   */
  static void writeUtf8(PrintWriter out, JsonLinesBuffer lines) {
    if (out instanceof StandardOutput s && s.charset.equals(StandardCharsets.UTF_8)) {
      s.flush();
      try {
        lines.writeTo(s.stream);
      } catch (IOException e) {
        throw new UncheckedIOException("Writing to standard output failed: " + e.getMessage(), e);
      }
    } else {
      out.write(lines.toString());
    }
  }

  @Override
  public void flush() {
    super.flush();
    try {
      stream.flush();
    } catch (IOException e) {
      setError();
    }
  }
}
