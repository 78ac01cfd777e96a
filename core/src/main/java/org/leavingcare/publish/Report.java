package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A report ready to publish: a title, details about how it was made, and sections of
 * paragraphs, quotes, tables and charts. Immutable and thread-safe.
 *
 * <p>Building a report applies its {@link SuppressionPolicy} to every table, including each
 * chart's data table, together with the tables that a section's {@link CellSum}s link it to, so
 * every renderer ({@link HtmlRenderer}, {@link MarkdownRenderer},
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
    return List.copyOf(tablesOf(sections));
  }

  /** The tables of the sections in reading order, each chart's data table in its place. */
  private static List<ReportTable> tablesOf(List<Section> sections) {
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
    return all;
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
     * Builds the report, applying the suppression policy to every table. Tables linked by a
     * section's {@link CellSum}s are suppressed together.
     *
     * @return the report
     * @throws IllegalArgumentException if two tables share an id, or a declared sum names a
     *     table, row or column the report does not have, refers to a cell without a count, or
     *     does not add up
     */
    public Report build() {
      Set<String> ids = new HashSet<>();
      List<ReportTable> tables = tablesOf(sections);
      Map<String, Integer> byId = new HashMap<>();
      for (ReportTable t : tables) {
        checkUnique(ids, t.id());
        byId.put(t.id(), byId.size());
      }
      List<ReportTable> done = suppress(tables, byId);
      Iterator<ReportTable> next = done.iterator();
      List<Section> suppressed = new ArrayList<>();
      for (Section s : sections) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
          if (b instanceof ReportTable) {
            blocks.add(next.next());
          } else if (b instanceof Chart) {
            blocks.add(((Chart) b).withData(next.next()));
          } else {
            blocks.add(b);
          }
        }
        suppressed.add(new Section(s.heading(), blocks, s.sums()));
      }
      return new Report(title, details, suppressed, policy);
    }

    /** Suppresses every table: each alone, or with the tables a declared relation links it to. */
    private List<ReportTable> suppress(List<ReportTable> tables, Map<String, Integer> byId) {
      List<Suppressor.Relation> resolved = new ArrayList<>();
      int[] group = new int[tables.size()];
      for (int t = 0; t < group.length; t++) {
        group[t] = t;
      }
      List<CellSum> declared = new ArrayList<>();
      for (Section s : sections) {
        declared.addAll(s.sums());
      }
      for (CellSum d : declared) {
        Suppressor.Position total = locate(d.total(), tables, byId);
        List<Suppressor.Position> parts = new ArrayList<>();
        long sum = 0;
        boolean known = true;
        for (CellRef p : d.parts()) {
          Suppressor.Position at = locate(p, tables, byId);
          parts.add(at);
          join(group, total.table(), at.table());
          OptionalLong n = count(tables, at);
          known &= n.isPresent();
          sum += n.orElse(0);
        }
        OptionalLong t = count(tables, total);
        if (known && t.isPresent() && t.getAsLong() != sum) {
          throw new IllegalArgumentException("the figures declared to add up to " + d.total() + " add up to "
              + sum + ", not " + t.getAsLong() + "; declare only figures that add up");
        }
        resolved.add(new Suppressor.Relation(total, parts));
      }
      List<ReportTable> out = new ArrayList<>(tables);
      for (int root = 0; root < tables.size(); root++) {
        List<Integer> members = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
          if (find(group, t) == root) {
            members.add(t);
          }
        }
        if (members.isEmpty()) {
          continue;
        }
        List<ReportTable> component = new ArrayList<>();
        for (int t : members) {
          component.add(tables.get(t));
        }
        List<Suppressor.Relation> local = new ArrayList<>();
        for (Suppressor.Relation r : resolved) {
          if (find(group, r.total().table()) == root) {
            List<Suppressor.Position> parts = new ArrayList<>();
            for (Suppressor.Position p : r.parts()) {
              parts.add(renumber(p, members));
            }
            local.add(new Suppressor.Relation(renumber(r.total(), members), parts));
          }
        }
        List<ReportTable> result = new Suppressor(policy, component, local).run();
        for (int k = 0; k < members.size(); k++) {
          out.set(members.get(k), result.get(k));
        }
      }
      return out;
    }

    private static Suppressor.Position renumber(Suppressor.Position p, List<Integer> members) {
      return new Suppressor.Position(members.indexOf(p.table()), p.row(), p.column());
    }

    private static int find(int[] group, int t) {
      while (group[t] != t) {
        t = group[t];
      }
      return t;
    }

    private static void join(int[] group, int a, int b) {
      int ra = find(group, a);
      int rb = find(group, b);
      group[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static Suppressor.Position locate(CellRef ref, List<ReportTable> tables, Map<String, Integer> byId) {
      Integer t = byId.get(ref.table());
      if (t == null) {
        throw new IllegalArgumentException("figures are declared to add up at " + ref
            + ", but the report has no table with that id; tables: " + byId.keySet());
      }
      ReportTable table = tables.get(t);
      int row = -1;
      for (int r = 0; r < table.rows().size(); r++) {
        if (table.rows().get(r).label().equals(ref.row())) {
          row = r;
        }
      }
      int column = table.headers().indexOf(ref.column());
      if (row < 0 || column < 0) {
        throw new IllegalArgumentException("figures are declared to add up at " + ref + ", but that table has no"
            + (row < 0 ? " such row" : " such column") + "; check the label against the table's rows and headers");
      }
      Cell cell = table.rows().get(row).cells().get(column);
      if (!cell.isSuppressed() && cell.unweightedCount().isEmpty() && cell.kind() != Cell.Kind.NOT_APPLICABLE) {
        throw new IllegalArgumentException("figures are declared to add up at " + ref + ", but that cell holds "
            + cell.kind().name().toLowerCase(Locale.ROOT) + " without a count; relate counts or percentages");
      }
      return new Suppressor.Position(t, row, column);
    }

    /** The cell's count, if it shows one (not for a cell already suppressed or not applicable). */
    private static OptionalLong count(List<ReportTable> tables, Suppressor.Position p) {
      Cell cell = tables.get(p.table()).rows().get(p.row()).cells().get(p.column());
      if (cell.kind() == Cell.Kind.NOT_APPLICABLE) {
        return OptionalLong.of(0);
      }
      return cell.isSuppressed() ? OptionalLong.empty() : cell.unweightedCount();
    }

    private static void checkUnique(Set<String> ids, String id) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("two tables in the report have the id '" + id
            + "'; give each table its own id");
      }
    }
  }
}
