package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.testkit.LawVector;
import org.leavingcare.testkit.LawVectors;
import org.leavingcare.testkit.LeavingCareAssertions;
import org.leavingcare.testkit.YoungPeople;
import org.leavingcare.testkit.generate.GeneratedSsda903;
import org.leavingcare.testkit.generate.Ssda903Generator;

/**
 * How a council's own project tests its use of leavingcare with the testkit: domain fixtures, the
 * AssertJ entry point, the shared law vectors and a generated return with known truth. Here the
 * "system under test" is the nightly job of {@link NightlyDutiesJob}.
 */
class DownstreamStyleTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

  @Test
  void aRelevantChildWhoLeftCareLastMonthIsDueANeedsAssessment() {
    YoungPeople.CaseFixture yp = YoungPeople.relevantChild().aged(17).on(TODAY).build();
    LeavingCareAssertions.assertThat(yp.assess(ENGLAND))
        .hasCategory(Category.RELEVANT)
        .owes(DutyCode.KEEP_IN_TOUCH, DutyCode.NEEDS_ASSESSMENT)
        .hasDeadline(DeadlineKey.NEEDS_ASSESSMENT_BY, TODAY.minusDays(30).plusMonths(3));
  }

  @Test
  void theNightlyJobListsThatAssessmentWithinFourWeeksOfItsDate() {
    YoungPeople.CaseFixture yp = YoungPeople.relevantChild().id("YP-900").aged(17).on(TODAY).build();
    LocalDate due = TODAY.minusDays(30).plusMonths(3);
    List<NightlyDutiesJob.Due> items = NightlyDutiesJob.dueWithin(ENGLAND, List.of(yp.history()), due.minusDays(10), 28);
    assertThat(items).extracting(d -> d.deadline().key(), NightlyDutiesJob.Due::date)
        .contains(tuple(DeadlineKey.NEEDS_ASSESSMENT_BY, due));
    assertThat(NightlyDutiesJob.dueWithin(ENGLAND, List.of(yp.history()), due.minusDays(40), 28)).isEmpty();
  }

  static List<LawVector> vectors() {
    return LawVectors.bundled();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void ourRulesAgreeWithTheSharedLawVectors(LawVector v) {
    LeavingCareAssertions.assertThat(v.assess(ENGLAND)).matches(v);
  }

  @Test
  void aGeneratedAuthorityKeepsItsPromisedTruth(@TempDir Path dir) throws IOException {
    GeneratedSsda903 run = Ssda903Generator.builder().seed(7).children(150).collectionYears(2023, 2025).build()
        .writeTo(dir);
    for (LawVector v : LawVectors.load(run.truthDirectory().resolve("case-records.jsonl"))) {
      LeavingCareAssertions.assertThat(v.assess(ENGLAND)).matches(v);
    }
    assertThat(Files.readAllLines(run.yearDirectory(2025).resolve("oc3.csv")).get(0))
        .isEqualTo("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
  }
}
