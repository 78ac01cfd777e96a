package org.leavingcare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Reader.Input;
import org.leavingcare.ssda903.Ssda903Return;
import org.leavingcare.testkit.generate.Ssda903Generator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an SSDA903 return (issue 4): the 2023-24 return of a synthetic authority of
 * {@code children} children (testkit generator, collection years 2018-19 to 2023-24) with the
 * earlier years' Episodes, from bytes in memory, parsing on 1 or 2 threads. One operation is one
 * whole return; divide the children by the time for children per second.
 * {@code Ssda903BenchmarkTest} proves both thread counts give the same return.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Ssda903Benchmark {

  /** Children in the synthetic authority. */
  @Param("20000")
  public int children;

  /** Parsing threads. */
  @Param({"1", "2"})
  public int threads;

  private List<Input> current = List.of();
  private List<Input> earlier = List.of();

  /**
   * Generates the return into a temporary directory and loads its bytes.
   *
   * @throws IOException if the files cannot be written or read
   */
  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("leavingcare-bench-903");
    try {
      Workloads.generator(children, 1).writeTo(dir);
      Path year = dir.resolve("903").resolve(Ssda903Generator.yearName(Workloads.LAST_YEAR));
      List<Input> cur = new ArrayList<>();
      try (Stream<Path> files = Files.list(year)) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          cur.add(Input.of(f.getFileName().toString(), Files.readAllBytes(f)));
        }
      }
      List<Input> prev = new ArrayList<>();
      for (int y = Workloads.FIRST_YEAR; y < Workloads.LAST_YEAR; y++) {
        Path f = dir.resolve("903").resolve(Ssda903Generator.yearName(y)).resolve("episodes.csv");
        prev.add(Input.of(Ssda903Generator.yearName(y) + "/episodes.csv", Files.readAllBytes(f)));
      }
      current = cur;
      earlier = prev;
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Reads the return.
   *
   * @return the return, so JMH keeps the work
   */
  @Benchmark
  public Ssda903Return read() {
    return Ssda903Reader.forYear(CollectionYear.of(Workloads.LAST_YEAR)).withThreads(threads)
        .readInputs(current, earlier);
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
