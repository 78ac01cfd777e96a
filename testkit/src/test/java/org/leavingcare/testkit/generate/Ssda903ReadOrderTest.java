package org.leavingcare.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.ssda903.ChildRecord;
import org.leavingcare.ssda903.CohortReport;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.ReadIssue;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;

/**
 * The 903 reader joins rows by child wherever they are in the files: the same authority with every
 * file's rows shuffled gives the same children, the same cohort report and the same issues (at other
 * row numbers) as the files sorted by child, as the generator writes them; and a read gives the same
 * result on one thread or two, every time.
 */
class Ssda903ReadOrderTest {

  private static final int YEAR = 2024;
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  @TempDir static Path dir;
  static List<Path> sortedYear;
  static List<Path> sortedEarlier;
  static List<Path> shuffledYear;
  static List<Path> shuffledEarlier;

  @BeforeAll
  static void generate() throws IOException {
    GeneratedSsda903 g = Ssda903Generator.builder().seed(903).children(1_500).collectionYears(2019, YEAR)
        .caseRecords(false).build().writeTo(dir.resolve("sorted"));
    sortedYear = new ArrayList<>();
    try (var s = Files.list(g.yearDirectory(YEAR))) {
      s.sorted().forEach(sortedYear::add);
    }
    // Rows the finishing checks act on: a repeated episode, one repeated in lower case, a duplicate
    // Header row with the same date of birth.
    Path episodes = g.yearDirectory(YEAR).resolve("episodes.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(episodes, StandardCharsets.UTF_8));
    lines.add(lines.get(5));
    lines.add(lines.get(9).toLowerCase(java.util.Locale.ROOT));
    Files.write(episodes, lines, StandardCharsets.UTF_8);
    Path header = g.yearDirectory(YEAR).resolve("header.csv");
    List<String> h = new ArrayList<>(Files.readAllLines(header, StandardCharsets.UTF_8));
    h.add(h.get(3));
    Files.write(header, h, StandardCharsets.UTF_8);
    sortedEarlier = new ArrayList<>();
    for (int y = 2019; y < YEAR; y++) {
      sortedEarlier.add(g.yearDirectory(y).resolve("episodes.csv"));
    }
    Random random = new Random(17);
    shuffledYear = shuffle(sortedYear, dir.resolve("shuffled").resolve(g.yearDirectory(YEAR).getFileName()), random);
    shuffledEarlier = new ArrayList<>();
    for (Path p : sortedEarlier) {
      shuffledEarlier.add(shuffle(List.of(p), dir.resolve("shuffled").resolve(p.getParent().getFileName()), random).get(0));
    }
  }

  /** Copies files with their rows (not the header line) in random order. */
  private static List<Path> shuffle(List<Path> files, Path to, Random random) throws IOException {
    Files.createDirectories(to);
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
      List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(rows, random);
      List<String> shuffled = new ArrayList<>(List.of(lines.get(0)));
      shuffled.addAll(rows);
      Path copy = to.resolve(f.getFileName());
      Files.write(copy, shuffled, StandardCharsets.UTF_8);
      out.add(copy);
    }
    return out;
  }

  private static Ssda903Return read(List<Path> year, List<Path> earlier, int threads) {
    return Ssda903Reader.forYear(CollectionYear.of(YEAR)).withThreads(threads).read(year, earlier);
  }

  private static CohortReport report(Ssda903Return r) {
    return CohortReport.of(r, AS_OF, CohortReport.Settings.defaults(), EnglandRules.standard());
  }

  /** Everything kept about each child, by id. */
  private static Map<String, String> children(Ssda903Return r) {
    Map<String, String> m = new TreeMap<>();
    r.children().forEach(c -> m.put(c.childId(), describe(c)));
    return m;
  }

  private static String describe(ChildRecord c) {
    return c.dateOfBirth() + " " + c.sex() + " " + c.inHeader() + " " + c.episodes() + " "
        + c.reviews().stream().map(Object::toString).sorted().toList() + " " + c.oc3() + " " + c.isUasc();
  }

  /** The issues without their row numbers, which shuffling changes. */
  private static List<String> issuesWithoutRows(Ssda903Return r) {
    return r.report().issues().stream()
        .map(i -> fileName(i.file()) + "|" + i.column() + "|" + i.value() + "|" + i.childId() + "|" + i.severity()
            + "|" + i.kind())
        .sorted().collect(Collectors.toList());
  }

  private static String fileName(String path) {
    Path p = Path.of(path);
    return p.getParent().getFileName() + "/" + p.getFileName();
  }

  @Test
  void shuffledRowsGiveTheSameChildrenReportAndIssuesAsRowsSortedByChild() {
    Ssda903Return sorted = read(sortedYear, sortedEarlier, 2);
    Ssda903Return shuffled = read(shuffledYear, shuffledEarlier, 2);

    assertThat(sorted.report().rowsRejected()).isPositive(); // the repeated Header row
    assertThat(sorted.report().issueCounts()).isNotEmpty();
    assertThat(shuffled.report().rowsRead()).isEqualTo(sorted.report().rowsRead());
    assertThat(shuffled.report().rowsAccepted()).isEqualTo(sorted.report().rowsAccepted());
    assertThat(shuffled.report().rowsRejected()).isEqualTo(sorted.report().rowsRejected());
    assertThat(shuffled.report().issueCounts()).isEqualTo(sorted.report().issueCounts());
    assertThat(shuffled.report().severityCounts()).isEqualTo(sorted.report().severityCounts());
    assertThat(issuesWithoutRows(shuffled)).isEqualTo(issuesWithoutRows(sorted));
    assertThat(shuffled.childIds()).containsExactlyInAnyOrderElementsOf(sorted.childIds());
    assertThat(children(shuffled)).isEqualTo(children(sorted));

    CohortReport a = report(sorted);
    CohortReport b = report(shuffled);
    assertThat(a.assessment().assessed()).isPositive();
    assertThat(b.expectedCohort().findings()).isEqualTo(a.expectedCohort().findings());
    assertThat(b.assessment().overdueReviews()).isEqualTo(a.assessment().overdueReviews());
    assertThat(b.toJson()).isEqualTo(a.toJson());
  }

  @Test
  void aReadGivesTheSameResultOnOneThreadOrTwoEveryTime() {
    Ssda903Return one = read(shuffledYear, shuffledEarlier, 1);
    String json = report(one).toJson();
    List<ReadIssue> issues = one.report().issues();
    for (int run = 0; run < 2; run++) {
      Ssda903Return two = read(shuffledYear, shuffledEarlier, 2);
      assertThat(two.childIds()).isEqualTo(one.childIds());
      assertThat(two.report().issues()).isEqualTo(issues);
      assertThat(two.report().tables()).isEqualTo(one.report().tables());
      assertThat(report(two).toJson()).isEqualTo(json);
    }
    assertThat(issues).isSortedAccordingTo(Comparator.comparing((ReadIssue i) -> i.file().contains("2023-24"))
        .thenComparing(ReadIssue::file).thenComparingLong(ReadIssue::row));
  }
}
