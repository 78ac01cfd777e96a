package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * Makes text safe to open in a spreadsheet ("CSV injection", CONSULTATION-METHODS.md §11.1, after
 * OWASP). A cell whose text could start a formula is prefixed with a single quote {@code '},
 * which spreadsheets show as text and never evaluate.
 *
 * <p>A cell is neutralised when its first character, or any character before its first
 * non-whitespace character, or that character itself, is one of {@code = + - @}, TAB (U+0009), CR (U+000D), or the full-width forms {@code ＝ ＋ － ＠}
 * (U+FF1D, U+FF0B, U+FF0D, U+FF20). Apply it to every string-typed cell (labels, free text,
 * theme names, file names), never to numbers written from numeric types: {@code -12} stays a
 * number. To a program that is not a spreadsheet the leading {@code '} is part of the data.
 */
public final class SpreadsheetSafety {

  private SpreadsheetSafety() {}

  /**
   * Whether text would be read as a formula (or a formula trigger) by a spreadsheet.
   *
   * @param text the text, not null
   * @return true if it must be neutralised
   */
  public static boolean isFormulaRisk(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (isTrigger(ch)) {
        return true;
      }
      if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The text, prefixed with {@code '} if a spreadsheet could read it as a formula; otherwise
   * unchanged.
   *
   * @param text the text, not null
   * @return safe text
   */
  public static String neutralise(String text) {
    return isFormulaRisk(text) ? "'" + text : text;
  }

  private static boolean isTrigger(char ch) {
    switch (ch) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case '\uFF1D':
      case '\uFF0B':
      case '\uFF0D':
      case '\uFF20':
        return true;
      default:
        return false;
    }
  }
}
