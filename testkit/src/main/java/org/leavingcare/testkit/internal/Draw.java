package org.leavingcare.testkit.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded draws for one generated record. Each record (a child, a respondent) gets its own stream,
 * derived from the run's seed and the record's index, so a record never depends on the records
 * before it: the same seed gives the same data whatever the size, in any order.
 */
public final class Draw {

  private final SplittableRandom random;

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /**
   * The stream for record {@code index} of a run with {@code seed}.
   *
   * @param seed the run's seed
   * @param stream which generator (so that two generators with one seed differ)
   * @param index the record's index
   * @return its draws
   */
  public static Draw forRecord(long seed, long stream, long index) {
    return new Draw(new SplittableRandom(mix(mix(seed) ^ mix(stream + 0x632BE59BD9B4E019L) ^ index)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * True with probability {@code p}.
   *
   * @param p a probability
   * @return the outcome
   */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /**
   * A uniform integer in {@code [from, to]}.
   *
   * @param from lowest
   * @param to highest, at least {@code from}
   * @return the draw
   */
  public int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /**
   * A uniform double in {@code [0, 1)}.
   *
   * @return the draw
   */
  public double unit() {
    return random.nextDouble();
  }

  /**
   * A uniform date in {@code [from, to]}.
   *
   * @param from first date
   * @param to last date, not before {@code from}
   * @return the draw
   */
  public LocalDate dateBetween(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(span + 1));
  }

  /**
   * An exponential waiting time in days.
   *
   * @param meanDays the mean
   * @return a whole number of days, at least 1
   */
  public int exponentialDays(double meanDays) {
    return (int) Math.max(1, Math.round(-meanDays * Math.log(1 - random.nextDouble())));
  }

  /**
   * Picks one of {@code codes} with the matching {@code weights} (which need not sum to 1).
   *
   * @param codes the choices
   * @param weights their weights, same length
   * @return the chosen code
   */
  public String pick(String[] codes, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < codes.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return codes[i];
      }
    }
    return codes[codes.length - 1];
  }

  /**
   * Picks an index with the given weights.
   *
   * @param weights the weights
   * @return the chosen index
   */
  public int pickIndex(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
