package org.leavingcare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.leavingcare.publish.SpreadsheetSafety;
import org.leavingcare.publish.SuppressionPolicy;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.duties.ComplianceItem;
import org.leavingcare.ssda903.CohortReport;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.ExpectedCohort;
import org.leavingcare.ssda903.IndicatorSettings;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.ReadReport;
import org.leavingcare.ssda903.Severity;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;
import org.leavingcare.time.LeapDayPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare cohort}: reads an SSDA903 return and reports the whole cohort (legal status,
 * duties, overdue reviews, the DfE care-leaver indicators and the expected-cohort check), see
 * docs/ssda903.md.
 */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Reads an SSDA903 return (CSV tables, recognised by their headers, or the XML form) and reports the",
      "whole cohort on a date: legal status by age, duties owed, overdue reviews, the DfE care-leaver",
      "indicators by age band and whether the OC3 table holds the young people it should.",
      "A directory holding year directories (2022-23, 2023-24, ...) gives the --year return plus every",
      "earlier year's Episodes for the full care history. Every published count is suppressed (1-4",
      "withheld, no percentage on a base under 10, secondary suppression). Read problems go to stderr;",
      "the exit code is 1 when rows were rejected."
    })
final class CohortCommand implements Callable<Integer> {

  private static final int ISSUES_SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "Reference date for legal status, duties and overdue reviews (yyyy-mm-dd).")
  String asOf;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Collection year of the return, by the year it ends (2024 or 2023-24); default: the year containing --as-of.")
  String year;

  @Parameters(arity = "1..*", paramLabel = "FILES_OR_DIR",
      description = "The return's files or directories (or a directory of year directories).")
  List<Path> inputs;

  @Option(names = "--earlier", paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Earlier years' returns: only their Episodes are read, for the full care history.")
  List<Path> earlier = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "md",
      description = "Output: md (default), html, json, csv or xlsx; several with commas when --out is a directory.")
  List<String> formats;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: standard output).")
  Path out;

  @Option(names = "--details", paramLabel = "FILE.csv",
      description = "Also write, for analysts only, the child ids of missing and unexpected OC3 rows and overdue reviews.")
  Path details;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
      description = "Smallest count published; 1 to N-1 are withheld (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--min-base", paramLabel = "N", defaultValue = "10",
      description = "Smallest base for a published percentage (default: ${DEFAULT-VALUE}).")
  int minBase;

  @Option(names = "--leap-day", paramLabel = "POLICY", defaultValue = "MARCH_1",
      description = "When a 29 February birthday falls in a common year: MARCH_1 (default) or FEB_28.")
  String leapDay;

  @Option(names = "--birthday-window", paramLabel = "BEFORE,AFTER", defaultValue = "3,1",
      description = "Months before and after the birthday that OC3 values describe (default: ${DEFAULT-VALUE}).")
  String window;

  @Override
  public Integer call() {
    LocalDate date = parseDate();
    CollectionYear y = parseYear(date);
    CohortReport.Settings settings = settings();
    List<ReportFormat> fmts = parseFormats();
    List<Path> current = new ArrayList<>();
    List<Path> history = new ArrayList<>(earlier);
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new UserFacingException("input not found: " + p + ". Give the 903 files or their directory.",
            ExitCodes.INPUT_UNUSABLE);
      }
      splitYears(p, y, current, history);
    }
    for (Path p : history) {
      if (!Files.exists(p)) {
        throw new UserFacingException("--earlier input not found: " + p + ".", ExitCodes.INPUT_UNUSABLE);
      }
    }
    Ssda903Return ret;
    CohortReport report;
    try (Progress progress = Progress.onTerminal("reading and assessing the 903 return")) {
      try {
        ret = Ssda903Reader.forYear(y).read(current, history);
      } catch (IllegalArgumentException e) { // a file given twice: the reader says which
        throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
      }
      progress.update(ret.childCount());
      if (ret.report().rowsAccepted() == 0) {
        printIssues(ret.report());
        throw new UserFacingException("no row of the return could be used; see the problems above.",
            ExitCodes.INPUT_UNUSABLE);
      }
      report = CohortReport.of(ret, date, settings, EnglandRules.standard());
    }
    writeReport(report, fmts);
    if (details != null) {
      writeDetails(report);
    }
    printIssues(ret.report());
    ExpectedCohort c = report.expectedCohort();
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "OC3 check: %d expected, %d missing, %d unexpected%s%n", c.expectedCount(),
        c.missing().size(), c.unexpected().size(), details == null && (!c.missing().isEmpty() || !c.unexpected().isEmpty())
            ? " (use --details FILE.csv to list them)" : "");
    err.flush();
    return ret.report().rowsRejected() > 0 || ret.report().rejectedFiles().size() > 0
        ? ExitCodes.SOME_INPUT_REJECTED : ExitCodes.OK;
  }

  /** A directory of year directories gives this year's as the return and earlier years' as history. */
  private static void splitYears(Path p, CollectionYear y, List<Path> current, List<Path> history) {
    if (!Files.isDirectory(p)) {
      current.add(p);
      return;
    }
    List<Path> years = new ArrayList<>();
    try (Stream<Path> s = Files.list(p)) {
      s.filter(Files::isDirectory).sorted().forEach(years::add);
    } catch (IOException e) {
      throw new UserFacingException("cannot list " + p + " (" + e.getClass().getSimpleName() + ").",
          ExitCodes.INPUT_UNUSABLE, e);
    }
    boolean found = false;
    for (Path d : years) {
      CollectionYear dy;
      try {
        dy = CollectionYear.parse(d.getFileName().toString());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (dy.equals(y)) {
        current.add(d);
        found = true;
      } else if (dy.compareTo(y) < 0) {
        history.add(d);
      }
    }
    if (!found) {
      current.add(p);
    }
  }

  private LocalDate parseDate() {
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--as-of must be a date written yyyy-mm-dd, for example 2024-03-31; was '" + asOf + "'");
    }
  }

  private CollectionYear parseYear(LocalDate date) {
    if (year == null) {
      return CollectionYear.containing(date);
    }
    try {
      return CollectionYear.parse(year);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--year: " + e.getMessage());
    }
  }

  private CohortReport.Settings settings() {
    LeapDayPolicy leap;
    try {
      leap = LeapDayPolicy.valueOf(leapDay.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--leap-day must be MARCH_1 or FEB_28, was " + leapDay);
    }
    String[] w = window.split(",");
    IndicatorSettings ind;
    try {
      ind = IndicatorSettings.defaults().withLeapDay(leap)
          .withWindow(Integer.parseInt(w[0].strip()), Integer.parseInt(w[w.length - 1].strip()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--birthday-window must be two month counts from 0 to 12, such as 3,1; was '" + window + "'");
    }
    SuppressionPolicy sp;
    try {
      sp = SuppressionPolicy.defaults().withMinimumCount(minCount).withMinimumBase(minBase);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return CohortReport.Settings.defaults().withSuppression(sp).withIndicators(ind);
  }

  private List<ReportFormat> parseFormats() {
    List<ReportFormat> out = new ArrayList<>();
    for (String f : formats) {
      try {
        out.add(ReportFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Unsupported --format '" + f + "': choose md, html, json, csv or xlsx.");
      }
    }
    return out;
  }

  private void writeReport(CohortReport report, List<ReportFormat> fmts) {
    if (out == null) {
      if (fmts.size() != 1 || fmts.get(0) == ReportFormat.XLSX) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Give --out for xlsx or for several formats; standard output takes one text format.");
      }
      PrintWriter w = spec.commandLine().getOut();
      w.print(new String(fmts.get(0).render(report.toReport()), StandardCharsets.UTF_8));
      w.flush();
      return;
    }
    List<Path> written = ReportFiles.write(report.toReport(), fmts, out, "cohort-report");
    PrintWriter err = spec.commandLine().getErr();
    written.forEach(p -> err.println("wrote " + p));
  }

  private void writeDetails(CohortReport report) {
    StringBuilder b = new StringBuilder("\uFEFFLIST,CHILD,AGE_OR_CATEGORY,REASON_OR_DEADLINE,DETAIL\r\n");
    for (ExpectedCohort.Finding f : report.expectedCohort().missing()) {
      line(b, "missing OC3 row", f.childId(), f.age().map(String::valueOf).orElse(""), f.reason().label(), f.detail());
    }
    for (ExpectedCohort.Finding f : report.expectedCohort().unexpected()) {
      line(b, "unexpected OC3 row", f.childId(), f.age().map(String::valueOf).orElse(""), f.reason().label(), f.detail());
    }
    for (ComplianceItem o : report.assessment().overdueReviews()) {
      line(b, "overdue review", o.personId(), o.category().name(), o.key().jsonName(), "due by " + o.due());
    }
    try {
      Path parent = details.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(details, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException("could not write --details " + details + " (" + e.getClass().getSimpleName()
          + "). Check that the directory is writable.", ExitCodes.INPUT_UNUSABLE, e);
    }
    spec.commandLine().getErr().println("wrote " + details + " (child ids: for analysts, not for publication)");
  }

  private static void line(StringBuilder b, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = SpreadsheetSafety.neutralise(cells[i]);
      b.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    b.append("\r\n");
  }

  private void printIssues(ReadReport r) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "Read %d rows from %d file(s): %d accepted, %d rejected; %d file(s) not read.%n",
        r.rowsRead(), r.tables().stream().map(t -> t.file()).distinct().count(), r.rowsAccepted(), r.rowsRejected(),
        r.rejectedFiles().size());
    List<ReadIssue> serious = r.issues().stream().filter(i -> i.severity() != Severity.NOTE)
        .sorted(java.util.Comparator.comparing(ReadIssue::severity).reversed()).toList();
    serious.stream().limit(ISSUES_SHOWN).forEach(i -> err.println("  " + i.describe()));
    long more = r.severityCounts().entrySet().stream().filter(e -> e.getKey() != Severity.NOTE)
        .mapToLong(java.util.Map.Entry::getValue).sum() - Math.min(ISSUES_SHOWN, serious.size());
    if (more > 0) {
      err.println("  ... and " + more + " more (counted by kind in the report's 'About the data').");
    }
    long notes = r.severityCounts().getOrDefault(Severity.NOTE, 0L);
    if (notes > 0) {
      err.println("  " + notes + " value(s) were normalised (lower case, spreadsheet numbers, date forms): see the report.");
    }
    err.flush();
  }
}
