package org.leavingcare.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.leavingcare.law.LegalReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Cost of building a citation's dated address, which every explained result carries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LegalReferenceBenchmark {

  private final LegalReference ref = new LegalReference("Children Act 1989", "s.23C(2)",
      URI.create("https://www.legislation.gov.uk/ukpga/1989/41/section/23C"), LocalDate.of(2025, 9, 1));

  /**
   * Builds the point-in-time address.
   *
   * @return the address, so JMH keeps the work
   */
  @Benchmark
  public URI pointInTime() {
    return ref.pointInTime();
  }
}
