package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads every sample file (samples/PROVENANCE.md) and asserts the exact rejections. */
class SampleFilesTest {

  private static final Path D2I = Path.of("src/test/resources/ssda903/samples/d2i-validator-fake-data");
  private static final Path LIIA = Path.of("src/test/resources/ssda903/samples/liia-tools");

  private static Ssda903Return read(int year, Path... files) {
    return Ssda903Reader.forYear(CollectionYear.of(year)).read(List.of(files));
  }

  private static Stream<ReadIssue> issues(Ssda903Return r, IssueKind kind) {
    return r.report().issues().stream().filter(i -> i.kind() == kind);
  }

  @Test
  void theD2iCsvSetJoinsUpAndRejectsOnlyInvalidOc3Accommodation() {
    Ssda903Return r = read(2019, D2I.resolve("oc3.csv"), D2I.resolve("derived_header_oc3_children.csv"),
        D2I.resolve("derived_episodes_oc3_children.csv"), D2I.resolve("derived_reviews_oc3_children.csv"));

    assertThat(r.report().tables()).extracting(TableRead::table, TableRead::read, TableRead::accepted)
        .containsExactly(tuple(Ssda903Table.OC3, 53L, 53L), tuple(Ssda903Table.HEADER, 53L, 53L),
            tuple(Ssda903Table.EPISODES, 92L, 92L), tuple(Ssda903Table.REVIEWS, 168L, 168L));
    assertThat(r.report().rowsRead()).isEqualTo(r.report().rowsAccepted() + r.report().rowsRejected());
    assertThat(r.childCount()).isEqualTo(53);
    // ACCOM 01, 02 (generator artefacts) and S1 (homelessness cannot be suitable) are not DfE codes.
    assertThat(issues(r, IssueKind.UNKNOWN_CODE).filter(i -> i.column().equals("ACCOM")))
        .extracting(ReadIssue::row, ReadIssue::value, ReadIssue::childId, ReadIssue::severity)
        .containsExactly(tuple(2L, "01", "197474", Severity.CELL_REJECTED),
            tuple(47L, "02", "232161", Severity.CELL_REJECTED), tuple(54L, "S1", "147980", Severity.CELL_REJECTED));
    // DIED or RHOM with an activity: DfE rule 344, kept with a warning.
    assertThat(r.report().issueCounts()).containsEntry(IssueKind.OC3_INCONSISTENT, 21L)
        .containsEntry(IssueKind.UNKNOWN_CODE, 3L);
    // The generator blanked DEC but left REC on open episodes.
    assertThat(issues(r, IssueKind.DEC_AND_REC_DISAGREE)).hasSize(21)
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.CELL_REJECTED));
    ChildRecord c = r.child("197474").orElseThrow();
    assertThat(c.oc3()).contains(new Oc3Row("DIED", "F1", ""));
    assertThat(c.episodes()).hasSize(1);
    assertThat(c.reviews()).hasSize(3);
    assertThat(r.child("864948").orElseThrow().episodes().get(1).end()).isEmpty();
  }

  @Test
  void theXmlFormGivesTheSameTablesAndRejectsAReviewAfterTheYear() {
    Ssda903Return r = read(2019, D2I.resolve("derived_fake_903_first_children.xml"));

    assertThat(r.report().tables()).extracting(TableRead::table, TableRead::read, TableRead::rejected)
        .containsExactly(tuple(Ssda903Table.HEADER, 6L, 0L), tuple(Ssda903Table.EPISODES, 14L, 0L),
            tuple(Ssda903Table.REVIEWS, 16L, 1L), tuple(Ssda903Table.OC3, 2L, 0L),
            tuple(Ssda903Table.OC2, 6L, 0L), tuple(Ssda903Table.PREV_PERM, 6L, 0L));
    assertThat(r.report().issues()).filteredOn(i -> i.severity() != Severity.WARNING)
        .extracting(ReadIssue::kind, ReadIssue::column, ReadIssue::value, ReadIssue::childId)
        .containsExactlyInAnyOrder(tuple(IssueKind.DATE_AFTER_YEAR_END, "REVIEW", "26/05/2019", "924249"),
            tuple(IssueKind.DEC_AND_REC_DISAGREE, "REC", "E2", "228005"),
            tuple(IssueKind.DEC_AND_REC_DISAGREE, "REC", "X1", "924249"),
            tuple(IssueKind.UNKNOWN_CODE, "ACCOM", "S1", "381315"),
            tuple(IssueKind.UNKNOWN_CODE, "ACCOM", "S1", "265171"));
    ChildRecord first = r.child("907440").orElseThrow();
    assertThat(first.episodes()).extracting(e -> e.placement().orElseThrow()).containsExactly("R5", "P2");
    assertThat(first.episodes().get(1).reasonCeased()).contains("E11");
  }

  @Test
  void tablesTheReportDoesNotUseAreRecognisedByTheirHeadersAndCounted() {
    Ssda903Return r = read(2027, D2I.resolve("sw_episodes.csv"), D2I.resolve("DoLo.csv"), D2I.resolve("uasc.csv"),
        D2I.resolve("ad1.csv"), D2I.resolve("missing.csv"), D2I.resolve("placed_for_adoption.csv"));

    // sw_episodes.csv starts with a UTF-8 byte-order mark.
    assertThat(r.report().tables()).extracting(TableRead::table, TableRead::read, TableRead::accepted)
        .containsExactly(tuple(Ssda903Table.SW_EPISODES, 1L, 1L), tuple(Ssda903Table.DOLO, 1L, 1L),
            tuple(Ssda903Table.UASC, 132L, 132L), tuple(Ssda903Table.AD1, 29L, 29L),
            tuple(Ssda903Table.MISSING, 43L, 43L), tuple(Ssda903Table.PLACED_ADOPTION, 29L, 29L));
    assertThat(r.report().issueCounts()).containsOnlyKeys(IssueKind.TABLE_NOT_USED);
    assertThat(r.child("102639").orElseThrow().isUasc()).isTrue();
  }

  @Test
  void theDamagedLiiaFilesAreRejectedRowByRowWithTheirReasons() {
    Ssda903Return r = read(2020, LIIA.resolve("liia-tools-pipeline_SSDA903_2020_episodes.csv"),
        LIIA.resolve("liia-tools-pipeline_SSDA903_2020_header.csv"));

    assertThat(r.report().issues()).filteredOn(i -> i.severity() != Severity.WARNING)
        .extracting(ReadIssue::row, ReadIssue::column, ReadIssue::value, ReadIssue::severity, ReadIssue::kind)
        .containsExactly(
            tuple(1L, "TEST_COLUMN", "", Severity.NOTE, IssueKind.EXTRA_COLUMNS_IGNORED),
            tuple(3L, "LS", "", Severity.ROW_REJECTED, IssueKind.MISSING_VALUE),
            tuple(6L, "RNE", "*DUMMY*", Severity.ROW_REJECTED, IssueKind.UNKNOWN_CODE),
            tuple(3L, "DOB", ReadIssue.WITHHELD, Severity.ROW_REJECTED, IssueKind.DATE_OF_BIRTH_CONFLICT),
            tuple(4L, "DOB", ReadIssue.WITHHELD, Severity.ROW_REJECTED, IssueKind.DATE_OF_BIRTH_CONFLICT),
            tuple(6L, "ETHNIC", "UNKN", Severity.CELL_REJECTED, IssueKind.UNKNOWN_CODE),
            tuple(6L, "DOB", ReadIssue.WITHHELD, Severity.ROW_REJECTED, IssueKind.DATE_OF_BIRTH_CONFLICT));
    assertThat(r.report().tables()).extracting(TableRead::read, TableRead::accepted, TableRead::rejected)
        .containsExactly(tuple(5L, 3L, 2L), tuple(5L, 2L, 3L));
    // The clean copy supplies the rejected episodes; nothing in any message is a date of birth.
    assertThat(r.report().issues()).allSatisfy(i -> assertThat(i.describe())
        .doesNotContain("11/07/2015", "21/03/2012", "16/08/2017", "07/01/2013", "15/12/2015"));
  }

  @Test
  void severalYearsOfEpisodesAreStitchedAsTheLiiaRepairFixtureExpects() {
    Ssda903Return r = read(2023, LIIA.resolve("SSDA903_episodes_for_testing_fixes_INPUT.csv"));

    assertThat(issues(r, IssueKind.OPEN_EPISODE_CLOSED)).extracting(ReadIssue::childId, ReadIssue::row)
        .containsExactly(tuple("RULE1_BAD", 7L), tuple("RULE1A_BAD", 11L), tuple("RULE4_BAD", 21L));
    // Rule 1: open, the child stayed in care: closed when the next episode starts, X1.
    Episode rule1 = r.child("RULE1_BAD").orElseThrow().episodes().get(0);
    assertThat(rule1.end()).contains(java.time.LocalDate.of(2017, 8, 20));
    assertThat(rule1.reasonCeased()).contains("X1");
    // Rule 1A: open, then a new period of care (RNE S): closed the day before, reason unrecorded.
    Episode rule1a = r.child("RULE1A_BAD").orElseThrow().episodes().get(1);
    assertThat(rule1a.end()).contains(java.time.LocalDate.of(2017, 4, 19));
    assertThat(rule1a.reasonCeased()).isEmpty();
    assertThat(issues(r, IssueKind.OVERLAPPING_EPISODES)).extracting(ReadIssue::childId)
        .containsExactly("RULE3_BAD", "RULE3A_BAD", "RULE4_BAD", "RULE4_BAD");
    assertThat(r.report().issueCounts()).containsEntry(IssueKind.CHILD_NOT_IN_HEADER, 10L);
  }
}
