package org.leavingcare.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RawRecord;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;
import org.leavingcare.ssda903.CareLeaverIndicators;
import org.leavingcare.ssda903.CohortAssessment;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.ExpectedCohort;
import org.leavingcare.ssda903.IndicatorSettings;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;
import org.leavingcare.testkit.generate.Ssda903Generator;

/**
 * The Java half of {@code bench/run-scale.sh}: generates the 1-million-size inputs and runs the
 * library paths and the opencsv baseline that the script times. Each step prints one summary line
 * (counts, so a run can be checked) on standard output.
 *
 * <pre>
 * ScaleRun generate DIR N          cases.jsonl (N records), 903/ (N children), responses.csv and config.json
 * ScaleRun assess FILE OUT THREADS the work of `leavingcare assess` (read, decode, assess, write JSON Lines)
 * ScaleRun cohort DIR THREADS      read the 2023-24 return with earlier Episodes, assess the cohort, indicators
 * ScaleRun opencsv THREADS FILE... opencsv (RFC 4180 parser) parsing the files alone, files spread over threads
 * </pre>
 */
public final class ScaleRun {

  private ScaleRun() {}

  /**
   * Runs one step.
   *
   * @param args the step and its arguments, as above
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate":
        generate(Path.of(args[1]), Integer.parseInt(args[2]));
        break;
      case "assess":
        assess(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        break;
      case "cohort":
        cohort(Path.of(args[1]), Integer.parseInt(args[2]));
        break;
      case "opencsv":
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          files.add(Path.of(args[i]));
        }
        opencsv(Integer.parseInt(args[1]), files);
        break;
      default:
        throw new IllegalArgumentException("unknown step " + args[0] + "; see the class Javadoc");
    }
  }

  static void generate(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    Path cases = dir.resolve("cases.jsonl");
    if (!Files.exists(cases)) {
      Workloads.writeCaseRecords(cases, n, 1);
    }
    if (!Files.exists(dir.resolve("903"))) {
      System.out.println(Workloads.generator(n, 1).writeTo(dir).describe().replace('\n', ' '));
    }
    Path responses = dir.resolve("responses.csv");
    if (!Files.exists(responses)) {
      try (Writer w = Files.newBufferedWriter(responses, StandardCharsets.UTF_8)) {
        Workloads.writeResponses(w, n, 1);
      }
      Files.writeString(dir.resolve("config.json"), Workloads.consultationConfig(), StandardCharsets.UTF_8);
    }
    System.out.printf(Locale.ROOT, "generated %s: cases %,d bytes, responses %,d bytes%n", dir, Files.size(cases),
        Files.size(responses));
  }

  /**
   * What {@code leavingcare assess} does: records are read in order on this thread, decoded and
   * assessed in batches on {@code threads} threads, and written in order, one JSON object per line
   * ({@code id}, {@code category}, {@code duties}, {@code deadlines}; an error object for a bad record).
   */
  static void assess(Path in, Path out, int threads) throws Exception {
    EnglandRules rules = EnglandRules.standard();
    Policy policy = Policy.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    long errors = 0;
    long records = 0;
    try (CaseRecordReader reader = CaseRecordReader.open(Files.newInputStream(in), in.getFileName().toString());
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
            1 << 16)) {
      ArrayDeque<Future<List<Object>>> inFlight = new ArrayDeque<>();
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        while (more && inFlight.size() < threads * 2) {
          List<RawRecord> batch = new ArrayList<>(2048);
          for (Optional<RawRecord> r = reader.next(); r.isPresent(); r = batch.size() < 2048 ? reader.next() : Optional.empty()) {
            batch.add(r.get());
          }
          if (batch.isEmpty()) {
            more = false;
          } else {
            inFlight.add(pool.submit(() -> assessBatch(batch, rules, policy)));
          }
        }
        if (inFlight.isEmpty()) {
          break;
        }
        for (Object o : inFlight.removeFirst().get()) {
          records++;
          if (o instanceof Assessment a) {
            byCategory.merge(a.category(), 1L, Long::sum);
            writeJson(w, a);
          } else {
            errors++;
            RecordError e = (RecordError) o;
            w.write("{\"record\":" + e.number() + ",\"field\":\"" + e.field() + "\"}\n");
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "assessed %,d records (%,d errors); by category %s%n", records, errors, byCategory);
  }

  private static List<Object> assessBatch(List<RawRecord> batch, EnglandRules rules, Policy policy) {
    List<Object> out = new ArrayList<>(batch.size());
    for (RawRecord raw : batch) {
      CaseRecordResult r = raw.decode();
      if (r instanceof CaseRecord c) {
        out.add(rules.assess(c.history(), c.assessmentDate(), c.policyOver(policy)));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static void writeJson(Writer w, Assessment a) throws IOException {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"id\":\"").append(a.personId()).append("\",\"category\":\"").append(a.category().name())
        .append("\",\"duties\":[");
    boolean first = true;
    for (DutyCode d : a.dutyCodes()) {
      sb.append(first ? "\"" : ",\"").append(d.name()).append('"');
      first = false;
    }
    sb.append("],\"deadlines\":{");
    first = true;
    for (Deadline d : a.deadlines().values()) {
      Optional<String> v = d.jsonValue();
      if (v.isPresent()) {
        sb.append(first ? "\"" : ",\"").append(d.key()).append("\":\"").append(v.get()).append('"');
        first = false;
      }
    }
    w.write(sb.append("}}\n").toString());
  }

  static void cohort(Path dir, int threads) {
    Path current = dir.resolve("903").resolve(Ssda903Generator.yearName(Workloads.LAST_YEAR));
    List<Path> earlier = new ArrayList<>();
    for (int y = Workloads.FIRST_YEAR; y < Workloads.LAST_YEAR; y++) {
      earlier.add(dir.resolve("903").resolve(Ssda903Generator.yearName(y)).resolve("episodes.csv"));
    }
    long t0 = System.nanoTime();
    Ssda903Return ret = Ssda903Reader.forYear(CollectionYear.of(Workloads.LAST_YEAR)).withThreads(threads)
        .read(List.of(current), earlier);
    long t1 = System.nanoTime();
    LocalDate asOf = Workloads.AS_OF;
    EnglandRules rules = EnglandRules.standard();
    CohortAssessment cohort = CohortAssessment.of(ret, asOf, Policy.defaults(), rules);
    long t2 = System.nanoTime();
    IndicatorSettings settings = IndicatorSettings.defaults();
    ExpectedCohort expected = ExpectedCohort.check(ret, settings, rules);
    CareLeaverIndicators indicators = CareLeaverIndicators.forExpectedCohort(ret, expected, settings);
    long t3 = System.nanoTime();
    long episodes = ret.children().mapToLong(c -> c.episodes().size()).sum();
    System.out.printf(Locale.ROOT, "cohort: read %,d rows (%,d rejected), %,d children, %,d episodes in %.2f s;"
            + " assessed %,d (not assessed %s) in %.2f s; expected cohort and %d indicator bands in %.2f s%n",
        ret.report().rowsRead(), ret.report().rowsRejected(), ret.childCount(), episodes, (t1 - t0) / 1e9,
        cohort.assessed(), cohort.notAssessed(), (t2 - t1) / 1e9, indicators.bands().size(), (t3 - t2) / 1e9);
  }

  static void opencsv(int threads, List<Path> files) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong rows = new AtomicLong();
    AtomicLong cells = new AtomicLong();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Path f : files) {
        done.add(pool.submit(() -> {
          try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
              CSVReader csv = new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            long n = 0;
            long c = 0;
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
              n++;
              c += row.length;
            }
            rows.addAndGet(n);
            cells.addAndGet(c);
          }
          return null;
        }));
      }
      for (Future<?> d : done) {
        try {
          d.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("opencsv failed on a file: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "opencsv parsed %,d rows, %,d cells in %d files on %d threads%n", rows.get(),
        cells.get(), files.size(), threads);
  }

}
