package org.leavingcare.bench;

import java.util.concurrent.TimeUnit;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.ResponseReader;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Consultation ingest (issue 6): {@code responses} generated responses with ten closed questions
 * (about 120 bytes a row) read from bytes in memory by {@link ResponseReader}, parsing on 1 or 2
 * threads. One operation is the whole file. {@code ConsultationBenchmarkTest} proves both thread
 * counts give the same responses and report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConsultationIngestBenchmark {

  /** Responses in the file. */
  @Param("100000")
  public int responses;

  /** Parsing threads. */
  @Param({"1", "2"})
  public int threads;

  private byte[] csv = new byte[0];
  private ResponseReader reader = ResponseReader.of(
      ConsultationConfig.parse(Workloads.consultationConfig(), "generated").consultation());

  /** Generates the file. */
  @Setup
  public void setUp() {
    csv = Workloads.responses(responses, 1);
    reader = reader.withThreads(threads);
  }

  /**
   * Reads the file, handing every response to the black hole.
   *
   * @param bh receives the responses
   * @return the ingest report
   */
  @Benchmark
  public IngestReport ingest(Blackhole bh) {
    return reader.read(csv, "responses.csv", bh::consume);
  }
}
