package org.leavingcare.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.testkit.internal.Birthdays;

class Ssda903GeneratorTest {

  private static Ssda903Generator small(long seed) {
    return Ssda903Generator.builder().seed(seed).children(400).collectionYears(2019, 2025).build();
  }

  private static Map<String, byte[]> readAll(Path dir) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void theSameSeedWritesIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws IOException {
    small(7).writeTo(tmp.resolve("a"));
    small(7).writeTo(tmp.resolve("b"));
    small(8).writeTo(tmp.resolve("c"));
    Map<String, byte[]> a = readAll(tmp.resolve("a"));
    Map<String, byte[]> b = readAll(tmp.resolve("b"));
    assertThat(a.keySet()).contains("903/2024-25/episodes.csv", "903/2018-19/oc3.csv", "truth/categories.csv",
        "truth/case-records.jsonl", "truth/oc3-cohort.csv", "truth/indicators.csv", "generation.txt");
    assertThat(a.keySet()).isEqualTo(b.keySet());
    for (String name : a.keySet()) {
      assertThat(a.get(name)).as(name).isEqualTo(b.get(name));
    }
    assertThat(readAll(tmp.resolve("c")).get("903/2024-25/episodes.csv")).isNotEqualTo(a.get("903/2024-25/episodes.csv"));
  }

  @Test
  void aChildDoesNotDependOnHowManyOthersAreGenerated() {
    Ssda903Generator few = Ssda903Generator.builder().seed(3).children(10).build();
    Ssda903Generator many = Ssda903Generator.builder().seed(3).children(5_000).build();
    assertThat(many.child(9).toString()).isEqualTo(few.child(9).toString());
    assertThat(few.children().map(SyntheticChild::toString).collect(Collectors.toList()))
        .isEqualTo(many.children().limit(10).map(SyntheticChild::toString).collect(Collectors.toList()));
  }

  @Test
  void everyHistoryIsAWellFormedReturn() {
    small(11).children().forEach(child -> {
      List<SyntheticEpisode> eps = child.episodes();
      assertThat(eps).as(child.toString()).isNotEmpty();
      assertThat(eps.get(0).reasonForNewEpisode()).as(child.toString()).isEqualTo("S");
      assertThat(eps.get(0).start()).isAfter(child.dateOfBirth());
      for (int i = 0; i < eps.size(); i++) {
        SyntheticEpisode e = eps.get(i);
        LocalDate end = e.end().orElseThrow();
        assertThat(end).as(child.toString()).isAfter(e.start());
        assertThat(end).as("care ends by the 18th birthday: " + child)
            .isBeforeOrEqualTo(Birthdays.attains(child.dateOfBirth(), 18));
        String rec = e.reasonEpisodeCeased().orElseThrow();
        if (i + 1 < eps.size()) {
          SyntheticEpisode next = eps.get(i + 1);
          if (rec.equals("X1")) {
            assertThat(next.start()).as("X1 continues the same day: " + child).isEqualTo(end);
            assertThat(next.reasonForNewEpisode()).isNotEqualTo("S");
            assertThat(next.categoryOfNeed()).isEqualTo(e.categoryOfNeed());
          } else {
            assertThat(next.start()).as("a new period starts after the last ended: " + child).isAfter(end);
            assertThat(next.reasonForNewEpisode()).isEqualTo("S");
          }
        } else {
          assertThat(rec).as(child.toString()).isNotEqualTo("X1");
        }
        if (e.isShortBreak()) {
          assertThat(ChronoUnit.DAYS.between(e.start(), end)).isBetween(1L, 17L);
          assertThat(e.placement()).isNotIn("U1", "U4");
        }
        if (rec.equals("E17")) {
          assertThat(end).isEqualTo(Birthdays.attains(child.dateOfBirth(), 18));
          assertThat(e.placement()).startsWith("U");
        }
        if (rec.equals("E45") || rec.equals("E46")) {
          assertThat(e.placement()).isIn("U1", "U2", "U3", "U4", "U5", "U6");
        }
      }
    });
  }

  @Test
  void theArchetypesGiveTheirCategoriesOnTheirKeyDates() {
    List<SyntheticChild> kids = Ssda903Generator.builder().seed(5).children(3_000).build().children()
        .collect(Collectors.toList());
    Map<Ssda903Archetype, Integer> seen = new EnumMap<>(Ssda903Archetype.class);
    for (SyntheticChild c : kids) {
      seen.merge(c.archetype(), 1, Integer::sum);
      LocalDate dob = c.dateOfBirth();
      LocalDate b17 = Birthdays.attains(dob, 17);
      LocalDate b19 = Birthdays.attains(dob, 19);
      LocalDate b22 = Birthdays.attains(dob, 22);
      switch (c.archetype()) {
        case LONG_TERM_TO_18:
          assertThat(c.expectedCategoryOn(Birthdays.attains(dob, 18).minusDays(1))).as(c.toString()).isEqualTo("ELIGIBLE");
          assertThat(c.expectedCategoryOn(b19)).isEqualTo("FORMER_RELEVANT");
          assertThat(c.expectedCategoryOn(b22)).isEqualTo("FORMER_RELEVANT_21_25");
          break;
        case LEFT_CARE_AT_16_OR_17:
          assertThat(c.expectedCategoryOn(Birthdays.attains(dob, 18).minusDays(1))).isEqualTo("RELEVANT");
          assertThat(c.expectedCategoryOn(b19)).isEqualTo("FORMER_RELEVANT");
          break;
        case RETURNED_HOME_AT_16_OR_17:
          assertThat(c.expectedCategoryOn(b19)).isEqualTo("QUALIFYING");
          assertThat(c.expectedCategoryOn(b22)).isEqualTo("NONE");
          break;
        case SPECIAL_GUARDIANSHIP:
          assertThat(c.expectedCategoryOn(b17)).isEqualTo("QUALIFYING_SGO");
          break;
        case SHORT_STAY_AFTER_16:
        case LATE_ENTRY_BEFORE_18:
          assertThat(c.expectedCategoryOn(b19)).isEqualTo("QUALIFYING");
          break;
        case ADOPTED:
        case RETURNED_HOME_BEFORE_16:
          assertThat(c.expectedCategoryOn(b17)).isEqualTo("NONE");
          break;
        case SHORT_BREAKS:
          SyntheticEpisode aBreak = c.episodes().get(0);
          assertThat(c.expectedCategoryOn(aBreak.start())).isEqualTo("LOOKED_AFTER_SHORT_BREAKS");
          break;
        default:
          throw new AssertionError(c.archetype());
      }
      assertThat(c.expectedCategoryOn(c.firstEntry().minusDays(1))).isEqualTo("NONE");
    }
    assertThat(seen.keySet()).as("every archetype occurs in 3,000 children").containsExactly(Ssda903Archetype.values());
  }

  @Test
  void careLeaverOutcomesAreNearTheNationalFigures() {
    long rows1921 = 0;
    long denominator = 0;
    long inTouch = 0;
    long eet = 0;
    long suitable = 0;
    long rows18 = 0;
    long suitable18 = 0;
    long stayingPut18 = 0;
    long fosteredAt18 = 0;
    for (SyntheticChild c : Ssda903Generator.builder().seed(2).children(12_000).collectionYears(2016, 2025).build()
        .children().collect(Collectors.toList())) {
      for (int y = 2016; y <= 2025; y++) {
        Oc3Outcome o = c.oc3(y).orElse(null);
        if (o == null || o.excludedFromDenominator()) {
          continue;
        }
        if (o.age() >= 19) {
          rows1921++;
          denominator++;
          inTouch += o.inTouch().equals("YES") ? 1 : 0;
          eet += o.inEducationEmploymentOrTraining() ? 1 : 0;
          suitable += o.suitablyAccommodated() ? 1 : 0;
        } else if (o.age() == 18) {
          rows18++;
          suitable18 += o.suitablyAccommodated() ? 1 : 0;
          SyntheticEpisode last = c.episodes().get(c.episodes().size() - 1);
          if (last.placement().startsWith("U") && c.archetype() == Ssda903Archetype.LONG_TERM_TO_18) {
            fosteredAt18++;
            stayingPut18 += o.accommodation().startsWith("Z") ? 1 : 0;
          }
        }
      }
    }
    assertThat(rows1921).isGreaterThan(1_000);
    assertThat((double) inTouch / denominator).isCloseTo(0.91, within(0.03));
    assertThat((double) suitable / denominator).isCloseTo(0.845, within(0.04));
    assertThat((double) eet / denominator).isCloseTo(0.50, within(0.06));
    assertThat((double) suitable18 / rows18).isCloseTo(0.90, within(0.04));
    assertThat((double) stayingPut18 / fosteredAt18).isCloseTo(0.55 * 0.945, within(0.06));
  }

  @Test
  void childrenLookedAfterOn31MarchLookLikeTheNationalPicture() {
    LocalDate snapshot = LocalDate.of(2024, 3, 31);
    int n = 0;
    int foster = 0;
    int careOrder = 0;
    int sixteenPlus = 0;
    for (SyntheticChild c : Ssda903Generator.builder().seed(8).children(8_000).collectionYears(2016, 2025).build()
        .children().collect(Collectors.toList())) {
      for (SyntheticEpisode e : c.episodes()) {
        if (e.covers(snapshot) && !e.isShortBreak()) {
          n++;
          foster += e.placement().startsWith("U") ? 1 : 0;
          careOrder += e.legalStatus().startsWith("C") ? 1 : 0;
          sixteenPlus += Birthdays.ageOn(c.dateOfBirth(), snapshot) >= 16 ? 1 : 0;
        }
      }
    }
    // DfE, children looked after at 31 March: about 70% fostered, about 75% under care orders, about 25% aged 16+.
    assertThat((double) foster / n).isBetween(0.65, 0.80);
    assertThat((double) careOrder / n).isBetween(0.60, 0.80);
    assertThat((double) sixteenPlus / n).isBetween(0.15, 0.30);
  }

  @Test
  void theFilesMatchTheTruthAndTheIndicatorsCountTheCohort(@TempDir Path tmp) throws IOException {
    Ssda903Generator gen = Ssda903Generator.builder().seed(21).children(800).collectionYears(2018, 2025).build();
    GeneratedSsda903 run = gen.writeTo(tmp);
    assertThat(Files.readString(tmp.resolve("generation.txt"))).isEqualTo(run.describe()).contains("seed: 21");

    // OC3 files and the truth cohort agree, row for row.
    List<String> cohort = lines(run.truthDirectory().resolve("oc3-cohort.csv"));
    List<String> fromFiles = new ArrayList<>();
    for (int y = 2018; y <= 2025; y++) {
      for (String row : lines(run.yearDirectory(y).resolve("oc3.csv"))) {
        String[] c = row.split(",", -1);
        fromFiles.add(y + "," + c[0] + "," + c[2] + "," + c[3] + "," + c[4]);
      }
    }
    assertThat(cohort.stream().map(r -> {
      String[] c = r.split(",", -1);
      return c[0] + "," + c[1] + "," + c[3] + "," + c[4] + "," + c[5];
    }).sorted().collect(Collectors.toList())).isEqualTo(fromFiles.stream().sorted().collect(Collectors.toList()))
        .hasSize((int) run.oc3Rows());

    // Indicators recounted here from the cohort file, independently of the generator's tally.
    Map<String, long[]> recount = new HashMap<>();
    for (String r : cohort) {
      String[] c = r.split(",", -1);
      int age = Integer.parseInt(c[2]);
      List<String> groups = new ArrayList<>(List.of(c[2]));
      if (age >= 19) {
        groups.add("19-21");
      }
      for (String g : groups) {
        long[] n = recount.computeIfAbsent(c[0] + "," + g, k -> new long[4]);
        boolean excluded = c[3].equals("RHOM") || c[3].equals("DIED");
        n[0] += excluded ? 0 : 1;
        n[1] += !excluded && c[3].equals("YES") ? 1 : 0;
        n[2] += !excluded && c[4].matches("[FP][1-5]") ? 1 : 0;
        n[3] += !excluded && c[5].endsWith("1") ? 1 : 0;
      }
    }
    List<String> indicators = lines(run.truthDirectory().resolve("indicators.csv"));
    assertThat(indicators).hasSize(8 * 6);
    for (String r : indicators) {
      String[] c = r.split(",", -1);
      long[] n = recount.getOrDefault(c[0] + "," + c[1], new long[4]);
      assertThat(new long[] {Long.parseLong(c[4]), Long.parseLong(c[5]), Long.parseLong(c[9]), Long.parseLong(c[12])})
          .as(r).containsExactly(n);
    }

    // Every category row is the child's expected category; open episodes are blank at year end.
    Map<String, SyntheticChild> byId = gen.children().collect(Collectors.toMap(SyntheticChild::id, c -> c));
    for (String r : lines(run.truthDirectory().resolve("categories.csv"))) {
      String[] c = r.split(",", -1);
      assertThat(c[3]).as(r).isEqualTo(byId.get(c[0]).expectedCategoryOn(LocalDate.parse(c[2])));
    }
    for (String r : lines(run.yearDirectory(2025).resolve("episodes.csv"))) {
      String[] c = r.split(",", -1);
      assertThat(c[7].isEmpty()).as(r).isEqualTo(c[8].isEmpty());
      assertThat(c[5]).isNotIn("H5", "P2");
    }
    assertThat(lines(run.yearDirectory(2024).resolve("header.csv"))).allSatisfy(r -> assertThat(r.split(",")[1]).isIn("1", "2"));
    assertThat(lines(run.yearDirectory(2025).resolve("header.csv"))).allSatisfy(r -> assertThat(r.split(",")[1]).isIn("M", "F"));
  }

  @Test
  void caseRecordsShowOnlyWhatWasKnownOnTheDate() {
    SyntheticChild c = Ssda903Generator.builder().seed(5).children(3_000).build().children()
        .filter(x -> x.archetype() == Ssda903Archetype.RETURNED_HOME_AT_16_OR_17).findFirst().orElseThrow();
    LocalDate inCare = c.episodes().get(c.episodes().size() - 1).start();
    String json = c.caseRecordJson(inCare);
    assertThat(json).contains("\"assessmentDate\":\"" + inCare + "\"").contains("\"end\":null")
        .doesNotContain("livingWithParentSince").doesNotContain("\n");
    LocalDate b19 = Birthdays.attains(c.dateOfBirth(), 19);
    assertThat(c.caseRecordJson(b19)).contains("\"livingWithParentSince\"").contains("\"category\":\"QUALIFYING\"");
  }

  @Test
  void badSettingsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> Ssda903Generator.builder().children(0)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> Ssda903Generator.builder().collectionYears(2025, 2020)).hasMessageContaining("2025 to 2020");
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
    return all.subList(1, all.size());
  }
}
