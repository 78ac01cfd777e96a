package org.leavingcare.publish;

/**
 * Markdown text escaping: the one escaping function for every Markdown page the library writes (the
 * report renderer, the Local Offer, the personalised offer and the principles checklist), so that no
 * respondent's or officer's words become markup, links or HTML.
 *
 * <p>Characters that would start emphasis, code, headings, images or HTML are backslash-escaped or
 * written as entities; a {@code ]} is escaped only where it could close a link ({@code ](}, {@code ][},
 * {@code ]:}), so the statistical symbols {@code [c]} and {@code [z]} read as written. Carriage returns
 * are dropped. {@link #inline(String)} also folds line breaks and escapes {@code |}, for text that must
 * stay on one line: table cells, list items, headings.
 */
public final class Markdown {

  private Markdown() {}

  /**
   * Escapes text that may span lines (a paragraph or a quotation).
   *
   * @param text the text, not null
   * @return the escaped text; line feeds are kept
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\': case '`': case '*': case '_': case '#': case '!':
          sb.append('\\').append(ch);
          break;
        case ']':
          char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
          sb.append(next == '(' || next == '[' || next == ':' ? "\\]" : "]");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '\r':
          break;
        default:
          sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes text that must stay on one line: as {@link #escape(String)}, and {@code |} is escaped
   * (it would split a table cell) and line breaks become spaces.
   *
   * @param text the text, not null
   * @return the escaped one-line text
   */
  public static String inline(String text) {
    return escape(text).replace("|", "\\|").replace("\n", " ");
  }
}
