package org.leavingcare.publish;

/**
 * HTML and XML text escaping: the one escaping function for every page, table and chart the library
 * writes (the report renderers, the SVG charts, the Local Offer and checklist pages).
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for element content and double-quoted attribute values.
   *
   * @param text the text, not null
   * @return the escaped text; control characters other than newline and tab become spaces
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          if (ch < 0x20 && ch != '\n' && ch != '\t') {
            sb.append(' ');
          } else {
            sb.append(ch);
          }
      }
    }
    return sb.toString();
  }
}
