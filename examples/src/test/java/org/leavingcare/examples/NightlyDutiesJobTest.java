package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NightlyDutiesJobTest {

  private static String runOn(LocalDate today) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NightlyDutiesJob.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsWhatIsDueInTheNext28DaysWithTheProvisionBehindEachDate() {
    assertThat(runOn(LocalDate.of(2026, 1, 26))).isEqualToNormalizingNewlines(
        "Due by 2026-02-23 for 6 young people: 7 items, 1 overdue\n"
            + "OVERDUE  2025-11-30  YP-001  ELIGIBLE        needsAssessmentBy        Care Planning, Placement and Case Review (England) Regulations 2010 reg. 42\n"
            + "         2026-01-27  YP-004  LOOKED_AFTER    firstVisitBy             Care Planning, Placement and Case Review (England) Regulations 2010 reg. 28\n"
            + "         2026-01-29  YP-005  RELEVANT        paVisitBy                Care Leavers (England) Regulations 2010 reg. 8(2)\n"
            + "         2026-01-30  YP-003  FORMER_RELEVANT nextPathwayPlanReviewBy  Care Leavers (England) Regulations 2010 reg. 7\n"
            + "         2026-02-16  YP-001  ELIGIBLE        nextVisitBy              Care Planning, Placement and Case Review (England) Regulations 2010 reg. 28\n"
            + "         2026-02-17  YP-004  LOOKED_AFTER    firstReviewBy            Care Planning, Placement and Case Review (England) Regulations 2010 reg. 33\n"
            + "         2026-02-20  YP-002  RELEVANT        needsAssessmentBy        Care Leavers (England) Regulations 2010 reg. 5(2)\n");
  }

  @Test
  void aWeekLaterTheFirstVisitIsOverdueToo() {
    assertThat(runOn(LocalDate.of(2026, 2, 2))).startsWith("Due by 2026-03-02 for 6 young people:")
        .contains("OVERDUE  2026-01-27  YP-004  LOOKED_AFTER    firstVisitBy");
  }
}
