package org.leavingcare.consultation.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.leavingcare.consultation.ingest.ChunkParser.ClassKey;
import org.leavingcare.consultation.ingest.ChunkParser.ParsedChunk;
import org.leavingcare.consultation.model.AnswerText;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.internal.Words;

/**
 * Reads a response file (CSV as survey tools export it) into {@link Response}s, or straight into
 * answer codes ({@link #readAnswerCodes}), reporting every row and cell it cannot use.
 *
 * <ul>
 *   <li><b>Encoding</b>: UTF-8 with or without a byte-order mark; UTF-16 with a mark; a file that
 *       is not valid UTF-8 is read as Windows-1252 (what Excel on Windows saves as "CSV"), and the
 *       report says so.
 *   <li><b>CSV</b>: RFC 4180, read as opencsv's {@code RFC4180Parser} reads it line by line:
 *       commas, double quotes, doubled quotes inside quoted cells, quoted cells spanning several
 *       lines, CRLF or LF line ends; no backslash escapes. The first row is the header; columns
 *       are found by name (spaces around names ignored).
 *   <li><b>Answers</b>: an empty cell is "not answered". Answers match options as
 *       {@link AnswerText} says. "Don't know" and "Prefer not to say" (or the configured
 *       non-substantive answers) are accepted answers with their own category. An answer that is
 *       not an option is reported as a rejected cell and the respondent counts as not answering
 *       (for a multiple-choice cell: as not choosing that part).
 *   <li><b>Rows</b> are rejected when they have too few cells, extra non-empty cells, an empty
 *       respondent id, or an id already seen (the first is kept). Rows are numbered as a
 *       spreadsheet shows them (header = row 1). Blank lines are skipped and counted.
 * </ul>
 *
 * <p>The file is read once, as bytes: cells are cut from the bytes and a String is made only for
 * a text not seen before (or a free-text answer that is kept). Parsing runs on several threads,
 * in chunks of about 1 MiB cut at line ends; a chunk that turns out to start inside a quoted cell
 * is parsed again from the true end of the row before it, so the result never depends on the
 * number of threads. The sink receives the responses on the calling thread, in file order.
 * Instances are immutable and thread-safe.
 */
public final class ResponseReader {

  private static final int CHUNK_BYTES = 1 << 20;

  private final Consultation consultation;
  private final int threads;
  private final int chunkBytes;

  private ResponseReader(Consultation consultation, int threads, int chunkBytes) {
    this.consultation = Objects.requireNonNull(consultation, "consultation");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /**
   * A reader for a consultation's response files, parsing on every available processor.
   *
   * @param consultation the layout and questions
   * @return the reader
   */
  public static ResponseReader of(Consultation consultation) {
    return new ResponseReader(consultation, Runtime.getRuntime().availableProcessors(), CHUNK_BYTES);
  }

  /**
   * This reader with another number of parsing threads.
   *
   * @param n at least 1
   * @return the copy
   */
  public ResponseReader withThreads(int n) {
    return new ResponseReader(consultation, n, chunkBytes);
  }

  /** For tests: this reader with chunks of about {@code bytes} bytes. */
  ResponseReader withChunkBytes(int bytes) {
    return new ResponseReader(consultation, threads, Math.max(1, bytes));
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
    return read(readAllBytes(file), String.valueOf(file.getFileName()), sink);
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
    return run(content, fileName, true, new Output() {
      @Override
      public void accept(ParsedChunk c, int i, long row, @Nullable String id, ClassKey who, int k,
          boolean careCellEmpty, Layout layout) {
        int nq = c.nq;
        int[] choice = new int[nq];
        long[] chosen = new long[nq];
        double[] number = new double[nq];
        String[] text = c.texts[i];
        Arrays.fill(choice, -1);
        Arrays.fill(number, Double.NaN);
        QuestionType[] types = layout.types;
        for (int q = 0; q < nq; q++) {
          long code = c.codes[i * nq + q];
          if (code == AnswerCodeSink.NOT_ANSWERED) {
            continue;
          }
          switch (types[q]) {
            case LIKERT:
            case SINGLE:
              choice[q] = (int) code;
              break;
            case MULTI:
              chosen[q] = code;
              break;
            case NUMERIC:
              number[q] = Double.longBitsToDouble(code);
              break;
            default:
              break;
          }
        }
        Respondent r = new Respondent(Objects.requireNonNull(id, "id"), who.group(), who.careExperienced(),
            who.demographics());
        sink.accept(new Response(row, r, consultation, choice, chosen, number, text, careCellEmpty));
      }
    });
  }

  /**
   * Reads a file into answer codes, without a {@link Response} object per row: the fast path for
   * counting a large file into sufficient statistics. Reads, accepts and rejects exactly as
   * {@link #read(Path, Consumer)} does.
   *
   * @param file the CSV file
   * @param sink receives the respondent classes and the accepted responses' codes, in file order,
   *     on the calling thread
   * @return what was read, accepted and rejected
   * @throws IOException if the file cannot be read
   * @throws InvalidResponseFileException if the file is empty, not text, or lacks configured columns
   */
  public IngestReport readAnswerCodes(Path file, AnswerCodeSink sink) throws IOException {
    return readAnswerCodes(readAllBytes(file), String.valueOf(file.getFileName()), sink);
  }

  /**
   * Reads a file's content into answer codes, as {@link #readAnswerCodes(Path, AnswerCodeSink)}.
   *
   * @param content the bytes of the file
   * @param fileName the file name, for messages
   * @param sink receives the respondent classes and the accepted responses' codes, in file order
   * @return what was read, accepted and rejected
   * @throws InvalidResponseFileException if the content is empty, not text, or lacks configured columns
   */
  public IngestReport readAnswerCodes(byte[] content, String fileName, AnswerCodeSink sink) {
    Objects.requireNonNull(sink, "sink");
    return run(content, fileName, false, new Output() {
      private int classes;

      @Override
      public void accept(ParsedChunk c, int i, long row, @Nullable String id, ClassKey who, int k,
          boolean careCellEmpty, Layout layout) {
        if (k == classes) {
          sink.respondentClass(k, who.group(), who.careExperienced(), who.demographics());
          classes++;
        }
        sink.response(k, c.codes, i * c.nq);
      }
    });
  }

  /**
   * Reads a whole file into memory, as the {@code Path} methods do before parsing it: the bytes
   * {@link Files#readAllBytes} gives, in about half its time for a file of a hundred megabytes
   * (read through one reused native buffer of 1 MiB, where {@code Files.readAllBytes} goes through
   * a temporary native buffer as large as the file). A caller with other work to do first, such as
   * checking a configuration, can read the file on another thread with this and then pass the
   * bytes to {@link #readAnswerCodes(byte[], String, AnswerCodeSink)} or
   * {@link #read(byte[], String, Consumer)}.
   *
   * @param file the file
   * @return its bytes
   * @throws IOException if the file cannot be read (for example {@code NoSuchFileException})
   */
  public static byte[] readAllBytes(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Files.readAllBytes(file); // a pipe, or its own error for a missing file or a directory
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE - 16) {
        return Files.readAllBytes(file); // its own error for a file too large for an array
      }
      byte[] b = new byte[(int) size];
      ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(size + 1, READ_BUFFER));
      int n = 0;
      while (true) {
        buffer.clear();
        int r = ch.read(buffer, n);
        if (r < 0) {
          break;
        }
        if (n + r > b.length) {
          // The file grew while being read: keep reading, as Files.readAllBytes does.
          b = Arrays.copyOf(b, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) n + r, 2L * b.length)));
        }
        buffer.flip().get(b, n, r);
        n += r;
      }
      return n == b.length ? b : Arrays.copyOf(b, n);
    }
  }

  private static final int READ_BUFFER = 1 << 20;

  /** Where the reading thread puts each accepted row. */
  private interface Output {
    /**
     * Row {@code i} of a chunk, accepted, of global respondent class {@code k} (classes are
     * numbered in order of first appearance); {@code id} is null when the output does not need it.
     */
    void accept(ParsedChunk c, int i, long row, @Nullable String id, ClassKey who, int k, boolean careCellEmpty,
        Layout layout);
  }

  private IngestReport run(byte[] content, String fileName, boolean responses, Output output) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "leavingcare-csv");
      t.setDaemon(true);
      return t;
    });
    try {
      Source src = decode(content, fileName, pool);
      int headerEnd = recordEnd(src.bytes, src.start, src.end);
      String headerText = stripCr(new String(src.bytes, src.start, headerEnd - src.start, src.charset));
      if (headerText.isBlank()) {
        throw new InvalidResponseFileException(fileName, List.of(
            "the file is empty or its first line is blank; the first line must be the header with the column names"));
      }
      Layout layout = Layout.of(consultation, parseRecord(headerText), fileName);
      return readBody(src, Math.min(headerEnd + 1, src.end), layout, fileName, responses, output, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Submitted(int nominalEnd, Future<ParsedChunk> chunk) {}

  private IngestReport readBody(Source src, int start, Layout layout, String fileName, boolean responses,
      Output output, ExecutorService pool) {
    byte[] b = src.bytes;
    int end = src.end;
    ArrayDeque<Submitted> inFlight = new ArrayDeque<>();
    // Parsed chunks are handed back for reuse once merged: their arrays are large.
    Queue<ParsedChunk> spare = new ConcurrentLinkedQueue<>();
    Merge merge = null;
    List<Rejection> rejections = new ArrayList<>();
    long read = 0;
    long rejectedRows = 0;
    long rejectedCells = 0;
    long blank = 0;
    int submitted = start;
    int expected = start;
    long nextRow = 2;
    while (submitted < end || !inFlight.isEmpty()) {
      while (submitted < end && inFlight.size() < threads * 2) {
        int from = submitted;
        int to = boundary(b, from, end);
        int limit = (int) Math.min(end, (long) to + chunkBytes);
        inFlight.add(new Submitted(to, pool.submit(() ->
            new ChunkParser(b, end, src.charset, layout, responses).parse(from, to, limit, spare.poll()))));
        submitted = to;
      }
      Submitted s = inFlight.removeFirst();
      ParsedChunk c = await(s.chunk);
      if (expected >= s.nominalEnd) {
        spare.add(c);
        continue; // the last row of an earlier chunk runs through this whole chunk
      }
      if (c.start != expected || c.aborted) {
        // The chunk began inside a quoted cell of the row before it, or gave up on a long row: parse it again here.
        c = new ChunkParser(b, end, src.charset, layout, responses).parse(expected, s.nominalEnd, Integer.MAX_VALUE, c);
      }
      if (merge == null) {
        // Size the id set from the first chunk's rows per byte, so that it rarely grows.
        merge = new Merge(b, layout, responses, output,
            new IdSet((int) Math.min(1 << 26, (long) c.n * (end - start) / Math.max(1, c.end - c.start) + 16)));
      }
      blank += c.blank;
      read += c.read;
      List<Rejection> chunkRejections = new ArrayList<>(c.rejections.size());
      for (Rejection x : c.rejections) {
        chunkRejections.add(new Rejection(x.row() + nextRow, x.column(), x.value(), x.reason(), x.wholeRow()));
      }
      merge.rows(c, nextRow, chunkRejections);
      chunkRejections.sort(Comparator.comparingLong(Rejection::row));
      for (Rejection x : chunkRejections) {
        if (x.wholeRow()) {
          rejectedRows++;
        } else {
          rejectedCells++;
        }
      }
      rejections.addAll(chunkRejections);
      nextRow += c.rows;
      expected = c.end;
      spare.add(c);
    }
    return new IngestReport(fileName, src.label, read, merge == null ? 0 : merge.accepted, rejectedRows, rejectedCells,
        blank, merge == null ? 0 : merge.careNotStated, rejections);
  }

  /**
   * The reading thread's side of the merge: duplicate ids, global respondent classes, the output.
   * A method of its own, so that the JIT compiles this loop alone rather than with all of
   * {@code readBody} around it (whose chunk-level branches, first taken at the end of the file,
   * made the compiled code be thrown away and compiled again).
   */
  private static final class Merge {
    private final byte[] b;
    private final Layout layout;
    private final boolean responses;
    private final Output output;
    private final IdSet seen;
    private final List<String> sideIds = new ArrayList<>();
    private final Map<ClassKey, Integer> classIndex = new HashMap<>();
    long accepted;
    long careNotStated;

    Merge(byte[] b, Layout layout, boolean responses, Output output, IdSet seen) {
      this.b = b;
      this.layout = layout;
      this.responses = responses;
      this.output = output;
      this.seen = seen;
    }

    /** Merges a chunk's rows, numbered from {@code nextRow}, adding duplicate ids to its rejections. */
    void rows(ParsedChunk c, long nextRow, List<Rejection> chunkRejections) {
      int[] classOf = new int[c.classes.size()];
      Arrays.fill(classOf, -1);
      for (int i = 0; i < c.n; i++) {
        long row = nextRow + c.relRow[i];
        long ref = c.idRef[i];
        if (ref < 0) {
          sideIds.add(c.sideIds.get((int) (-ref - 1)));
          ref = -sideIds.size();
        }
        long first = seen.firstOrAdd(c.idHash[i], ref, row, b, sideIds);
        if (first != 0) {
          duplicate(chunkRejections, row, ref, first);
          continue;
        }
        int local = c.cls[i] >> 1;
        boolean careCellEmpty = (c.cls[i] & 1) != 0;
        ClassKey who = c.classes.get(local);
        int k = classOf[local];
        if (k < 0) {
          k = classIndex.computeIfAbsent(who, x -> classIndex.size());
          classOf[local] = k;
        }
        if (careCellEmpty) {
          careNotStated++;
        }
        accepted++;
        output.accept(c, i, row, responses ? IdSet.id(ref, b, sideIds) : null, who, k, careCellEmpty, layout);
      }
    }

    private void duplicate(List<Rejection> chunkRejections, long row, long ref, long first) {
      chunkRejections.removeIf(x -> x.row() == row);
      chunkRejections.add(new Rejection(row, layout.idName, IdSet.id(ref, b, sideIds),
          "this respondent id already appeared in row " + first + "; the first response is kept."
              + " Remove the duplicate or give it its own id", true));
    }
  }

  private static <T> T await(Future<T> f) {
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

  /**
   * The end of a chunk starting at {@code from}: just after the first line end, at least
   * chunkBytes on, with an even number of quotes before it. In a well-formed file that is a row
   * boundary; if it is not (stray quotes), the chunk is parsed again from the true row boundary.
   */
  private int boundary(byte[] b, int from, int end) {
    long target = (long) from + chunkBytes;
    if (target >= end) {
      return end;
    }
    int quotes = 0;
    int i = from;
    for (; i + 8 <= target; i += 8) {
      quotes += Words.markedBytes(Words.zeroBytes((long) LONGS.get(b, i) ^ QUOTES));
    }
    for (; i < target - 1; i++) {
      quotes += b[i] == '"' ? 1 : 0;
    }
    boolean quoted = (quotes & 1) != 0;
    for (; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        return i + 1;
      }
    }
    return end;
  }

  // ---------------------------------------------------------------------------------------------
  // The header

  /** Index of the newline ending the record that starts at {@code from} (or {@code end}). */
  private static int recordEnd(byte[] b, int from, int end) {
    boolean quoted = false;
    for (int i = from; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        return i;
      }
    }
    return end;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String[] parseRecord(String recordText) {
    RFC4180Parser parser = new RFC4180ParserBuilder().build();
    List<String> fields = new ArrayList<>();
    for (String line : recordText.split("\n", -1)) {
      try {
        String[] more = parser.parseLineMulti(stripCr(line));
        // opencsv returns the fields before an open quote first; the open field continues in the next call.
        fields.addAll(Arrays.asList(more));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fields.toArray(new String[0]);
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding

  /** The bytes to parse ({@code [start, end)}), in an encoding whose ASCII bytes are ASCII characters. */
  private record Source(byte[] bytes, int start, int end, Charset charset, String label) {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long QUOTES = 0x2222222222222222L;

  private Source decode(byte[] b, String fileName, ExecutorService pool) {
    Source s;
    int scanned = -1;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      if (!validUtf8(b, 3)) {
        throw new InvalidResponseFileException(fileName, List.of("the file starts with a UTF-8 byte-order mark but is"
            + " not valid UTF-8; save it again as \"CSV UTF-8\""));
      }
      s = new Source(b, 3, b.length, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      s = utf16(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      s = utf16(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
    } else {
      scanned = scan(b, pool);
      s = (scanned & 1) == 0 || validUtf8(b, 0) ? new Source(b, 0, b.length, StandardCharsets.UTF_8, "UTF-8")
          : new Source(b, 0, b.length, Charset.forName("windows-1252"), "windows-1252");
    }
    if (((scanned >= 0 ? scanned : scan(s.bytes, pool)) & 2) != 0) {
      throw new InvalidResponseFileException(fileName, List.of("the file contains NUL characters, so it is not a CSV text"
          + " file (perhaps a spreadsheet, or UTF-16 without a byte-order mark); save it as \"CSV UTF-8\" and try again"));
    }
    return s;
  }

  /** A UTF-16 text as UTF-8 bytes: the same characters, so the same cells. */
  private static Source utf16(String text, String label) {
    byte[] u = text.getBytes(StandardCharsets.UTF_8);
    return new Source(u, 0, u.length, StandardCharsets.UTF_8, label);
  }

  /** Files smaller than this are scanned on the calling thread. */
  private static final int SCAN_SPLIT = 1 << 22;

  /**
   * Bit 1: some byte is not ASCII; bit 2: some byte is NUL. A large file is scanned in as many
   * pieces as there are parsing threads, at once.
   */
  private int scan(byte[] b, ExecutorService pool) {
    if (threads == 1 || b.length < SCAN_SPLIT) {
      return scan(b, 0, b.length);
    }
    List<Future<Integer>> pieces = new ArrayList<>();
    int step = (b.length / threads) & ~7;
    for (int t = 0; t < threads; t++) {
      int from = t * step;
      int to = t == threads - 1 ? b.length : from + step;
      pieces.add(pool.submit(() -> scan(b, from, to)));
    }
    int flags = 0;
    for (Future<Integer> f : pieces) {
      flags |= await(f);
    }
    return flags;
  }

  /** {@link #scan(byte[], ExecutorService)} of {@code b[from, to)}, eight bytes at a time. */
  private static int scan(byte[] b, int from, int to) {
    long high = 0;
    boolean nul = false;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      high |= w;
      if (((w - LOW_BITS) & ~w & HIGH_BITS) != 0) {
        nul = true;
      }
    }
    for (; i < to; i++) {
      high |= b[i] & 0x80;
      nul |= b[i] == 0;
    }
    return ((high & HIGH_BITS) != 0 ? 1 : 0) | (nul ? 2 : 0);
  }

  /** Whether bytes from {@code from} are strictly valid UTF-8 (decoded in pieces, nothing kept). */
  private static boolean validUtf8(byte[] b, int from) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      if (r.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    return !d.flush(out).isError();
  }

  // ---------------------------------------------------------------------------------------------
  // Respondent ids seen so far

  /**
   * An open-addressing set of ids (by hash, checked by text) with the row each was first seen in.
   * A slot is one long: 32 bits of the id's hash and the entry number, so a probe touches one
   * cache line of a table of 8 bytes a slot.
   *
   * <p>The ids' hash is a fixed polynomial, so ids can be made to collide on purpose (in a file
   * from outside, not by chance): every such id would then be compared with every one before it,
   * quadratic in the file. An id that finds no free slot within {@value #MAX_PROBES} probes goes to
   * an ordinary map instead, which stays logarithmic under collisions. The map holds only ids whose
   * {@value #MAX_PROBES} slots from their hash's are all taken (slots are never freed, and a grown
   * table takes back those it can), so an id that finds a free slot within reach is in neither the
   * map nor the table, and the map is looked at only when the table is full around an id.
   */
  private static final class IdSet {
    private static final int MAX_PROBES = 32;
    private static final long TAG = 0xFFFFFFFF00000000L;

    private long[] slots;
    private long[] hashes;
    private long[] rows;
    private long[] refs;
    private int size;
    /** Ids beyond a probe's reach, with their entry. */
    private final ConcurrentHashMap<String, Integer> other = new ConcurrentHashMap<>();

    IdSet(int expected) {
      int n = Math.max(16, expected);
      slots = new long[Integer.highestOneBit(n * 2 - 1) * 2];
      hashes = new long[n];
      rows = new long[n];
      refs = new long[n];
    }

    /** The row where an equal id was first seen, or 0 after adding this one. */
    long firstOrAdd(long idHash, long ref, long row, byte[] b, List<String> side) {
      if (2 * (size + 1) > slots.length) {
        grow(b, side);
      }
      long hash = mix(idHash);
      int mask = slots.length - 1;
      long tag = hash & TAG;
      int i = (int) hash & mask;
      for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
        long slot = slots[i];
        if (slot == 0) {
          slots[i] = tag | (add(hash, row, ref) + 1);
          return 0;
        }
        if ((slot & TAG) == tag) {
          int entry = (int) slot - 1;
          if (id(refs[entry], b, side).equals(id(ref, b, side))) {
            return rows[entry];
          }
        }
      }
      String id = id(ref, b, side);
      Integer entry = other.get(id);
      if (entry != null) {
        return rows[entry];
      }
      other.put(id, add(hash, row, ref));
      return 0;
    }

    /** A new entry's number. */
    private int add(long hash, long row, long ref) {
      if (size == rows.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        rows = Arrays.copyOf(rows, size * 2);
        refs = Arrays.copyOf(refs, size * 2);
      }
      hashes[size] = hash;
      rows[size] = row;
      refs[size] = ref;
      return size++;
    }

    private void grow(byte[] b, List<String> side) {
      long[] old = slots;
      slots = new long[old.length * 2];
      for (long slot : old) {
        if (slot != 0 && !place((int) slot - 1)) {
          other.put(id(refs[(int) slot - 1], b, side), (int) slot - 1);
        }
      }
      // The map's ids that the larger table has room for go back into it.
      other.values().removeIf(this::place);
    }

    /** Puts an entry in a free slot within reach of its hash's, if there is one. */
    private boolean place(int entry) {
      int mask = slots.length - 1;
      int i = (int) hashes[entry] & mask;
      for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
        if (slots[i] == 0) {
          slots[i] = (hashes[entry] & TAG) | (entry + 1);
          return true;
        }
      }
      return false;
    }

    private static long mix(long h) {
      h ^= h >>> 31;
      h *= 0xBF58476D1CE4E5B9L;
      return h ^ (h >>> 29);
    }

    static String id(long ref, byte[] b, List<String> side) {
      return ref >= 0 ? new String(b, (int) (ref >>> 32), (int) ref, StandardCharsets.ISO_8859_1)
          : side.get((int) (-ref - 1));
    }
  }
}
