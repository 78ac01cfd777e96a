package org.leavingcare.consultation.ingest;

import java.util.Arrays;

/**
 * A small open-addressing map from byte strings (UTF-8 cell contents) to non-negative ints, so
 * that repeated cells ("Agree", "Care leaver") are recognised by comparing bytes, without making
 * a String. Not thread-safe: each parsing task has its own.
 */
final class ByteTable {

  private byte[][] keys = new byte[64][];
  private int[] values = new int[64];
  private int size;

  /** The value of a key, or -1 if it is absent. */
  int get(byte[] b, int from, int to) {
    int mask = keys.length - 1;
    for (int i = hash(b, from, to) & mask; ; i = (i + 1) & mask) {
      byte[] k = keys[i];
      if (k == null) {
        return -1;
      }
      if (Arrays.equals(k, 0, k.length, b, from, to)) {
        return values[i];
      }
    }
  }

  /** Adds or replaces a key (copied) with a value of at least 0. */
  void put(byte[] b, int from, int to, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = hash(b, from, to) & mask; ; i = (i + 1) & mask) {
      byte[] k = keys[i];
      if (k == null) {
        keys[i] = Arrays.copyOfRange(b, from, to);
        values[i] = value;
        size++;
        return;
      }
      if (Arrays.equals(k, 0, k.length, b, from, to)) {
        values[i] = value;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], 0, oldKeys[i].length, oldValues[i]);
      }
    }
  }

  /** A hash of the length and of up to 16 bytes at each end: cheap, and cells differ there. */
  static int hash(byte[] b, int from, int to) {
    int n = to - from;
    int h = n * 0x9E3779B1;
    int head = Math.min(to, from + 16);
    for (int i = from; i < head; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    for (int i = Math.max(head, to - 16); i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }
}
