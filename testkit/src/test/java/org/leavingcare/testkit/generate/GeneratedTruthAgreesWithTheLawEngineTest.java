package org.leavingcare.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import org.leavingcare.testkit.internal.Birthdays;

/**
 * The generator's truth, stated by construction from archetypes, agrees with the law engine on
 * every generated child, on the default dates and on each child's own turning points, with the
 * statutory defaults and with the DFE_903_COMPATIBLE profile: 25 children of each archetype (the
 * law engine is the slow part; larger runs belong in bench).
 */
class GeneratedTruthAgreesWithTheLawEngineTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();

  @Test
  void everyChildOnEveryDate() {
    Ssda903Generator gen = Ssda903Generator.builder().seed(2026).children(3_000).collectionYears(2018, 2025).build();
    Policy dfe = Policy.parse(Map.of("profile", "DFE_903_COMPATIBLE"));
    List<String> disagreements = new ArrayList<>();
    int[] checked = new int[1];
    Map<Ssda903Archetype, Integer> taken = new java.util.EnumMap<>(Ssda903Archetype.class);
    gen.children().filter(c -> taken.merge(c.archetype(), 1, Integer::sum) <= 25).forEach(child -> {
      StringBuilder lines = new StringBuilder();
      for (LocalDate d : datesFor(child, gen.categoryDates())) {
        lines.append(child.caseRecordJson(d)).append('\n');
      }
      List<CaseRecordResult> records = CaseRecordReader.readAll(
          new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), child.id());
      for (CaseRecordResult r : records) {
        assertThat(r).as("%s decodes", child).isInstanceOf(CaseRecord.class);
        CaseRecord record = (CaseRecord) r;
        for (Policy policy : List.of(Policy.defaults(), dfe)) {
          Assessment a = ENGLAND.assess(record.history(), record.assessmentDate(), policy);
          String mismatch = record.expected().orElseThrow().mismatches(a);
          checked[0]++;
          if (!mismatch.isEmpty() && disagreements.size() < 10) {
            disagreements.add(record.displayId() + " " + child + " under " + policy + ": " + mismatch);
          }
        }
      }
    });
    assertThat(disagreements).isEmpty();
    assertThat(checked[0]).isGreaterThan(5_000);
    assertThat(taken).as("every archetype is checked").containsOnlyKeys(Ssda903Archetype.values());
  }

  /** The chosen dates plus the child's birthdays from 14 to 25, the days around them, and care starts and ends. */
  private static TreeSet<LocalDate> datesFor(SyntheticChild child, List<LocalDate> chosen) {
    TreeSet<LocalDate> dates = new TreeSet<>(chosen);
    for (int age : new int[] {14, 16, 17, 18, 19, 21, 24}) {
      LocalDate b = Birthdays.attains(child.dateOfBirth(), age);
      dates.add(b);
      dates.add(b.minusDays(1));
    }
    for (SyntheticEpisode e : child.episodes()) {
      dates.add(e.start());
      e.end().ifPresent(end -> {
        dates.add(end);
        dates.add(end.minusDays(1));
        dates.add(end.plusMonths(6));
        dates.add(end.plusMonths(6).minusDays(1));
      });
    }
    dates.removeIf(d -> d.isBefore(child.dateOfBirth()) || d.isAfter(LocalDate.of(2030, 12, 31)));
    return dates;
  }
}
