package org.leavingcare.ssda903.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import org.leavingcare.time.EpochDays;

/**
 * Cell normalisation shared by the CSV and XML readers: codes (trim, upper case, spreadsheet
 * {@code 1.0}) and dates ({@code dd/mm/yyyy}, tolerating ISO and unpadded forms).
 */
public final class Cells {

  private Cells() {}

  /** No date: the cell is not a date. */
  public static final int NOT_A_DATE = Integer.MIN_VALUE;

  /** Flag set by {@link #code} when a lower-case code was upper-cased. */
  public static final int LOWER_CASE = 1;
  /** Flag set by {@link #code} when a spreadsheet number such as {@code 1.0} was read as {@code 1}. */
  public static final int EXCEL_NUMBER = 2;
  /** Flag set by {@link #date} when the date was not in the DfE form but was read. */
  public static final int DATE_FORM = 4;

  /**
   * A code, normalised: trimmed, {@code 1.0} read as {@code 1}, upper case.
   *
   * @param raw the cell
   * @param flags one int, or'ed with {@link #LOWER_CASE} and {@link #EXCEL_NUMBER} as they apply
   * @return the normalised code, empty for a blank cell
   */
  public static String code(String raw, int[] flags) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return s;
    }
    int dot = s.indexOf('.');
    if (dot > 0 && allDigits(s, 0, dot) && allZeros(s, dot + 1)) {
      s = s.substring(0, dot);
      flags[0] |= EXCEL_NUMBER;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        flags[0] |= LOWER_CASE;
        return s.toUpperCase(Locale.ROOT);
      }
    }
    return s;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean allZeros(String s, int from) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * A date as days since the epoch: {@code dd/mm/yyyy}; also, with {@link #DATE_FORM} set,
   * {@code d/m/yyyy}, {@code yyyy-mm-dd} and either followed by a midnight time
   * ({@code 00:00} or {@code 00:00:00}), as spreadsheets write them.
   *
   * @param raw the cell, not blank
   * @param flags or'ed with {@link #DATE_FORM} when a tolerated form was read
   * @return the epoch day, or {@link #NOT_A_DATE}
   */
  public static int date(String raw, int[] flags) {
    String s = raw.strip();
    int n = s.length();
    if (n == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
      return ymd(num(s, 6, 10), num(s, 3, 5), num(s, 0, 2));
    }
    int space = s.indexOf(' ');
    if (space > 0) {
      String time = s.substring(space + 1).strip();
      if (!time.equals("00:00") && !time.equals("00:00:00")) {
        return NOT_A_DATE;
      }
      s = s.substring(0, space);
      flags[0] |= DATE_FORM;
      n = s.length();
      if (n == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
        return ymd(num(s, 6, 10), num(s, 3, 5), num(s, 0, 2));
      }
    }
    if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      flags[0] |= DATE_FORM;
      return ymd(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
    }
    int a = s.indexOf('/');
    int b = a < 0 ? -1 : s.indexOf('/', a + 1);
    if (a > 0 && a <= 2 && b > a + 1 && b <= a + 3 && n - b - 1 == 4) {
      flags[0] |= DATE_FORM;
      return ymd(num(s, b + 1, n), num(s, a + 1, b), num(s, 0, a));
    }
    return NOT_A_DATE;
  }

  /**
   * A date written exactly {@code dd/mm/yyyy} (the DfE form, no spaces), from bytes, as days since the
   * epoch: the same day {@link #date} gives for that text, without a note. Anything else, including
   * the forms {@link #date} tolerates, gives {@link #NOT_A_DATE}, so the caller reads the cell as text.
   *
   * @param b the bytes
   * @param from the first byte of the cell
   * @param to after the last byte of the cell
   * @return the epoch day, or {@link #NOT_A_DATE}
   */
  public static int dmy(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 2] != '/' || b[from + 5] != '/') {
      return NOT_A_DATE;
    }
    int d0 = b[from] - '0';
    int d1 = b[from + 1] - '0';
    int m0 = b[from + 3] - '0';
    int m1 = b[from + 4] - '0';
    int y0 = b[from + 6] - '0';
    int y1 = b[from + 7] - '0';
    int y2 = b[from + 8] - '0';
    int y3 = b[from + 9] - '0';
    if ((d0 | d1 | m0 | m1 | y0 | y1 | y2 | y3) < 0 || d0 > 9 || d1 > 9 || m0 > 9 || m1 > 9 || y0 > 9
        || y1 > 9 || y2 > 9 || y3 > 9) {
      return NOT_A_DATE;
    }
    int d = d0 * 10 + d1;
    int m = m0 * 10 + m1;
    int y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    if (y < 1850 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 28 && d > Month.of(m).length(Year.isLeap(y))) {
      return NOT_A_DATE;
    }
    return (int) EpochDays.of(y, m, d);
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int ymd(int y, int m, int d) {
    if (y < 1850 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) {
      return NOT_A_DATE;
    }
    try {
      return (int) LocalDate.of(y, m, d).toEpochDay();
    } catch (DateTimeException e) {
      return NOT_A_DATE;
    }
  }
}
