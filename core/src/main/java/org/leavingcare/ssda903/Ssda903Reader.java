package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.leavingcare.ssda903.internal.CsvReader;
import org.leavingcare.ssda903.internal.Finisher;
import org.leavingcare.ssda903.internal.Issues;
import org.leavingcare.ssda903.internal.RowParser;
import org.leavingcare.ssda903.internal.Store;
import org.leavingcare.ssda903.internal.XmlReturnReader;

/**
 * Reads an SSDA903 return, as CSV tables (recognised by their headers, never their names) or as
 * one XML file, into an {@link Ssda903Return}: every child's rows joined, and a {@link ReadReport}
 * of what was read, accepted and rejected, and why.
 *
 * <pre>{@code
 * Ssda903Return r = Ssda903Reader.forYear(CollectionYear.of(2024)).read(List.of(Path.of("903/")));
 * r.report().rowsRejected();
 * }</pre>
 *
 * <p><b>What it tolerates</b> (each with a note in the report): a UTF-8 byte-order mark; codes in
 * lower case; spreadsheet numbers such as {@code 1.0}; ISO and unpadded dates; extra columns; codes
 * valid in an earlier year (for an episode, any year from the one it started in); the non-DfE codes
 * regional pipelines add (read as "not recorded"). <b>What it rejects</b>: files whose headers
 * match no table, non-UTF-8 files, rows with the wrong number of cells, rows whose key cells
 * (CHILD, dates, RNE, LS) are missing or invalid; a bad optional cell is ignored and the row kept.
 *
 * <p><b>Several years:</b> give earlier years' Episodes files too, for the full care history the
 * law needs; the same episode in two files is merged (the closed version, else the later file,
 * wins) and an open episode followed by a later one is closed. Header, Reviews and OC3 belong to
 * the collection year given here. Rows may come in any order; files need not be grouped by child.
 *
 * <p><b>Memory and speed:</b> rows are kept in compact form (primitive arrays indexed by child,
 * about 50 bytes an episode), so a million children with six million rows fit in well under 1 GB
 * of heap; files are read in parallel (one task per Episodes file, one per other table) on up to
 * {@link #withThreads threads} threads.
 * Immutable and thread-safe; {@code read} may be called concurrently.
 */
public final class Ssda903Reader {

  /** A file to read: a name for messages and a way to open it. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the bytes.
     *
     * @return a new stream, closed by the reader
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * One input.
   *
   * @param name the name used in messages, usually the path; each input's own, since the issues
   *     kept are put in reading order by it ({@link ReadReport#issues()})
   * @param opener how to open it
   */
  public record Input(String name, Opener opener) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Input {
      requireNonNull(name, "name");
      requireNonNull(opener, "opener");
    }

    /**
     * A file on disk.
     *
     * @param path the file
     * @return the input, named by the path
     */
    public static Input of(Path path) {
      return new Input(path.toString(), () -> Files.newInputStream(path));
    }

    /**
     * Bytes in memory (tests, uploads).
     *
     * @param name the name for messages
     * @param bytes the content
     * @return the input
     */
    public static Input of(String name, byte[] bytes) {
      byte[] copy = bytes.clone();
      return new Input(name, () -> new ByteArrayInputStream(copy));
    }
  }

  /** Columns the cohort report neither checks nor keeps (identifying, and not needed). */
  private static final Set<String> UNREAD_COLUMNS = Set.of("UPN", "HOME_POST", "PL_POST", "URN");

  private final CollectionYear year;
  private final CodeLists codes;
  private final int issueLimit;
  private final int threads;

  private Ssda903Reader(CollectionYear year, CodeLists codes, int issueLimit, int threads) {
    this.year = year;
    this.codes = codes;
    this.issueLimit = issueLimit;
    this.threads = threads;
  }

  /**
   * A reader for a return of the given collection year, with the standard code lists, keeping up
   * to 10,000 issues in full, on up to two threads.
   *
   * @param year the collection year of the return (the year OC3, Header and Reviews describe)
   * @return the reader
   */
  public static Ssda903Reader forYear(CollectionYear year) {
    return new Ssda903Reader(requireNonNull(year, "year"), CodeLists.standard(), 10_000,
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
  }

  /**
   * The same reader keeping up to {@code limit} issues in full, the first in reading order (see
   * {@link ReadReport#issues()}); all are always counted.
   *
   * @param limit at least 0
   * @return a new reader
   */
  public Ssda903Reader withIssueLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("issue limit must be >= 0, was " + limit);
    }
    return new Ssda903Reader(year, codes, limit, threads);
  }

  /**
   * The same reader using up to {@code n} threads (one Episodes file, or one other table, per task).
   *
   * @param n at least 1
   * @return a new reader
   */
  public Ssda903Reader withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + n);
    }
    return new Ssda903Reader(year, codes, issueLimit, n);
  }

  /** @return the collection year read */
  public CollectionYear year() {
    return year;
  }

  /**
   * Reads the return's files and directories (a directory's {@code .csv} and {@code .xml} files,
   * not recursively, in name order).
   *
   * @param paths files or directories of this collection year
   * @return the return and its read report
   * @throws UncheckedIOException if a directory cannot be listed
   * @throws IllegalArgumentException if a file is given twice (as written, or through its directory)
   */
  public Ssda903Return read(List<Path> paths) {
    return read(paths, List.of());
  }

  /**
   * Reads the return's files with earlier years' returns for the care history: from the earlier
   * files only Episodes rows are read (the other tables are recognised and counted).
   *
   * @param paths files or directories of this collection year
   * @param earlier files or directories of earlier collection years, in any order
   * @return the return and its read report
   * @throws UncheckedIOException if a directory cannot be listed
   * @throws IllegalArgumentException if a file is given twice (as written, or through its directory)
   */
  public Ssda903Return read(List<Path> paths, List<Path> earlier) {
    List<Input> now = inputs(paths);
    List<Input> before = inputs(earlier);
    Map<Input, Long> sizes = new IdentityHashMap<>();
    for (List<Input> list : List.of(now, before)) {
      for (Input in : list) {
        try {
          sizes.put(in, Files.size(Path.of(in.name())));
        } catch (IOException | RuntimeException e) {
          // Unknown: the file is read in its turn, and reading it reports the problem.
        }
      }
    }
    return readInputs(now, before, sizes);
  }

  private static List<Input> inputs(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return Files.isRegularFile(f) && (n.endsWith(".csv") || n.endsWith(".xml"));
          }).sorted().forEach(f -> inputs.add(Input.of(f)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list the directory " + p + ": " + e.getMessage(), e);
        }
      } else {
        inputs.add(Input.of(p));
      }
    }
    return inputs;
  }

  private enum Kind { CSV, XML, REJECTED }

  private static final class Sniffed {
    final Input input;
    final int index;
    final boolean earlier;
    Kind kind = Kind.REJECTED;
    Ssda903Table table;
    int[] columnIndex;
    int width;

    Sniffed(Input input, int index, boolean earlier) {
      this.input = input;
      this.index = index;
      this.earlier = earlier;
    }
  }

  /**
   * Reads inputs, in the order given (later files are treated as newer submissions when the same
   * episode appears twice).
   *
   * @param inputs the files of this collection year
   * @return the return and its read report
   * @throws IllegalArgumentException if two inputs have the same name
   */
  public Ssda903Return readInputs(List<Input> inputs) {
    return readInputs(inputs, List.of());
  }

  /**
   * Reads inputs with earlier years' inputs, from which only Episodes rows are read; earlier files
   * count as older submissions than this year's when the same episode appears in both.
   *
   * @param inputs the files of this collection year
   * @param earlier files of earlier collection years
   * @return the return and its read report
   * @throws IllegalArgumentException if two inputs have the same name (the report names files by it)
   */
  public Ssda903Return readInputs(List<Input> inputs, List<Input> earlier) {
    return readInputs(inputs, earlier, Map.of());
  }

  /**
   * As {@link #readInputs(List, List)}, with the inputs' sizes in bytes where known: the biggest
   * reading tasks start first, so that the two threads finish together rather than one reading the
   * last big file alone. The order tasks run in changes nothing that is reported.
   */
  private Ssda903Return readInputs(List<Input> inputs, List<Input> earlier, Map<Input, Long> sizes) {
    requireNonNull(inputs, "inputs");
    requireNonNull(earlier, "earlier");
    List<Input> all = new ArrayList<>(earlier);
    all.addAll(inputs);
    String[] names = new String[all.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      names[i] = all.get(i).name();
      if (!seen.add(names[i])) {
        throw new IllegalArgumentException("the input " + names[i] + " is given twice. Give each file once:"
            + " its rows would be read twice, and the issues and counts name the file they come from.");
      }
    }
    Issues issues = new Issues(issueLimit, Arrays.asList(names));
    List<Sniffed> sniffed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      sniffed.add(sniff(all.get(i), i, i < earlier.size(), issues));
    }
    Store store = new Store(names, earlier.size());
    Map<Sniffed, long[]> counts = new LinkedHashMap<>();
    Map<Sniffed, long[][]> xmlCounts = new LinkedHashMap<>();
    Set<String> rejectedFiles = new HashSet<>();
    // XML first, on this thread: it fills every table.
    RowParser xmlParser = new RowParser(store, codes, year, issues);
    for (Sniffed s : sniffed) {
      if (s.kind == Kind.XML) {
        XmlReturnReader x = new XmlReturnReader(xmlParser, issues, s.earlier);
        boolean whole;
        try (InputStream in = s.input.opener().open()) {
          whole = x.read(in, s.index, s.input.name());
        } catch (IOException e) {
          issues.add(s.input.name(), 0, "", "", "", Severity.FILE_REJECTED, IssueKind.FILE_UNREADABLE,
              "the file could not be read: " + e.getClass().getSimpleName() + ".");
          whole = false;
        }
        if (!whole) {
          rejectedFiles.add(s.input.name());
        }
        xmlCounts.put(s, new long[][] {x.read(), x.rejected()});
      } else if (s.kind == Kind.REJECTED) {
        rejectedFiles.add(s.input.name());
      }
    }
    // CSV: one task per Episodes file (their rows are independent until the finishing checks), and
    // one task per other table with its files in order (a duplicate Header or OC3 row is judged
    // against the rows before it). Episodes first: they are the biggest.
    Map<Ssda903Table, List<Sniffed>> byTable = new EnumMap<>(Ssda903Table.class);
    List<List<Sniffed>> tasks = new ArrayList<>();
    for (Sniffed s : sniffed) {
      if (s.kind == Kind.CSV) {
        counts.put(s, new long[2]);
        if (s.table == Ssda903Table.EPISODES) {
          tasks.add(List.of(s));
        } else {
          byTable.computeIfAbsent(s.table, t -> new ArrayList<>()).add(s);
        }
      }
    }
    tasks.addAll(byTable.values());
    // Biggest first (a stable sort: tasks of unknown size keep their order).
    tasks.sort(java.util.Comparator.comparingLong((List<Sniffed> t) -> {
      long bytes = 0;
      for (Sniffed s : t) {
        bytes += sizes.getOrDefault(s.input, 0L);
      }
      return bytes;
    }).reversed());
    // At least two threads when allowed: the finishing checks run on the same pool after the files.
    int poolSize = Math.max(1, Math.min(threads, Math.max(2, tasks.size())));
    ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
      Thread t = new Thread(r, "ssda903-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<Sniffed> task : tasks) {
        futures.add(pool.submit(() -> {
          RowParser parser = new RowParser(store, codes, year, issues);
          for (Sniffed s : task) {
            if (!readCsv(s, parser, counts.get(s), issues)) {
              synchronized (rejectedFiles) {
                rejectedFiles.add(s.input.name());
              }
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      Finisher.finish(store, issues, pool, poolSize);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reading was interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("reading failed: this is a bug", c);
    } finally {
      pool.shutdownNow();
    }
    List<TableRead> tables = new ArrayList<>();
    List<String> rejectedInOrder = new ArrayList<>();
    for (Sniffed s : sniffed) {
      if (rejectedFiles.contains(s.input.name()) && !rejectedInOrder.contains(s.input.name())) {
        rejectedInOrder.add(s.input.name());
      }
      if (s.kind == Kind.CSV) {
        long[] c = counts.get(s);
        tables.add(new TableRead(s.input.name(), s.table, c[0], c[0] - c[1], c[1]));
      } else if (s.kind == Kind.XML) {
        long[][] c = xmlCounts.get(s);
        for (Ssda903Table t : Ssda903Table.values()) {
          if (c[0][t.ordinal()] > 0) {
            tables.add(new TableRead(s.input.name(), t, c[0][t.ordinal()],
                c[0][t.ordinal()] - c[1][t.ordinal()], c[1][t.ordinal()]));
          }
        }
      }
    }
    ReadReport report = ReadReport.of(tables, rejectedInOrder, issues.kept(), issues.byKind(),
        issues.bySeverity(), issues.notKept());
    return new Ssda903Return(year, store, report);
  }

  private Sniffed sniff(Input input, int index, boolean earlier, Issues issues) {
    Sniffed s = new Sniffed(input, index, earlier);
    String name = input.name();
    try (InputStream raw = input.opener().open()) {
      byte[] head = raw.readNBytes(4);
      if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
        issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.NOT_UTF8,
            "the file is UTF-16 text, not UTF-8; it was not read.");
        return s;
      }
      for (byte b : head) {
        if (b == 0) {
          issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.NOT_UTF8,
              "the file looks like UTF-16 text (it contains zero bytes), not UTF-8; it was not read.");
          return s;
        }
      }
      if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
        issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.NOT_UTF8,
            "the file is a spreadsheet or archive, not CSV text; it was not read.");
        return s;
      }
      int first = 0;
      while (first < head.length && (head[first] == (byte) 0xEF || head[first] == (byte) 0xBB
          || head[first] == (byte) 0xBF || head[first] == ' ' || head[first] == '\n' || head[first] == '\r')) {
        first++;
      }
      if (first < head.length && head[first] == '<') {
        s.kind = Kind.XML;
        return s;
      }
    } catch (IOException e) {
      issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.FILE_UNREADABLE,
          "the file could not be opened: " + e.getClass().getSimpleName() + ".");
      return s;
    }
    try (CsvReader csv = new CsvReader(input.opener().open())) {
      int width = csv.next();
      String[] header = width < 0 ? null : csv.cells();
      if (header == null) {
        issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.EMPTY_FILE, "the file is empty.");
        return s;
      }
      String[] cols = new String[header.length];
      Set<String> set = new HashSet<>();
      for (int i = 0; i < header.length; i++) {
        cols[i] = header[i].strip().toUpperCase(Locale.ROOT);
        if (!set.add(cols[i])) {
          issues.add(name, 1, cols[i], cols[i], "", Severity.FILE_REJECTED, IssueKind.DUPLICATE_COLUMN,
              "the column " + cols[i] + " appears twice; the file was not read.");
          return s;
        }
      }
      Optional<Ssda903Table> exact = Ssda903Table.withHeaders(set);
      Ssda903Table table = exact.orElse(null);
      if (table == null) {
        table = bestSuperset(set);
        if (table == null) {
          issues.add(name, 1, "", "", "", Severity.FILE_REJECTED, IssueKind.UNRECOGNISED_HEADERS,
              "the headers " + Arrays.toString(cols) + " match no 903 table; " + nearest(set)
                  + " The file was not read.");
          return s;
        }
        List<String> extra = new ArrayList<>();
        for (String c : cols) {
          if (!table.columns().contains(c)) {
            extra.add(c);
          }
        }
        issues.add(name, 1, String.join(",", extra), "", "", Severity.NOTE, IssueKind.EXTRA_COLUMNS_IGNORED,
            "read as the " + table + " table; the extra column(s) " + extra + " were ignored.");
      }
      if (!table.isUsed()) {
        issues.add(name, 1, "", "", "", Severity.NOTE, IssueKind.TABLE_NOT_USED,
            "recognised as the " + table + " table, which the cohort report does not use; its rows are counted only.");
      } else if (earlier && table != Ssda903Table.EPISODES) {
        issues.add(name, 1, "", "", "", Severity.NOTE, IssueKind.TABLE_NOT_USED, "recognised as an earlier year's "
            + table + " table; only Episodes are read from earlier years, so its rows are counted only.");
      }
      s.kind = Kind.CSV;
      s.table = table;
      s.width = cols.length;
      s.columnIndex = new int[table.columns().size()];
      List<String> colList = Arrays.asList(cols);
      for (int i = 0; i < s.columnIndex.length; i++) {
        s.columnIndex[i] = colList.indexOf(table.columns().get(i));
      }
      return s;
    } catch (CharacterCodingException e) {
      issues.add(name, 1, "", "", "", Severity.FILE_REJECTED, IssueKind.NOT_UTF8,
          "the header row is not UTF-8 text; the file was not read.");
      return s;
    } catch (IOException e) {
      issues.add(name, 0, "", "", "", Severity.FILE_REJECTED, IssueKind.FILE_UNREADABLE,
          "the file could not be read: " + e.getClass().getSimpleName() + ".");
      return s;
    }
  }

  private static Ssda903Table bestSuperset(Set<String> cols) {
    Ssda903Table best = null;
    boolean tie = false;
    for (Ssda903Table t : Ssda903Table.values()) {
      if (cols.containsAll(t.columns())) {
        if (best == null || t.columns().size() > best.columns().size()) {
          best = t;
          tie = false;
        } else if (t.columns().size() == best.columns().size()) {
          tie = true;
        }
      }
    }
    return tie ? null : best;
  }

  private static String nearest(Set<String> cols) {
    Ssda903Table best = null;
    int bestCommon = -1;
    for (Ssda903Table t : Ssda903Table.values()) {
      int common = (int) t.columns().stream().filter(cols::contains).count();
      if (common > bestCommon) {
        best = t;
        bestCommon = common;
      }
    }
    List<String> missing = best.columns().stream().filter(c -> !cols.contains(c)).toList();
    return "the nearest is " + best + ", which also needs " + missing + ".";
  }

  /** Reads one CSV file's rows; counts[0] = read, counts[1] = rejected. */
  private boolean readCsv(Sniffed s, RowParser parser, long[] counts, Issues issues) {
    String name = s.input.name();
    Ssda903Table table = s.table;
    int[] idx = s.columnIndex;
    boolean parse = table.isUsed() && !(s.earlier && table != Ssda903Table.EPISODES);
    boolean[] wanted = new boolean[s.width];
    wanted[idx[0]] = true; // CHILD, for messages
    for (int i = 0; parse && i < idx.length; i++) {
      wanted[idx[i]] = !UNREAD_COLUMNS.contains(table.columns().get(i));
    }
    Rows rows = new Rows(s, parser, counts, issues);
    try (CsvReader csv = new CsvReader(s.input.opener().open())) {
      csv.next(); // header
      csv.want(wanted);
      if (!parse) {
        rows.countOnly(csv);
      } else {
        switch (table) {
          case EPISODES -> rows.episodes(csv);
          case HEADER -> rows.header(csv);
          case REVIEWS -> rows.reviews(csv);
          case OC3 -> rows.oc3(csv);
          case UASC -> rows.uasc(csv);
          default -> throw new IllegalStateException(table + " is not read by the cohort report: this is a bug");
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      issues.add(name, rows.line + 1, "", "", "", Severity.FILE_REJECTED, IssueKind.NOT_UTF8,
          "the bytes after this line are not UTF-8 text; rows before it were read, the rest of the file was not.");
      return false;
    } catch (IOException e) {
      issues.add(name, rows.line + 1, "", "", "", Severity.FILE_REJECTED, IssueKind.FILE_UNREADABLE,
          "reading stopped after this line: " + e.getClass().getSimpleName() + "; the rest of the file was not read.");
      return false;
    }
  }

  /**
   * The rows of one CSV file after its header. There is one loop per table, each calling that
   * table's byte path only, rather than one loop for every table: the JIT then compiles each loop
   * once, with its one row method inlined, instead of recompiling one loop (with every table's row
   * code in it) each time a file of another table starts. Rows the byte path leaves go to
   * {@code other}: a wrong number of cells, or the text path ({@link RowParser#parse}).
   */
  private static final class Rows {
    final Sniffed s;
    final RowParser parser;
    final long[] counts;
    final Issues issues;
    final int[] idx;
    final int width;
    final int file;
    final String[] cells;
    /** The line of the last row read (1: the header). */
    long line = 1;

    Rows(Sniffed s, RowParser parser, long[] counts, Issues issues) {
      this.s = s;
      this.parser = parser;
      this.counts = counts;
      this.issues = issues;
      this.idx = s.columnIndex;
      this.width = s.width;
      this.file = s.index;
      this.cells = new String[idx.length];
    }

    void episodes(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width || !parser.fastEpisode(csv, idx, file, line)) {
          other(csv, n);
        }
      }
    }

    void header(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width || !parser.fastHeader(csv, idx, file, line)) {
          other(csv, n);
        }
      }
    }

    void reviews(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width || !parser.fastReview(csv, idx, file, line)) {
          other(csv, n);
        }
      }
    }

    void oc3(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width || !parser.fastOc3(csv, idx, file, line)) {
          other(csv, n);
        }
      }
    }

    void uasc(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width || !parser.fastUasc(csv, idx)) {
          other(csv, n);
        }
      }
    }

    /** A table the cohort report does not read (or an earlier year's other than Episodes): rows counted and checked for width. */
    void countOnly(CsvReader csv) throws IOException {
      for (int n = csv.next(); n >= 0; n = csv.next()) {
        line = csv.recordLine();
        counts[0]++;
        if (n != width) {
          other(csv, n);
        }
      }
    }

    /** A row the byte path did not keep: rejected for its width, or read as text. */
    void other(CsvReader csv, int n) {
      if (n != width) {
        counts[1]++;
        int childCol = idx[0];
        issues.add(s.input.name(), line, "", "", childCol < n ? csv.cell(childCol).strip() : "", Severity.ROW_REJECTED,
            IssueKind.WRONG_NUMBER_OF_CELLS, "the row has " + n + " cells but the header has "
                + width + "; the row is rejected.");
        return;
      }
      for (int i = 0; i < idx.length; i++) {
        cells[i] = csv.cell(idx[i]);
      }
      if (!parser.parse(s.table, cells, file, s.input.name(), line)) {
        counts[1]++;
      }
    }
  }
}
