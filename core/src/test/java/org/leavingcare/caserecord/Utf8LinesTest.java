package org.leavingcare.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Lines} gives the lines {@link BufferedReader#readLine()} gives over a strict UTF-8
 * decoder, whatever the line ends (LF, CR, CR LF, split across reads) and characters, and the same
 * rest of the input; bytes that are not UTF-8 are an error at the line that holds them.
 */
class Utf8LinesTest {

  private static List<String> viaBufferedReader(byte[] bytes) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
    List<String> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      out.add(line);
    }
    return out;
  }

  private static List<String> viaUtf8Lines(byte[] bytes, int bufferSize) throws IOException {
    Utf8Lines r = new Utf8Lines(new ByteArrayInputStream(bytes), bufferSize);
    List<String> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      out.add(line);
    }
    return out;
  }

  @Test
  void randomInputsGiveTheLinesABufferedReaderGives() throws IOException {
    String[] pieces = {"a", "{\"id\":\"x\"}", "\n", "\r", "\r\n", "\n\r", " ", "\u00e9", "\u20ac", "\ud83d\ude00", "\t",
        "\ufeff", "\u0000"};
    Random random = new Random(2026);
    for (int k = 0; k < 400; k++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      List<String> expected = viaBufferedReader(bytes);
      for (int size : new int[] {1, 2, 3, 7, 64}) {
        assertThat(viaUtf8Lines(bytes, size)).as("%s with a buffer of %d", b, size).isEqualTo(expected);
      }
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAtTheirLine() throws IOException {
    for (byte[] bad : List.of(new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xFF})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write("one\r\ntwo \u00e9\n".getBytes(StandardCharsets.UTF_8));
      out.write('x');
      out.write(bad);
      out.write("y\nfour\n".getBytes(StandardCharsets.UTF_8));
      byte[] bytes = out.toByteArray();
      assertThatThrownBy(() -> viaBufferedReader(bytes)).isInstanceOf(CharacterCodingException.class);
      Utf8Lines r = new Utf8Lines(new ByteArrayInputStream(bytes), 4);
      assertThat(r.readLine()).isEqualTo("one");
      assertThat(r.readLine()).isEqualTo("two \u00e9");
      assertThatThrownBy(r::readLine).isInstanceOf(CharacterCodingException.class);
    }
    Utf8Lines end = new Utf8Lines(new ByteArrayInputStream(new byte[] {'a', '\n', (byte) 0xC3}), 8);
    assertThat(end.readLine()).isEqualTo("a");
    assertThatThrownBy(end::readLine).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void theRestIsWhatABufferedReaderWouldReadNext() throws IOException {
    for (String text : List.of("[\r\n{\"a\":1},\n{\"b\":\"\u00e9\"}]\n", "[\r", "[\r\r\n]", "[\n\n]", "[", "[\r\n")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      BufferedReader expected = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
          StandardCharsets.UTF_8));
      String first = expected.readLine();
      for (int size : new int[] {1, 2, 64}) {
        Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes), size);
        assertThat(lines.readLine()).isEqualTo(first);
        assertThat(readAll(lines.rest())).as("%s with a buffer of %d", text, size)
            .isEqualTo(readAll(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8)), true));
      }
    }
  }

  private static String readAll(Reader r) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = r.read(); c >= 0; c = r.read()) {
      b.append((char) c);
    }
    return b.toString();
  }

  private static String readAll(BufferedReader r, boolean afterFirstLine) throws IOException {
    if (afterFirstLine) {
      r.readLine();
    }
    return readAll(r);
  }
}
