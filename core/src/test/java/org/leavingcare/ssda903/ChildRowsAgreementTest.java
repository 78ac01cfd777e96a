package org.leavingcare.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Person;
import org.leavingcare.model.Problem;
import org.leavingcare.ssda903.internal.ChildRows;
import org.leavingcare.ssda903.internal.Store;

/**
 * The cohort pass reads each child from the store's arrays ({@link ChildRows}) instead of the
 * {@link ChildRecord} the public API gives: the rows must say what the record says, and the law
 * engine's history made from them on any date must equal the one made from the record (the
 * conversion the pass used before, kept here as the reference).
 */
class ChildRowsAgreementTest {

  private static final Path D2I = Path.of("src/test/resources/ssda903/samples/d2i-validator-fake-data");
  private static final Path LIIA = Path.of("src/test/resources/ssda903/samples/liia-tools");

  /** Children the samples lack: V4 agreements, C1/C2 runs with gaps, reviews out of order, an episode before birth, no DOB. */
  private static Ssda903Return handMade() {
    CohortFixture f = new CohortFixture();
    f.child("A", "2006-05-01")
        .episode("A", "2018-01-01", "2019-01-01", "S", "C1", "X1")
        .episode("A", "2019-01-01", "2020-06-01", "T", "C2", "X1")
        .episode("A", "2020-06-03", "2022-01-01", "S", "C2", "E17")
        .episode("A", "2021-01-01", "2021-01-05", "S", "V4", "E41")
        .review("A", "2006-05-01", "2021-06-01").review("A", "2006-05-01", "2020-07-01")
        .review("A", "2006-05-01", "2020-06-03").review("A", "2006-05-01", "2019-02-01")
        .oc3("A", "2006-05-01", "YES", "F2", "S2");
    f.child("B", "2012-02-29")
        .episode("B", "2020-01-01", "2020-01-03", "S", "V3", "E13")
        .episode("B", "2020-02-01", "2020-02-03", "S", "V3", "E13")
        .episode("B", "2023-01-01", null, "S", "C2", "");
    f.child("C", "2015-01-01").episode("C", "2014-06-01", null, "S", "C2", ""); // before birth: invalid
    f.episode("D", "2019-01-01", "2023-05-01", "S", "E1", "E3"); // no Header row, no DOB
    f.review("E", "2007-03-03", "2023-06-01"); // DOB from Reviews only
    f.episode("E", "2021-01-01", null, "S", "C2", "");
    return f.read(2024);
  }

  private static List<Ssda903Return> returns() {
    return List.of(handMade(),
        Ssda903Reader.forYear(CollectionYear.of(2019)).read(List.of(D2I.resolve("oc3.csv"),
            D2I.resolve("derived_header_oc3_children.csv"), D2I.resolve("derived_episodes_oc3_children.csv"),
            D2I.resolve("derived_reviews_oc3_children.csv"))),
        Ssda903Reader.forYear(CollectionYear.of(2020)).read(List.of(
            LIIA.resolve("liia-tools-pipeline_SSDA903_2020_header.csv"),
            LIIA.resolve("liia-tools-pipeline_SSDA903_2020_episodes.csv"))));
  }

  @Test
  void theRowsSayWhatTheRecordSays() {
    for (Ssda903Return ret : returns()) {
      ChildRows rows = new ChildRows();
      List<String> seen = new ArrayList<>();
      ret.pass(() -> seen, acc -> rows, (acc, c) -> acc.add(c.id()), (a, b) -> a);
      assertThat(seen).containsExactlyInAnyOrderElementsOf(ret.childIds());
      for (ChildRecord r : ret.children().toList()) {
        assertThat(ret.rows(r.childId(), rows)).isTrue();
        assertThat(rows.id()).isEqualTo(r.childId());
        assertThat(rows.hasDateOfBirth()).isEqualTo(r.dateOfBirth().isPresent());
        r.dateOfBirth().ifPresent(d -> assertThat(rows.dateOfBirth()).isEqualTo(d));
        assertThat(rows.episodes()).isEqualTo(r.episodes().size());
        for (int i = 0; i < rows.episodes(); i++) {
          Episode e = r.episodes().get(i);
          assertThat(LocalDate.ofEpochDay(rows.start(i))).isEqualTo(e.start());
          assertThat(rows.end(i) == Store.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(rows.end(i))))
              .isEqualTo(e.end());
          assertThat(rows.legalStatus(i)).isEqualTo(e.legalStatus());
          assertThat(rows.reasonCeased(i)).isEqualTo(e.reasonCeased().orElse(""));
          assertThat(rows.isShortBreak(i)).isEqualTo(e.isShortBreak());
          assertThat(rows.isShortBreakAgreement(i)).isEqualTo(e.isShortBreakAgreement());
        }
        assertThat(rows.reviews()).isEqualTo(r.reviews().size());
        for (int i = 0; i < rows.reviews(); i++) {
          assertThat(LocalDate.ofEpochDay(rows.reviewDay(i))).isEqualTo(r.reviews().get(i).date());
        }
        assertThat(ret.oc3(rows)).isEqualTo(r.oc3());
      }
      assertThat(ret.rows("never seen", rows)).isFalse();
    }
  }

  @Test
  void theHistoryOnAnyDateIsTheOneTheRecordGives() {
    int compared = 0;
    int invalid = 0;
    for (Ssda903Return ret : returns()) {
      ChildRows rows = new ChildRows();
      for (ChildRecord r : ret.children().toList()) {
        ret.rows(r.childId(), rows);
        if (r.dateOfBirth().isEmpty()) {
          assertThatThrownBy(() -> rows.historyOn(0)).isInstanceOf(IllegalStateException.class);
          continue;
        }
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2019, 3, 31)));
        for (Episode e : r.episodes()) {
          dates.add(e.start());
          dates.add(e.start().minusDays(1));
          e.end().ifPresent(d -> {
            dates.add(d);
            dates.add(d.minusDays(1));
          });
        }
        r.reviews().forEach(v -> dates.add(v.date()));
        for (LocalDate d : dates) {
          CareHistory expected;
          try {
            expected = reference(r, d);
          } catch (InvalidCareHistoryException e) {
            InvalidCareHistoryException got = catchThrowableOfType(() -> rows.historyOn((int) d.toEpochDay()),
                InvalidCareHistoryException.class);
            assertThat(got).isNotNull();
            assertThat(got.problems()).extracting(Problem::code).isEqualTo(e.problems().stream().map(Problem::code).toList());
            invalid++;
            continue;
          }
          assertThat(rows.historyOn((int) d.toEpochDay())).as(r.childId() + " on " + d).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(invalid).isGreaterThan(0);
  }

  /** The conversion the cohort pass made from a record before it read the store's rows. */
  private static CareHistory reference(ChildRecord child, LocalDate asOf) {
    List<CareEpisode> episodes = new ArrayList<>();
    for (Episode e : child.episodes()) {
      if (e.isShortBreakAgreement()) {
        continue;
      }
      CareEpisode.Builder b = CareEpisode.builder(e.start()).shortBreak(e.isShortBreak()).legalStatusCode(e.legalStatus());
      e.end().ifPresent(b::endExclusive);
      episodes.add(b.build());
    }
    return CareHistory.of(Person.of(child.childId(), child.dateOfBirth().orElseThrow()), episodes,
        circumstances(child, asOf));
  }

  private static Circumstances circumstances(ChildRecord child, LocalDate asOf) {
    Circumstances.Builder c = Circumstances.builder();
    List<Episode> eps = child.episodes();
    int current = -1;
    for (int i = 0; i < eps.size(); i++) {
      Episode e = eps.get(i);
      if (!e.isShortBreakAgreement() && !e.start().isAfter(asOf) && (e.end().isEmpty() || asOf.isBefore(e.end().get()))) {
        current = i;
      }
    }
    if (current < 0) {
      return c.build();
    }
    if (isCareOrder(eps.get(current))) {
      int first = current;
      while (first > 0 && isCareOrder(eps.get(first - 1)) && abuts(eps.get(first - 1), eps.get(first))) {
        first--;
      }
      c.careOrder(true).careOrderSince(eps.get(first).start());
    }
    int first = current;
    while (first > 0 && abuts(eps.get(first - 1), eps.get(first))) {
      first--;
    }
    LocalDate periodStart = eps.get(first).start();
    @Nullable LocalDate firstReview = null;
    @Nullable LocalDate lastReview = null;
    for (Review r : child.reviews()) {
      if (!r.date().isBefore(periodStart) && !r.date().isAfter(asOf)) {
        if (firstReview == null) {
          firstReview = r.date();
        } else {
          lastReview = r.date();
        }
      }
    }
    if (firstReview != null) {
      c.firstReviewHeld(true).firstReviewDate(firstReview);
      if (lastReview != null) {
        c.lastReviewDate(lastReview);
      }
    } else {
      c.firstReviewHeld(false);
    }
    return c.build();
  }

  private static boolean abuts(Episode a, Episode b) {
    return a.end().isEmpty() || !a.end().get().isBefore(b.start());
  }

  private static boolean isCareOrder(Episode e) {
    return e.legalStatus().equals("C1") || e.legalStatus().equals("C2");
  }
}
