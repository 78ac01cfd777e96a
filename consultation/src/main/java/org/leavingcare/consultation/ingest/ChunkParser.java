package org.leavingcare.consultation.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leavingcare.internal.Words;

/**
 * Parses the rows of one chunk of a response file, straight from its bytes, into answer codes
 * (runs on a worker thread; one instance per chunk).
 *
 * <p><b>Tokenizing.</b> Commas, double quotes, CR and LF are ASCII, and in UTF-8 and
 * Windows-1252 no other character's bytes look like them, so cells are cut from the bytes and
 * decoded only when a String is needed. A well-formed RFC 4180 record (unquoted cells without
 * quotes; quoted cells with doubled quotes and line breaks inside, and a comma or line end after
 * the closing quote) is read here; a CR before an LF ends the line, also inside a quoted cell (which
 * then holds just the LF). Any other record, for example one with a quote inside an unquoted
 * cell or text after a closing quote, is handed as text to opencsv's {@code RFC4180Parser}, line
 * by line, so that such files are read exactly as before this fast path existed.
 *
 * <p><b>Cells.</b> A cell seen before (compared as UTF-8 bytes) gets its answer from a per-chunk
 * table; only a new text is decoded and matched by {@link Layout}.
 */
final class ChunkParser {

  private static final int OK = 0;
  private static final int FALLBACK = 1;
  private static final int UNTERMINATED = 2;
  private static final int TOO_LONG = 3;
  /** Longest row read with opencsv before giving the chunk up (unless it has no limit). */
  private static final int FALLBACK_WINDOW = 1 << 16;

  /** Kinds of cell: bytes that are the text; raw quoted text (doubled quotes, CR LF inside); a String. */
  private static final byte PLAIN = 0;
  private static final byte QUOTED = 1;
  private static final byte STRING = 2;

  /** Option-table values: stored as code + 2. */
  private static final int BLANK = -2;
  private static final int NOT_AN_OPTION = -1;

  private final byte[] b;
  private final int end;
  private final Charset cs;
  private final boolean utf8;
  private final Layout layout;
  private final boolean keepText;
  private final int nq;

  // The current record's cells.
  private int nf;
  private int[] fs = new int[32];
  private int[] fe = new int[32];
  private byte[] kind = new byte[32];
  private String[] strings = new String[32];
  private int next;

  // Caches, per chunk.
  private final ByteTable[] options;
  private final ByteTable classTable = new ByteTable();
  private final Map<ClassKey, Integer> classIndex = new HashMap<>();
  private byte[] classKey = new byte[128];
  private byte[] keyBuf;
  private int keyFrom;
  private int keyTo;
  private byte[] scratch = new byte[256];

  private ParsedChunk out;

  ChunkParser(byte[] b, int end, Charset cs, Layout layout, boolean keepText) {
    this.b = b;
    this.end = end;
    this.cs = cs;
    this.utf8 = cs.equals(StandardCharsets.UTF_8);
    this.layout = layout;
    this.keepText = keepText;
    this.nq = layout.qcol.length;
    this.options = new ByteTable[nq];
    for (int q = 0; q < nq; q++) {
      options[q] = new ByteTable();
    }
  }

  /**
   * Parses the records that start in {@code [from, nominalEnd)}; the last may run past
   * {@code nominalEnd}. Gives up (the chunk is marked aborted) if a record runs past {@code limit}
   * or, read by opencsv, over {@link #FALLBACK_WINDOW}; with {@code limit} at {@code Integer.MAX_VALUE}
   * it never gives up. Fills {@code reuse} (from an earlier parse of the same file) if given, so
   * that the large per-chunk arrays are allocated once per thread, not once per chunk.
   */
  ParsedChunk parse(int from, int nominalEnd, int limit, @Nullable ParsedChunk reuse) {
    ParsedChunk c = reuse != null ? reuse.reset(from) : new ParsedChunk(from, nq, keepText);
    out = c;
    int p = from;
    long row = 0;
    while (p < nominalEnd) {
      if (b[p] == '\n') {
        c.blank++;
        row++;
        p++;
        continue;
      }
      if (b[p] == '\r' && (p + 1 == end || b[p + 1] == '\n')) {
        c.blank++;
        row++;
        p = p + 1 == end ? end : p + 2;
        continue;
      }
      int status = tokenize(p, limit);
      if (status == FALLBACK) {
        status = fallback(p, limit);
      }
      if (status == TOO_LONG) {
        c.aborted = true;
        break;
      }
      c.read++;
      if (status == UNTERMINATED) {
        c.rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "",
            "a quoted cell is never closed before the end of the file; check for a missing double quote", true));
        p = end;
        row++;
        break;
      }
      decode(row);
      p = next;
      row++;
    }
    c.end = p;
    c.rows = row;
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokenizing

  private int tokenize(int p, int limit) {
    final byte[] b = this.b;
    final int end = this.end;
    nf = 0;
    while (true) {
      if (p < end && b[p] == '"') {
        int open = p;
        int q = p + 1;
        boolean raw = false;
        while (true) {
          if (q >= end) {
            return UNTERMINATED;
          }
          byte c = b[q];
          if (c == '"') {
            if (q + 1 < end && b[q + 1] == '"') {
              raw = true;
              q += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            if (q > limit) {
              return TOO_LONG;
            }
            raw = true;
          }
          q++;
        }
        add(open + 1, q, raw ? QUOTED : PLAIN);
        int after = q + 1;
        if (after >= end) {
          next = end;
          return OK;
        }
        byte n = b[after];
        if (n == ',') {
          p = after + 1;
          continue;
        }
        if (n == '\n') {
          next = after + 1;
          return OK;
        }
        if (n == '\r' && (after + 1 == end || b[after + 1] == '\n')) {
          next = after + 1 == end ? end : after + 2;
          return OK;
        }
        return FALLBACK;
      }
      int q = special(p);
      if (q >= end) {
        int e = end > p && b[end - 1] == '\r' ? end - 1 : end;
        add(p, e, PLAIN);
        next = end;
        return OK;
      }
      byte c = b[q];
      if (c == '"') {
        return FALLBACK;
      }
      if (c == ',') {
        add(p, q, PLAIN);
        p = q + 1;
        continue;
      }
      int e = q > p && b[q - 1] == '\r' ? q - 1 : q;
      add(p, e, PLAIN);
      next = q + 1;
      return OK;
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;

  /** The first comma, line feed or quote at or after {@code q} (or {@code end}), eight bytes at a time. */
  private int special(int q) {
    final byte[] b = this.b;
    for (; q + 8 <= end; q += 8) {
      long w = (long) LONGS.get(b, q);
      long found = Words.zeroBytes(w ^ COMMAS) | Words.zeroBytes(w ^ LINE_FEEDS) | Words.zeroBytes(w ^ QUOTES);
      if (found != 0) {
        return q + Words.lowestMarkedByte(found);
      }
    }
    for (; q < end; q++) {
      byte c = b[q];
      if (c == ',' || c == '\n' || c == '"') {
        return q;
      }
    }
    return end;
  }

  private void add(int from, int to, byte k) {
    if (nf == fs.length) {
      fs = Arrays.copyOf(fs, nf * 2);
      fe = Arrays.copyOf(fe, nf * 2);
      kind = Arrays.copyOf(kind, nf * 2);
      strings = Arrays.copyOf(strings, nf * 2);
    }
    fs[nf] = from;
    fe[nf] = to;
    kind[nf] = k;
    nf++;
  }

  /** Reads the record at {@code p} line by line with opencsv, as the reader always has. */
  private int fallback(int p, int limit) {
    RFC4180Parser parser = new RFC4180ParserBuilder().build();
    String[] fields = null;
    int pos = p;
    while (pos < end) {
      int nl = indexOf((byte) '\n', pos);
      int lineEnd = nl < 0 ? end : nl;
      int contentEnd = lineEnd > pos && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      String line = new String(b, pos, contentEnd - pos, cs);
      pos = nl < 0 ? end : nl + 1;
      String[] parsed;
      try {
        parsed = parser.parseLineMulti(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      fields = fields == null ? parsed : concat(fields, parsed);
      if (!parser.isPending()) {
        nf = 0;
        for (String f : fields) {
          add(0, 0, STRING);
          strings[nf - 1] = f;
        }
        next = pos;
        return OK;
      }
      if (limit != Integer.MAX_VALUE && (pos > limit || pos - p > FALLBACK_WINDOW)) {
        // Re-reading the open cell for every line costs the square of its length: let the chunk
        // be parsed again on the reading thread if it is valid at all (see ResponseReader).
        return TOO_LONG;
      }
    }
    return UNTERMINATED;
  }

  private int indexOf(byte x, int from) {
    for (int i = from; i < end; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static String[] concat(String[] a, String[] more) {
    String[] r = Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, r, a.length, more.length);
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Cells

  static boolean asciiSpace(byte c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  }

  /** Whether cell i is empty or white space only ({@link String#isBlank}). */
  private boolean blank(int i) {
    if (kind[i] == STRING) {
      return strings[i].isBlank();
    }
    for (int k = fs[i]; k < fe[i]; k++) {
      byte c = b[k];
      if (c < 0) {
        return text(i).isBlank();
      }
      if (!asciiSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The text of cell i. */
  private String text(int i) {
    switch (kind[i]) {
      case STRING:
        return strings[i];
      case PLAIN:
        return new String(b, fs[i], fe[i] - fs[i], cs);
      default:
        int n = 0;
        int e = fe[i];
        if (scratch.length < e - fs[i]) {
          scratch = new byte[Math.max(e - fs[i], scratch.length * 2)];
        }
        for (int k = fs[i]; k < e; k++) {
          byte c = b[k];
          if (c == '"') {
            k++; // the first of a doubled quote
          } else if (c == '\r' && k + 1 < e && b[k + 1] == '\n') {
            continue;
          }
          scratch[n++] = c;
        }
        return new String(scratch, 0, n, cs);
    }
  }

  /** Points keyBuf/keyFrom/keyTo at the UTF-8 bytes of cell i's text. */
  private void key(int i) {
    if (kind[i] == PLAIN) {
      int s = fs[i];
      int e = fe[i];
      boolean direct = utf8;
      if (!direct) {
        direct = true;
        for (int k = s; k < e; k++) {
          if (b[k] < 0) {
            direct = false;
            break;
          }
        }
      }
      if (direct) {
        keyBuf = b;
        keyFrom = s;
        keyTo = e;
        return;
      }
    }
    keyBuf = text(i).getBytes(StandardCharsets.UTF_8);
    keyFrom = 0;
    keyTo = keyBuf.length;
  }

  /** The category of a Likert or single-choice cell, {@link #BLANK} or {@link #NOT_AN_OPTION}. */
  private int option(int q, int i) {
    if (kind[i] != STRING && fs[i] == fe[i]) {
      return BLANK;
    }
    key(i);
    ByteTable t = options[q];
    int v = t.get(keyBuf, keyFrom, keyTo);
    if (v >= 0) {
      return v - 2;
    }
    byte[] kb = keyBuf;
    int kf = keyFrom;
    int kt = keyTo;
    String s = text(i);
    int r = s.isBlank() ? BLANK : layout.lookup(q, s);
    if (t.size() < Layout.CACHE_LIMIT) {
      t.put(kb, kf, kt, r + 2);
    }
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Rows

  private void decode(long row) {
    Layout l = layout;
    ParsedChunk c = out;
    int columns = l.names.length;
    if (nf < columns) {
      c.rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "", "the row has " + nf + " cells but the header has "
          + columns + "; check for a missing comma or a line break outside quotes", true));
      return;
    }
    for (int i = columns; i < nf; i++) {
      if (!blank(i)) {
        c.rejections.add(new Rejection(row, Rejection.WHOLE_ROW, "", "the row has " + nf + " cells but the header has "
            + columns + "; check for an unquoted comma in an answer", true));
        return;
      }
    }
    long idHash;
    long idRef;
    int idCell = l.id;
    int s = fs[idCell];
    int e = fe[idCell];
    boolean ascii = kind[idCell] == PLAIN;
    if (ascii) {
      while (s < e && asciiSpace(b[s])) {
        s++;
      }
      while (e > s && asciiSpace(b[e - 1])) {
        e--;
      }
      for (int k = s; k < e; k++) {
        if (b[k] < 0) {
          ascii = false;
          break;
        }
      }
    }
    if (ascii) {
      if (s == e) {
        rejectEmptyId(row);
        return;
      }
      long h = 0;
      for (int k = s; k < e; k++) {
        h = (h + (b[k] & 0xff)) * 0x9E3779B97F4A7C15L;
      }
      idHash = h;
      idRef = ((long) s << 32) | (e - s);
    } else {
      String id = text(idCell).strip();
      if (id.isEmpty()) {
        rejectEmptyId(row);
        return;
      }
      idHash = hash(id);
      c.sideIds.add(id);
      idRef = -c.sideIds.size();
    }
    int cls = respondentClass();
    int n = c.grow();
    c.relRow[n] = row;
    c.idHash[n] = idHash;
    c.idRef[n] = idRef;
    c.cls[n] = cls;
    long[] codes = c.codes;
    int base = n * nq;
    String[] texts = keepText ? new String[nq] : null;
    for (int q = 0; q < nq; q++) {
      int i = l.qcol[q];
      long code = AnswerCodeSink.NOT_ANSWERED;
      switch (l.types[q]) {
        case LIKERT:
        case SINGLE: {
          int v = option(q, i);
          if (v >= 0) {
            code = v;
          } else if (v == NOT_AN_OPTION) {
            c.rejections.add(new Rejection(row, l.names[i], text(i).strip(), l.notAnOption(q), false));
          }
          break;
        }
        case MULTI:
          if (!blank(i)) {
            long mask = multi(q, i, row);
            code = mask == 0 ? AnswerCodeSink.NOT_ANSWERED : mask;
          }
          break;
        case NUMERIC:
          if (!blank(i)) {
            String cell = text(i).strip();
            double v;
            try {
              v = Double.parseDouble(cell);
            } catch (NumberFormatException ex) {
              v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
              c.rejections.add(new Rejection(row, l.names[i], cell,
                  "not a number; write numbers with digits and a decimal point, for example 7 or 7.5", false));
            } else {
              code = Double.doubleToLongBits(v);
            }
          }
          break;
        case TEXT:
          if (!blank(i)) {
            code = 1;
            if (texts != null) {
              texts[q] = text(i);
            }
          }
          break;
        default:
          throw new IllegalStateException("unhandled question type " + l.types[q] + ": this is a bug");
      }
      codes[base + q] = code;
    }
    if (texts != null) {
      c.texts[n] = texts;
    }
  }

  private void rejectEmptyId(long row) {
    out.rejections.add(new Rejection(row, layout.names[layout.id], "",
        "the respondent id is empty; give every response an id", true));
  }

  /** A hash of an id's characters; for ASCII text, the same as the byte loop in {@link #decode}. */
  static long hash(String id) {
    long h = 0;
    for (int k = 0; k < id.length(); k++) {
      h = (h + id.charAt(k)) * 0x9E3779B97F4A7C15L;
    }
    return h;
  }

  private long multi(int q, int i, long row) {
    String cell = text(i);
    String sep = layout.consultation.questions().get(q).separator();
    int start = 0;
    long mask = 0;
    while (start <= cell.length()) {
      int nextSep = cell.indexOf(sep, start);
      int stop = nextSep < 0 ? cell.length() : nextSep;
      String part = cell.substring(start, stop).strip();
      if (!part.isEmpty()) {
        int c = layout.lookup(q, part);
        if (c < 0) {
          out.rejections.add(new Rejection(row, layout.names[layout.qcol[q]], part, layout.notAnOption(q)
              + " (the other choices in this cell are kept)", false));
        } else {
          mask |= 1L << c;
        }
      }
      if (nextSep < 0) {
        break;
      }
      start = nextSep + sep.length();
    }
    return mask;
  }

  /**
   * The chunk's number of this row's respondent class, times 2, plus 1 if the care-experience
   * cell is empty.
   */
  private int respondentClass() {
    Layout l = layout;
    int n = 0;
    n = appendKey(n, l.group);
    n = appendKey(n, l.care);
    for (int d : l.demo) {
      n = appendKey(n, d);
    }
    int v = classTable.get(classKey, 0, n);
    if (v >= 0) {
      return v;
    }
    String g = l.group >= 0 ? text(l.group).strip() : "";
    boolean careCellEmpty = l.care >= 0 && blank(l.care);
    boolean ce = l.care >= 0 && l.careExperienced(text(l.care));
    List<String> demographics = new ArrayList<>(l.demo.length);
    for (int d : l.demo) {
      demographics.add(text(d).strip());
    }
    ClassKey k = new ClassKey(g.isEmpty() ? Respondent.GROUP_NOT_STATED : g, ce, demographics);
    Integer index = classIndex.get(k);
    if (index == null) {
      index = out.classes.size();
      classIndex.put(k, index);
      out.classes.add(k);
    }
    v = index * 2 + (careCellEmpty ? 1 : 0);
    if (classTable.size() < Layout.CACHE_LIMIT) {
      classTable.put(classKey, 0, n, v);
    }
    return v;
  }

  /** Appends cell {@code i}'s UTF-8 text (or nothing, for an absent column) with its length. */
  private int appendKey(int n, int i) {
    int len;
    if (i < 0) {
      len = -1;
      keyTo = keyFrom;
    } else {
      key(i);
      len = keyTo - keyFrom;
    }
    int need = n + 4 + Math.max(0, len);
    if (need > classKey.length) {
      classKey = Arrays.copyOf(classKey, Math.max(need, classKey.length * 2));
    }
    classKey[n] = (byte) (len >>> 24);
    classKey[n + 1] = (byte) (len >>> 16);
    classKey[n + 2] = (byte) (len >>> 8);
    classKey[n + 3] = (byte) len;
    n += 4;
    if (len > 0) {
      System.arraycopy(keyBuf, keyFrom, classKey, n, len);
      n += len;
    }
    return n;
  }

  /** A respondent class: group, care experience and demographic values. */
  record ClassKey(String group, boolean careExperienced, List<String> demographics) {}

  /** What a chunk gives the reading thread; rows are numbered from 0 at the chunk's start. */
  static final class ParsedChunk {
    int start;
    int end;
    boolean aborted;
    /** Rows spanned (records and blank lines). */
    long rows;
    long read;
    long blank;
    /** Candidate rows: not rejected as a whole (a later duplicate id still may be). */
    int n;
    long[] relRow = new long[256];
    long[] idHash = new long[256];
    /** (start << 32 | length) of an ASCII id in the file's bytes, or -(index + 1) in sideIds. */
    long[] idRef = new long[256];
    int[] cls = new int[256];
    long[] codes;
    String[][] texts;
    final int nq;
    final List<String> sideIds = new ArrayList<>();
    final List<ClassKey> classes = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    ParsedChunk(int start, int nq, boolean keepText) {
      this.start = start;
      this.nq = nq;
      this.codes = new long[256 * Math.max(1, nq)];
      this.texts = keepText ? new String[256][] : null;
    }

    ParsedChunk reset(int from) {
      start = from;
      end = 0;
      aborted = false;
      rows = 0;
      read = 0;
      blank = 0;
      n = 0;
      sideIds.clear();
      classes.clear();
      rejections.clear();
      return this;
    }

    int grow() {
      if (n == relRow.length) {
        int cap = n * 2;
        relRow = Arrays.copyOf(relRow, cap);
        idHash = Arrays.copyOf(idHash, cap);
        idRef = Arrays.copyOf(idRef, cap);
        cls = Arrays.copyOf(cls, cap);
        codes = Arrays.copyOf(codes, cap * Math.max(1, nq));
        if (texts != null) {
          texts = Arrays.copyOf(texts, cap);
        }
      }
      return n++;
    }
  }
}
