package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report ready to publish: a title, details about how it was made, and sections of
 * paragraphs, quotes, tables and charts. Immutable and thread-safe.
 *
 * <p>Building a report applies its {@link SuppressionPolicy} to every table, including each
 * chart's data table, so every renderer ({@link HtmlRenderer}, {@link MarkdownRenderer},
 * {@link CsvRenderer}, {@link JsonRenderer}) only ever sees suppressed figures.
 *
 * <pre>{@code
 * Report report = Report.builder("Care leavers: indicators at 31 March 2026")
 *     .policy(SuppressionPolicy.defaults())
 *     .detail("Source", "SSDA903 return 2025-26 (synthetic)")
 *     .section(Section.builder("In touch").paragraph("...").add(Chart.bars("...", table)).build())
 *     .build();
 * String html = HtmlRenderer.withDefaults().render(report);
 * }</pre>
 */
public final class Report {

  /**
   * A fact about how the report was made, shown at its top (for example "Weighting" or "Data as at").
   *
   * @param label the label, not blank
   * @param value the value, not null
   */
  public record Detail(String label, String value) {
    /** Checks the parts. */
    public Detail {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
      if (label.isBlank()) {
        throw new IllegalArgumentException("a report detail needs a label");
      }
    }
  }

  private final String title;
  private final List<Detail> details;
  private final List<Section> sections;
  private final SuppressionPolicy policy;

  private Report(String title, List<Detail> details, List<Section> sections, SuppressionPolicy policy) {
    this.title = title;
    this.details = List.copyOf(details);
    this.sections = List.copyOf(sections);
    this.policy = policy;
  }

  /**
   * Starts a report with the {@link SuppressionPolicy#defaults() default policy}.
   *
   * @param title the title, not blank
   * @return a builder
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Facts about how the report was made.
   *
   * @return the details, in order
   */
  public List<Detail> details() {
    return details;
  }

  /**
   * The sections, with every table suppressed.
   *
   * @return the sections
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * The suppression policy applied to every table.
   *
   * @return the policy
   */
  public SuppressionPolicy policy() {
    return policy;
  }

  /**
   * Every table in reading order, including each chart's data table.
   *
   * @return the tables
   */
  public List<ReportTable> tables() {
    List<ReportTable> all = new ArrayList<>();
    for (Section s : sections) {
      for (Block b : s.blocks()) {
        if (b instanceof ReportTable) {
          all.add((ReportTable) b);
        } else if (b instanceof Chart) {
          all.add(((Chart) b).data());
        }
      }
    }
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "Report[" + title + ", " + sections.size() + " sections]";
  }

  /** Builds a {@link Report}; not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<Detail> details = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private SuppressionPolicy policy = SuppressionPolicy.defaults();

    private Builder(String title) {
      requireNonNull(title, "title");
      if (title.isBlank()) {
        throw new IllegalArgumentException("a report needs a title");
      }
      this.title = title;
    }

    /**
     * Sets the suppression policy.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder policy(SuppressionPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a fact about how the report was made.
     *
     * @param label the label
     * @param value the value
     * @return this builder
     */
    public Builder detail(String label, String value) {
      details.add(new Detail(label, value));
      return this;
    }

    /**
     * Adds a section.
     *
     * @param section the section, not null
     * @return this builder
     */
    public Builder section(Section section) {
      sections.add(requireNonNull(section, "section"));
      return this;
    }

    /**
     * Builds the report, applying the suppression policy to every table.
     *
     * @return the report
     * @throws IllegalArgumentException if two tables share an id
     */
    public Report build() {
      Set<String> ids = new HashSet<>();
      List<Section> suppressed = new ArrayList<>();
      for (Section s : sections) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
          if (b instanceof ReportTable) {
            ReportTable t = (ReportTable) b;
            checkUnique(ids, t.id());
            blocks.add(policy.apply(t));
          } else if (b instanceof Chart) {
            Chart c = (Chart) b;
            checkUnique(ids, c.data().id());
            blocks.add(c.withData(policy.apply(c.data())));
          } else {
            blocks.add(b);
          }
        }
        suppressed.add(new Section(s.heading(), blocks));
      }
      return new Report(title, details, suppressed, policy);
    }

    private static void checkUnique(Set<String> ids, String id) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("two tables in the report have the id '" + id
            + "'; give each table its own id");
      }
    }
  }
}
