package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What real exports contain: BOMs, spreadsheet artefacts, lower case, pipeline codes, bad files. */
class ReaderToleranceTest {

  private static final String EPISODES_HEADER =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

  private static Ssda903Reader.Input csv(String name, String text) {
    return Ssda903Reader.Input.of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Ssda903Return read(int year, Ssda903Reader.Input... inputs) {
    return Ssda903Reader.forYear(CollectionYear.of(year)).readInputs(List.of(inputs));
  }

  @Test
  void aFileGivenTwiceIsRefusedNamingIt() {
    Ssda903Reader reader = Ssda903Reader.forYear(CollectionYear.of(2024));
    Ssda903Reader.Input header = csv("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,2,01/05/2006,WBRI,,,\n");
    Ssda903Reader.Input earlier = csv("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");

    assertThatThrownBy(() -> reader.readInputs(List.of(header, header)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header.csv is given twice");
    assertThatThrownBy(() -> reader.readInputs(List.of(header), List.of(earlier)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header.csv is given twice");
    assertThat(reader.readInputs(List.of(header), List.of(csv("2022-23/header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n")))
        .childCount()).isEqualTo(1);
  }

  @Test
  void spreadsheetArtefactsAreNormalisedWithANote() {
    Ssda903Return r = read(2024,
        csv("header.csv", "\uFEFFchild,sex,dob,ethnic,upn,mother,mc_dob\r\n"
            + "A1,2.0,2006-05-01,wbri,UN1,1.0,\r\n"
            + "A2,1,01/5/2006 00:00,WBRI,UN1,0,\r\n"));

    assertThat(r.report().rowsAccepted()).isEqualTo(2);
    assertThat(r.report().issues()).extracting(ReadIssue::row, ReadIssue::column, ReadIssue::kind, ReadIssue::value)
        .containsExactly(
            tuple(2L, "SEX", IssueKind.EXCEL_NUMBER_NORMALISED, "2.0"),
            tuple(2L, "DOB", IssueKind.DATE_FORMAT_NORMALISED, ReadIssue.WITHHELD),
            tuple(2L, "ETHNIC", IssueKind.LOWER_CASE_NORMALISED, "wbri"),
            tuple(2L, "MOTHER", IssueKind.EXCEL_NUMBER_NORMALISED, "1.0"),
            tuple(3L, "DOB", IssueKind.DATE_FORMAT_NORMALISED, ReadIssue.WITHHELD));
    assertThat(r.child("A1").orElseThrow().dateOfBirth()).contains(LocalDate.of(2006, 5, 1));
    assertThat(r.child("A2").orElseThrow().dateOfBirth()).contains(LocalDate.of(2006, 5, 1));
    assertThat(r.report().hasRejections()).isFalse();
  }

  @Test
  void codesAreCheckedAgainstTheYearsTheEpisodeSpans() {
    Ssda903Return r = read(2025, csv("eps.csv", EPISODES_HEADER
        + "C1,01/06/2022,S,V2,N1,H5,PR4,01/05/2024,E99,LIIAF,,,\n"   // H5 valid when it started; E99/LIIAF LIIA codes
        + "C1,01/05/2024,S,V2,N1,k3,PR4,,,,,,\n"                     // lower-case K3, valid from 2023-24
        + "C2,01/06/2024,S,V2,N1,H5,PR4,,,,,,\n"                     // H5 removed for 2024-25
        + "C3,01/06/2024,S,Q1,N1,U4,PR4,,,,,,\n"));                  // not a legal status

    assertThat(r.report().issues()).filteredOn(i -> i.kind() != IssueKind.CHILD_NOT_IN_HEADER)
        .extracting(ReadIssue::row, ReadIssue::column, ReadIssue::value, ReadIssue::severity, ReadIssue::kind)
        .containsExactly(
            tuple(2L, "PLACE", "H5", Severity.WARNING, IssueKind.CODE_NOT_VALID_THIS_YEAR),
            tuple(2L, "REC", "E99", Severity.NOTE, IssueKind.NON_DFE_CODE),
            tuple(2L, "REASON_PLACE_CHANGE", "LIIAF", Severity.NOTE, IssueKind.NON_DFE_CODE),
            tuple(3L, "PLACE", "k3", Severity.NOTE, IssueKind.LOWER_CASE_NORMALISED),
            tuple(4L, "PLACE", "H5", Severity.CELL_REJECTED, IssueKind.UNKNOWN_CODE),
            tuple(5L, "LS", "Q1", Severity.ROW_REJECTED, IssueKind.UNKNOWN_CODE));
    assertThat(r.child("C1").orElseThrow().episodes()).extracting(e -> e.placement().orElse("?"))
        .containsExactly("H5", "K3");
    assertThat(r.child("C2").orElseThrow().episodes().get(0).placement()).isEmpty();
    assertThat(r.child("C3")).isEmpty();
    assertThat(r.report().rowsRejected()).isEqualTo(1);
  }

  @Test
  void badRowsAreRejectedWithFileRowColumnValueAndReason() {
    Ssda903Return r = read(2024, csv("eps.csv", EPISODES_HEADER
        + "D1,31/02/2023,S,C2,N1,U4,PR1,,,,,,\n"        // no such date
        + "D2,01/06/2023,S,C2,N1,U4,PR1,01/05/2023,E13,,,,\n"   // ends before it starts
        + "D3,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n"        // starts after the year
        + "D4,01/06/2023,S,C2,N1,U4\n"                   // too few cells
        + ",01/06/2023,S,C2,N1,U4,PR1,,,,,,\n"));        // no child

    assertThat(r.report().issues()).extracting(ReadIssue::row, ReadIssue::column, ReadIssue::value,
        ReadIssue::childId, ReadIssue::kind).containsExactly(
            tuple(2L, "DECOM", "31/02/2023", "D1", IssueKind.INVALID_DATE),
            tuple(3L, "DEC", "01/05/2023", "D2", IssueKind.END_BEFORE_START),
            tuple(4L, "DECOM", "01/06/2024", "D3", IssueKind.DATE_AFTER_YEAR_END),
            tuple(5L, "", "", "D4", IssueKind.WRONG_NUMBER_OF_CELLS),
            tuple(6L, "CHILD", "", "", IssueKind.MISSING_VALUE));
    assertThat(r.report().issues()).allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.ROW_REJECTED));
    assertThat(r.report().tables().get(0)).isEqualTo(new TableRead("eps.csv", Ssda903Table.EPISODES, 5, 0, 5));
    assertThat(r.report().issues().get(0).describe()).isEqualTo("eps.csv row 2, column DECOM, value '31/02/2023'"
        + " (child D1): row rejected: DECOM is not a real date in the form dd/mm/yyyy. The row is rejected."
        + " Write dates as dd/mm/yyyy, for example 01/04/2023.");
  }

  @Test
  void filesThatAreNotReturnsAreRejectedWholeAndNamed() {
    Ssda903Return r = read(2024,
        csv("notes.csv", "CHILD,NOTE\nA,hello\n"),
        Ssda903Reader.Input.of("utf16.csv", "CHILD".getBytes(StandardCharsets.UTF_16LE.newEncoder().charset())),
        Ssda903Reader.Input.of("utf16bom.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'C', 0}),
        Ssda903Reader.Input.of("latin1.csv", ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,1,01/01/2010,WBRI,\u00a3,,\n")
            .getBytes(StandardCharsets.ISO_8859_1)),
        csv("empty.csv", ""),
        csv("twice.csv", "CHILD,CHILD\n"));

    assertThat(r.report().issues()).filteredOn(i -> i.severity() == Severity.FILE_REJECTED)
        .extracting(ReadIssue::file, ReadIssue::kind).containsExactly(
            tuple("notes.csv", IssueKind.UNRECOGNISED_HEADERS),
            tuple("utf16.csv", IssueKind.NOT_UTF8),
            tuple("utf16bom.csv", IssueKind.NOT_UTF8),
            tuple("latin1.csv", IssueKind.NOT_UTF8),
            tuple("empty.csv", IssueKind.EMPTY_FILE),
            tuple("twice.csv", IssueKind.DUPLICATE_COLUMN));
    assertThat(r.report().issues().get(0).message())
        .contains("the nearest is", "which also needs");
    assertThat(r.report().rejectedFiles()).contains("notes.csv", "utf16bom.csv", "latin1.csv", "empty.csv");
  }

  @Test
  void duplicatesAcrossYearsAreMergedPreferringTheClosedEpisode() {
    Ssda903Return r = read(2024,
        csv("episodes_2023.csv", EPISODES_HEADER + "E1,01/06/2022,S,C2,N1,U4,PR1,,,,,,\n"
            + "E2,01/06/2022,S,C2,N1,U4,PR1,01/05/2023,E13,,,,\n"),
        csv("episodes_2024.csv", EPISODES_HEADER + "E1,01/06/2022,S,C2,N1,U4,PR1,01/07/2023,E13,,,,\n"
            + "E2,01/06/2022,S,C2,N1,U4,PR1,01/07/2023,E4A,,,,\n"),
        csv("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nE1,01/01/2005,yes,F1,\nE1,01/01/2005,NO,0,0\n"));

    ChildRecord c = r.child("E1").orElseThrow();
    assertThat(c.episodes()).singleElement().satisfies(e -> {
      assertThat(e.end()).contains(LocalDate.of(2023, 7, 1));
      assertThat(e.reasonCeased()).contains("E13");
    });
    assertThat(c.oc3()).contains(new Oc3Row("YES", "F1", ""));
    // An episode open in one year and closed in the next is how returns join up: merged silently.
    // Two different closed versions: the later file wins, with a note.
    assertThat(r.child("E2").orElseThrow().episodes().get(0).reasonCeased()).contains("E4A");
    assertThat(r.report().issues()).extracting(ReadIssue::file, ReadIssue::kind).containsExactly(
        tuple("episodes_2023.csv", IssueKind.DUPLICATE_EPISODE_MERGED),
        tuple("episodes_2024.csv", IssueKind.CHILD_NOT_IN_HEADER),
        tuple("episodes_2024.csv", IssueKind.CHILD_NOT_IN_HEADER),
        tuple("oc3.csv", IssueKind.LOWER_CASE_NORMALISED),
        tuple("oc3.csv", IssueKind.OC3_PARTLY_BLANK),
        tuple("oc3.csv", IssueKind.CHILD_NOT_IN_HEADER),
        tuple("oc3.csv", IssueKind.DUPLICATE_CHILD));
  }

  @Test
  void theIssueLimitKeepsCountingEverything() {
    StringBuilder b = new StringBuilder(EPISODES_HEADER);
    for (int i = 0; i < 50; i++) {
      b.append("F").append(i).append(",01/06/2023,s,C2,N1,U4,PR1,,,,,,\n");
    }
    Ssda903Return r = Ssda903Reader.forYear(CollectionYear.of(2024)).withIssueLimit(10)
        .readInputs(List.of(csv("e.csv", b.toString())));
    assertThat(r.report().issues()).hasSize(10);
    assertThat(r.report().issuesNotKept()).isEqualTo(90); // 50 lower-case notes + 50 missing-header warnings
    assertThat(r.report().issueCounts()).containsEntry(IssueKind.LOWER_CASE_NORMALISED, 50L);
  }

  @Test
  void theIssuesKeptAreTheFirstInFileThenRowOrderOnOneThreadOrTwo() {
    // Two Episodes files, read by separate tasks; given in an order that is not their names'.
    StringBuilder z = new StringBuilder(EPISODES_HEADER);
    StringBuilder a = new StringBuilder(EPISODES_HEADER);
    for (int i = 0; i < 30; i++) {
      z.append("Z").append(i).append(",01/06/2023,s,C2,N1,U4,PR1,,,,,,\n");
      a.append("A").append(i).append(",01/06/2023,s,C2,N1,U4,PR1,,,,,,\n");
    }
    List<Ssda903Reader.Input> inputs = List.of(csv("z.csv", z.toString()), csv("a.csv", a.toString()));
    for (int threads : new int[] {1, 2, 2, 2}) {
      Ssda903Return r = Ssda903Reader.forYear(CollectionYear.of(2024)).withThreads(threads).withIssueLimit(65)
          .readInputs(inputs);
      List<ReadIssue> kept = r.report().issues();
      assertThat(kept).hasSize(65);
      assertThat(r.report().issuesNotKept()).isEqualTo(120 - 65);
      // Per row: the reading note, then the finishing check's warning; every row of z.csv before a.csv's.
      for (int i = 0; i < 65; i++) {
        ReadIssue issue = kept.get(i);
        int row = i / 2;
        assertThat(issue.file()).as("threads %d, issue %d", threads, i).isEqualTo(row < 30 ? "z.csv" : "a.csv");
        assertThat(issue.row()).isEqualTo(row % 30 + 2);
        assertThat(issue.kind()).isEqualTo(i % 2 == 0 ? IssueKind.LOWER_CASE_NORMALISED : IssueKind.CHILD_NOT_IN_HEADER);
      }
    }
  }

  @Test
  void collectionYearsAreReadInEveryUsualForm() {
    assertThat(CollectionYear.parse("2023")).isEqualTo(CollectionYear.of(2023));
    assertThat(CollectionYear.parse("2022-23")).isEqualTo(CollectionYear.of(2023));
    assertThat(CollectionYear.parse("2022/2023")).isEqualTo(CollectionYear.of(2023));
    assertThat(CollectionYear.of(2023).start()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(CollectionYear.of(2023).end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(CollectionYear.containing(LocalDate.of(2023, 3, 31))).isEqualTo(CollectionYear.of(2023));
    assertThat(CollectionYear.containing(LocalDate.of(2023, 4, 1))).isEqualTo(CollectionYear.of(2024));
    assertThat(CollectionYear.of(2023)).hasToString("2022-23");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> CollectionYear.parse("2022-24")).withMessageContaining("do not follow");
  }

  @Test
  void codeListsChangeByYearAsData() {
    CodeLists c = CodeLists.standard();
    assertThat(c.codes("SEX", CollectionYear.of(2024))).containsExactlyInAnyOrder("1", "2");
    assertThat(c.codes("SEX", CollectionYear.of(2025))).containsExactlyInAnyOrder("M", "F", "U");
    assertThat(c.codes("REC", CollectionYear.of(2018))).contains("E43").doesNotContain("E45");
    assertThat(c.codes("REC", CollectionYear.of(2019))).contains("E45").doesNotContain("E43");
    assertThat(c.codes("PLACE", CollectionYear.of(2030))).contains("Z11").doesNotContain("Z1", "H5");
    assertThat(c.codes("PLACE", CollectionYear.of(2005))).isEqualTo(c.codes("PLACE", CollectionYear.of(2018)));
    assertThat(c.check("ACTIV", "F3", CollectionYear.of(2021), CollectionYear.of(2022)))
        .isEqualTo(CodeLists.Validity.VALID_IN_EARLIER_YEAR);
    assertThat(c.check("ACTIV", "F3", CollectionYear.of(2022), CollectionYear.of(2022)))
        .isEqualTo(CodeLists.Validity.UNKNOWN);
    assertThat(c.check("REC", "E99", CollectionYear.of(2022), CollectionYear.of(2022)))
        .isEqualTo(CodeLists.Validity.NON_DFE);
  }

  @Test
  void earlierYearsGiveOnlyTheirEpisodes() {
    Ssda903Return r = Ssda903Reader.forYear(CollectionYear.of(2024)).readInputs(
        List.of(csv("2024/episodes.csv", EPISODES_HEADER + "G1,01/06/2022,S,C2,N1,U4,PR1,01/07/2023,E13,,,,\n"),
            csv("2024/oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nG1,01/01/2006,YES,F1,U1\n")),
        List.of(csv("2023/episodes.csv", EPISODES_HEADER + "G1,01/01/2020,S,V2,N1,U4,PR1,01/02/2020,E13,,,,\n"
            + "G1,01/06/2022,S,C2,N1,U4,PR1,,,,,,\n"),
            csv("2023/oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nG1,01/01/2006,NO,0,0\n")));

    ChildRecord c = r.child("G1").orElseThrow();
    assertThat(c.episodes()).extracting(Episode::start, e -> e.end().orElse(null)).containsExactly(
        tuple(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)), tuple(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 7, 1)));
    assertThat(c.oc3()).contains(new Oc3Row("YES", "F1", "U1"));
    assertThat(r.report().tables()).extracting(TableRead::file, TableRead::read, TableRead::accepted).containsExactly(
        tuple("2023/episodes.csv", 2L, 2L), tuple("2023/oc3.csv", 1L, 1L),
        tuple("2024/episodes.csv", 1L, 1L), tuple("2024/oc3.csv", 1L, 1L));
    assertThat(r.report().issues()).extracting(ReadIssue::file, ReadIssue::kind).contains(
        tuple("2023/oc3.csv", IssueKind.TABLE_NOT_USED));
  }
}
