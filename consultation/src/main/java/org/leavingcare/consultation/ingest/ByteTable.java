package org.leavingcare.consultation.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A small open-addressing map from byte strings (UTF-8 cell contents) to non-negative ints, so
 * that repeated cells ("Agree", "Care leaver") are recognised by comparing bytes, without making
 * a String. Each slot keeps the key's first and last eight bytes as longs, so a key of up to 16
 * bytes is compared in two instructions. Not thread-safe: each parsing task has its own.
 */
final class ByteTable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[][] keys = new byte[64][];
  private long[] heads = new long[64];
  private long[] tails = new long[64];
  private int[] values = new int[64];
  private int size;

  /** The value of a key, or -1 if it is absent. */
  int get(byte[] b, int from, int to) {
    int n = to - from;
    long head = head(b, from, to);
    long tail = tail(b, from, to);
    int mask = keys.length - 1;
    for (int i = hash(head, tail, n) & mask; ; i = (i + 1) & mask) {
      byte[] k = keys[i];
      if (k == null) {
        return -1;
      }
      if (heads[i] == head && tails[i] == tail && k.length == n && (n <= 16 || middleEquals(k, b, from))) {
        return values[i];
      }
    }
  }

  /**
   * Whether the bytes between a key's first and last eight equal those of {@code b} from
   * {@code from}, compared eight at a time: cells of 17 to 32 bytes ("Neither agree nor disagree")
   * are common, and this loop, inlined, costs a fraction of a call to {@code Arrays.equals}.
   */
  private static boolean middleEquals(byte[] k, byte[] b, int from) {
    int last = k.length - 8;
    for (int j = 8; j < last; j += 8) {
      if ((long) LONGS.get(k, j) != (long) LONGS.get(b, from + j)) {
        return false;
      }
    }
    return true;
  }

  /** Adds a key (copied) that is absent, with a value of at least 0. */
  void put(byte[] b, int from, int to, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(b, from, to), value);
  }

  int size() {
    return size;
  }

  private void insert(byte[] key, int value) {
    int n = key.length;
    long head = head(key, 0, n);
    long tail = tail(key, 0, n);
    int mask = keys.length - 1;
    int i = hash(head, tail, n) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    heads[i] = head;
    tails[i] = tail;
    values[i] = value;
    size++;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new byte[cap][];
    heads = new long[cap];
    tails = new long[cap];
    values = new int[cap];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The first eight bytes (or all of a shorter key), as a long. */
  private static long head(byte[] b, int from, int to) {
    if (to - from >= 8) {
      return (long) LONGS.get(b, from);
    }
    long h = 0;
    for (int i = from; i < to; i++) {
      h = (h << 8) | (b[i] & 0xff);
    }
    return h;
  }

  /** The last eight bytes of a key of eight bytes or more (else 0), as a long. */
  private static long tail(byte[] b, int from, int to) {
    return to - from >= 8 ? (long) LONGS.get(b, to - 8) : 0;
  }

  private static int hash(long head, long tail, int n) {
    long h = (head * 0x9E3779B97F4A7C15L ^ tail) + n;
    h *= 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
  }
}
