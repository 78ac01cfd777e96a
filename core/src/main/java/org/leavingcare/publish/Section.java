package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A headed part of a {@link Report}, holding blocks in reading order.
 *
 * @param heading the heading, not blank
 * @param blocks the paragraphs, quotes, tables and charts, in order
 */
public record Section(String heading, List<Block> blocks) {

  /**
   * Copies the blocks.
   *
   * @throws IllegalArgumentException if the heading is blank
   */
  public Section {
    requireNonNull(heading, "heading");
    if (heading.isBlank()) {
      throw new IllegalArgumentException("a section needs a heading");
    }
    blocks = List.copyOf(blocks);
  }

  /**
   * Starts a section.
   *
   * @param heading the heading, not blank
   * @return a builder
   */
  public static Builder builder(String heading) {
    return new Builder(heading);
  }

  /** Builds a {@link Section}; not thread-safe. */
  public static final class Builder {
    private final String heading;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String heading) {
      this.heading = requireNonNull(heading, "heading");
    }

    /**
     * Adds a paragraph.
     *
     * @param text the text
     * @return this builder
     */
    public Builder paragraph(String text) {
      blocks.add(Paragraph.of(text));
      return this;
    }

    /**
     * Adds any block.
     *
     * @param block the block, not null
     * @return this builder
     */
    public Builder add(Block block) {
      blocks.add(requireNonNull(block, "block"));
      return this;
    }

    /**
     * Builds the section.
     *
     * @return the section
     */
    public Section build() {
      return new Section(heading, blocks);
    }
  }
}
