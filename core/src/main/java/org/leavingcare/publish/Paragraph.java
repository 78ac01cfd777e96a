package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * A paragraph of plain text (renderers escape it; no markup is interpreted).
 *
 * @param text the text, not blank
 */
public record Paragraph(String text) implements Block {

  /**
   * Checks the text.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public Paragraph {
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a paragraph needs text");
    }
  }

  /**
   * A paragraph.
   *
   * @param text the text, not blank
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(text);
  }
}
