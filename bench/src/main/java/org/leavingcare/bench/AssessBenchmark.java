package org.leavingcare.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RawRecord;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The law engine on typical histories (issue 3: at least 1 million assessments per second per
 * core). The histories are {@value #RECORDS} children of the testkit's SSDA903 generator, each
 * assessed on 31 March 2024; one operation is one assessment.
 *
 * <ul>
 *   <li>{@link #assess}: {@code EnglandRules.assess} on already decoded histories (the engine).</li>
 *   <li>{@link #decodeAndAssess}: one JSON Lines record parsed, decoded and assessed (what
 *       {@code leavingcare assess} does per record, before writing).</li>
 * </ul>
 * {@code AssessBenchmarkTest} proves both give the same assessments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

  /** Records per benchmark invocation. */
  public static final int RECORDS = 4096;

  /** The generator's seed. */
  @Param("1")
  public long seed;

  private final EnglandRules rules = EnglandRules.standard();
  private final Policy policy = Policy.defaults();
  private List<CaseRecord> records = List.of();
  private List<RawRecord> raw = List.of();

  /** Generates and decodes the records. */
  @Setup
  public void setUp() {
    List<String> lines = Workloads.caseRecordLines(RECORDS, seed);
    raw = rawRecords(lines);
    records = decodeAll(raw);
  }

  /**
   * Assesses every decoded record.
   *
   * @param bh receives each assessment
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void assess(Blackhole bh) {
    for (CaseRecord r : records) {
      bh.consume(rules.assess(r.history(), r.assessmentDate(), r.policyOver(policy)));
    }
  }

  /**
   * Parses, decodes and assesses every record from its JSON line.
   *
   * @param bh receives each assessment
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void decodeAndAssess(Blackhole bh) {
    for (RawRecord r : raw) {
      CaseRecord c = (CaseRecord) r.decode();
      bh.consume(rules.assess(c.history(), c.assessmentDate(), c.policyOver(policy)));
    }
  }

  /** @return the assessments of {@link #assess}, in record order (for the agreement test) */
  List<Assessment> assessments() {
    List<Assessment> out = new ArrayList<>();
    for (CaseRecord r : records) {
      out.add(rules.assess(r.history(), r.assessmentDate(), r.policyOver(policy)));
    }
    return out;
  }

  /** @return the assessments of {@link #decodeAndAssess}, in record order */
  List<Assessment> decodedAssessments() {
    List<Assessment> out = new ArrayList<>();
    for (RawRecord r : raw) {
      CaseRecord c = (CaseRecord) r.decode();
      out.add(rules.assess(c.history(), c.assessmentDate(), c.policyOver(policy)));
    }
    return out;
  }

  List<CaseRecord> records() {
    return records;
  }

  static List<RawRecord> rawRecords(List<String> lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    List<RawRecord> out = new ArrayList<>();
    try (CaseRecordReader reader = CaseRecordReader.open(new ByteArrayInputStream(bytes), "generated")) {
      for (Optional<RawRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        out.add(r.get());
      }
    }
    return out;
  }

  static List<CaseRecord> decodeAll(List<RawRecord> raw) {
    List<CaseRecord> out = new ArrayList<>();
    for (RawRecord r : raw) {
      CaseRecordResult result = r.decode();
      if (!(result instanceof CaseRecord)) {
        throw new IllegalStateException("generated record " + r.number() + " does not decode: " + result);
      }
      out.add((CaseRecord) result);
    }
    return out;
  }
}
