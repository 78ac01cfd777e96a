package org.leavingcare.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leavingcare.caserecord.AssessmentJson;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordFormatException;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
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
          StandardOutput.writeUtf8(out, b.json.bytes(), b.json.size());
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
  private record Batch(Utf8Buffer json, int assessed, int rejected) {}

  /**
   * Writes a lone surrogate in a string (possible only from a JSON escape in the input, such as
   * an id {@code "\\uD800"}) as {@code ?}, as a UTF-8 encoding writer does, instead of letting the
   * UTF-8 generator write it as a malformed sequence.
   */
  private static final class WellFormedStrings extends JsonGeneratorDelegate {
    WellFormedStrings(JsonGenerator g) {
      super(g, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      super.writeString(wellFormed(text));
    }

    static String wellFormed(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          return replaceLoneSurrogates(s);
        }
      }
      return s;
    }

    private static String replaceLoneSurrogates(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(c).append(s.charAt(++i));
        } else {
          b.append(Character.isSurrogate(c) ? '?' : c);
        }
      }
      return b.toString();
    }
  }

  /** A byte buffer whose content is handed over without a copy. */
  private static final class Utf8Buffer extends ByteArrayOutputStream {
    Utf8Buffer(int size) {
      super(size);
    }

    byte[] bytes() {
      return buf;
    }
  }

  /** UTF-8 output; characters outside the BMP as 4-byte sequences, as an encoding writer gives them. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final com.fasterxml.jackson.core.io.SerializedString NEWLINE =
      new com.fasterxml.jackson.core.io.SerializedString("\n");

  private Batch assess(List<RawRecord> raws, Optional<LocalDate> date, Policy policy) {
    Utf8Buffer buf = new Utf8Buffer(raws.size() * 1536);
    int assessed = 0;
    int rejected = 0;
    try (JsonGenerator g = new WellFormedStrings(JSON.createGenerator(buf, JsonEncoding.UTF8))) {
      g.setRootValueSeparator(NEWLINE);
      for (RawRecord raw : raws) {
        CaseRecordResult result = raw.decode(date);
        if (result instanceof CaseRecord rec) {
          try {
            Assessment a = rules.assess(rec.history(), rec.assessmentDate(), rec.policyOver(policy));
            AssessmentJson.write(a, g, details);
            assessed++;
          } catch (InvalidCareHistoryException e) {
            AssessmentJson.write(new RecordError(rec.number(), raw.line(), rec.id(), e.problems()), g);
            rejected++;
          }
        } else {
          AssessmentJson.write((RecordError) result, g);
          rejected++;
        }
      }
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Batch(buf, assessed, rejected);
  }
}
