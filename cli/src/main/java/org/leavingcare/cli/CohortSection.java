package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.ssda903.AgeBand;
import org.leavingcare.ssda903.BandIndicators;
import org.leavingcare.ssda903.CohortReport;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.IndicatorLine;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.Severity;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;

/**
 * The demo's cohort section: the bundled synthetic 903 return for 2023-24 (with the earlier years'
 * Episodes), reported on 31 March 2024. See {@code demo/README.md} beside the data.
 */
final class CohortSection implements DemoSection {

  private static final String DIR = "demo/903/";
  private static final String YEAR = "2023-24";
  private static final List<String> EARLIER = List.of("2018-19", "2019-20", "2020-21", "2021-22", "2022-23");
  private static final List<String> TABLES = List.of("header.csv", "episodes.csv", "reviews.csv", "oc3.csv", "uasc.csv");
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  @Override
  public String title() {
    return "SSDA903 cohort (synthetic return, 2023-24)";
  }

  @Override
  public void run(PrintWriter out, Path outputDir) throws IOException {
    List<Ssda903Reader.Input> current = new ArrayList<>();
    for (String t : TABLES) {
      current.add(resource(YEAR + "/" + t));
    }
    List<Ssda903Reader.Input> earlier = new ArrayList<>();
    for (String y : EARLIER) {
      earlier.add(resource(y + "/episodes.csv"));
    }
    Ssda903Return ret = Ssda903Reader.forYear(CollectionYear.parse(YEAR)).readInputs(current, earlier);
    CohortReport report = CohortReport.of(ret, AS_OF, CohortReport.Settings.defaults(), EnglandRules.standard());

    out.printf(Locale.ROOT, "Read %d rows (%d rejected) for %d children; the 2023-24 return with %d earlier years' episodes.%n",
        ret.report().rowsRead(), ret.report().rowsRejected(), ret.childCount(), EARLIER.size());
    ret.report().issues().stream().filter(i -> i.severity() != Severity.WARNING && i.kind() != IssueKind.TABLE_NOT_USED)
        .forEach(i -> out.println("  " + shortDescribe(i)));
    var a = report.assessment();
    out.printf(Locale.ROOT, "On %s: %d looked after (%d eligible), %d relevant, %d former relevant, %d qualifying.%n",
        AS_OF, a.count(Category.LOOKED_AFTER) + a.count(Category.LOOKED_AFTER_SHORT_BREAKS) + a.count(Category.ELIGIBLE),
        a.count(Category.ELIGIBLE), a.count(Category.RELEVANT),
        a.count(Category.FORMER_RELEVANT) + a.count(Category.FORMER_RELEVANT_21_25)
            + a.count(Category.FORMER_RELEVANT_23CA) + a.count(Category.FORMER_RELEVANT_23CZB),
        a.count(Category.QUALIFYING) + a.count(Category.QUALIFYING_SGO));
    out.printf(Locale.ROOT, "Looked-after reviews overdue: %d; due within 28 days: %d.%n",
        a.overdueReviews().size(), a.reviewsDueWithin28Days());
    out.println("DfE care-leaver indicators (OC3 as returned):");
    for (BandIndicators b : report.indicators().bands()) {
      out.printf(Locale.ROOT, "  aged %-8s %3d counted: in touch %s, EET %s, NEET %s, suitable accommodation %s%n",
          b.band().label(), b.denominator(), pct(b, IndicatorLine.Group.IN_TOUCH), pct(b, IndicatorLine.Group.EET),
          pct(b, IndicatorLine.Group.NEET), pct(b, IndicatorLine.Group.SUITABLE));
    }
    var c = report.expectedCohort();
    out.printf(Locale.ROOT, "OC3 check: %d expected, %d returned as expected, %d missing, %d unexpected.%n",
        c.expectedCount(), c.matched(), c.missing().size(), c.unexpected().size());
    c.missing().forEach(f -> out.println("  missing:    " + f.childId() + " (age " + f.age().orElse(0) + ": "
        + f.reason().label() + ")"));
    c.unexpected().forEach(f -> out.println("  unexpected: " + f.childId() + " (" + f.reason().label()
        + (f.detail().isEmpty() ? "" : "; " + f.detail()) + ")"));
    Path dir = outputDir.resolve("cohort");
    List<Path> written = ReportFiles.write(report.toReport(), List.of(ReportFormat.HTML, ReportFormat.MD, ReportFormat.JSON),
        dir, "cohort-report");
    out.println("Committee report (suppressed): " + written.get(0) + " (also .md, .json)");
    if (report.indicators().band(AgeBand.AGE_19_TO_21).isEmpty()) {
      throw new IllegalStateException("the demo data has no 19-21 band: the bundled files are damaged");
    }
  }

  private static String pct(BandIndicators b, IndicatorLine.Group g) {
    return b.proportion(g).isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * b.proportion(g).getAsDouble()) : "-";
  }

  private static String shortDescribe(ReadIssue i) {
    String file = i.file().substring(i.file().lastIndexOf('/') + 1);
    return file + " row " + i.row() + (i.column().isEmpty() ? "" : ", " + i.column())
        + (i.value().isEmpty() ? "" : " '" + i.value() + "'") + ": " + i.severity().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + " (" + i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static Ssda903Reader.Input resource(String path) {
    try (InputStream in = CohortSection.class.getResourceAsStream(DIR + path)) {
      if (in == null) {
        throw new IllegalStateException("demo file " + DIR + path + " is missing from the CLI jar: this is a build bug");
      }
      return Ssda903Reader.Input.of(path, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
