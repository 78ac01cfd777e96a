package org.leavingcare.principles.internal;

import static org.leavingcare.publish.Html.escape;

/**
 * Builds one self-contained, accessible HTML page for the checklist, Local Offer and personalised
 * offer renderers: UTF-8, {@code lang="en-GB"}, semantic headings, no JavaScript and no external
 * assets, readable type, and print styles for A4. Text is escaped by every method except
 * {@link #raw(String)}. Not thread-safe: one instance per page.
 */
public final class HtmlPage {

  private static final String CSS = String.join("\n",
      ":root { color-scheme: light; }",
      "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1a1a;"
          + " background: #ffffff; line-height: 1.5; margin: 0; font-size: 1.0625rem; }",
      "main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }",
      "h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.75rem; }",
      "h2 { font-size: 1.45rem; margin: 2.25rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid #1a1a1a; }",
      "h3 { font-size: 1.15rem; margin: 1.5rem 0 0.35rem; }",
      "p { margin: 0 0 0.75rem; }",
      "a { color: #1d4f91; } a:focus { outline: 3px solid #ffbf47; }",
      ".lede { font-size: 1.15rem; }",
      "dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1.5rem;"
          + " padding: 0.75rem 1rem; background: #f3f2f1; }",
      "dl.details dt { font-weight: 600; } dl.details dd { margin: 0; }",
      "article { border-left: 5px solid #b1b4b6; padding: 0.1rem 0 0.25rem 1rem; margin: 0 0 1.25rem; }",
      "article.entitled { border-left-color: #00703c; } article.ask { border-left-color: #1d4f91; }",
      "article.gap { border-left-color: #d4351c; } article.ended { border-left-color: #505a5f; }",
      "article h3 { margin-top: 0.25rem; }",
      "dl.facts { margin: 0.25rem 0 0.5rem; } dl.facts dt { font-weight: 600; margin-top: 0.35rem; }",
      "dl.facts dd { margin: 0 0 0 0; }",
      ".tag { display: inline-block; font-size: 0.85rem; font-weight: 700; padding: 0.05rem 0.4rem;"
          + " border: 2px solid currentColor; margin-right: 0.35rem; }",
      ".tag.law { color: #00703c; } .tag.extra { color: #1d4f91; } .tag.warn { color: #d4351c; }",
      ".small { font-size: 0.9rem; color: #3d3d3d; }",
      "table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }",
      "caption { text-align: left; font-weight: 600; padding-bottom: 0.35rem; }",
      "th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3rem 0.6rem; vertical-align: top; text-align: left; }",
      "thead th { border-bottom: 2px solid #1a1a1a; }",
      "td.num { text-align: right; font-variant-numeric: tabular-nums; }",
      "ul.problems li { margin-bottom: 0.25rem; }",
      ".notes-box { border: 2px solid #b1b4b6; min-height: 8rem; background: repeating-linear-gradient(#fff, #fff 1.9rem,"
          + " #b1b4b6 1.9rem, #b1b4b6 2rem); }",
      "footer.page { margin-top: 3rem; font-size: 0.9rem; border-top: 1px solid #b1b4b6; padding-top: 0.5rem; }",
      "@page { size: A4; margin: 15mm; }",
      "@media print {",
      "  body { font-size: 10.5pt; } main { max-width: none; padding: 0; }",
      "  nav { display: none; } a { color: inherit; text-decoration: none; }",
      "  h2 { break-after: avoid; } h3 { break-after: avoid; }",
      "  article, table, dl.details { break-inside: avoid; } .notes-box { min-height: 12rem; }",
      "}");

  private final StringBuilder body = new StringBuilder(16_384);
  private final String title;

  /**
   * A page with a title, shown in the browser tab and as the {@code h1}.
   *
   * @param title the title
   */
  public HtmlPage(String title) {
    this.title = title;
    body.append("<h1>").append(escape(title)).append("</h1>\n");
  }

  /**
   * Adds a heading with an id for links.
   *
   * @param level 2 to 4
   * @param id the id attribute (letters, digits and hyphens)
   * @param text the heading
   * @return this page
   */
  public HtmlPage heading(int level, String id, String text) {
    body.append("<h").append(level).append(" id=\"").append(escape(id)).append("\">").append(escape(text))
        .append("</h").append(level).append(">\n");
    return this;
  }

  /**
   * Adds a paragraph.
   *
   * @param cssClass a class, or blank for none
   * @param text the text
   * @return this page
   */
  public HtmlPage paragraph(String cssClass, String text) {
    body.append(cssClass.isBlank() ? "<p>" : "<p class=\"" + escape(cssClass) + "\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a definition list of label/value pairs.
   *
   * @param cssClass the list's class ({@code details} for a shaded summary box, {@code facts} inside articles)
   * @param pairs labels and values, alternating
   * @return this page
   */
  public HtmlPage definitions(String cssClass, String... pairs) {
    body.append("<dl class=\"").append(escape(cssClass)).append("\">\n");
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      body.append("<dt>").append(escape(pairs[i])).append("</dt><dd>").append(escape(pairs[i + 1])).append("</dd>\n");
    }
    body.append("</dl>\n");
    return this;
  }

  /**
   * Adds a bulleted list.
   *
   * @param cssClass a class, or blank for none
   * @param items the items
   * @return this page
   */
  public HtmlPage list(String cssClass, Iterable<String> items) {
    body.append(cssClass.isBlank() ? "<ul>\n" : "<ul class=\"" + escape(cssClass) + "\">\n");
    for (String item : items) {
      body.append("<li>").append(escape(item)).append("</li>\n");
    }
    body.append("</ul>\n");
    return this;
  }

  /**
   * Adds markup as given: the caller escapes any text in it.
   *
   * @param html the markup
   * @return this page
   */
  public HtmlPage raw(String html) {
    body.append(html);
    return this;
  }

  /**
   * The finished page.
   *
   * @param footer a line for the page footer (what produced it, when)
   * @return the HTML document
   */
  public String finish(String footer) {
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n<main>\n"
        + body + "<footer class=\"page\"><p>" + escape(footer) + "</p></footer>\n</main>\n</body>\n</html>\n";
  }
}
