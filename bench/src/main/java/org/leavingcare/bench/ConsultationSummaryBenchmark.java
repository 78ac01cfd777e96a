package org.leavingcare.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leavingcare.consultation.config.AnalysisSettings;
import org.leavingcare.consultation.config.ConsultationConfig;
import org.leavingcare.consultation.summary.ConsultationData;
import org.leavingcare.consultation.summary.ConsultationSummary;
import org.leavingcare.consultation.summary.Summariser;
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
 * Consultation summary and the weight sweep (issue 6): {@code responses} generated responses with
 * ten closed questions.
 *
 * <ul>
 *   <li>{@link #ingestAndSummarise}: the whole of {@code leavingcare consultation summarise} but
 *       writing: CSV bytes read once into sufficient statistics, then summarised with the default
 *       sensitivity multipliers.</li>
 *   <li>{@link #summariseOneMultiplier} and {@link #summariseNineMultipliers}: the summary from the
 *       sufficient statistics with a sensitivity analysis over 1 or 9 care-experience multipliers
 *       (1 to 5 by 0.5). The sweep target: nine cost under 10% more than one, measured on the whole
 *       run ({@code ingestAndSummarise} plus the difference of these two).</li>
 * </ul>
 * {@code ConsultationSummaryBenchmarkTest} proves the sweep leaves the headline results unchanged
 * and that the summary from sufficient statistics equals a respondent-level computation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConsultationSummaryBenchmark {

  /** The nine multipliers of the sweep. */
  public static final List<Double> NINE = List.of(1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0);

  /** Responses in the file. */
  @Param("100000")
  public int responses;

  private final ConsultationConfig config = ConsultationConfig.parse(Workloads.consultationConfig(), "generated");
  private byte[] csv = new byte[0];
  private ConsultationData data;

  /** Generates the file and reads it once. */
  @Setup
  public void setUp() {
    csv = Workloads.responses(responses, 1);
    data = ConsultationData.read(csv, "responses.csv", config.consultation());
  }

  /** @return the summary of the whole run, from the bytes */
  @Benchmark
  public ConsultationSummary ingestAndSummarise() {
    ConsultationData d = ConsultationData.read(csv, "responses.csv", config.consultation());
    return Summariser.of(d, config.analysis()).summarise(config.weighting());
  }

  /** @return the summary with a one-multiplier sensitivity analysis */
  @Benchmark
  public ConsultationSummary summariseOneMultiplier() {
    return summarise(List.of(config.weighting().careExperiencedMultiplier()));
  }

  /** @return the summary with a nine-multiplier sensitivity analysis */
  @Benchmark
  public ConsultationSummary summariseNineMultipliers() {
    return summarise(NINE);
  }

  ConsultationSummary summarise(List<Double> multipliers) {
    AnalysisSettings settings = config.analysis().withSensitivityMultipliers(multipliers);
    return Summariser.of(data, settings).summarise(config.weighting());
  }

  ConsultationData data() {
    return data;
  }

  ConsultationConfig config() {
    return config;
  }
}
