package org.leavingcare.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting shared by the renderers: locale-independent (the same bytes on every
 * machine), half-up rounding, no negative zero.
 */
final class Formats {

  /** The symbol for a percentage above 0 that rounds to 0. */
  static final String ROUNDS_TO_ZERO = "[k]";

  private Formats() {}

  /** A number with a fixed number of decimals, for example "12.5" or "-3". */
  static String number(double value, int decimals) {
    String s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    if (s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
      return s.substring(1);
    }
    return s;
  }

  /** A whole number with comma thousands separators (the UK convention), for example "1,234". */
  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder();
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + sb;
  }

  /** A percentage for reading, for example "45%", or "[k]" when above 0 but rounding to 0. */
  static String percent(double percent, int decimals) {
    String s = number(percent, decimals);
    if (percent > 0 && new BigDecimal(s).signum() == 0) {
      return ROUNDS_TO_ZERO;
    }
    return s + "%";
  }

  /** The number part of a cell for reading, without its interval: "1,234", "45%", "-12.0". */
  static String value(Cell cell, int percentDecimals) {
    if (cell.isSuppressed()) {
      return SuppressionReason.SYMBOL;
    }
    switch (cell.kind()) {
      case COUNT:
        return grouped((long) cell.value().orElseThrow());
      case PERCENT:
        return percent(cell.value().orElseThrow(), percentDecimals);
      case ESTIMATE:
        return number(cell.value().orElseThrow(), cell.decimals());
      case TEXT:
        return cell.text().orElseThrow();
      case NOT_APPLICABLE:
        return Cell.NOT_APPLICABLE_SYMBOL;
      default:
        throw new IllegalStateException("unknown cell kind " + cell.kind() + "; this is a bug");
    }
  }

  /** The interval of a cell for reading, for example "40 to 50", or "" if it has none. */
  static String interval(Cell cell, int percentDecimals) {
    if (cell.interval().isEmpty()) {
      return "";
    }
    int d = cell.kind() == Cell.Kind.PERCENT ? percentDecimals : cell.decimals();
    Interval i = cell.interval().get();
    return number(i.lower(), d) + " to " + number(i.upper(), d);
  }

  /** The whole cell for reading: value and interval, for example "45% (40 to 50)". */
  static String cell(Cell cell, int percentDecimals) {
    String ci = interval(cell, percentDecimals);
    return ci.isEmpty() ? value(cell, percentDecimals) : value(cell, percentDecimals) + " (" + ci + ")";
  }

  /** A plain machine-readable number: integers without decimals, others as Java prints doubles. */
  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
