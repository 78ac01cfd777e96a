package org.leavingcare.publish;

import java.util.List;
import java.util.OptionalDouble;

/** A small report using every block and chart type, with figures that need suppression. */
final class SampleReports {

  private SampleReports() {}

  static Report committee() {
    ReportTable likert = ReportTable.builder("q1-by-group", "The Local Offer is easy to find")
        .unit("percent of respondents answering, weighted").rowHeading("Group")
        .columns("Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree", "Don't know")
        .rowsAddUp()
        .row("Care-experienced", Cell.percent(10, 6, 60), Cell.percent(15, 9, 60), Cell.percent(20, 12, 60),
            Cell.percent(35, 21, 60), Cell.percent(15, 9, 60), Cell.percent(5, 3, 60))
        .row("Professionals", Cell.percent(5, 2, 40), Cell.percent(12.5, 5, 40), Cell.percent(25, 10, 40),
            Cell.percent(37.5, 15, 40), Cell.percent(20, 8, 40), Cell.percent(0, 0, 40))
        .footnote("Percentages of those who answered; weighted so each care-experienced answer counts twice.")
        .build();
    ReportTable netAgreement = ReportTable.builder("q1-net", "Net agreement, weighted and unweighted")
        .unit("percentage points (agree minus disagree), 95% confidence interval").rowHeading("Estimate")
        .columns("Net agreement")
        .row("Weighted", Cell.estimate(27.4, 1, 100).withInterval(12.1, 42.7))
        .row("Unweighted", Cell.estimate(-3.2, 1, 100).withInterval(-18.0, 11.6))
        .row("Small group", Cell.estimate(40, 1, 7))
        .build();
    ReportTable sensitivity = ReportTable.builder("q1-sensitivity", "Share agreeing as the weight changes")
        .unit("percent agreeing, weighted, 95% confidence interval").rowHeading("Weight k")
        .columns("Agree")
        .row("1", Cell.percent(52.6, 10, 19).withInterval(30.1, 74.0))
        .row("2", Cell.percent(58.3, 10, 19).withInterval(35.2, 78.1))
        .row("5", Cell.percent(66.7, 10, 19).withInterval(41.0, 85.2))
        .build();
    ReportTable ageBands = ReportTable.builder("indicators-by-age", "Care leavers in touch and in education, employment or training")
        .unit("percent of care leavers in the age band").rowHeading("Indicator")
        .columns("Aged 17-18", "Aged 19-21")
        .row("In touch", Cell.percent(91, 91, 100), Cell.percent(88, 132, 150))
        .row("In education, employment or training", Cell.percent(64, 64, 100), Cell.percent(57, 85, 150))
        .build();
    ReportTable counts = ReportTable.builder("respondents", "Who responded")
        .unit("respondents (unweighted)").rowHeading("Capacity")
        .columns("Online", "Paper").totalColumn("Total")
        .row("Care leaver 16-25", Cell.count(41), Cell.count(3), Cell.count(44))
        .row("Young person in care", Cell.count(12), Cell.count(9), Cell.count(21))
        .row("Foster carer", Cell.count(0), Cell.count(7), Cell.count(7))
        .totalRow("All", Cell.count(53), Cell.count(19), Cell.count(72))
        .build();
    ReportTable themes = ReportTable.builder("themes", "What people said about housing")
        .unit("theme and description").rowHeading("Theme")
        .columns("Description", "Mentions")
        .row("=HYPERLINK(\"http://evil.example\")", Cell.text("@SUM(1+1) <script>alert(1)</script> | pipe"),
            Cell.count(12))
        .row("Housing costs", Cell.text("Rent, deposits & bills [see](http://x.example)"), Cell.count(3))
        .build();
    return Report.builder("Local Offer consultation 2026: summary")
        .detail("Consultation", "1 June to 31 July 2026 (synthetic)")
        .detail("Weighting", "care-experienced responses count twice (k = 2)")
        .section(Section.builder("Finding the Local Offer")
            .paragraph("Most care-experienced respondents agreed that the Local Offer is easy to find.")
            .add(Chart.divergingStacked("More respondents agreed than disagreed in both groups.", likert, 2, true, 2))
            .add(Chart.bars("Weighting by care experience turns a slightly negative view positive.", netAgreement))
            .add(Chart.line("Agreement rises as care-experienced answers count for more; it stays above 50%.",
                sensitivity, List.of(1.0, 2.0, 5.0), "weight given to care-experienced answers (k)",
                OptionalDouble.of(50)))
            .build())
        .section(Section.builder("Care leavers by age")
            .add(Chart.bars("Younger care leavers are more often in touch and in education or work.", ageBands))
            .add(counts)
            .build())
        .section(Section.builder("Themes")
            .add(themes)
            .add(new Quote("I didn't know I could ask for help with a deposit until I was 22.", "care leaver, 21-24"))
            .build())
        .build();
  }
}
