package org.leavingcare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word helpers agree with the JDK's bit counts and with byte-by-byte tests, on every mark pattern. */
class WordsTest {

  /** The word whose bytes k (for each bit k of {@code bits}) have their high bit set. */
  private static long marks(int bits) {
    long w = 0;
    for (int k = 0; k < 8; k++) {
      if ((bits & (1 << k)) != 0) {
        w |= 0x80L << (8 * k);
      }
    }
    return w;
  }

  @Test
  void findsAndCountsMarkedBytesAsTheJdkDoes() {
    assertThat(Words.markedBytes(0)).isZero();
    for (int bits = 1; bits < 256; bits++) {
      long w = marks(bits);
      assertThat(Words.lowestMarkedByte(w)).as("%x", w).isEqualTo(Long.numberOfTrailingZeros(w) >>> 3);
      assertThat(Words.markedBytes(w)).as("%x", w).isEqualTo(Long.bitCount(w));
    }
  }

  @Test
  void marksExactlyTheZeroBytes() {
    Random r = new Random(7);
    byte[] pool = {0, 1, 0x2C, (byte) 0x80, (byte) 0xFF, 0x7F, 0x22, 0x0A};
    for (int i = 0; i < 20_000; i++) {
      long w = 0;
      long expected = 0;
      for (int k = 0; k < 8; k++) {
        byte b = r.nextBoolean() ? pool[r.nextInt(pool.length)] : (byte) r.nextInt(256);
        w |= (b & 0xFFL) << (8 * k);
        if (b == 0) {
          expected |= 0x80L << (8 * k);
        }
      }
      assertThat(Words.zeroBytes(w)).as("%x", w).isEqualTo(expected);
    }
  }
}
