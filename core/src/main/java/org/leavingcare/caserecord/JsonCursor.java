package org.leavingcare.caserecord;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of the JSON text of one record, for the decoder's fast path: it reads what
 * plainly valid JSON holds and gives up ({@link GiveUp}) at anything else, so that the caller can
 * leave such text to Jackson, which reports exactly what is wrong. What it accepts is a subset of
 * what Jackson's default parser accepts (RFC 8259: no comments, no single quotes, no leading zeros,
 * no trailing commas; whitespace is space, tab, CR and LF), and it reads the same values.
 *
 * <p>Member names are compared in place, without making strings. Not thread-safe: one per record.
 */
final class JsonCursor {

  /** Thrown where the cursor gives up; shared and without a stack trace, as it is not an error. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("not plainly valid: leave it to the tree decoder", null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();

  /** Deeper values are left to Jackson (its own limit is higher). */
  private static final int MAX_DEPTH = 64;
  /** Longer numbers are left to Jackson (its own limit is 1000 digits). */
  private static final int MAX_NUMBER = 100;
  /** Longer names are left to Jackson (its own limit is 50000 characters). */
  private static final int MAX_NAME = 1000;
  /** Longer strings are left to Jackson (its own limit is 20 million characters). */
  private static final int MAX_STRING = 1_000_000;

  private final String s;
  private final int n;
  private int i;
  private int nameStart;
  private int nameEnd;

  JsonCursor(String text) {
    this.s = text;
    this.n = text.length();
  }

  /** The text from {@code from} to the cursor. */
  String textFrom(int from) {
    return s.substring(from, i);
  }

  /** Where the cursor is. */
  int position() {
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** The next character after whitespace, not consumed; -1 at the end. */
  int peek() {
    while (i < n) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        return c;
      }
      i++;
    }
    return -1;
  }

  /** Consumes {@code c}, after whitespace, or gives up. */
  void expect(char c) {
    if (peek() != c) {
      throw GIVE_UP;
    }
    i++;
  }

  /** Gives up unless only whitespace is left. */
  void expectEnd() {
    if (peek() != -1) {
      throw GIVE_UP;
    }
  }

  /**
   * Moves to the next member of an object whose opening brace has been consumed: reads its name
   * and colon and stops at its value.
   *
   * @param first whether no member has been read yet
   * @return false at the object's end (consumed)
   */
  boolean nextMember(boolean first) {
    int c = peek();
    if (c == '}') {
      i++;
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw GIVE_UP;
      }
      i++;
      c = peek();
    }
    if (c != '"') {
      throw GIVE_UP;
    }
    int start = ++i;
    while (true) {
      if (i >= n || i - start > MAX_NAME) {
        throw GIVE_UP;
      }
      char ch = s.charAt(i);
      if (ch == '"') {
        break;
      }
      if (ch == '\\' || ch < 0x20) {
        throw GIVE_UP; // an escaped name: rare, left to Jackson
      }
      i++;
    }
    nameStart = start;
    nameEnd = i++;
    expect(':');
    return true;
  }

  /** Whether the current member's name is {@code name}. */
  boolean nameIs(String name) {
    return nameEnd - nameStart == name.length() && s.startsWith(name, nameStart);
  }

  /**
   * Moves to the next element of an array whose {@code [} has been consumed.
   *
   * @param first whether no element has been read yet
   * @return false at the array's end (consumed)
   */
  boolean nextElement(boolean first) {
    int c = peek();
    if (c == ']') {
      i++;
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw GIVE_UP;
      }
      i++;
      c = peek();
      if (c == ']') {
        throw GIVE_UP;
      }
    }
    if (c == -1) {
      throw GIVE_UP;
    }
    return true;
  }

  /** Consumes {@code null} if it is the next value. */
  boolean skipNull() {
    if (peek() == 'n' && s.startsWith("null", i)) {
      i += 4;
      return true;
    }
    return false;
  }

  /** A boolean value, or null for JSON {@code null}; gives up at anything else. */
  @Nullable Boolean booleanOrNull() {
    int c = peek();
    if (c == 't' && s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (c == 'f' && s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    if (skipNull()) {
      return null;
    }
    throw GIVE_UP;
  }

  /** Whether the next value is a string. */
  boolean atString() {
    return peek() == '"';
  }

  /** A string value; gives up at anything else. */
  String string() {
    expect('"');
    int start = i;
    int end = Math.min(n, start + MAX_STRING);
    while (i < end) {
      char c = s.charAt(i);
      if (c == '"') {
        return s.substring(start, i++);
      }
      if (c == '\\') {
        return escaped(start);
      }
      if (c < 0x20) {
        throw GIVE_UP;
      }
      i++;
    }
    throw GIVE_UP;
  }

  /** The rest of a string holding escapes, from its first character at {@code start}. */
  private String escaped(int start) {
    StringBuilder b = new StringBuilder(i - start + 16).append(s, start, i);
    int end = Math.min(n, start + MAX_STRING);
    while (i < end) {
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw GIVE_UP;
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= n) {
        throw GIVE_UP;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> b.append(hex4());
        default -> throw GIVE_UP;
      }
    }
    throw GIVE_UP;
  }

  private char hex4() {
    if (i + 4 > n) {
      throw GIVE_UP;
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      v = v << 4 | hexDigit(s.charAt(i++));
    }
    return (char) v;
  }

  /**
   * The value of an ASCII hex digit, as JSON has them; gives up at any other character
   * ({@link Character#digit(char, int)} would also take fullwidth and other scripts' digits).
   */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw GIVE_UP;
  }

  /**
   * A string value that is a date written {@code yyyy-mm-dd} naming a real calendar date; gives
   * up at anything else (an escaped date included: Jackson reads it).
   */
  LocalDate date() {
    expect('"');
    if (i + 11 > n || s.charAt(i + 10) != '"') {
      throw GIVE_UP;
    }
    LocalDate d = CaseRecordDecoder.parseDate(s, i);
    if (d == null) {
      throw GIVE_UP;
    }
    i += 11;
    return d;
  }

  /** Skips one value of any kind, checking that it is well formed. */
  void skipValue() {
    skipValue(0);
  }

  private void skipValue(int depth) {
    int c = peek();
    switch (c) {
      case '"' -> skipString();
      case '{' -> {
        if (depth >= MAX_DEPTH) {
          throw GIVE_UP;
        }
        i++;
        for (boolean first = true; nextMember(first); first = false) {
          skipValue(depth + 1);
        }
      }
      case '[' -> {
        if (depth >= MAX_DEPTH) {
          throw GIVE_UP;
        }
        i++;
        for (boolean first = true; nextElement(first); first = false) {
          skipValue(depth + 1);
        }
      }
      case 't', 'f', 'n' -> booleanOrNull();
      default -> skipNumber();
    }
  }

  private void skipString() {
    int end = Math.min(n, ++i + MAX_STRING);
    while (i < end) {
      char c = s.charAt(i++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw GIVE_UP;
      }
      if (c == '\\') {
        if (i >= n) {
          throw GIVE_UP;
        }
        char e = s.charAt(i++);
        if (e == 'u') {
          hex4();
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw GIVE_UP;
        }
      }
    }
    throw GIVE_UP;
  }

  /** A number as RFC 8259 writes it: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private void skipNumber() {
    int start = i;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i < n && s.charAt(i) == '0') {
      i++;
    } else if (digits() == 0) {
      throw GIVE_UP;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
    if (i - start > MAX_NUMBER) {
      throw GIVE_UP;
    }
  }

  private int digits() {
    int start = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - start;
  }
}
