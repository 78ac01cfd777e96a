package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.CellRef;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.HtmlRenderer;
import org.leavingcare.publish.JsonRenderer;
import org.leavingcare.publish.MarkdownRenderer;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;
import org.leavingcare.publish.SuppressionPolicy;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import org.leavingcare.ssda903.internal.ChildRows;

/**
 * The cohort report of one 903 return on a reference date, for a committee paper: legal status by
 * age, duties owed, overdue reviews, the DfE care-leaver indicators (as returned and over the
 * expected cohort), the expected-cohort check and what reading the files found. Built once from a
 * return ({@link #of}); rendered through the shared publishing model ({@link #toReport()}), which
 * applies small-number suppression (primary and secondary) to every published count.
 *
 * <p>The parts ({@link #assessment()}, {@link #indicators()}, {@link #expectedCohort()}, ...) keep
 * the unsuppressed figures and the child-level lists (missing and unexpected OC3 rows, overdue
 * reviews) for analysts; they are not for publication. Immutable and thread-safe.
 */
public final class CohortReport {

  /**
   * How the report is made.
   *
   * @param indicators ages, leap day and birthday window
   * @param lawPolicy the law engine's switches for the cohort's legal status (the expected-cohort
   *     check always uses the {@code DFE_903_COMPATIBLE} profile with the same leap-day policy)
   * @param suppression the disclosure-control policy applied to every published count
   */
  public record Settings(IndicatorSettings indicators, Policy lawPolicy, SuppressionPolicy suppression) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Settings {
      requireNonNull(indicators, "indicators");
      requireNonNull(lawPolicy, "lawPolicy");
      requireNonNull(suppression, "suppression");
    }

    /**
     * The defaults: {@link IndicatorSettings#defaults()}, the law's defaults, and
     * {@link SuppressionPolicy#defaults()} (counts 1-4 withheld, no percentage on a base under 10,
     * secondary suppression).
     *
     * @return the default settings
     */
    public static Settings defaults() {
      return new Settings(IndicatorSettings.defaults(), Policy.defaults(), SuppressionPolicy.defaults());
    }

    /**
     * The same settings with another suppression policy.
     *
     * @param policy the policy
     * @return new settings
     */
    public Settings withSuppression(SuppressionPolicy policy) {
      return new Settings(indicators, lawPolicy, policy);
    }

    /**
     * The same settings with other indicator settings.
     *
     * @param settings ages, leap day and birthday window
     * @return new settings
     */
    public Settings withIndicators(IndicatorSettings settings) {
      return new Settings(settings, lawPolicy, suppression);
    }

    /**
     * The same settings with another law policy for the cohort's legal status.
     *
     * @param policy the law engine's switches
     * @return new settings
     */
    public Settings withLawPolicy(Policy policy) {
      return new Settings(indicators, policy, suppression);
    }
  }

  private static final String HEADLINE = "indicators-headline";
  private static final String EXPECTED = "oc3-expected";
  private static final String UNEXPECTED = "oc3-unexpected";
  private static final String EXPECTED_INDICATORS = "indicators-expected";
  private static final String PEOPLE = "Young people";
  private static final String RETURNED_NOT_EXPECTED = "Returned, not expected";
  private static final String MISSING = "Expected, no OC3 row returned";
  private static final String NO_ROW = "No OC3 row returned";
  /** The headline columns and the group each one counts. */
  private static final Map<String, IndicatorLine.Group> HEADLINE_GROUPS = headlineGroups();

  private static Map<String, IndicatorLine.Group> headlineGroups() {
    Map<String, IndicatorLine.Group> m = new LinkedHashMap<>();
    m.put("In touch", IndicatorLine.Group.IN_TOUCH);
    m.put("In education, employment or training", IndicatorLine.Group.EET);
    m.put("NEET", IndicatorLine.Group.NEET);
    m.put("Suitable accommodation", IndicatorLine.Group.SUITABLE);
    return Collections.unmodifiableMap(m);
  }

  private final CollectionYear year;
  private final LocalDate asOf;
  private final Settings settings;
  private final ReadReport read;
  private final CohortAssessment assessment;
  private final CareLeaverIndicators indicators;
  private final CareLeaverIndicators expectedIndicators;
  private final ExpectedCohort expectedCohort;

  private CohortReport(CollectionYear year, LocalDate asOf, Settings settings, ReadReport read,
      CohortAssessment assessment, CareLeaverIndicators indicators, CareLeaverIndicators expectedIndicators,
      ExpectedCohort expectedCohort) {
    this.year = year;
    this.asOf = asOf;
    this.settings = settings;
    this.read = read;
    this.assessment = assessment;
    this.indicators = indicators;
    this.expectedIndicators = expectedIndicators;
    this.expectedCohort = expectedCohort;
  }

  /**
   * Works out everything the report shows.
   *
   * @param ret the return as read (with earlier years' episodes for the full history)
   * @param asOf the reference date for legal status, duties and overdue reviews
   * @param settings how the report is made
   * @param rules the law engine
   * @return the report
   */
  public static CohortReport of(Ssda903Return ret, LocalDate asOf, Settings settings, Jurisdiction rules) {
    requireNonNull(ret, "ret");
    requireNonNull(asOf, "asOf");
    requireNonNull(settings, "settings");
    requireNonNull(rules, "rules");
    // One pass: each child is built once and counted by every part, then dropped. The same figures
    // as CohortAssessment.of, CareLeaverIndicators.asReturned, ExpectedCohort.check and
    // CareLeaverIndicators.forExpectedCohort called one after another.
    IndicatorSettings ind = settings.indicators();
    Policy expectedPolicy = ExpectedCohort.policy(ind);
    CollectionYear y = ret.year();
    // Each child's rows are read from the store's arrays and its history converted once, for the
    // reference date and (17 to 21) the birthday.
    int day = (int) asOf.toEpochDay();
    Pass p = ret.pass(Pass::new, acc -> acc.rows, (acc, c) -> {
      acc.assessment.add(c, asOf, day, settings.lawPolicy(), rules);
      int age = ind.age(c, y);
      Optional<Oc3Row> oc3 = ret.oc3(c);
      if (oc3.isPresent()) {
        acc.returned.add(c, oc3, age);
      }
      if (acc.expected.judge(c, age, y, ind, rules, expectedPolicy)) {
        acc.expectedIndicators.add(c, oc3, age);
      }
    }, Pass::merge);
    return new CohortReport(y, asOf, settings, ret.report(), new CohortAssessment(asOf, settings.lawPolicy(), p.assessment),
        p.returned.result(y, CareLeaverIndicators.Population.AS_RETURNED, ind),
        p.expectedIndicators.result(y, CareLeaverIndicators.Population.EXPECTED_COHORT, ind), p.expected.result(y));
  }

  /** The parts' totals for one thread. */
  private static final class Pass {
    final ChildRows rows = new ChildRows();
    final CohortAssessment.Acc assessment = new CohortAssessment.Acc();
    final CareLeaverIndicators.Tally returned = new CareLeaverIndicators.Tally();
    final ExpectedCohort.Tally expected = new ExpectedCohort.Tally();
    final CareLeaverIndicators.Tally expectedIndicators = new CareLeaverIndicators.Tally();

    Pass merge(Pass o) {
      assessment.merge(o.assessment);
      returned.merge(o.returned);
      expected.merge(o.expected);
      expectedIndicators.merge(o.expectedIndicators);
      return this;
    }
  }

  /** @return the collection year */
  public CollectionYear year() {
    return year;
  }

  /** @return the reference date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the settings used */
  public Settings settings() {
    return settings;
  }

  /** @return what reading the files found */
  public ReadReport read() {
    return read;
  }

  /** @return every child's legal status, duties and overdue reviews on the reference date */
  public CohortAssessment assessment() {
    return assessment;
  }

  /** @return the indicators over the OC3 rows as returned */
  public CareLeaverIndicators indicators() {
    return indicators;
  }

  /** @return the indicators over the expected cohort */
  public CareLeaverIndicators expectedCohortIndicators() {
    return expectedIndicators;
  }

  /** @return the expected-cohort check */
  public ExpectedCohort expectedCohort() {
    return expectedCohort;
  }

  /** @return the report as self-contained HTML (inline styles and SVG charts), suppressed */
  public String toHtml() {
    return HtmlRenderer.withDefaults().render(toReport());
  }

  /** @return the report as Markdown, suppressed */
  public String toMarkdown() {
    return MarkdownRenderer.withDefaults().render(toReport());
  }

  /** @return the report as JSON in the publishing model's documented format, suppressed */
  public String toJson() {
    return JsonRenderer.withDefaults().render(toReport());
  }

  /**
   * The report in the shared publishing model, with suppression applied to every table.
   *
   * @return the report
   */
  public Report toReport() {
    Report.Builder r = Report.builder("Children looked after and care leavers: cohort report " + year)
        .policy(settings.suppression())
        .detail("Collection year", year + " (" + year.start() + " to " + year.end() + ")")
        .detail("Reference date for legal status", asOf.toString())
        .detail("Source", "SSDA903 return: " + read.rowsAccepted() + " rows accepted of " + read.rowsRead() + " read")
        .detail("Law", "Children Act 1989 as amended; categories and duties by the leavingcare law engine")
        .detail("Leap-day birthdays", settings.indicators().leapDay() == org.leavingcare.time.LeapDayPolicy.MARCH_1
            ? "29 February birthdays fall on 1 March in common years" : "29 February birthdays fall on 28 February in common years");
    r.section(statusSection());
    r.section(reviewSection());
    r.section(indicatorSection());
    r.section(expectedSection());
    r.section(dataSection());
    return r.build();
  }

  private static String bandColumn(BandIndicators b) {
    return "Aged " + b.band().label();
  }

  private static String measureTableId(IndicatorLine.Measure m) {
    return "indicators-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String lineLabel(IndicatorLine l) {
    return l.label() + (l.codes().isEmpty() ? "" : " (" + String.join(", ", l.codes()) + ")");
  }

  private Section statusSection() {
    List<String> ages = new ArrayList<>();
    for (CohortAssessment.AgeGroup g : CohortAssessment.AgeGroup.values()) {
      ages.add(g.label());
    }
    ReportTable.Builder t = ReportTable.builder("legal-status", "Legal status on " + asOf + ", by age")
        .unit("children and young people").rowHeading("Legal status").columns(ages).totalColumn("Total");
    long[] colTotals = new long[ages.size() + 1];
    for (Category c : Category.values()) {
      List<Cell> cells = new ArrayList<>();
      long total = 0;
      for (CohortAssessment.AgeGroup g : CohortAssessment.AgeGroup.values()) {
        long n = assessment.count(c, g);
        cells.add(Cell.count(n));
        colTotals[g.ordinal()] += n;
        total += n;
      }
      cells.add(Cell.count(total));
      colTotals[ages.size()] += total;
      t.row(categoryLabel(c), cells);
    }
    List<Cell> totals = new ArrayList<>();
    for (long v : colTotals) {
      totals.add(Cell.count(v));
    }
    t.totalRow("All", totals)
        .footnote("Each child's care history is built from every Episodes row read, including earlier years'."
            + " Agreed short breaks (legal status V3) are checked against CPPCR 2010 reg. 48 (17 days, 75 days in"
            + " 12 months); V4 agreements are not counted as days looked after.")
        .footnote("Age on the reference date. Children not assessed: " + describe(assessment.notAssessed()) + ".");
    ReportTable.Builder d = ReportTable.builder("duties", "Duties owed on " + asOf)
        .unit("children and young people owed the duty").rowHeading("Duty").columns("Children");
    Map<DutyCode, Long> duties = new EnumMap<>(DutyCode.class); // in DutyCode order; may be empty
    duties.putAll(assessment.duties());
    for (Map.Entry<DutyCode, Long> e : duties.entrySet()) {
      d.row(capitalise(e.getKey().description()) + " (" + e.getKey().provision().cite() + ")",
          Cell.count(e.getValue()));
    }
    d.footnote("A child may be owed several duties, so the rows do not add up to the cohort.");
    return Section.builder("Legal status and duties")
        .paragraph("Every child and young person in the return, assessed by the law engine on " + asOf
            + " with the council's chosen readings of the law (policy: " + settings.lawPolicy() + ").")
        .add(t.build()).add(d.build()).build();
  }

  private Section reviewSection() {
    Map<DeadlineKey, Long> overdue = new EnumMap<>(DeadlineKey.class);
    for (org.leavingcare.duties.ComplianceItem o : assessment.overdueReviews()) {
      overdue.merge(o.key(), 1L, Long::sum);
    }
    ReportTable t = ReportTable.builder("reviews", "Looked-after reviews on " + asOf)
        .unit("children").rowHeading("Review").columns("Children")
        .row("First review overdue", Cell.count(overdue.getOrDefault(DeadlineKey.FIRST_REVIEW_BY, 0L)))
        .row("Second review overdue", Cell.count(overdue.getOrDefault(DeadlineKey.SECOND_REVIEW_BY, 0L)))
        .row("Later review overdue", Cell.count(overdue.getOrDefault(DeadlineKey.NEXT_REVIEW_BY, 0L)))
        .row("Review due within 28 days", Cell.count(assessment.reviewsDueWithin28Days()))
        .footnote("CPPCR 2010 reg. 33: first review within 20 working days of becoming looked after, the second"
            + " within 3 months, then every 6 months (reg. 48 limits for short breaks), judged from the Reviews table.")
        .footnote("The 903 holds no visits, pathway plans, needs assessments or personal advisers, so those"
            + " deadlines are not judged here.")
        .build();
    return Section.builder("Reviews").add(t).build();
  }

  private Section indicatorSection() {
    List<BandIndicators> bands = indicators.bands();
    List<String> cols = new ArrayList<>();
    for (BandIndicators b : bands) {
      cols.add(bandColumn(b));
    }
    Section.Builder s = Section.builder("Care leavers: DfE indicators")
        .paragraph("From the OC3 table as returned: young people whose 17th to 21st birthday (22nd to 25th where"
            + " returned) falls in " + year + ", as the DfE publishes them. Values describe the situation around the"
            + " birthday: from " + settings.indicators().windowMonthsBefore() + " months before to "
            + settings.indicators().windowMonthsAfter() + " month(s) after it.");
    ReportTable.Builder headline = ReportTable.builder(HEADLINE, "Headline indicators by age")
        .unit("percent of care leavers counted in the age band").rowHeading("Age")
        .columns(List.copyOf(HEADLINE_GROUPS.keySet()));
    for (BandIndicators b : bands) {
      List<Cell> cells = new ArrayList<>();
      for (IndicatorLine.Group g : HEADLINE_GROUPS.values()) {
        cells.add(percent(b.count(g), b.denominator()));
      }
      headline.row(b.band().label(), cells);
    }
    ReportTable headlineTable = headline.build();
    s.add(Chart.bars("Share of care leavers in touch, in education, employment or training, NEET and in"
        + " suitable accommodation, by age band.", headlineTable));
    // Each headline figure is the sum of its group's lines in the measure's own table: suppression
    // must protect them together, or a figure withheld there could be read off (or subtracted from) here.
    for (BandIndicators b : bands) {
      for (Map.Entry<String, IndicatorLine.Group> e : HEADLINE_GROUPS.entrySet()) {
        List<CellRef> parts = new ArrayList<>();
        for (IndicatorLine l : IndicatorLine.values()) {
          if (l.group() == e.getValue()) {
            parts.add(CellRef.of(measureTableId(l.measure()), lineLabel(l), bandColumn(b)));
          }
        }
        s.addsUp(CellRef.of(HEADLINE, b.band().label(), e.getKey()), parts);
      }
    }
    ReportTable.Builder counted = ReportTable.builder("indicators-base", "Care leavers counted")
        .unit("young people").rowHeading("").columns(cols).row("Counted (denominator)", countCells(bands));
    counted.footnote("Left out of the denominators (DfE definitions): " + describeExclusions(indicators.excluded()) + ".");
    s.add(counted.build());
    for (IndicatorLine.Measure m : IndicatorLine.Measure.values()) {
      ReportTable.Builder t = ReportTable.builder(measureTableId(m), measureTitle(m)).unit("percent of care leavers counted in the age band").rowHeading(measureTitle(m))
          .columns(cols).columnsAddUp();
      for (IndicatorLine l : IndicatorLine.values()) {
        if (l.measure() == m && l.group() != IndicatorLine.Group.NO_ROW) {
          List<Cell> cells = new ArrayList<>();
          for (BandIndicators b : bands) {
            cells.add(percent(b.count(l), b.denominator()));
          }
          t.row(lineLabel(l), cells);
        }
      }
      if (m == IndicatorLine.Measure.ACCOMMODATION) {
        t.footnote("Suitability is the second character of ACCOM: 1 suitable, 2 unsuitable; 0 is no information.");
      }
      s.add(t.build());
    }
    return s.build();
  }

  private Section expectedSection() {
    Map<ExpectedCohort.Reason, Long> unexpected = new EnumMap<>(ExpectedCohort.Reason.class);
    for (ExpectedCohort.Finding f : expectedCohort.unexpected()) {
      unexpected.merge(f.reason(), 1L, Long::sum);
    }
    ReportTable.Builder check = ReportTable.builder(EXPECTED, "OC3 rows expected and returned")
        .unit("young people").rowHeading("").columns(PEOPLE)
        .row("Expected and returned", Cell.count(expectedCohort.matched()))
        .row(MISSING, Cell.count(expectedCohort.missing().size()))
        .row(RETURNED_NOT_EXPECTED, Cell.count(expectedCohort.unexpected().size()))
        .footnote("Expected: the 17th to 21st birthday in the year; a relevant (17) or former relevant (18-21) child"
            + " on that birthday by the law engine over the whole care history (DFE_903_COMPATIBLE: at least one day"
            + " looked after after 16); not looked after on or after the 17th/18th birthday in the year; not died,"
            + " adopted or transferred.");
    ReportTable.Builder why = ReportTable.builder(UNEXPECTED, "Why returned rows were not expected")
        .unit("young people").rowHeading("Reason").columns(PEOPLE);
    for (ExpectedCohort.Reason reason : ExpectedCohort.Reason.values()) {
      if (!reason.expected()) {
        why.row(reason.label(), Cell.count(unexpected.getOrDefault(reason, 0L)));
      }
    }
    List<BandIndicators> bands = expectedIndicators.bands();
    List<String> cols = new ArrayList<>();
    for (BandIndicators b : bands) {
      cols.add(bandColumn(b));
    }
    ReportTable.Builder exp = ReportTable.builder(EXPECTED_INDICATORS, "Headline indicators over the expected cohort")
        .unit("percent of the expected cohort in the age band").rowHeading("Indicator").columns(cols)
        .row("In touch", groupCells(bands, IndicatorLine.Group.IN_TOUCH))
        .row("In education, employment or training", groupCells(bands, IndicatorLine.Group.EET))
        .row("Suitable accommodation", groupCells(bands, IndicatorLine.Group.SUITABLE))
        .row(NO_ROW, groupCells(bands, IndicatorLine.Group.NO_ROW))
        .footnote("The DfE figures are those over the rows as returned (previous section); these differ where"
            + " rows are missing or unexpected.");
    Section.Builder s = Section.builder("Is the OC3 table complete?").add(check.build()).add(why.build())
        .add(exp.build());
    List<CellRef> reasons = new ArrayList<>();
    for (ExpectedCohort.Reason reason : ExpectedCohort.Reason.values()) {
      if (!reason.expected()) {
        reasons.add(CellRef.of(UNEXPECTED, reason.label(), PEOPLE));
      }
    }
    s.addsUp(CellRef.of(EXPECTED, RETURNED_NOT_EXPECTED, PEOPLE), reasons);
    // An expected young person without a row who is left out of the denominators (an unpublished
    // count) breaks this sum; it is declared only when it holds, as only then can a reader add it up.
    long noRow = bands.stream().mapToLong(b -> b.count(IndicatorLine.Group.NO_ROW)).sum();
    if (noRow == expectedCohort.missing().size() && !bands.isEmpty()) {
      List<CellRef> perBand = new ArrayList<>();
      for (BandIndicators b : bands) {
        perBand.add(CellRef.of(EXPECTED_INDICATORS, NO_ROW, bandColumn(b)));
      }
      s.addsUp(CellRef.of(EXPECTED, MISSING, PEOPLE), perBand);
    }
    return s.build();
  }

  private Section dataSection() {
    ReportTable.Builder t = ReportTable.builder("files-read", "Rows read from each file")
        .unit("rows").rowHeading("File (table)").columns("Read", "Accepted", "Rejected");
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (TableRead tr : read.tables()) {
      String label = fileName(tr.file()) + " (" + tr.table() + ")";
      for (int n = 2; !labels.add(label); n++) {
        label = fileName(tr.file()) + " (" + tr.table() + ", " + n + ")";
      }
      t.row(label, Cell.count(tr.read()), Cell.count(tr.accepted()), Cell.count(tr.rejected()));
    }
    if (!read.rejectedFiles().isEmpty()) {
      t.footnote("Files not read at all: " + String.join(", ", read.rejectedFiles().stream().map(CohortReport::fileName)
          .toList()) + ".");
    }
    ReportTable.Builder k = ReportTable.builder("issues", "Issues found while reading")
        .unit("issues").rowHeading("Issue").columns("Issues");
    for (IssueKind kind : IssueKind.values()) {
      Long n = read.issueCounts().get(kind);
      if (n != null) {
        k.row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), Cell.count(n));
      }
    }
    k.footnote("Each issue names the file, row, column, value and reason in the analyst's read report; values"
        + " that identify a person (dates of birth, UPN, postcodes) are never shown.");
    return Section.builder("About the data").add(t.build()).add(k.build()).build();
  }

  /** The file's name with its directory (which often names the year), without the rest of the path. */
  private static String fileName(String path) {
    String p = path.replace('\\', '/');
    int last = p.lastIndexOf('/');
    int before = last <= 0 ? -1 : p.lastIndexOf('/', last - 1);
    return p.substring(before + 1);
  }

  private static List<Cell> countCells(List<BandIndicators> bands) {
    List<Cell> cells = new ArrayList<>();
    for (BandIndicators b : bands) {
      cells.add(Cell.count(b.denominator()));
    }
    return cells;
  }

  private static List<Cell> groupCells(List<BandIndicators> bands, IndicatorLine.Group g) {
    List<Cell> cells = new ArrayList<>();
    for (BandIndicators b : bands) {
      cells.add(percent(b.count(g), b.denominator()));
    }
    return cells;
  }

  private static Cell percent(long n, long base) {
    return base == 0 ? Cell.notApplicable() : Cell.percent(100.0 * n / base, n, base);
  }

  private static String measureTitle(IndicatorLine.Measure m) {
    switch (m) {
      case IN_TOUCH:
        return "Whether the council is in touch";
      case ACTIVITY:
        return "Main activity";
      default:
        return "Accommodation";
    }
  }

  private static String describe(Map<CohortAssessment.NotAssessed, Long> notAssessed) {
    if (notAssessed.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (CohortAssessment.NotAssessed n : CohortAssessment.NotAssessed.values()) {
      if (notAssessed.containsKey(n)) {
        parts.add(n.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (see the read report)");
      }
    }
    return String.join("; ", parts);
  }

  private static String describeExclusions(Map<Exclusion, Long> excluded) {
    List<String> parts = new ArrayList<>();
    for (Exclusion e : Exclusion.values()) {
      if (excluded.containsKey(e)) {
        parts.add(e.label());
      }
    }
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A reader's label for a legal category.
   *
   * @param c the category
   * @return the label, for example "Former relevant child (to 21, or extended)"
   */
  public static String categoryLabel(Category c) {
    switch (c) {
      case LOOKED_AFTER:
        return "Looked after";
      case LOOKED_AFTER_SHORT_BREAKS:
        return "Looked after: short breaks only";
      case ELIGIBLE:
        return "Eligible child";
      case RELEVANT:
        return "Relevant child";
      case FORMER_RELEVANT:
        return "Former relevant child (to 21, or extended)";
      case FORMER_RELEVANT_21_25:
        return "Former relevant, 21 to 24";
      case FORMER_RELEVANT_23CZB:
        return "Former relevant, 21 to 24, support requested (s.23CZB)";
      case FORMER_RELEVANT_23CA:
        return "Former relevant, returning to education (s.23CA)";
      case QUALIFYING:
        return "Qualifying for advice and assistance (s.24)";
      case QUALIFYING_SGO:
        return "Qualifying: special guardianship (s.24(1A))";
      default:
        return "No leaving-care status";
    }
  }
}
