package org.leavingcare.consultation.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell table tells keys apart by every byte, whatever their length and wherever they differ. */
class ByteTableTest {

  @Test
  void keysDifferingInAnyOneByteAreDifferentKeys() {
    ByteTable t = new ByteTable();
    List<byte[]> keys = new ArrayList<>();
    for (int n = 0; n <= 41; n++) {
      byte[] base = new byte[n];
      for (int j = 0; j < n; j++) {
        base[j] = (byte) ('a' + j % 26);
      }
      keys.add(base);
      for (int j = 0; j < n; j++) {
        byte[] other = base.clone();
        other[j] = (byte) 'Z';
        keys.add(other);
      }
    }
    // Each key is stored inside a larger array at an odd offset, as cells are in a file.
    for (int i = 0; i < keys.size(); i++) {
      byte[] k = keys.get(i);
      assertThat(t.get(framed(k), 3, 3 + k.length)).as("key %d before it is added", i).isEqualTo(-1);
      t.put(framed(k), 3, 3 + k.length, i);
    }
    assertThat(t.size()).isEqualTo(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      byte[] k = keys.get(i);
      assertThat(t.get(framed(k), 3, 3 + k.length)).as("key %d", i).isEqualTo(i);
    }
  }

  @Test
  void theAnswersOfALikertScaleAreToldApart() {
    ByteTable t = new ByteTable();
    String[] answers = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree",
        "Neither agree nor disagreE", "Neither agrEe nor disagree"};
    for (int i = 0; i < 5; i++) {
      byte[] a = framed(answers[i].getBytes(StandardCharsets.UTF_8));
      t.put(a, 3, a.length - 5, i);
    }
    for (int i = 0; i < answers.length; i++) {
      byte[] a = framed(answers[i].getBytes(StandardCharsets.UTF_8));
      assertThat(t.get(a, 3, a.length - 5)).as(answers[i]).isEqualTo(i < 5 ? i : -1);
    }
  }

  /** The key with three bytes before it and five after. */
  private static byte[] framed(byte[] key) {
    byte[] b = new byte[key.length + 8];
    b[0] = ',';
    b[1] = 'x';
    b[2] = ',';
    System.arraycopy(key, 0, b, 3, key.length);
    for (int j = key.length + 3; j < b.length; j++) {
      b[j] = (byte) 'q';
    }
    return b;
  }
}
