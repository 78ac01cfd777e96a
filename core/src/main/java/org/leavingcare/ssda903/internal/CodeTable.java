package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A field's valid codes, found straight from a cell's bytes: each code of 1 to 8 printable ASCII
 * characters (not lower case, not a spreadsheet number such as {@code 1.0}) is packed into a long and
 * kept in a small open-addressing table with its shared string, sparse enough (eight slots a code,
 * the hash's multiplier chosen from a few) that a lookup usually reads one slot. A cell whose bytes are exactly such a
 * code is therefore read as {@link RowParser}'s string path would read it (trimmed, normalised and
 * looked up: the same code, no note), without making a string or hashing one. Any other cell
 * (blank, padded, lower case, longer, not a valid code) is not found, and the caller reads it as a
 * string. Immutable once built.
 */
final class CodeTable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final long[] keys;
  private final String[] values;
  private final char[] ids;
  private final byte[] lengths;
  private final int mask;
  private final long multiplier;
  /** The most slots any code is past its hash's: a lookup reads no further. */
  private final int maxProbe;

  /**
   * A table of codes.
   *
   * @param codes the field's valid codes in the collection year (codes that cannot be packed are left out)
   */
  CodeTable(Collection<String> codes) {
    this(codes, c -> 0);
  }

  /**
   * A table of codes with their ids in a {@link Store}'s code dictionary.
   *
   * @param codes the field's valid codes in the collection year (codes that cannot be packed are left out)
   * @param ids the id of each code
   */
  CodeTable(Collection<String> codes, ToIntFunction<String> ids) {
    List<String> packable = new ArrayList<>();
    for (String c : codes) {
      if (pack(c) != 0) {
        packable.add(c);
      }
    }
    int size = 16;
    while (size < packable.size() * 8) {
      size <<= 1;
    }
    // The multiplier, of a few tried, that puts the codes nearest their hash's slot: with a table
    // eight times the codes, usually each in its own (a lookup then reads one slot).
    long bestMultiplier = 0;
    int best = Integer.MAX_VALUE;
    long m = 0x9E3779B97F4A7C15L;
    for (int attempt = 0; attempt < 64 && best > 0; attempt++, m = m * 0x5851F42D4C957F2DL + 0x14057B7EF767814FL | 1) {
      int probes = place(packable, size, m, null, null, null, null, ids);
      if (probes < best) {
        best = probes;
        bestMultiplier = m;
      }
    }
    keys = new long[size];
    values = new String[size];
    this.ids = new char[size];
    this.lengths = new byte[size];
    mask = size - 1;
    multiplier = bestMultiplier;
    maxProbe = place(packable, size, bestMultiplier, keys, values, this.ids, lengths, ids);
  }

  /**
   * Puts codes in a table of {@code size} slots by the hash with {@code m} (into the arrays, if given),
   * each in the first free slot from its hash's.
   *
   * @return the most slots any code is past its hash's slot
   */
  private static int place(List<String> codes, int size, long m, long @Nullable [] keys,
      @Nullable String @Nullable [] values, char @Nullable [] ids, byte @Nullable [] lengths, ToIntFunction<String> idOf) {
    long[] k = keys != null ? keys : new long[size];
    int mask = size - 1;
    int most = 0;
    for (String c : codes) {
      long key = pack(c);
      int i = slot(key, m, mask);
      int probes = 0;
      while (k[i] != 0) {
        i = (i + 1) & mask;
        probes++;
      }
      most = Math.max(most, probes);
      k[i] = key;
      if (values != null && ids != null && lengths != null) {
        values[i] = c;
        ids[i] = (char) idOf.applyAsInt(c);
        lengths[i] = (byte) c.length();
      }
    }
    return most;
  }

  /** The packed form of a code, or 0 if it cannot be matched from bytes as it stands. */
  private static long pack(String c) {
    int n = c.length();
    if (n == 0 || n > 8) {
      return 0;
    }
    int dot = c.indexOf('.');
    if (dot > 0 && c.chars().limit(dot).allMatch(ch -> ch >= '0' && ch <= '9')
        && dot + 1 < n && c.chars().skip(dot + 1).allMatch(ch -> ch == '0')) {
      return 0; // read as a spreadsheet number by the string path
    }
    long k = 0;
    for (int i = 0; i < n; i++) {
      char ch = c.charAt(i);
      if (!printable(ch) || ch >= 'a' && ch <= 'z') {
        return 0;
      }
      k |= (long) ch << (i << 3);
    }
    return k;
  }

  private static boolean printable(int b) {
    return b > 0x20 && b < 0x7F;
  }

  private static int slot(long k, long multiplier, int mask) {
    return (int) ((k * multiplier) >>> 40) & mask;
  }

  /**
   * The code whose bytes are exactly {@code b[from, to)}.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return the shared code, or null if those bytes are not one of the codes as written
   */
  @Nullable String find(byte[] b, int from, int to) {
    int i = slot(b, from, to);
    return i < 0 ? null : values[i];
  }

  /**
   * The dictionary id of the code whose bytes are exactly {@code b[from, to)}.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return the id, or -1 if those bytes are not one of the codes as written
   */
  int id(byte[] b, int from, int to) {
    int i = slot(b, from, to);
    return i < 0 ? -1 : ids[i];
  }

  /**
   * The slot of the code whose bytes are {@code b[from, to)}, or -1. The bytes are read as one long
   * where the buffer allows; no byte needs checking, since a key is only printable ASCII (so a cell
   * with any other byte, lower case, or padding cannot equal one) and its length is compared too (so
   * zero bytes cannot pass for a shorter code).
   */
  private int slot(byte[] b, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 8) {
      return -1;
    }
    long k;
    if (from + 8 <= b.length) {
      k = (long) LONGS.get(b, from);
      if (n < 8) {
        k &= (1L << (n << 3)) - 1;
      }
    } else {
      k = 0;
      for (int i = 0; i < n; i++) {
        k |= (b[from + i] & 0xFFL) << (i << 3);
      }
    }
    int i = slot(k, multiplier, mask);
    for (int p = 0; p <= maxProbe; p++) { // a bounded loop: usually one slot
      if (keys[i] == k && lengths[i] == n) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }
}
