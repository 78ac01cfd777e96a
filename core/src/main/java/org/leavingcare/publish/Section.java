package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A headed part of a {@link Report}, holding blocks in reading order, and the figures in its tables
 * that add up across tables ({@link CellSum}), which suppression protects together.
 *
 * @param heading the heading, not blank
 * @param blocks the paragraphs, quotes, tables and charts, in order
 * @param sums figures that add up across tables (or within a table, beyond its declared totals)
 */
public record Section(String heading, List<Block> blocks, List<CellSum> sums) {

  /**
   * Copies the blocks and sums.
   *
   * @throws IllegalArgumentException if the heading is blank
   */
  public Section {
    requireNonNull(heading, "heading");
    if (heading.isBlank()) {
      throw new IllegalArgumentException("a section needs a heading");
    }
    blocks = List.copyOf(blocks);
    sums = List.copyOf(sums);
  }

  /**
   * A section with no figures declared to add up across tables.
   *
   * @param heading the heading, not blank
   * @param blocks the blocks, in order
   */
  public Section(String heading, List<Block> blocks) {
    this(heading, blocks, List.of());
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
    private final List<CellSum> sums = new ArrayList<>();

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
     * Declares that figures add up: the parts' counts sum to the total's count (see {@link CellSum}).
     * The references are to tables anywhere in the report, usually this section's; they are
     * checked when the report is built.
     *
     * @param total where the total is published
     * @param parts where the parts are published, at least one
     * @return this builder
     */
    public Builder addsUp(CellRef total, List<CellRef> parts) {
      sums.add(new CellSum(total, parts));
      return this;
    }

    /**
     * Declares that figures add up; see {@link #addsUp(CellRef, List)}.
     *
     * @param total where the total is published
     * @param parts where the parts are published, at least one
     * @return this builder
     */
    public Builder addsUp(CellRef total, CellRef... parts) {
      return addsUp(total, List.of(parts));
    }

    /**
     * Builds the section.
     *
     * @return the section
     */
    public Section build() {
      return new Section(heading, blocks, sums);
    }
  }
}
