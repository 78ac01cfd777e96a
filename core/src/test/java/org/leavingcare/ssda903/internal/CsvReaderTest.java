package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level CSV reader gives exactly what the char-based reader it replaced gave ({@link
 * CharCsvReader}, kept in the tests as the reference): the same records, cells, line numbers, cells
 * left out, and the same point at which bytes that are not UTF-8 stop the file, over random files
 * big enough that records, quoted cells and multi-byte characters straddle the read buffer.
 */
class CsvReaderTest {

  private static final String[] PIECES = {"C0001", "12/03/2020", "", " ", "a,b", "x\"y", "line\nbreak",
      "café", "子供", "😀", "1.0", "v3", "\r\n", "\r", "\n", ",", "\"", "\"\"", "\"quoted\"", "\"q\"tail"};

  private static byte[] randomFile(Random r, int approxBytes) {
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append('\uFEFF');
    }
    while (b.length() < approxBytes) {
      int cells = 1 + r.nextInt(6);
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          b.append(',');
        }
        String p = PIECES[r.nextInt(PIECES.length)];
        if (r.nextInt(4) == 0) {
          b.append('"').append(p.replace("\"", "\"\"")).append('"');
        } else {
          b.append(p);
        }
        if (r.nextInt(50) == 0) {
          b.append("x".repeat(r.nextInt(70_000))); // a cell longer than the buffer
        }
      }
      b.append(r.nextInt(3) == 0 ? "\r\n" : "\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Every record as "line|cells", then how reading ended. */
  private static List<String> readNew(byte[] bytes, boolean[] mask) {
    List<String> out = new ArrayList<>();
    try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes))) {
      if (mask != null) {
        r.want(mask);
      }
      for (int n = r.next(); n >= 0; n = r.next()) {
        out.add(r.recordLine() + "|" + Arrays.toString(r.cells()));
      }
      out.add("end");
    } catch (CharacterCodingException e) {
      out.add("not UTF-8");
    } catch (IOException e) {
      out.add("failed " + e);
    }
    return out;
  }

  private static List<String> readOld(byte[] bytes, boolean[] mask) {
    List<String> out = new ArrayList<>();
    try (CharCsvReader r = new CharCsvReader(new ByteArrayInputStream(bytes))) {
      if (mask != null) {
        r.want(mask);
      }
      for (int n = r.next(); n >= 0; n = r.next()) {
        out.add(r.recordLine() + "|" + Arrays.toString(r.cells()));
      }
      out.add("end");
    } catch (CharacterCodingException e) {
      out.add("not UTF-8");
    } catch (IOException e) {
      out.add("failed " + e);
    }
    return out;
  }

  @Test
  void givesWhatTheCharBasedReaderGaveOnRandomFiles() {
    Random r = new Random(4);
    for (int i = 0; i < 30; i++) {
      byte[] f = randomFile(r, i < 10 ? 200 : 150_000);
      boolean[] mask = i % 3 == 0 ? null : new boolean[] {true, false, true, true};
      assertThat(readNew(f, mask)).as("file %d", i).isEqualTo(readOld(f, mask));
    }
  }

  @Test
  void cutsRecordsWithoutQuotesEightBytesAtATimeAsCellByCell() {
    // Mostly records of plain cells, as 903 files hold, which the reader cuts a word at a time:
    // with spaces and other bytes below ',' inside cells, multi-byte characters, every line end,
    // empty cells, records of more cells than it first has room for, and now and then a quote
    // late in a record (then it reads the record cell by cell, from its start).
    String[] plain = {"C00000041", "18/11/2021", "", " ", "AB1 2CD", "P", "V2", "+!#$%&'()*", "\t", "café", "子供", "😀",
        "1.0", "x".repeat(40)};
    Random r = new Random(6);
    for (int i = 0; i < 20; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < (i < 5 ? 300 : 200_000)) {
        int cells = 1 + r.nextInt(r.nextInt(10) == 0 ? 40 : 13);
        for (int c = 0; c < cells; c++) {
          if (c > 0) {
            b.append(',');
          }
          b.append(plain[r.nextInt(plain.length)]);
          if (r.nextInt(200) == 0) {
            b.append(r.nextBoolean() ? "\"" : "\"q\"");
          }
        }
        b.append(r.nextInt(5) == 0 ? "\r\n" : r.nextInt(10) == 0 ? "\r" : "\n");
      }
      byte[] f = b.toString().getBytes(StandardCharsets.UTF_8);
      boolean[] mask = i % 2 == 0 ? null : new boolean[] {true, true, false, true};
      assertThat(readNew(f, mask)).as("file %d", i).isEqualTo(readOld(f, mask));
    }
  }

  @Test
  void stopsAtBytesThatAreNotUtf8AfterEveryRecordBeforeThem() throws IOException {
    // The char-based reader lost the records decoded in the same read as the bad bytes; this one
    // returns every record that ends before them, then fails.
    Random r = new Random(5);
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE5, (byte) 0xAD}, {(byte) 0x80, 'a'}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    for (int i = 0; i < 40; i++) {
      byte[] f = randomFile(r, i < 20 ? 300 : 140_000);
      int at = r.nextInt(f.length + 1);
      while (at < f.length && (f[at] & 0xC0) == 0x80) {
        at++; // between characters, so that the bytes before are UTF-8
      }
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      o.write(f, 0, at);
      o.write(bad[i % bad.length]);
      o.write(f, at, f.length - at);
      List<String> got = readNew(o.toByteArray(), null);
      assertThat(got).last().isEqualTo("not UTF-8");
      List<String> records = got.subList(0, got.size() - 1);
      List<String> whole = readOld(f, null);
      assertThat(whole.subList(0, records.size())).as("file %d: the records read are the file's first", i)
          .isEqualTo(records);
      List<String> before = readOld(Arrays.copyOf(f, at), null);
      assertThat(records.size()).as("file %d: every record before the bad bytes is read", i)
          .isGreaterThanOrEqualTo(before.size() - 2);
    }
  }

  @Test
  void readsAnEmptyFileABlankFileAndAByteOrderMarkAlone() {
    for (String s : new String[] {"", "\n\r\n", "\uFEFF", "\uFEFFa", "a", "a,", ",", "\"", "\"a"}) {
      byte[] f = s.getBytes(StandardCharsets.UTF_8);
      assertThat(readNew(f, null)).as(s).isEqualTo(readOld(f, null));
    }
  }
}
