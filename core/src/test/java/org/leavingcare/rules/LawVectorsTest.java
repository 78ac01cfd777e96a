package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.duties.DeadlineKey;

/** The 41 shared law vectors (LAW.md §15.10), with the defaults and under each ambiguity's switch. */
class LawVectorsTest {

  private static final Jurisdiction ENGLAND = EnglandRules.standard();

  private static List<CaseRecord> cache;

  static synchronized List<CaseRecord> vectors() {
    if (cache == null) {
      cache = load();
    }
    return cache;
  }

  private static List<CaseRecord> load() {
    try (InputStream in = LawVectorsTest.class.getResourceAsStream("/law-vectors/law-vectors.json")) {
      List<CaseRecordResult> all = CaseRecordReader.readAll(in, "law-vectors.json");
      for (CaseRecordResult r : all) {
        if (r instanceof RecordError e) {
          fail("vector " + e.displayId() + " does not decode: " + e.problems());
        }
      }
      return all.stream().map(CaseRecord.class::cast).collect(Collectors.toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void thereAre41Vectors() {
    assertThat(vectors()).hasSize(41);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void matchesTheAgreedOutcomeWithTheDefaults(String id) {
    CaseRecord v = byId(id);
    Assessment a = ENGLAND.assess(v.history(), v.assessmentDate(), v.policyOver(Policy.defaults()));
    assertThat(v.expected().orElseThrow().mismatches(a)).as("%s: %s", id, a).isEmpty();
  }

  static Stream<String> ids() {
    return vectors().stream().map(v -> v.id().orElseThrow());
  }

  private static CaseRecord byId(String id) {
    return vectors().stream().filter(v -> v.id().orElseThrow().equals(id)).findFirst().orElseThrow();
  }

  /**
   * An ambiguous vector under the switch value its description names.
   *
   * @param id the vector
   * @param policy the switch settings
   * @param category the category the description gives
   * @param deadlines deadlines the description gives (others asserted by the vector may move)
   */
  record Alternative(String id, Map<String, String> policy, Category category, Map<DeadlineKey, String> deadlines) {
    @Override
    public String toString() {
      return id + " " + policy;
    }
  }

  static Stream<Alternative> alternatives() {
    String inclusive = "INCLUSIVE_DAYS";
    return Stream.of(
        new Alternative("CL-001", Map.of("DAY_COUNT", inclusive), Category.ELIGIBLE,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2025-04-01", DeadlineKey.NEEDS_ASSESSMENT_BY, "2025-07-01")),
        new Alternative("CL-002", Map.of("DAY_COUNT", inclusive), Category.ELIGIBLE, Map.of()),
        new Alternative("CL-003", Map.of("DAY_COUNT", inclusive), Category.LOOKED_AFTER,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2025-07-01")),
        new Alternative("CL-004", Map.of("DAY_COUNT", inclusive), Category.ELIGIBLE,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2024-09-08", DeadlineKey.NEEDS_ASSESSMENT_BY, "2024-12-08")),
        new Alternative("CL-005", Map.of("DAY_COUNT", inclusive), Category.LOOKED_AFTER,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2025-04-01")),
        new Alternative("CL-006", Map.of("SIXTEEN_BOUNDARY", "STRICTLY_AFTER"), Category.QUALIFYING, Map.of()),
        new Alternative("CL-006", Map.of("profile", "DFE_903_COMPATIBLE"), Category.QUALIFYING, Map.of()),
        new Alternative("CL-009", Map.of("SHORT_BREAK_GAP_STATUS", "NO_STATUS_DURING_SERIES"), Category.NONE, Map.of()),
        new Alternative("CL-010", Map.of("SHORT_BREAK_MODE", "STATUS_ONLY"), Category.ELIGIBLE,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2025-04-05", DeadlineKey.NEEDS_ASSESSMENT_BY, "2025-07-05")),
        new Alternative("CL-010", Map.of("DAY_COUNT", inclusive), Category.LOOKED_AFTER,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2025-06-13")),
        new Alternative("CL-013", Map.of("DAY_COUNT", inclusive), Category.RELEVANT,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2024-10-30", DeadlineKey.RELEVANT_FROM, "2024-11-05",
                DeadlineKey.NEEDS_ASSESSMENT_BY, "2025-02-05", DeadlineKey.HOME_EXCLUSION_FROM, "2025-05-05")),
        new Alternative("CL-031", Map.of("DAY_COUNT", inclusive), Category.FORMER_RELEVANT,
            Map.of(DeadlineKey.ELIGIBLE_FROM, "2024-12-19", DeadlineKey.CARRIED_OVER_NEEDS_ASSESSMENT_BY, "2025-03-19")),
        new Alternative("CL-034", Map.of("POST18_HOME_BREAKDOWN", "NO_RESTORE"), Category.QUALIFYING, Map.of()),
        new Alternative("CL-035", Map.of("S23C7_AGE_CAP", "AGE_25"), Category.NONE, Map.of()),
        new Alternative("CL-036", Map.of("LEAP_DAY_BIRTHDAY", "FEB_28"), Category.FORMER_RELEVANT, Map.of()),
        new Alternative("CL-037", Map.of("LEAP_DAY_BIRTHDAY", "FEB_28"), Category.RELEVANT, Map.of()),
        new Alternative("CL-037", Map.of("DAY_COUNT", inclusive), Category.RELEVANT, Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alternatives")
  void ambiguousVectorsMoveAsTheirDescriptionsSay(Alternative alt) {
    CaseRecord v = byId(alt.id());
    assertThat(v.ambiguous()).as("%s is marked ambiguous", alt.id()).isTrue();
    Assessment a = ENGLAND.assess(v.history(), v.assessmentDate(), Policy.parse(alt.policy()));
    assertThat(a.category()).as("%s", a).isEqualTo(alt.category());
    alt.deadlines().forEach((key, value) ->
        assertThat(a.deadline(key).flatMap(d -> d.jsonValue())).as("%s %s", key.jsonName(), a).isEqualTo(Optional.of(value)));
  }

  /**
   * Time coverage (Catala's couverture temporelle): every vector's history, assessed monthly from
   * birth to the 26th birthday under every profile, always gets exactly one category (no gap, no
   * conflict) and a reason.
   */
  @Test
  void everyMonthOfEveryHistoryHasExactlyOneCategory() {
    for (CaseRecord v : vectors()) {
      for (Policy.Profile profile : Policy.Profile.values()) {
        Policy p = Policy.of(profile);
        LocalDate dob = v.history().person().dateOfBirth();
        for (LocalDate d = dob; d.isBefore(dob.plusYears(26)); d = d.plusMonths(1)) {
          Assessment a = ENGLAND.assess(v.history(), d, p);
          assertThat(a.reasons()).as("%s on %s", v.displayId(), d).isNotEmpty();
        }
      }
    }
  }

  @Test
  void everyAmbiguousVectorHasAnAlternativeChecked() {
    List<String> checked = alternatives().map(Alternative::id).distinct().collect(Collectors.toList());
    List<String> ambiguous = vectors().stream().filter(CaseRecord::ambiguous).map(v -> v.id().orElseThrow())
        .collect(Collectors.toList());
    assertThat(checked).containsExactlyInAnyOrderElementsOf(ambiguous);
  }
}
