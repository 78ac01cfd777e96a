package org.leavingcare.it.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.law.LegalReference;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.testkit.LawVector;
import org.leavingcare.testkit.LawVectors;
import org.leavingcare.testkit.LeavingCareAssertions;
import org.leavingcare.testkit.YoungPeople;
import org.leavingcare.testkit.generate.GeneratedSsda903;
import org.leavingcare.testkit.generate.Ssda903Generator;

/** A downstream project's tests, written against the published artifacts. */
class DownstreamTest {

  @Test
  void theTestkitAssertionsWorkWithTheProjectsOwnAssertJ() {
    LeavingCareAssertions.assertThat(Citations.keepingInTouch()).cites("Children Act 1989", "s.23C(2)");
  }

  @Test
  void aFixtureAssessedByTheEngineIsCheckedWithTheTestkitAssertions() {
    LeavingCareAssertions.assertThat(Citations.assess(
        YoungPeople.formerRelevantChild().aged(19).on(LocalDate.of(2026, 1, 15)).inEducation().build().history(),
        LocalDate.of(2026, 1, 15)))
        .hasCategory(Category.FORMER_RELEVANT).owes(DutyCode.HE_BURSARY, DutyCode.PA_CONTINUE);
  }

  @Test
  void theBundledLawVectorsPassThroughThePublishedArtifacts() {
    for (LawVector v : LawVectors.bundled()) {
      LeavingCareAssertions.assertThat(v.assess(EnglandRules.standard())).matches(v);
    }
  }

  @Test
  void theGeneratorWritesAReturnWithItsTruth(@TempDir Path dir) throws Exception {
    GeneratedSsda903 run = Ssda903Generator.builder().seed(1).children(200).collectionYears(2020, 2025).build()
        .writeTo(dir);
    assertThat(run.yearDirectory(2025).resolve("episodes.csv")).exists();
    assertThat(Files.readAllLines(run.truthDirectory().resolve("indicators.csv")).get(0)).startsWith("YEAR,AGE_GROUP,");
  }

  @Test
  void thePublishedJarsAreNamedModulesThatExportTheirApi() throws Exception {
    ModuleDescriptor core = descriptorOf(LegalReference.class);
    assertThat(core.name()).isEqualTo("org.leavingcare.core");
    assertThat(exports(core)).contains("org.leavingcare.law", "org.leavingcare.rules", "org.leavingcare.model").noneMatch(p -> p.contains("internal"));
    // A helper package shared with leavingcare's own modules is exported to them by name, to no one else.
    assertThat(core.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .allSatisfy(e -> assertThat(e.targets()).allMatch(t -> t.startsWith("org.leavingcare.")));

    ModuleDescriptor testkit = descriptorOf(LeavingCareAssertions.class);
    assertThat(testkit.name()).isEqualTo("org.leavingcare.testkit");
    assertThat(exports(testkit)).contains("org.leavingcare.testkit", "org.leavingcare.testkit.generate")
        .noneMatch(p -> p.contains("internal"));
    ModuleDescriptor.Requires assertj = testkit.requires().stream()
        .filter(r -> r.name().equals("org.assertj.core")).findFirst().orElseThrow();
    assertThat(assertj.modifiers()).as("AssertJ is the user's to bring").contains(ModuleDescriptor.Requires.Modifier.STATIC);
  }

  private static ModuleDescriptor descriptorOf(Class<?> type) throws Exception {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(jar.getFileName().toString()).as("read from the published jar").endsWith(".jar");
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertThat(found).hasSize(1);
    return found.iterator().next().descriptor();
  }

  /** The packages a module exports to every module (its API). */
  private static Set<String> exports(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
