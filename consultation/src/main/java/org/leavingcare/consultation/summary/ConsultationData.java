package org.leavingcare.consultation.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.leavingcare.consultation.ingest.AnswerCodeSink;
import org.leavingcare.consultation.ingest.IngestReport;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.ingest.ResponseReader;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;

/**
 * The sufficient statistics of a consultation's responses: for every question, how many
 * respondents of each {@link RespondentClass} gave each answer. Weights depend only on the class,
 * so every estimate, under any number of weighting scenarios, groups and questions, is computed from
 * these counts without reading the responses again (the "one pass" of issue 6).
 *
 * <p>An answer is a <em>code</em>: for Likert and single-choice questions the index in
 * {@link Question#categories()}; for multiple-choice questions a bit mask of the chosen categories;
 * for numeric questions the number's {@link Double#doubleToLongBits bits}. "Not answered" is
 * {@link #NOT_ANSWERED}. Free-text questions are counted only as answered or not.
 *
 * <p>Build it with {@link #read} (file → statistics, in one pass), or {@link #builder} and
 * {@link Builder#add} for responses from elsewhere. Immutable once built.
 */
public final class ConsultationData {

  /** The code of "not answered". */
  public static final long NOT_ANSWERED = AnswerCodeSink.NOT_ANSWERED;

  private final Consultation consultation;
  private final List<RespondentClass> classes;
  private final long[] classSizes;
  private final List<Map<Long, long[]>> counts;
  private final IngestReport report;

  private ConsultationData(Consultation consultation, List<RespondentClass> classes, long[] classSizes,
      List<Map<Long, long[]>> counts, IngestReport report) {
    this.consultation = consultation;
    this.classes = List.copyOf(classes);
    this.classSizes = classSizes;
    this.counts = counts;
    this.report = report;
  }

  /**
   * Reads a response file once into sufficient statistics, without a {@code Response} object per
   * row ({@link ResponseReader#readAnswerCodes}).
   *
   * @param file the CSV file
   * @param consultation its layout and questions
   * @return the statistics, with the ingest report
   * @throws IOException if the file cannot be read
   * @throws org.leavingcare.consultation.ingest.InvalidResponseFileException if it cannot be used at all
   */
  public static ConsultationData read(Path file, Consultation consultation) throws IOException {
    return read(file, consultation, n -> { });
  }

  /**
   * Reads a response file once into sufficient statistics, reporting progress.
   *
   * @param file the CSV file
   * @param consultation its layout and questions
   * @param progress told the number of responses accepted so far, every few thousand (on the
   *     calling thread)
   * @return the statistics, with the ingest report
   * @throws IOException if the file cannot be read
   * @throws org.leavingcare.consultation.ingest.InvalidResponseFileException if it cannot be used at all
   */
  public static ConsultationData read(Path file, Consultation consultation, LongConsumer progress) throws IOException {
    Builder b = builder(consultation);
    IngestReport report = ResponseReader.of(consultation).readAnswerCodes(file, b.codeSink(progress));
    return b.build(report);
  }

  /**
   * Reads a response file's content once into sufficient statistics.
   *
   * @param content the bytes of the CSV file
   * @param fileName its name, for messages
   * @param consultation its layout and questions
   * @return the statistics, with the ingest report
   */
  public static ConsultationData read(byte[] content, String fileName, Consultation consultation) {
    return read(content, fileName, consultation, n -> { });
  }

  /**
   * Reads a response file's content once into sufficient statistics, reporting progress.
   *
   * @param content the bytes of the CSV file (for example from {@link ResponseReader#readAllBytes})
   * @param fileName its name, for messages
   * @param consultation its layout and questions
   * @param progress told the number of responses accepted so far, every few thousand (on the
   *     calling thread)
   * @return the statistics, with the ingest report
   */
  public static ConsultationData read(byte[] content, String fileName, Consultation consultation,
      LongConsumer progress) {
    Builder b = builder(consultation);
    IngestReport report = ResponseReader.of(consultation).readAnswerCodes(content, fileName, b.codeSink(progress));
    return b.build(report);
  }

  /**
   * A builder to add responses to one by one.
   *
   * @param consultation the layout and questions of the responses
   * @return the builder
   */
  public static Builder builder(Consultation consultation) {
    return new Builder(consultation);
  }

  /** Accumulates responses; not thread-safe. */
  public static final class Builder {
    private final Consultation consultation;
    private final List<Question> questions;
    private final Map<RespondentClass, Integer> classIndex = new HashMap<>();
    private final List<RespondentClass> classes = new ArrayList<>();
    private long[] classSizes = new long[8];
    private final List<Map<Long, long[]>> counts = new ArrayList<>();
    /**
     * Fast counts for codes -1 (not answered) to 62, at {@code (class * questions + question) *
     * SMALL_CODES + code + 1}: a new class appends a block.
     */
    private long[] small;
    private long added;

    private Builder(Consultation consultation) {
      this.consultation = Objects.requireNonNull(consultation, "consultation");
      this.questions = consultation.questions();
      this.small = new long[8 * questions.size() * SMALL_CODES];
      for (int q = 0; q < questions.size(); q++) {
        counts.add(new HashMap<>());
      }
    }

    private static final int SMALL_CODES = 64;

    /**
     * Adds one response.
     *
     * @param r the response, of this builder's consultation
     */
    public void add(Response r) {
      Respondent who = r.respondent();
      int k = classIndex(new RespondentClass(who.group(), who.careExperienced(), who.demographics()));
      long[] codes = new long[questions.size()];
      for (int q = 0; q < codes.length; q++) {
        codes[q] = code(questions.get(q).type(), r, q);
      }
      count(k, codes, 0);
    }

    /** A sink for {@link ResponseReader#readAnswerCodes} that adds to this builder. */
    private AnswerCodeSink codeSink(LongConsumer progress) {
      return new AnswerCodeSink() {
        private int[] classes = new int[8];

        @Override
        public void respondentClass(int index, String group, boolean careExperienced, List<String> demographics) {
          if (index >= classes.length) {
            classes = Arrays.copyOf(classes, Math.max(index + 1, classes.length * 2));
          }
          classes[index] = classIndex(new RespondentClass(group, careExperienced, demographics));
        }

        @Override
        public void response(int respondentClass, long[] codes, int offset) {
          count(classes[respondentClass], codes, offset);
          if ((added & 0xFFFF) == 0) {
            progress.accept(added);
          }
        }
      };
    }

    private int classIndex(RespondentClass key) {
      Integer k = classIndex.get(key);
      if (k == null) {
        k = classes.size();
        classIndex.put(key, k);
        classes.add(key);
        if (k >= classSizes.length) {
          classSizes = Arrays.copyOf(classSizes, classSizes.length * 2);
          small = Arrays.copyOf(small, classSizes.length * questions.size() * SMALL_CODES);
        }
      }
      return k;
    }

    private void count(int k, long[] codes, int offset) {
      classSizes[k]++;
      added++;
      int nq = questions.size();
      int block = k * nq * SMALL_CODES;
      for (int q = 0; q < nq; q++) {
        long code = codes[offset + q];
        if (code == NOT_ANSWERED || (code >= 0 && code < SMALL_CODES - 1)) {
          small[block + q * SMALL_CODES + (code == NOT_ANSWERED ? 0 : (int) code + 1)]++;
          continue;
        }
        long[] perClass = counts.get(q).computeIfAbsent(code, c -> new long[Math.max(8, classes.size())]);
        if (k >= perClass.length) {
          perClass = Arrays.copyOf(perClass, Math.max(perClass.length * 2, k + 1));
          counts.get(q).put(code, perClass);
        }
        perClass[k]++;
      }
    }

    private static long code(QuestionType type, Response r, int q) {
      switch (type) {
        case LIKERT:
        case SINGLE:
          return r.choiceIndex(q) < 0 ? NOT_ANSWERED : r.choiceIndex(q);
        case MULTI:
          return r.chosenMask(q) == 0 ? NOT_ANSWERED : r.chosenMask(q);
        case NUMERIC:
          return Double.isNaN(r.numberValue(q)) ? NOT_ANSWERED : Double.doubleToLongBits(r.numberValue(q));
        case TEXT:
          return r.answered(q) ? 1 : NOT_ANSWERED;
        default:
          throw new IllegalStateException("unhandled question type " + type + ": this is a bug");
      }
    }

    /**
     * The statistics of the responses added.
     *
     * @param report the ingest report of the file they came from; its accepted rows must equal the
     *     number of responses added
     * @return the statistics
     * @throws IllegalArgumentException if the counts do not reconcile
     */
    public ConsultationData build(IngestReport report) {
      if (report.rowsAccepted() != added) {
        throw new IllegalArgumentException("the ingest report accepts " + report.rowsAccepted() + " rows but "
            + added + " responses were added");
      }
      int nk = classes.size();
      List<Map<Long, long[]>> frozen = new ArrayList<>();
      for (int q = 0; q < counts.size(); q++) {
        Map<Long, long[]> m = counts.get(q);
        for (int c = 0; c < SMALL_CODES; c++) {
          long[] perClass = new long[nk];
          boolean any = false;
          for (int k = 0; k < nk; k++) {
            perClass[k] = small[(k * counts.size() + q) * SMALL_CODES + c];
            any |= perClass[k] != 0;
          }
          if (any) {
            m.put(c == 0 ? NOT_ANSWERED : c - 1L, perClass);
          }
        }
        Map<Long, long[]> copy = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> copy.put(e.getKey(), Arrays.copyOf(e.getValue(), nk)));
        frozen.add(copy);
      }
      return new ConsultationData(consultation, classes, Arrays.copyOf(classSizes, nk), frozen, report);
    }
  }

  /** @return the consultation the responses answer */
  public Consultation consultation() {
    return consultation;
  }

  /** @return what was read, accepted and rejected */
  public IngestReport ingestReport() {
    return report;
  }

  /** @return the respondent classes, in order of first appearance */
  public List<RespondentClass> classes() {
    return classes;
  }

  /**
   * The number of accepted respondents in a class.
   *
   * @param k the class index
   * @return its size
   */
  public long classSize(int k) {
    return classSizes[k];
  }

  /**
   * The number of accepted respondents: the {@code n} of the design.
   *
   * @return the number of respondents
   */
  public long respondents() {
    return Arrays.stream(classSizes).sum();
  }

  /**
   * The answer codes given to a question, in ascending order ({@link #NOT_ANSWERED} first if present).
   *
   * @param question the index in {@code Consultation.questions()}
   * @return the codes
   */
  public List<Long> codes(int question) {
    return List.copyOf(counts.get(question).keySet());
  }

  /**
   * How many respondents of a class gave an answer code to a question.
   *
   * @param question the index in {@code Consultation.questions()}
   * @param code the answer code
   * @param k the class index
   * @return the count (0 if none)
   */
  public long count(int question, long code, int k) {
    long[] c = counts.get(question).get(code);
    return c == null ? 0 : c[k];
  }
}
