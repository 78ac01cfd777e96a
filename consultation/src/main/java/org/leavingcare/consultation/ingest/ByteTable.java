package org.leavingcare.consultation.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** A hash of the length and of the first and last eight bytes: cheap, and cells differ there. */
  static int hash(byte[] b, int from, int to) {
    int n = to - from;
    long h;
    if (n >= 8) {
      h = (long) LONGS.get(b, from) * 0x9E3779B97F4A7C15L ^ (long) LONGS.get(b, to - 8);
    } else {
      h = 0;
      for (int i = from; i < to; i++) {
        h = (h << 8) | (b[i] & 0xff);
      }
    }
    h = (h + n) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
  }
}
