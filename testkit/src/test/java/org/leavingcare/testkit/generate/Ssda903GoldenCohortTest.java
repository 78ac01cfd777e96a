package org.leavingcare.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.ssda903.AgeBand;
import org.leavingcare.ssda903.BandIndicators;
import org.leavingcare.ssda903.CareLeaverIndicators;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.ExpectedCohort;
import org.leavingcare.ssda903.IndicatorLine;
import org.leavingcare.ssda903.IndicatorLine.Group;
import org.leavingcare.ssda903.IndicatorSettings;
import org.leavingcare.ssda903.Ssda903Reader;
import org.leavingcare.ssda903.Ssda903Return;

/**
 * Golden cohorts: a synthetic authority whose truth is known by construction (the testkit's
 * {@link Ssda903Generator}) read back with the library's SSDA903 reader must give exactly the
 * generated indicators and exactly the generated OC3 cohort.
 */
class Ssda903GoldenCohortTest {

  private static final int YEAR = 2024;
  @TempDir static Path dir;
  static GeneratedSsda903 generated;
  static Ssda903Return ret;

  @BeforeAll
  static void generateAndRead() throws IOException {
    generated = Ssda903Generator.builder().seed(20241).children(2_000).collectionYears(2016, YEAR)
        .caseRecords(false).build().writeTo(dir);
    List<Path> earlier = new ArrayList<>();
    for (int y = 2016; y < YEAR; y++) {
      earlier.add(generated.yearDirectory(y).resolve("episodes.csv"));
    }
    ret = Ssda903Reader.forYear(CollectionYear.of(YEAR)).read(List.of(generated.yearDirectory(YEAR)), earlier);
  }

  @Test
  void theFilesAreReadWithoutRejection() {
    assertThat(ret.report().rowsRejected()).isZero();
    assertThat(ret.report().rejectedFiles()).isEmpty();
  }

  @Test
  void theIndicatorsAreExactlyTheGeneratedOnes() throws IOException {
    CareLeaverIndicators ind = CareLeaverIndicators.asReturned(ret, IndicatorSettings.defaults());
    List<String[]> truth = Files.readAllLines(generated.truthDirectory().resolve("indicators.csv"),
        StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")).filter(c -> c[0].equals("" + YEAR))
        .collect(Collectors.toList());
    int checked = 0;
    for (String[] t : truth) {
      AgeBand band = switch (t[1]) {
        case "17" -> AgeBand.AGE_17;
        case "18" -> AgeBand.AGE_18;
        case "19-21" -> AgeBand.AGE_19_TO_21;
        default -> null;
      };
      if (band == null) {
        continue;
      }
      BandIndicators b = ind.band(band).orElseThrow();
      long[] mine = {b.denominator(), b.count(IndicatorLine.IN_TOUCH), b.count(IndicatorLine.NOT_IN_TOUCH),
          b.count(IndicatorLine.REFUSES_CONTACT), b.count(IndicatorLine.NO_LONGER_REQUIRES_SERVICES),
          b.count(Group.EET), b.count(Group.NEET), b.count(IndicatorLine.ACTIVITY_NOT_KNOWN),
          b.count(IndicatorLine.SUITABLE), b.count(IndicatorLine.UNSUITABLE),
          b.count(IndicatorLine.ACCOMMODATION_NO_INFORMATION)};
      long[] expected = new long[mine.length];
      for (int i = 0; i < mine.length; i++) {
        expected[i] = Long.parseLong(t[4 + i]);
      }
      assertThat(mine).as("age " + t[1]).containsExactly(expected);
      assertThat(b.count(Group.BLANK)).isZero();
      checked++;
    }
    assertThat(checked).isEqualTo(3);
    assertThat(ind.band(AgeBand.AGE_18).orElseThrow().denominator()).isPositive();
  }

  @Test
  void theExpectedCohortIsExactlyTheGeneratedOne() throws IOException {
    Set<String> truth = Files.readAllLines(generated.truthDirectory().resolve("oc3-cohort.csv"), StandardCharsets.UTF_8)
        .stream().skip(1).map(l -> l.split(",")).filter(c -> c[0].equals("" + YEAR)).map(c -> c[1])
        .collect(Collectors.toCollection(TreeSet::new));
    ExpectedCohort c = ExpectedCohort.check(ret, IndicatorSettings.defaults(), EnglandRules.standard());
    Set<String> expected = c.findings().stream().filter(ExpectedCohort.Finding::expected)
        .map(ExpectedCohort.Finding::childId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(truth).isNotEmpty();
    assertThat(expected).isEqualTo(truth);
    assertThat(c.missing()).isEmpty();
    assertThat(c.unexpected()).isEmpty();
  }
}
