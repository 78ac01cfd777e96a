package org.leavingcare.caserecord;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.LegalReference;
import org.leavingcare.model.Problem;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Flag;
import org.leavingcare.rules.Reason;

/**
 * A growable buffer of JSON Lines in UTF-8: assessments and record errors in the format of
 * {@link AssessmentJson} (the same field names, order and bytes as a Jackson UTF-8 generator
 * writes them), one object per line, each line ended by {@code \n}. Made for writing many
 * assessments fast: field names are encoded once, and the reasons, enumerated values and
 * provisions, which are constants of the rules, are encoded once each.
 *
 * <p>Strings are escaped as Jackson escapes them ({@code \"}, {@code \\}, {@code \b \t \n \f \r},
 * other control characters as &#92;u00XX); characters outside the Basic Multilingual Plane
 * are written as 4-byte UTF-8, and a lone surrogate (possible only from a JSON escape in the
 * input) as {@code ?}, as an encoding writer does.
 *
 * <pre>{@code
 * JsonLinesBuffer lines = JsonLinesBuffer.withCapacity(1 << 16);
 * for (Assessment a : assessments) {
 *   lines.append(a, false);
 * }
 * lines.writeTo(out);
 * lines.clear();
 * }</pre>
 *
 * <p>Not thread-safe: use one buffer per thread (a buffer may be handed to another thread to be
 * written, and cleared and reused after that).
 */
public final class JsonLinesBuffer {

  /** Jackson's escapes of the ASCII characters: 0 none, -1 &#92;u00XX, else the letter after {@code \}. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private static final byte[] HEX = ascii("0123456789ABCDEF");

  /** How many distinct reasons or provisions are encoded once and kept; others are encoded each time. */
  private static final int CACHE_LIMIT = 4096;
  private static final ConcurrentHashMap<Reason, byte[]> REASONS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<LegalReference, byte[]> PROVISIONS = new ConcurrentHashMap<>();

  private static final byte[] ID = ascii("{\"id\":");
  private static final byte[] ASSESSMENT_DATE = ascii(",\"assessmentDate\":");
  private static final byte[] CATEGORY = ascii(",\"category\":");
  private static final byte[] DUTIES = ascii(",\"duties\":[");
  private static final byte[] DEADLINES = ascii("],\"deadlines\":{");
  private static final byte[] FLAGS = ascii("},\"flags\":[");
  private static final byte[] REASONS_START = ascii("],\"reasons\":[");
  private static final byte[] DUTY_DETAILS = ascii("],\"dutyDetails\":[");
  private static final byte[] CODE = ascii("{\"code\":");
  private static final byte[] PROVISION = ascii(",\"provision\":");
  private static final byte[] URI = ascii(",\"uri\":");
  private static final byte[] SINCE = ascii(",\"since\":");
  private static final byte[] ENDS = ascii(",\"endsAtStartOf\":");
  private static final byte[] NEXT_DUE = ascii(",\"nextDueBy\":");
  private static final byte[] CONDITIONAL_TRUE = ascii(",\"conditional\":true}");
  private static final byte[] CONDITIONAL_FALSE = ascii(",\"conditional\":false}");
  private static final byte[] TEST = ascii("{\"test\":");
  private static final byte[] OUTCOME = ascii(",\"outcome\":");
  private static final byte[] TEXT = ascii(",\"text\":");
  private static final byte[] FIELD = ascii(",\"field\":");
  private static final byte[] VALUE = ascii(",\"value\":");
  private static final byte[] MESSAGE = ascii(",\"message\":");
  private static final byte[] PROBLEMS = ascii(",\"problems\":[");
  private static final byte[] NULL = ascii("null");
  private static final byte[] END_LINE = ascii("]}\n");
  private static final byte[][] CATEGORIES = quoted(Category.values());
  private static final byte[][] DUTY_CODES = quoted(DutyCode.values());
  private static final byte[][] FLAG_NAMES = quoted(Flag.values());
  private static final byte[][] OUTCOMES = quoted(Reason.Outcome.values());
  private static final byte[][] DEADLINE_KEYS = new byte[DeadlineKey.values().length][];

  static {
    for (DeadlineKey k : DeadlineKey.values()) {
      JsonLinesBuffer b = new JsonLinesBuffer(32);
      b.string(k.jsonName());
      b.put((byte) ':');
      DEADLINE_KEYS[k.ordinal()] = b.toByteArray();
    }
  }

  private byte[] buf;
  private int size;
  /**
   * The encoded reasons and provisions this buffer has met, by identity: the rules hand out the
   * same instances again and again, and an identity lookup costs less than their hash codes.
   */
  private final IdentityHashMap<Object, byte[]> seen = new IdentityHashMap<>();

  private JsonLinesBuffer(int capacity) {
    this.buf = new byte[Math.max(capacity, 16)];
  }

  /**
   * An empty buffer.
   *
   * @param bytes the initial capacity in bytes (it grows as needed); about 1.5 kB per
   *     assessment without duty details
   * @return the buffer
   */
  public static JsonLinesBuffer withCapacity(int bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + bytes);
    }
    return new JsonLinesBuffer(bytes);
  }

  /**
   * Appends one assessment as a line, as {@link AssessmentJson#write(Assessment,
   * com.fasterxml.jackson.core.JsonGenerator, boolean)} writes it.
   *
   * @param a the assessment
   * @param dutyDetails whether to include {@code dutyDetails}
   * @return this buffer
   */
  public JsonLinesBuffer append(Assessment a, boolean dutyDetails) {
    put(ID);
    string(a.personId());
    put(ASSESSMENT_DATE);
    date(a.asOf());
    put(CATEGORY);
    put(CATEGORIES[a.category().ordinal()]);
    put(DUTIES);
    names(a.dutyCodes(), DUTY_CODES);
    put(DEADLINES);
    deadlines(a.deadlines());
    put(FLAGS);
    names(a.flags(), FLAG_NAMES);
    put(REASONS_START);
    reasons(a.reasons());
    if (dutyDetails) {
      put(DUTY_DETAILS);
      dutyDetails(a.duties());
    }
    put(END_LINE);
    return this;
  }

  /** Enum constants as a comma-separated list of their pre-encoded JSON names. */
  private void names(Iterable<? extends Enum<?>> values, byte[][] encoded) {
    boolean first = true;
    for (Enum<?> v : values) {
      if (!first) {
        put((byte) ',');
      }
      first = false;
      put(encoded[v.ordinal()]);
    }
  }

  private void deadlines(Map<DeadlineKey, Deadline> deadlines) {
    boolean first = true;
    for (Map.Entry<DeadlineKey, Deadline> e : deadlines.entrySet()) {
      if (!first) {
        put((byte) ',');
      }
      first = false;
      put(DEADLINE_KEYS[e.getKey().ordinal()]);
      deadlineValue(e.getValue());
    }
  }

  private void deadlineValue(Deadline d) {
    Optional<LocalDate> date = d.date();
    if (date.isPresent()) {
      date(date.get());
      return;
    }
    Optional<String> v = d.jsonValue();
    if (v.isPresent()) {
      string(v.get());
    } else {
      put(NULL);
    }
  }

  private void reasons(List<Reason> reasons) {
    for (int i = 0; i < reasons.size(); i++) {
      if (i > 0) {
        put((byte) ',');
      }
      put(encoded(REASONS, reasons.get(i), JsonLinesBuffer::reasonBytes));
    }
  }

  private void dutyDetails(List<DutyOwed> duties) {
    for (int i = 0; i < duties.size(); i++) {
      if (i > 0) {
        put((byte) ',');
      }
      DutyOwed d = duties.get(i);
      put(CODE);
      put(DUTY_CODES[d.code().ordinal()]);
      put(encoded(PROVISIONS, d.provision(), JsonLinesBuffer::provisionBytes));
      optionalDate(SINCE, d.since());
      optionalDate(ENDS, d.endsAtStartOf());
      optionalDate(NEXT_DUE, d.nextDueBy());
      put(d.conditional() ? CONDITIONAL_TRUE : CONDITIONAL_FALSE);
    }
  }

  private void optionalDate(byte[] name, Optional<LocalDate> date) {
    if (date.isPresent()) {
      put(name);
      date(date.get());
    }
  }

  /**
   * Appends a record error as a line {@code {id, field, message, problems}}, as
   * {@link AssessmentJson#write(RecordError, com.fasterxml.jackson.core.JsonGenerator)} writes it.
   *
   * @param e the error
   * @return this buffer
   */
  public JsonLinesBuffer append(RecordError e) {
    put(ID);
    string(e.displayId());
    put(FIELD);
    string(e.field());
    put(MESSAGE);
    string(e.message());
    put(PROBLEMS);
    List<Problem> problems = e.problems();
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        put((byte) ',');
      }
      Problem p = problems.get(i);
      put(CODE);
      string(p.code());
      put(FIELD);
      string(p.field());
      put(VALUE);
      string(p.value());
      put(MESSAGE);
      string(p.message());
      put((byte) '}');
    }
    put(END_LINE);
    return this;
  }

  /**
   * Returns how many bytes the buffer holds.
   *
   * @return the number of bytes written since the buffer was made or last cleared
   */
  public int size() {
    return size;
  }

  /**
   * Writes the buffer's bytes to {@code out} (the buffer keeps them).
   *
   * @param out the stream to write to; not flushed
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }

  /**
   * Returns a copy of the buffer's bytes.
   *
   * @return the UTF-8 bytes written since the buffer was made or last cleared
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  /** Empties the buffer, keeping its capacity for reuse. */
  public void clear() {
    size = 0;
  }

  /**
   * Returns the buffer's text.
   *
   * @return the lines written since the buffer was made or last cleared, decoded from UTF-8
   */
  @Override
  public String toString() {
    return new String(buf, 0, size, StandardCharsets.UTF_8);
  }

  // --- encoding ------------------------------------------------------------------------------

  /** The encoding of {@code key}, from this buffer's own cache, else from the shared one. */
  private <K> byte[] encoded(ConcurrentHashMap<K, byte[]> cache, K key, Function<K, byte[]> encode) {
    byte[] b = seen.get(key);
    if (b == null) {
      b = cached(cache, key, encode);
      if (seen.size() < CACHE_LIMIT) {
        seen.put(key, b);
      }
    }
    return b;
  }

  private static <K> byte[] cached(ConcurrentHashMap<K, byte[]> cache, K key, Function<K, byte[]> encode) {
    byte[] b = cache.get(key);
    if (b == null) {
      b = encode.apply(key);
      if (cache.size() < CACHE_LIMIT) {
        cache.putIfAbsent(key, b);
      }
    }
    return b;
  }

  private static byte[] reasonBytes(Reason r) {
    JsonLinesBuffer b = new JsonLinesBuffer(256);
    b.put(TEST);
    b.string(r.test());
    b.put(OUTCOME);
    b.put(OUTCOMES[r.outcome().ordinal()]);
    b.provision(r.provision());
    b.put(TEXT);
    b.string(r.text());
    b.put((byte) '}');
    return b.toByteArray();
  }

  private static byte[] provisionBytes(LegalReference ref) {
    JsonLinesBuffer b = new JsonLinesBuffer(128);
    b.provision(ref);
    return b.toByteArray();
  }

  private void provision(LegalReference ref) {
    put(PROVISION);
    string(ref.cite());
    put(URI);
    string(ref.uri().toString());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[][] quoted(Enum<?>[] values) {
    byte[][] out = new byte[values.length][];
    for (Enum<?> v : values) {
      JsonLinesBuffer b = new JsonLinesBuffer(32);
      b.string(v.name());
      out[v.ordinal()] = b.toByteArray();
    }
    return out;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  private void put(byte b) {
    ensure(1);
    buf[size++] = b;
  }

  private void put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  /** Writes a date {@code "yyyy-mm-dd"}, quoted, as {@link LocalDate#toString()} gives it. */
  private void date(LocalDate date) {
    int y = date.getYear();
    if (y < 0 || y > 9999) {
      string(date.toString());
      return;
    }
    ensure(12);
    byte[] b = buf;
    int i = size;
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    b[i] = '"';
    b[i + 1] = (byte) ('0' + y / 1000);
    b[i + 2] = (byte) ('0' + y / 100 % 10);
    b[i + 3] = (byte) ('0' + y / 10 % 10);
    b[i + 4] = (byte) ('0' + y % 10);
    b[i + 5] = '-';
    b[i + 6] = (byte) ('0' + m / 10);
    b[i + 7] = (byte) ('0' + m % 10);
    b[i + 8] = '-';
    b[i + 9] = (byte) ('0' + d / 10);
    b[i + 10] = (byte) ('0' + d % 10);
    b[i + 11] = '"';
    size = i + 12;
  }

  /** Writes a JSON string, quoted and escaped; plain ASCII is copied in one loop. */
  private void string(String s) {
    requireNonNull(s, "string");
    int n = s.length();
    ensure(n + 2);
    byte[] b = buf;
    int i = size;
    b[i++] = '"';
    int k = 0;
    for (; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      b[i++] = (byte) c;
    }
    size = i;
    if (k < n) {
      escapedTail(s, k);
    }
    put((byte) '"');
  }

  /** Writes {@code s} from index {@code k} on, escaping and encoding as needed (the rare path). */
  private void escapedTail(String s, int k) {
    int n = s.length();
    for (; k < n; k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        byte e = ESCAPES[c];
        if (e == 0) {
          put((byte) c);
        } else if (e > 0) {
          ensure(2);
          buf[size++] = '\\';
          buf[size++] = e;
        } else {
          ensure(6);
          buf[size++] = '\\';
          buf[size++] = 'u';
          buf[size++] = '0';
          buf[size++] = '0';
          buf[size++] = HEX[c >> 4];
          buf[size++] = HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        ensure(2);
        buf[size++] = (byte) (0xC0 | (c >> 6));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        ensure(3);
        buf[size++] = (byte) (0xE0 | (c >> 12));
        buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++k));
        ensure(4);
        buf[size++] = (byte) (0xF0 | (cp >> 18));
        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        put((byte) '?');
      }
    }
  }
}
