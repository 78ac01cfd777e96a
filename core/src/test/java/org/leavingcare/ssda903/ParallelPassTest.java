package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.rules.EnglandRules;

/**
 * Work on a return of thousands of children is cut into many chunks and ranges shared by the
 * threads: what is read and reported must be what one thread gives, whatever the thread count.
 */
class ParallelPassTest {

  private static final int CHILDREN = 5_000; // several of the pass's chunks, many of the finishing checks' ranges

  private static CohortFixture fixture() {
    CohortFixture f = new CohortFixture();
    for (int i = 0; i < CHILDREN; i++) {
      String id = "P" + i;
      String dob = LocalDate.of(2003, 1, 1).plusDays(i % 3_000).toString();
      if (i % 7 != 0) { // every seventh child has no Header row: a warning from the finishing checks
        f.child(id, dob);
      }
      f.episode(id, "2019-02-01", i % 3 == 0 ? null : "2021-02-01", "S", "C2", "E17");
      if (i % 5 == 0) { // the same episode twice: a note
        f.episode(id, "2019-02-01", i % 3 == 0 ? null : "2021-02-01", "S", "C2", "E17");
      }
      if (i % 2 == 0) {
        f.oc3(id, dob, "YES", "F2", "S2");
      }
    }
    return f;
  }

  @Test
  void thePassGivesEveryChildOnceAndTheSameReportAsOneThread() {
    Ssda903Return ret = fixture().read(2024);
    List<String> seen = ret.pass(ArrayList::new, acc -> new org.leavingcare.ssda903.internal.ChildRows(),
        (acc, c) -> acc.add(c.id()), (a, b) -> {
          a.addAll(b);
          return a;
        });
    assertThat(seen).hasSize(ret.childCount()).containsExactlyInAnyOrderElementsOf(ret.childIds());

    CohortReport report = CohortReport.of(ret, LocalDate.of(2024, 3, 31), CohortReport.Settings.defaults(),
        EnglandRules.standard());
    // Without a date of birth: no Header row (every seventh) and no OC3 row (odd numbers) either.
    long noDob = java.util.stream.IntStream.range(0, CHILDREN).filter(i -> i % 7 == 0 && i % 2 == 1).count();
    assertThat(report.assessment().assessed()).isEqualTo(CHILDREN - noDob);
    assertThat(report.assessment().notAssessed()).containsEntry(CohortAssessment.NotAssessed.NO_DATE_OF_BIRTH, noDob);
    // The same figures child by child on this thread, through the public ChildRecord view.
    CohortAssessment one = CohortAssessment.of(ret, LocalDate.of(2024, 3, 31), CohortReport.Settings.defaults().lawPolicy(),
        EnglandRules.standard());
    assertThat(report.assessment().duties()).isEqualTo(one.duties());
    assertThat(report.assessment().overdueReviews()).isEqualTo(one.overdueReviews());
    assertThat(report.expectedCohort().findings())
        .isEqualTo(ExpectedCohort.check(ret, IndicatorSettings.defaults(), EnglandRules.standard()).findings());
    assertThat(report.indicators().bands())
        .isEqualTo(CareLeaverIndicators.asReturned(ret, IndicatorSettings.defaults()).bands());
  }

  @Test
  void readingOnTwoThreadsReportsWhatOneThreadReports() {
    CohortFixture f = fixture();
    for (int limit : new int[] {10_000, 50}) {
      Ssda903Return two = Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(2).withIssueLimit(limit)
          .readInputs(f.inputs());
      Ssda903Return one = Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(1).withIssueLimit(limit)
          .readInputs(f.inputs());
      // Also when the limit is full: the first issues in file and row order are kept, whichever thread found them.
      assertThat(two.report().issues()).isNotEmpty().hasSize(Math.min(limit, two.report().issues().size()))
          .isEqualTo(one.report().issues());
      if (limit < CHILDREN) {
        assertThat(two.report().issues()).hasSize(limit);
      }
      assertThat(two.report().issueCounts()).isEqualTo(one.report().issueCounts());
      assertThat(two.report().issuesNotKept()).isEqualTo(one.report().issuesNotKept());
      assertThat(two.childIds()).isEqualTo(one.childIds());
      assertThat(two.children().toList()).hasSameSizeAs(one.children().toList());
      assertThat(two.children().map(ChildRecord::episodes).toList())
          .isEqualTo(one.children().map(ChildRecord::episodes).toList());
    }
  }
}
