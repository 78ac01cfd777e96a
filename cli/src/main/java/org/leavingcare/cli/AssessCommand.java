package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordFormatException;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.JsonLinesBuffer;
import org.leavingcare.caserecord.RawRecord;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare assess}: legal category, duties and deadlines for each case record, as JSON
 * Lines in input order. Records are decoded and assessed on several threads; output order is the
 * input order.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assesses case records under the law of England: category, duties and deadlines, each with its reasons.",
      "Input (FILE, or - for standard input): one case record (a JSON object), a JSON array of records, or JSON Lines.",
      "Output: one JSON object per record on standard output, in input order; a record that cannot be used gives",
      "an error object {id, field, message, problems} and the others are still assessed.",
      "The format is documented in docs/case-record-format.md."
    })
final class AssessCommand implements Callable<Integer> {

  private static final int BATCH = 512;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
      description = "Case records to assess (default: standard input).")
  String file;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assess every record on this date (yyyy-mm-dd) instead of its own assessmentDate.")
  String asOf;

  @Option(names = "--policy", paramLabel = "NAME=VALUE",
      description = "Set a policy switch for every record, e.g. SIXTEEN_BOUNDARY=STRICTLY_AFTER or "
          + "profile=DFE_903_COMPATIBLE (repeatable). A record's own policy applies on top.")
  List<String> policies = new ArrayList<>();

  @Option(names = "--details",
      description = "Also write dutyDetails: each duty's provision, start, end and next due date.")
  boolean details;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads to assess with (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The jurisdiction whose rules apply. */
  private final Jurisdiction rules = EnglandRules.standard();

  /**
   * Buffers written out and ready for another batch: reusing them keeps the large arrays (about
   * 1.3 kB per record) out of the garbage collector's way.
   */
  private final Queue<JsonLinesBuffer> freeBuffers = new ConcurrentLinkedQueue<>();

  @Override
  public Integer call() throws Exception {
    Optional<LocalDate> date = parseAsOf();
    Policy policy = parsePolicy();
    if (threads < 1) {
      throw new UserFacingException("--threads must be at least 1, was " + threads + ".", ExitCodes.USAGE);
    }
    String source = file.equals("-") ? "standard input" : file;
    long[] counts;
    try (InputStream in = open();
         CaseRecordReader reader = CaseRecordReader.open(in, source);
         Progress progress = Progress.onTerminal("assessing case records")) {
      counts = run(reader, date, policy, spec.commandLine().getOut(), progress);
    } catch (CaseRecordFormatException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("leavingcare assess: %d record(s) read, %d assessed, %d rejected.%n", counts[0], counts[1], counts[2]);
    if (counts[2] > 0) {
      err.println("Rejected records are written as error objects {id, field, message} in the output; "
          + "correct them in the source and run again.");
    }
    err.flush();
    return counts[2] > 0 ? ExitCodes.SOME_INPUT_REJECTED : ExitCodes.OK;
  }

  private Optional<LocalDate> parseAsOf() {
    if (asOf == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf));
    } catch (DateTimeParseException e) {
      throw new UserFacingException("--as-of '" + asOf + "' is not a date; write it yyyy-mm-dd, e.g. 2025-10-01.",
          ExitCodes.USAGE);
    }
  }

  private Policy parsePolicy() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String p : policies) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new UserFacingException("--policy '" + p + "' must be NAME=VALUE, e.g. DAY_COUNT=INCLUSIVE_DAYS.",
            ExitCodes.USAGE);
      }
      settings.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
    }
    try {
      return Policy.parse(settings);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--policy: " + e.getMessage(), ExitCodes.USAGE);
    }
  }

  private InputStream open() throws IOException {
    if (file.equals("-")) {
      return System.in;
    }
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UserFacingException("Cannot read " + file + ": no such file. Check the path.", ExitCodes.INPUT_UNUSABLE);
    } catch (IOException e) {
      throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), ExitCodes.INPUT_UNUSABLE);
    }
  }

  /** Reads, assesses on a pool and writes in input order; returns {read, assessed, rejected}. */
  private long[] run(CaseRecordReader reader, Optional<LocalDate> date, Policy policy, PrintWriter out,
      Progress progress) throws IOException, InterruptedException {
    long[] counts = new long[3];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "leavingcare-assess");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    int maxInFlight = threads * 2 + 2;
    try {
      while (true) {
        List<RawRecord> raws = new ArrayList<>(BATCH);
        for (Optional<RawRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
          raws.add(r.get());
          if (raws.size() == BATCH) {
            break;
          }
        }
        if (!raws.isEmpty()) {
          inFlight.add(pool.submit(() -> assess(raws, date, policy)));
        }
        while (!inFlight.isEmpty() && (inFlight.size() >= maxInFlight || raws.isEmpty() || inFlight.peek().isDone())) {
          Batch b = await(inFlight.poll());
          StandardOutput.writeUtf8(out, b.json);
          b.json.clear();
          freeBuffers.offer(b.json);
          counts[0] += b.assessed + b.rejected;
          counts[1] += b.assessed;
          counts[2] += b.rejected;
          progress.update(counts[0]);
        }
        if (raws.isEmpty()) {
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return counts;
  }

  private static Batch await(Future<Batch> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("assessment failed: " + cause, cause);
    }
  }

  /** The JSON Lines of one batch (UTF-8), and its counts. */
  private record Batch(JsonLinesBuffer json, int assessed, int rejected) {}

  private Batch assess(List<RawRecord> raws, Optional<LocalDate> date, Policy policy) {
    JsonLinesBuffer buf = freeBuffers.poll();
    if (buf == null) {
      buf = JsonLinesBuffer.withCapacity(raws.size() * 1536);
    }
    int assessed = 0;
    int rejected = 0;
    for (RawRecord raw : raws) {
      CaseRecordResult result = raw.decode(date);
      if (result instanceof CaseRecord rec) {
        try {
          Assessment a = rules.assess(rec.history(), rec.assessmentDate(), rec.policyOver(policy));
          buf.append(a, details);
          assessed++;
        } catch (InvalidCareHistoryException e) {
          buf.append(new RecordError(rec.number(), raw.line(), rec.id(), e.problems()));
          rejected++;
        }
      } else {
        buf.append((RecordError) result);
        rejected++;
      }
    }
    return new Batch(buf, assessed, rejected);
  }
}
