package org.leavingcare.consultation.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.leavingcare.consultation.model.AnswerText;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;

/**
 * The response reader as it was before the byte tokenizer (opencsv's RFC4180Parser on the decoded
 * text, a Response per row): the reference the fast reader must agree with, row for row and
 * rejection for rejection. Test code only.
 */
final class OpencsvReference {

  private static final int CHUNK_CHARS = 1 << 20;
  /** Most distinct raw answer texts remembered per question (answers repeat; typos need not). */
  private static final int CACHE_LIMIT = 10_000;

  private final Consultation consultation;
  private final int threads;
  private final int chunkChars;

  private OpencsvReference(Consultation consultation, int threads, int chunkChars) {
    this.consultation = Objects.requireNonNull(consultation, "consultation");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.chunkChars = chunkChars;
  }

  /**
   * A reader for a consultation's response files, parsing on every available processor.
   *
   * @param consultation the layout and questions
   * @return the reader
   */
  static OpencsvReference of(Consultation consultation) {
    return new OpencsvReference(consultation, Runtime.getRuntime().availableProcessors(), CHUNK_CHARS);
  }

  /**
   * This reader with another number of parsing threads.
   *
   * @param n at least 1
   * @return the copy
   */
  OpencsvReference withThreads(int n) {
    return new OpencsvReference(consultation, n, chunkChars);
  }

  /** For tests: this reader with chunks of about {@code chars} characters. */
  OpencsvReference withChunkChars(int chars) {
    return new OpencsvReference(consultation, threads, chars);
  }

  /**
   * Reads a file.
   *
   * @param file the CSV file
   * @param sink receives each accepted response, in file order, on the calling thread
   * @return what was read, accepted and rejected
   * @throws IOException if the file cannot be read
   * @throws InvalidResponseFileException if the file is empty, not text, or lacks configured columns
   */
  public IngestReport read(Path file, Consumer<Response> sink) throws IOException {
    return read(Files.readAllBytes(file), String.valueOf(file.getFileName()), sink);
  }

  /**
   * Reads a file's content.
   *
   * @param content the bytes of the file
   * @param fileName the file name, for messages
   * @param sink receives each accepted response, in file order, on the calling thread
   * @return what was read, accepted and rejected
   * @throws InvalidResponseFileException if the content is empty, not text, or lacks configured columns
   */
  public IngestReport read(byte[] content, String fileName, Consumer<Response> sink) {
    Objects.requireNonNull(sink, "sink");
    Decoded decoded = decode(content, fileName);
    String text = decoded.text;
    int headerEnd = recordEnd(text, 0);
    String headerText = stripCr(text.substring(0, Math.min(headerEnd, text.length())));
    if (headerText.isBlank()) {
      throw new InvalidResponseFileException(fileName, List.of(
          "the file is empty or its first line is blank; the first line must be the header with the column names"));
    }
    String[] header = parseRecord(headerText);
    Layout layout = layout(header, fileName);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "leavingcare-csv");
      t.setDaemon(true);
      return t;
    });
    try {
      return readBody(text, headerEnd + 1, layout, fileName, decoded.encoding, sink, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private IngestReport readBody(String text, int start, Layout layout, String fileName, String encoding,
      Consumer<Response> sink, ExecutorService pool) {
    ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    Map<String, Long> seenIds = new HashMap<>();
    List<Rejection> rejections = new ArrayList<>();
    long read = 0;
    long accepted = 0;
    long rejectedRows = 0;
    long rejectedCells = 0;
    long blank = 0;
    long careNotStated = 0;
    int pos = start;
    long nextRow = 2;
    while (pos < text.length() || !inFlight.isEmpty()) {
      while (pos < text.length() && inFlight.size() < threads * 2) {
        int[] rows = new int[1];
        int end = chunkEnd(text, pos, chunkChars, rows);
        int a = pos;
        long base = nextRow;
        inFlight.add(pool.submit(() -> parseChunk(text, a, end, base, layout)));
        nextRow += rows[0];
        pos = end;
      }
      Chunk chunk = await(inFlight.removeFirst());
      blank += chunk.blankRows;
      read += chunk.rowsRead;
      List<Rejection> chunkRejections = new ArrayList<>(chunk.rejections);
      for (Response r : chunk.responses) {
        Long first = seenIds.putIfAbsent(r.respondent().id(), r.row());
        if (first != null) {
          chunkRejections.removeIf(x -> x.row() == r.row());
          chunkRejections.add(new Rejection(r.row(), layout.idName, r.respondent().id(),
              "this respondent id already appeared in row " + first + "; the first response is kept."
                  + " Remove the duplicate or give it its own id", true));
          continue;
        }
        if (layout.careNotStated(r)) {
          careNotStated++;
        }
        accepted++;
        sink.accept(r);
      }
      chunkRejections.sort(Comparator.comparingLong(Rejection::row));
      for (Rejection x : chunkRejections) {
        if (x.wholeRow()) {
          rejectedRows++;
        } else {
          rejectedCells++;
        }
      }
      rejections.addAll(chunkRejections);
    }
    return new IngestReport(fileName, encoding, read, accepted, rejectedRows, rejectedCells, blank, careNotStated,
        rejections);
  }

  private static Chunk await(Future<Chunk> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading responses", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("reading a chunk of responses failed: this is a bug", c);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Chunking: boundaries are line ends outside quotes, so each chunk holds whole rows.

  /** The end (exclusive, after its newline) of the chunk starting at {@code from}; counts its rows. */
  private static int chunkEnd(String text, int from, int chunkChars, int[] rows) {
    int target = Math.min(text.length(), from + chunkChars);
    boolean quoted = false;
    int count = 0;
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        count++;
        if (i + 1 >= target) {
          rows[0] = count;
          return i + 1;
        }
      }
      i++;
    }
    rows[0] = count + (n > from && text.charAt(n - 1) != '\n' ? 1 : 0);
    return n;
  }

  /** Index of the newline ending the record that starts at {@code from} (or the text length). */
  private static int recordEnd(String text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        return i;
      }
    }
    return text.length();
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String[] parseRecord(String recordText) {
    RFC4180Parser parser = new RFC4180ParserBuilder().build();
    List<String> fields = new ArrayList<>();
    for (String line : recordText.split("\n", -1)) {
      try {
        fields = join(fields, parser.parseLineMulti(stripCr(line)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fields.toArray(new String[0]);
  }

  private static List<String> join(List<String> pending, String[] more) {
    if (pending.isEmpty()) {
      return new ArrayList<>(Arrays.asList(more));
    }
    if (more.length == 0) {
      return pending;
    }
    // opencsv returns the fields before an open quote first; the open field continues in the next call.
    List<String> out = new ArrayList<>(pending);
    out.addAll(Arrays.asList(more));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and decoding one chunk (runs on a worker thread)

  private record Chunk(List<Response> responses, List<Rejection> rejections, long rowsRead, long blankRows) {}

  private Chunk parseChunk(String text, int from, int to, long firstRow, Layout layout) throws IOException {
    RFC4180Parser parser = new RFC4180ParserBuilder().build();
    List<Response> responses = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long row = firstRow;
    long read = 0;
    long blank = 0;
    String[] fields = null;
    int pos = from;
    while (pos < to) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 || nl >= to ? to : nl;
      int contentEnd = lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      String line = text.substring(pos, contentEnd);
      pos = lineEnd + 1;
      if (fields == null && line.isEmpty()) {
        blank++;
        row++;
        continue;
      }
      String[] parsed = parser.parseLineMulti(line);
      fields = fields == null ? parsed : concat(fields, parsed);
      if (parser.isPending()) {
        continue;
      }
      read++;
      Response r = layout.decode(fields, row, rejections);
      if (r != null) {
        responses.add(r);
      }
      fields = null;
      row++;
    }
    if (fields != null) {
      read++;
      rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "",
          "a quoted cell is never closed before the end of the file; check for a missing double quote", true));
    }
    return new Chunk(responses, rejections, read, blank);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding

  private record Decoded(String text, String encoding) {}

  private static Decoded decode(byte[] b, String fileName) {
    Decoded d;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      d = new Decoded(strict(b, 3, StandardCharsets.UTF_8, fileName), "UTF-8 (BOM)");
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      d = new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      d = new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
    } else {
      String utf8 = tryStrict(b);
      d = utf8 != null ? new Decoded(utf8, "UTF-8")
          : new Decoded(new String(b, Charset.forName("windows-1252")), "windows-1252");
    }
    if (d.text.indexOf('\0') >= 0) {
      throw new InvalidResponseFileException(fileName, List.of("the file contains NUL characters, so it is not a CSV text"
          + " file (perhaps a spreadsheet, or UTF-16 without a byte-order mark); save it as \"CSV UTF-8\" and try again"));
    }
    return d;
  }

  private static String strict(byte[] b, int offset, Charset cs, String fileName) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidResponseFileException(fileName, List.of("the file starts with a UTF-8 byte-order mark but is"
          + " not valid UTF-8; save it again as \"CSV UTF-8\""));
    }
  }

  private static String tryStrict(byte[] b) {
    boolean ascii = true;
    for (byte x : b) {
      if (x < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The layout: which column holds what, and how a record becomes a Response

  private Layout layout(String[] header, String fileName) {
    Map<String, Integer> byName = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (byName.putIfAbsent(name, i) != null) {
        byName.put(name, -1);
      }
    }
    List<String> available = new ArrayList<>();
    for (String h : header) {
      available.add(h.strip());
    }
    Finder find = (column, role) -> {
      Integer i = byName.get(column.strip());
      if (i == null) {
        problems.add("the " + role + " column '" + column + "' is not in the header; check the configuration's column"
            + " names against the file (it has: " + String.join(", ", available) + ")");
        return -1;
      }
      if (i < 0) {
        problems.add("the header has two columns named '" + column + "'; rename one of them");
        return -1;
      }
      return i;
    };
    int id = find.index(consultation.respondentIdColumn(), "respondent id");
    int group = consultation.groupColumn().map(c -> find.index(c, "respondent group")).orElse(-2);
    int care = consultation.careExperience().map(c -> find.index(c.column(), "care-experience")).orElse(-2);
    int[] demo = consultation.demographicColumns().stream().mapToInt(c -> find.index(c, "demographic")).toArray();
    List<Question> qs = consultation.questions();
    int[] qcol = new int[qs.size()];
    for (int i = 0; i < qs.size(); i++) {
      qcol[i] = find.index(qs.get(i).column(), "question '" + qs.get(i).id() + "'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidResponseFileException(fileName, problems);
    }
    return new Layout(consultation, header, id, group, care, demo, qcol);
  }

  @FunctionalInterface
  private interface Finder {
    int index(String column, String role);
  }

  /** Column positions and option lookups; immutable, shared by the worker threads. */
  private static final class Layout {
    final Consultation consultation;
    final String[] names;
    final String idName;
    final int id;
    final int group;
    final int care;
    final int[] demo;
    final int[] qcol;
    final QuestionType[] types;
    final List<Map<String, Integer>> exact = new ArrayList<>();
    final List<Map<String, Integer>> normalised = new ArrayList<>();
    /** Raw cell text → category (or -1), per question: answers repeat, so normalise each text once. */
    final List<Map<String, Integer>> seen = new ArrayList<>();
    /** Raw care-experience cell → whether it means care-experienced. */
    final Map<String, Boolean> careSeen = new ConcurrentHashMap<>();

    Layout(Consultation consultation, String[] header, int id, int group, int care, int[] demo, int[] qcol) {
      this.consultation = consultation;
      this.names = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        names[i] = header[i].strip().replace("\uFEFF", "");
      }
      this.idName = names[id];
      this.id = id;
      this.group = group;
      this.care = care;
      this.demo = demo;
      this.qcol = qcol;
      List<Question> qs = consultation.questions();
      this.types = new QuestionType[qs.size()];
      for (int i = 0; i < qs.size(); i++) {
        Question q = qs.get(i);
        types[i] = q.type();
        Map<String, Integer> e = new HashMap<>();
        Map<String, Integer> n = new HashMap<>();
        List<String> cats = q.categories();
        for (int c = 0; c < cats.size(); c++) {
          e.put(cats.get(c), c);
          n.put(AnswerText.normalise(cats.get(c)), c);
        }
        exact.add(e);
        normalised.add(n);
        seen.add(new ConcurrentHashMap<>());
      }
    }

    boolean careNotStated(Response r) {
      return care >= 0 && r.careCellEmpty();
    }

    int lookup(int q, String value) {
      Integer c = exact.get(q).get(value);
      if (c != null) {
        return c;
      }
      Map<String, Integer> cache = seen.get(q);
      c = cache.get(value);
      if (c == null) {
        Integer found = normalised.get(q).get(AnswerText.normalise(value));
        c = found == null ? -1 : found;
        if (cache.size() < CACHE_LIMIT) {
          cache.put(value, c);
        }
      }
      return c;
    }

    boolean careExperienced(String cell) {
      Boolean ce = careSeen.get(cell);
      if (ce == null) {
        ce = consultation.careExperience().orElseThrow().matches(cell);
        if (careSeen.size() < CACHE_LIMIT) {
          careSeen.put(cell, ce);
        }
      }
      return ce;
    }

    /** The response of a record, or null if the whole row is rejected (added to rejections). */
    Response decode(String[] f, long row, List<Rejection> rejections) {
      if (f.length < names.length) {
        rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "", "the row has " + f.length
            + " cells but the header has " + names.length + "; check for a missing comma or a line break outside quotes", true));
        return null;
      }
      for (int i = names.length; i < f.length; i++) {
        if (!f[i].isBlank()) {
          rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "", "the row has " + f.length
              + " cells but the header has " + names.length + "; check for an unquoted comma in an answer", true));
          return null;
        }
      }
      String rid = f[id].strip();
      if (rid.isEmpty()) {
        rejections.add(new Rejection(row, names[id], "", "the respondent id is empty; give every response an id", true));
        return null;
      }
      String g = group >= 0 ? f[group].strip() : "";
      boolean careCellEmpty = care >= 0 && f[care].isBlank();
      boolean ce = care >= 0 && careExperienced(f[care]);
      List<String> demographics = new ArrayList<>(demo.length);
      for (int d : demo) {
        demographics.add(f[d].strip());
      }
      int nq = qcol.length;
      int[] choice = new int[nq];
      long[] chosen = new long[nq];
      double[] number = new double[nq];
      String[] text = new String[nq];
      Arrays.fill(choice, -1);
      Arrays.fill(number, Double.NaN);
      List<Question> qs = consultation.questions();
      for (int q = 0; q < nq; q++) {
        String cell = f[qcol[q]];
        if (cell.isBlank()) {
          continue;
        }
        switch (types[q]) {
          case LIKERT:
          case SINGLE: {
            int c = lookup(q, cell);
            if (c < 0) {
              rejections.add(new Rejection(row, names[qcol[q]], cell.strip(), notAnOption(qs.get(q)), false));
            } else {
              choice[q] = c;
            }
            break;
          }
          case MULTI: {
            String sep = qs.get(q).separator();
            int start = 0;
            long mask = 0;
            while (start <= cell.length()) {
              int next = cell.indexOf(sep, start);
              int end = next < 0 ? cell.length() : next;
              String part = cell.substring(start, end).strip();
              if (!part.isEmpty()) {
                int c = lookup(q, part);
                if (c < 0) {
                  rejections.add(new Rejection(row, names[qcol[q]], part, notAnOption(qs.get(q))
                      + " (the other choices in this cell are kept)", false));
                } else {
                  mask |= 1L << c;
                }
              }
              if (next < 0) {
                break;
              }
              start = next + sep.length();
            }
            chosen[q] = mask;
            break;
          }
          case NUMERIC: {
            double v;
            try {
              v = Double.parseDouble(cell.strip());
            } catch (NumberFormatException e) {
              v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
              rejections.add(new Rejection(row, names[qcol[q]], cell.strip(),
                  "not a number; write numbers with digits and a decimal point, for example 7 or 7.5", false));
            } else {
              number[q] = v;
            }
            break;
          }
          case TEXT:
            text[q] = cell;
            break;
          default:
            throw new IllegalStateException("unhandled question type " + types[q] + ": this is a bug");
        }
      }
      Respondent who = new Respondent(rid, g.isEmpty() ? Respondent.GROUP_NOT_STATED : g, ce, demographics);
      return new Response(row, who, consultation, choice, chosen, number, text, careCellEmpty);
    }

    private static String notAnOption(Question q) {
      return "not one of the options of question '" + q.id() + "' (" + String.join(" / ", q.categories())
          + "); counted as not answered. Correct the answer or add the option to the configuration";
    }
  }
}
