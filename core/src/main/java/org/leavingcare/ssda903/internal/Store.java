package org.leavingcare.ssda903.internal;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The accepted rows of a return in compact form: children are dense indices ({@link ChildIndex}),
 * dates are epoch days, codes are shared string instances, and each table's rows sit in primitive
 * arrays, so a million children with six million rows fit in a few hundred megabytes.
 *
 * <p>While reading: Episodes rows are appended in blocks, each reading task to its own blocks
 * ({@link #episodeAppender()}), so several Episodes files can be read at once; Header, Reviews,
 * OC3 and UASC rows are written by one thread at a time (one reading task per table). After every
 * task has finished, {@link #group} puts each child's episodes and reviews together, and only
 * then are rows read by child.
 */
public final class Store {

  /** Epoch day meaning "no end date". */
  public static final int OPEN = Integer.MAX_VALUE;

  /** Positions of the codes kept with each episode. */
  public static final int RNE = 0;
  /** LS. */
  public static final int LS = 1;
  /** CIN. */
  public static final int CIN = 2;
  /** PLACE. */
  public static final int PLACE = 3;
  /** PLACE_PROVIDER. */
  public static final int PROVIDER = 4;
  /** REC. */
  public static final int REC = 5;
  /** REASON_PLACE_CHANGE. */
  public static final int RPC = 6;
  private static final int CODES = 7;

  /** The children. */
  public final ChildIndex index = new ChildIndex();
  /** File names by file index (reading order). */
  private final String[] files;
  /** Files with an index below this are earlier years' (history only). */
  public final int firstCurrentFile;

  /** Header rows, in the order accepted. */
  public final HeaderTable headers = new HeaderTable();
  /** OC3 rows, in the order accepted. */
  public final Oc3Table oc3 = new Oc3Table();
  /** Reviews rows. */
  public final ReviewTable reviews = new ReviewTable();
  /** Children in the UASC table (or flagged UASC in XML). */
  public final Flags uasc = new Flags();

  private static final int SHIFT = 12;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;
  private EpisodeBlock[] blocks = new EpisodeBlock[16];
  /** Every appender's first block: full and empty, never stored. */
  private static final EpisodeBlock NONE = new EpisodeBlock();
  /** The code dictionary: ids by code, codes by id. */
  private final java.util.Map<String, Character> codeIds = new java.util.HashMap<>();
  private volatile String[] codeNames = new String[256];
  private int blockCount;

  // Set by group().
  private int children;
  private int[] episodeFrom = new int[1];
  private int[] episodeCount = new int[0];
  private int[] episodeRows = new int[0];
  private int[] reviewFrom = new int[1];
  private int[] reviewRows = new int[0];

  /**
   * An empty store.
   *
   * @param files the file names by file index
   * @param firstCurrentFile the index of the first file of this collection year
   */
  public Store(String[] files, int firstCurrentFile) {
    this.files = files.clone();
    this.firstCurrentFile = firstCurrentFile;
    codeId(""); // id 0: blank
  }

  /**
   * A file's name.
   *
   * @param fileIndex its index in reading order
   * @return the name
   */
  public String file(int fileIndex) {
    return files[fileIndex];
  }

  // ---------------------------------------------------------------- Episodes

  private static final class EpisodeBlock {
    final int base;
    int size;
    final int[] child = new int[BLOCK];
    final int[] start = new int[BLOCK];
    final int[] end = new int[BLOCK];
    final int[] file = new int[BLOCK];
    final long[] line = new long[BLOCK];
    /** Each episode's codes as ids in the store's code dictionary ({@link #codeId}): no references to scan. */
    final char[] codes = new char[BLOCK * CODES];

    EpisodeBlock(int base) {
      this.base = base;
    }

    /** A block that is full and holds nothing: where an appender starts, so that only "full" is tested. */
    private EpisodeBlock() {
      this.base = 0;
      this.size = BLOCK;
    }
  }

  private synchronized EpisodeBlock newBlock() {
    if (blockCount == blocks.length) {
      blocks = Arrays.copyOf(blocks, blocks.length * 2);
    }
    if (((long) blockCount + 1) << SHIFT > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than 2^31 episodes: too many to hold");
    }
    EpisodeBlock b = new EpisodeBlock(blockCount << SHIFT);
    blocks[blockCount++] = b;
    return b;
  }

  /** Appends Episodes rows for one reading task. Not thread-safe: one per task. */
  public final class EpisodeAppender {
    private EpisodeBlock block = NONE;

    private EpisodeAppender() {}

    /**
     * Keeps an accepted Episodes row.
     *
     * @param child the child's index
     * @param start DECOM, epoch day
     * @param end DEC, epoch day, or {@link #OPEN}
     * @param codes RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE as {@link #codeId ids}
     * @param fileIndex the file
     * @param line the line
     */
    public void add(int child, int start, int end, char[] codes, int fileIndex, long line) {
      EpisodeBlock b = block;
      if (b.size == BLOCK) { // also the first row: a new appender's block is NONE
        b = newBlock();
        block = b;
      }
      int i = b.size++;
      b.child[i] = child;
      b.start[i] = start;
      b.end[i] = end;
      b.file[i] = fileIndex;
      b.line[i] = line;
      System.arraycopy(codes, 0, b.codes, i * CODES, CODES);
    }
  }

  /** @return an appender for one reading task */
  public EpisodeAppender episodeAppender() {
    return new EpisodeAppender();
  }

  private EpisodeBlock block(int row) {
    return blocks[row >>> SHIFT];
  }

  /**
   * @param row an episode row
   * @return DECOM, epoch day
   */
  public int start(int row) {
    return block(row).start[row & MASK];
  }

  /**
   * @param row an episode row
   * @return DEC, epoch day, or {@link #OPEN}
   */
  public int end(int row) {
    return block(row).end[row & MASK];
  }

  /**
   * @param row an episode row
   * @param end the new DEC
   */
  public void setEnd(int row, int end) {
    block(row).end[row & MASK] = end;
  }

  /**
   * @param row an episode row
   * @param which {@link #RNE} to {@link #RPC}
   * @return the code, empty if blank
   */
  public String code(int row, int which) {
    return codeNames[block(row).codes[(row & MASK) * CODES + which]];
  }

  /**
   * @param row an episode row
   * @param rec the new REC
   */
  public void setRec(int row, String rec) {
    block(row).codes[(row & MASK) * CODES + REC] = codeId(rec);
  }

  /**
   * The id of a code in this store's dictionary, given one on first sight: episodes keep their
   * codes as ids (two bytes each, no reference for the collector to follow), and equal codes have
   * equal ids. Codes are the code lists' (and a few the reader sets), so there are a few hundred.
   * Thread-safe.
   *
   * @param code a code, or empty
   * @return its id
   * @throws IllegalStateException past 65,536 distinct codes (a bug: codes come from the code lists)
   */
  public char codeId(String code) {
    synchronized (codeIds) {
      Character id = codeIds.get(code);
      if (id != null) {
        return id;
      }
      int next = codeIds.size();
      if (next > Character.MAX_VALUE) {
        throw new IllegalStateException("more than 65,536 distinct codes: this is a bug");
      }
      String[] names = codeNames;
      if (next == names.length) {
        names = Arrays.copyOf(names, names.length * 2);
      }
      names[next] = code;
      codeNames = names; // volatile: the name is published before the id is handed out
      codeIds.put(code, (char) next);
      return (char) next;
    }
  }

  /**
   * @param row an episode row
   * @return the index of its file
   */
  public int fileIndex(int row) {
    return block(row).file[row & MASK];
  }

  /**
   * @param row an episode row
   * @return its line
   */
  public long line(int row) {
    return block(row).line[row & MASK];
  }

  /**
   * Whether two episode rows hold the same values (their source aside).
   *
   * @param a a row
   * @param b another row
   * @return true if the same
   */
  public boolean sameEpisode(int a, int b) {
    if (start(a) != start(b) || end(a) != end(b)) {
      return false;
    }
    char[] ca = block(a).codes;
    char[] cb = block(b).codes;
    int ia = (a & MASK) * CODES;
    int ib = (b & MASK) * CODES;
    for (int k = 0; k < CODES; k++) { // seven chars: a plain loop beats the vectorised compare's set-up
      if (ca[ia + k] != cb[ib + k]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- the other tables

  /** A growable int column. */
  private static int[] grow(int[] a, int need) {
    return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length + (a.length >> 1) + 16));
  }

  private static long[] grow(long[] a, int need) {
    return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length + (a.length >> 1) + 16));
  }

  private static String[] grow(String[] a, int need) {
    return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length + (a.length >> 1) + 16));
  }

  /** One flag per child. Written by one thread at a time. */
  public static final class Flags {
    private boolean[] set = new boolean[0];

    /**
     * Sets the child's flag.
     *
     * @param child the child
     */
    public void add(int child) {
      if (child >= set.length) {
        set = Arrays.copyOf(set, Math.max(child + 1, set.length + (set.length >> 1) + 16));
      }
      set[child] = true;
    }

    /**
     * @param child the child
     * @return whether the flag is set
     */
    public boolean has(int child) {
      return child < set.length && set[child];
    }
  }

  /** Header rows, one per child. Written by one thread at a time. */
  public static final class HeaderTable {
    private int size;
    private int[] child = new int[0];
    private int[] dob = new int[0];
    private String[] sex = new String[0];
    private int[] file = new int[0];
    private long[] line = new long[0];
    private int[] rowOf = new int[0];

    /**
     * The child's Header row.
     *
     * @param c the child
     * @return the row, or -1
     */
    public int row(int c) {
      return c < rowOf.length ? rowOf[c] - 1 : -1;
    }

    /**
     * Keeps a child's Header row.
     *
     * @param c the child, with no row yet
     * @param dateOfBirth epoch day
     * @param sexCode SEX, or empty
     * @param fileIndex the file
     * @param lineNo the line
     */
    public void add(int c, int dateOfBirth, String sexCode, int fileIndex, long lineNo) {
      int n = size + 1;
      child = grow(child, n);
      dob = grow(dob, n);
      sex = grow(sex, n);
      file = grow(file, n);
      line = grow(line, n);
      rowOf = grow(rowOf, c + 1);
      child[size] = c;
      dob[size] = dateOfBirth;
      sex[size] = sexCode;
      file[size] = fileIndex;
      line[size] = lineNo;
      rowOf[c] = ++size;
    }

    /** @return rows kept */
    public int size() {
      return size;
    }

    /**
     * @param r a row
     * @return its child
     */
    public int child(int r) {
      return child[r];
    }

    /**
     * @param r a row
     * @return DOB, epoch day
     */
    public int dob(int r) {
      return dob[r];
    }

    /**
     * @param r a row
     * @return SEX, or empty
     */
    public String sex(int r) {
      return sex[r];
    }

    /**
     * @param r a row
     * @return its file index
     */
    public int file(int r) {
      return file[r];
    }

    /**
     * @param r a row
     * @return its line
     */
    public long line(int r) {
      return line[r];
    }
  }

  /** OC3 rows, one per child. Written by one thread at a time. */
  public static final class Oc3Table {
    private int size;
    private int[] child = new int[0];
    private int[] dob = new int[0];
    private String[] values = new String[0];
    private int[] file = new int[0];
    private long[] line = new long[0];
    private int[] rowOf = new int[0];

    /**
     * The child's OC3 row.
     *
     * @param c the child
     * @return the row, or -1
     */
    public int row(int c) {
      return c < rowOf.length ? rowOf[c] - 1 : -1;
    }

    /**
     * Keeps a child's OC3 row.
     *
     * @param c the child, with no row yet
     * @param dateOfBirth epoch day, or {@link Cells#NOT_A_DATE}
     * @param inTouch IN_TOUCH, or empty
     * @param activ ACTIV, or empty
     * @param accom ACCOM, or empty
     * @param fileIndex the file
     * @param lineNo the line
     */
    public void add(int c, int dateOfBirth, String inTouch, String activ, String accom, int fileIndex, long lineNo) {
      int n = size + 1;
      child = grow(child, n);
      dob = grow(dob, n);
      values = grow(values, 3 * n);
      file = grow(file, n);
      line = grow(line, n);
      rowOf = grow(rowOf, c + 1);
      child[size] = c;
      dob[size] = dateOfBirth;
      values[3 * size] = inTouch;
      values[3 * size + 1] = activ;
      values[3 * size + 2] = accom;
      file[size] = fileIndex;
      line[size] = lineNo;
      rowOf[c] = ++size;
    }

    /** @return rows kept */
    public int size() {
      return size;
    }

    /**
     * @param r a row
     * @return its child
     */
    public int child(int r) {
      return child[r];
    }

    /**
     * @param r a row
     * @return DOB, epoch day, or {@link Cells#NOT_A_DATE}
     */
    public int dob(int r) {
      return dob[r];
    }

    /**
     * @param r a row
     * @param which 0 IN_TOUCH, 1 ACTIV, 2 ACCOM
     * @return the value, or empty
     */
    public String value(int r, int which) {
      return values[3 * r + which];
    }

    /**
     * @param r a row
     * @return its file index
     */
    public int file(int r) {
      return file[r];
    }

    /**
     * @param r a row
     * @return its line
     */
    public long line(int r) {
      return line[r];
    }
  }

  /** Reviews rows, with the first date of birth seen per child. Written by one thread at a time. */
  public static final class ReviewTable {
    private int size;
    private int[] child = new int[0];
    private int[] date = new int[0];
    private String[] code = new String[0];
    private int dobs;
    private int[] dobChild = new int[0];
    private int[] dob = new int[0];
    private int[] dobFile = new int[0];
    private long[] dobLine = new long[0];
    private int[] dobOf = new int[0];

    /**
     * Keeps a Reviews row.
     *
     * @param c the child
     * @param day REVIEW, epoch day
     * @param reviewCode REVIEW_CODE, or empty
     */
    public void add(int c, int day, String reviewCode) {
      int n = size + 1;
      child = grow(child, n);
      date = grow(date, n);
      code = grow(code, n);
      child[size] = c;
      date[size] = day;
      code[size++] = reviewCode;
    }

    /**
     * Keeps the date of birth a Reviews row gives, if the child has none yet.
     *
     * @param c the child
     * @param dateOfBirth epoch day
     * @param fileIndex the file
     * @param lineNo the line
     */
    public void dobSeen(int c, int dateOfBirth, int fileIndex, long lineNo) {
      if (dobRow(c) >= 0) {
        return;
      }
      int n = dobs + 1;
      dobChild = grow(dobChild, n);
      dob = grow(dob, n);
      dobFile = grow(dobFile, n);
      dobLine = grow(dobLine, n);
      dobOf = grow(dobOf, c + 1);
      dobChild[dobs] = c;
      dob[dobs] = dateOfBirth;
      dobFile[dobs] = fileIndex;
      dobLine[dobs] = lineNo;
      dobOf[c] = ++dobs;
    }

    /** @return rows kept */
    public int size() {
      return size;
    }

    /**
     * @param r a row
     * @return its child
     */
    public int child(int r) {
      return child[r];
    }

    /**
     * @param r a row
     * @return REVIEW, epoch day
     */
    public int date(int r) {
      return date[r];
    }

    /**
     * @param r a row
     * @return REVIEW_CODE, or empty
     */
    public String code(int r) {
      return code[r];
    }

    /** @return how many children have a date of birth from Reviews */
    public int dobCount() {
      return dobs;
    }

    /**
     * The first date of birth Reviews gave a child.
     *
     * @param c the child
     * @return its entry, or -1
     */
    public int dobRow(int c) {
      return c < dobOf.length ? dobOf[c] - 1 : -1;
    }

    /**
     * @param d an entry
     * @return its child
     */
    public int dobChild(int d) {
      return dobChild[d];
    }

    /**
     * @param d an entry
     * @return the date of birth, epoch day
     */
    public int dob(int d) {
      return dob[d];
    }

    /**
     * @param d an entry
     * @return the file it came from
     */
    public int dobFile(int d) {
      return dobFile[d];
    }

    /**
     * @param d an entry
     * @return the line it came from
     */
    public long dobLine(int d) {
      return dobLine[d];
    }
  }

  // ---------------------------------------------------------------- by child, after reading

  /**
   * Puts each child's episodes and reviews together; call once, after every reading task has
   * finished, then {@link #sortEpisodes} for each child. The reviews are grouped on the pool while
   * this thread groups the episodes.
   *
   * @param pool where the other work runs
   * @throws InterruptedException if interrupted while waiting for it
   * @throws ExecutionException if it failed
   */
  public void group(ExecutorService pool) throws InterruptedException, ExecutionException {
    children = index.size();
    Future<?> reviewsGrouped = pool.submit(this::groupReviews);
    // Episodes: a counting sort by child of the rows' numbers, then each child's few rows in order.
    int[] count = new int[children + 1];
    int total = 0;
    for (int b = 0; b < blockCount; b++) {
      EpisodeBlock k = blocks[b];
      for (int i = 0; i < k.size; i++) {
        count[k.child[i] + 1]++;
      }
      total += k.size;
    }
    for (int c = 0; c < children; c++) {
      count[c + 1] += count[c];
    }
    episodeFrom = count.clone();
    episodeRows = new int[total];
    for (int b = 0; b < blockCount; b++) {
      EpisodeBlock k = blocks[b];
      for (int i = 0; i < k.size; i++) {
        episodeRows[count[k.child[i]]++] = k.base + i;
      }
    }
    episodeCount = new int[children];
    for (int c = 0; c < children; c++) {
      episodeCount[c] = episodeFrom[c + 1] - episodeFrom[c];
    }
    reviewsGrouped.get();
  }

  /** Reviews: a stable counting sort by child (order within a child: as read). */
  private void groupReviews() {
    int[] rc = new int[children + 1];
    for (int r = 0; r < reviews.size; r++) {
      rc[reviews.child[r] + 1]++;
    }
    for (int c = 0; c < children; c++) {
      rc[c + 1] += rc[c];
    }
    int[] from = rc.clone();
    int[] rows = new int[reviews.size];
    for (int r = 0; r < reviews.size; r++) {
      rows[rc[reviews.child[r]]++] = r;
    }
    reviewFrom = from;
    reviewRows = rows;
  }

  /**
   * Puts a child's episodes in order of start, then file, then line (after {@link #group}, before
   * they are read by child). Children are independent: ranges of them may be sorted on several
   * threads at once.
   *
   * @param c the child
   */
  public void sortEpisodes(int c) {
    int from = episodeFrom[c];
    int to = from + episodeCount[c];
    for (int i = from + 1; i < to; i++) { // insertion sort: a child has few episodes
      int r = episodeRows[i];
      int j = i - 1;
      while (j >= from && episodeAfter(episodeRows[j], r)) {
        episodeRows[j + 1] = episodeRows[j];
        j--;
      }
      episodeRows[j + 1] = r;
    }
  }

  private boolean episodeAfter(int a, int b) {
    int sa = start(a);
    int sb = start(b);
    if (sa != sb) {
      return sa > sb;
    }
    int fa = fileIndex(a);
    int fb = fileIndex(b);
    if (fa != fb) {
      return fa > fb;
    }
    return line(a) > line(b);
  }

  /**
   * A child's date of birth: the Header row's, else the OC3 row's, else the first Reviews row's.
   *
   * @param c the child
   * @return epoch day, or {@link Cells#NOT_A_DATE}
   */
  public int dateOfBirth(int c) {
    int h = headers.row(c);
    if (h >= 0) {
      return headers.dob(h);
    }
    int o = oc3.row(c);
    if (o >= 0 && oc3.dob(o) != Cells.NOT_A_DATE) {
      return oc3.dob(o);
    }
    int d = reviews.dobRow(c);
    return d >= 0 ? reviews.dob(d) : Cells.NOT_A_DATE;
  }

  /**
   * A child's id, made from the index's packed form at each call (no string per child is kept: a
   * million of them would be a hundred megabytes for the collector to copy and mark).
   *
   * @param c the child
   * @return CHILD
   */
  public String id(int c) {
    return index.id(c);
  }

  /** @return how many children (after {@link #group}) */
  public int children() {
    return children;
  }

  /**
   * @param c a child
   * @return how many episodes the child has (after the finishing checks, those kept)
   */
  public int episodeCount(int c) {
    return episodeCount[c];
  }

  /**
   * @param c a child
   * @param i from 0 to {@link #episodeCount} exclusive
   * @return the child's i-th episode row, in order of start
   */
  public int episode(int c, int i) {
    return episodeRows[episodeFrom[c] + i];
  }

  /**
   * Replaces a child's episodes with the first {@code n} of {@code rows}.
   *
   * @param c the child
   * @param rows episode rows in order
   * @param n how many, at most the child's count
   */
  public void keepEpisodes(int c, int[] rows, int n) {
    System.arraycopy(rows, 0, episodeRows, episodeFrom[c], n);
    episodeCount[c] = n;
  }

  /**
   * @param c a child
   * @return how many reviews the child has
   */
  public int reviewCount(int c) {
    return reviewFrom[c + 1] - reviewFrom[c];
  }

  /**
   * @param c a child
   * @param i from 0 to {@link #reviewCount} exclusive
   * @return the child's i-th review row, in reading order
   */
  public int review(int c, int i) {
    return reviewRows[reviewFrom[c] + i];
  }

  /**
   * Whether a child has a row in this year's files (not only in earlier years' episodes).
   *
   * @param c the child
   * @return true if the child belongs to this year's return
   */
  public boolean inThisYear(int c) {
    if (headers.row(c) >= 0 || oc3.row(c) >= 0 || reviewCount(c) > 0 || uasc.has(c)) {
      return true;
    }
    for (int i = 0; i < episodeCount[c]; i++) {
      if (fileIndex(episode(c, i)) >= firstCurrentFile) {
        return true;
      }
    }
    return false;
  }

}
