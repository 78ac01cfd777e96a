package org.leavingcare.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.leavingcare.model.internal.ModelInternals;

/**
 * The 903 cohort pass makes histories straight from epoch days ({@link ModelInternals#fromDays})
 * and review facts without a builder ({@link ModelInternals#reviewFacts}): each must be the one the
 * public builders make from the same values, and a faulty history must be refused so the builders
 * can name its faults. Differential, over generated histories (fixed seed, repeatable in CI).
 */
class CareHistoryFromDaysTest {

  private static final LegalStatus[] STATUSES = LegalStatus.values();
  private static final int BORN = (int) LocalDate.of(2004, 2, 29).toEpochDay();

  /** Generated episodes as the pass holds them, with the builders' history as the reference. */
  private static final class Episodes {
    final Person person = Person.of("C" + BORN, LocalDate.ofEpochDay(BORN));
    final int count;
    final int[] starts;
    final int[] ends;
    final boolean[] shortBreaks;
    final @Nullable LegalStatus[] statuses;
    final String[] codes;

    Episodes(Random r) {
      count = r.nextInt(7);
      // Room past the count: the factory reads only the first count entries.
      starts = new int[count + 2];
      ends = new int[count + 2];
      shortBreaks = new boolean[count + 2];
      statuses = new LegalStatus[count + 2];
      codes = new String[count + 2];
      int day = BORN - 40 + r.nextInt(60);
      for (int i = 0; i < count; i++) {
        // Often the same start (ties decide the order), sometimes before birth, sometimes ending before the start.
        day += r.nextInt(4) == 0 ? 0 : r.nextInt(400);
        starts[i] = r.nextInt(10) == 0 ? BORN - 1 - r.nextInt(30) : day;
        int shape = r.nextInt(12);
        ends[i] = shape == 0 ? Integer.MAX_VALUE : shape == 1 ? starts[i] - 1 - r.nextInt(5)
            : shape == 2 ? starts[i] : starts[i] + 1 + r.nextInt(shape == 3 ? 3 : 500);
        shortBreaks[i] = r.nextInt(4) == 0;
        if (r.nextInt(15) == 0) {
          codes[i] = r.nextBoolean() ? "" : "Z9";
          statuses[i] = null;
        } else {
          statuses[i] = STATUSES[r.nextInt(STATUSES.length)];
          codes[i] = statuses[i].name();
        }
      }
      // Given out of order at times: the factory sorts as the builder does.
      if (count > 1 && r.nextBoolean()) {
        int a = r.nextInt(count);
        int b = r.nextInt(count);
        swap(a, b);
      }
    }

    private void swap(int a, int b) {
      int s = starts[a];
      starts[a] = starts[b];
      starts[b] = s;
      int e = ends[a];
      ends[a] = ends[b];
      ends[b] = e;
      boolean sb = shortBreaks[a];
      shortBreaks[a] = shortBreaks[b];
      shortBreaks[b] = sb;
      LegalStatus ls = statuses[a];
      statuses[a] = statuses[b];
      statuses[b] = ls;
      String c = codes[a];
      codes[a] = codes[b];
      codes[b] = c;
    }

    /** The history through the public builders, as the pass made it before. */
    CareHistory.Builder builder(Circumstances facts) {
      CareHistory.Builder h = CareHistory.builder(person).circumstances(facts);
      for (int i = 0; i < count; i++) {
        CareEpisode.Builder b = CareEpisode.builder(LocalDate.ofEpochDay(starts[i])).shortBreak(shortBreaks[i]);
        LegalStatus s = statuses[i];
        if (s != null) {
          b.legalStatus(s);
        } else {
          b.legalStatusCode(codes[i]);
        }
        if (ends[i] != Integer.MAX_VALUE) {
          b.endExclusive(LocalDate.ofEpochDay(ends[i]));
        }
        h.episode(b);
      }
      return h;
    }
  }

  @Property(seed = "20261122", tries = 2000)
  void aHistoryFromDaysIsTheOneTheBuildersMake(@ForAll long seed) {
    Episodes e = new Episodes(new Random(seed));
    Circumstances facts = new Random(seed).nextBoolean() ? Circumstances.none()
        : Circumstances.builder().careOrder(true).firstReviewHeld(false).build();
    CareHistory fromDays =
        ModelInternals.fromDays(e.person, BORN, e.count, e.starts, e.ends, e.shortBreaks, e.statuses, facts);
    CareHistory.Builder builder = e.builder(facts);
    if (fromDays == null) {
      // Refused: the builders find a fault and name it.
      InvalidCareHistoryException ex = catchThrowableOfType(InvalidCareHistoryException.class, builder::build);
      assertThat(ex).isNotNull();
      assertThat(ex.problems()).isNotEmpty();
      return;
    }
    CareHistory reference = builder.build();
    assertThat(ModelInternals.days(fromDays)).containsExactly(ModelInternals.days(reference));
    assertThat(fromDays.circumstances()).isSameAs(reference.circumstances());
    assertThat(fromDays).isEqualTo(reference).hasSameHashCodeAs(reference);
    assertThat(fromDays.episodes()).containsExactlyElementsOf(reference.episodes());
    assertThat(fromDays.toString()).isEqualTo(reference.toString());
    CareHistory other = fromDays.withCircumstances(Circumstances.none());
    assertThat(ModelInternals.days(other)).isSameAs(ModelInternals.days(fromDays));
    assertThat(other.episodes()).isEqualTo(reference.episodes());
  }

  @Test
  void faultyHistoriesAreRefused() {
    Person p = Person.of("A", LocalDate.of(2010, 1, 1));
    int born = (int) p.dateOfBirth().toEpochDay();
    LegalStatus[] c2 = {LegalStatus.C2};
    Circumstances none = Circumstances.none();
    assertThat(ModelInternals.fromDays(p, born, 1, new int[] {born}, new int[] {born - 1}, new boolean[1], c2, none)).isNull();
    assertThat(ModelInternals.fromDays(p, born, 1, new int[] {born - 1}, new int[] {born + 5}, new boolean[1], c2, none)).isNull();
    assertThat(ModelInternals.fromDays(p, born, 1, new int[] {born}, new int[] {born + 5}, new boolean[1],
        new LegalStatus[1], none)).isNull();
    assertThat(ModelInternals.fromDays(p, born, 1, new int[] {born}, new int[] {Integer.MAX_VALUE}, new boolean[1], c2, none))
        .isEqualTo(CareHistory.of(p, java.util.List.of(CareEpisode.builder(p.dateOfBirth()).shortBreak(false)
            .legalStatus(LegalStatus.C2).build()), none));
  }

  private static @Nullable LocalDate date(int day) {
    return day == ModelInternals.ABSENT ? null : LocalDate.ofEpochDay(day);
  }

  @Property(seed = "20261122", tries = 1000)
  void reviewFactsAreTheOnesTheBuilderMakes(@ForAll long seed) {
    Random r = new Random(seed);
    boolean careOrder = r.nextBoolean();
    int since = r.nextBoolean() ? ModelInternals.ABSENT : BORN + r.nextInt(5000);
    int held = r.nextInt(3) - 1;
    int first = r.nextBoolean() ? ModelInternals.ABSENT : BORN + r.nextInt(5000);
    int last = r.nextBoolean() ? ModelInternals.ABSENT : BORN + r.nextInt(5000);
    Circumstances.Builder b = Circumstances.builder().careOrder(careOrder);
    if (since != ModelInternals.ABSENT) {
      b.careOrderSince(LocalDate.ofEpochDay(since));
    }
    if (held >= 0) {
      b.firstReviewHeld(held == 1);
    }
    if (first != ModelInternals.ABSENT) {
      b.firstReviewDate(LocalDate.ofEpochDay(first));
    }
    if (last != ModelInternals.ABSENT) {
      b.lastReviewDate(LocalDate.ofEpochDay(last));
    }
    Circumstances reference = b.build();
    // The epoch days are read only where a date is given.
    Circumstances made = ModelInternals.reviewFacts(careOrder, date(since), since == ModelInternals.ABSENT ? -7 : since,
        held, date(first), first == ModelInternals.ABSENT ? -7 : first, date(last), last == ModelInternals.ABSENT ? -7 : last);
    assertThat(made).isEqualTo(reference).hasSameHashCodeAs(reference);
    assertThat(ModelInternals.factDays(made)).containsExactly(ModelInternals.factDays(reference));
  }
}
