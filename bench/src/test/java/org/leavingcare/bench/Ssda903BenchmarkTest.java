package org.leavingcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leavingcare.ssda903.ChildRecord;
import org.leavingcare.ssda903.Ssda903Return;

/** The generated return of {@link Ssda903Benchmark} is read without rejections, alike on 1 and 2 threads. */
class Ssda903BenchmarkTest {

  @Test
  void oneAndTwoThreadsReadTheSameReturn() throws Exception {
    Ssda903Return one = read(1);
    Ssda903Return two = read(2);
    assertThat(one.report().rowsRejected()).isZero();
    assertThat(one.childCount()).isPositive();
    assertThat(one.children().mapToLong(c -> c.episodes().size()).sum()).isGreaterThan(one.childCount());
    assertThat(two.report().rowsRead()).isEqualTo(one.report().rowsRead());
    assertThat(two.childIds()).isEqualTo(one.childIds());
    assertThat(two.children().map(Ssda903BenchmarkTest::describe)).containsExactlyElementsOf(
        one.children().map(Ssda903BenchmarkTest::describe).toList());
  }

  private static String describe(ChildRecord c) {
    return c.childId() + " " + c.dateOfBirth() + " " + c.episodes() + " " + c.reviews().size() + " " + c.oc3().isPresent();
  }

  private static Ssda903Return read(int threads) throws Exception {
    Ssda903Benchmark b = new Ssda903Benchmark();
    b.children = 2000;
    b.threads = threads;
    b.setUp();
    return b.read();
  }
}
