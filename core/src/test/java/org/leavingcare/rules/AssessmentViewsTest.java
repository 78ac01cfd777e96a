package org.leavingcare.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.ChildrenAct1989;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Person;

/**
 * The engine's assessments keep their reasons, duties, codes and deadlines in views over the
 * arrays the rules filled ({@code Views}). They must behave as the {@code java.util} collections
 * {@link Assessment#of} builds: equal both ways, same hash codes, order and text, and unmodifiable.
 */
class AssessmentViewsTest {

  private static final EnglandRules RULES = EnglandRules.standard();

  /** An eligible child with a pathway review due and a flag: duties, deadlines and flags all present. */
  private static Assessment engineAssessment() {
    Person p = Person.of("V1", LocalDate.of(2007, 6, 1));
    Circumstances c = Circumstances.builder().placementStart(LocalDate.of(2023, 1, 5))
        .lastVisit(LocalDate.of(2024, 2, 1)).unknownFact("somethingNew").build();
    CareHistory h = CareHistory.of(p, List.of(CareEpisode.ongoing(LocalDate.of(2022, 9, 1))), c);
    return RULES.assess(h, LocalDate.of(2024, 3, 31), Policy.defaults());
  }

  @Test
  void theEnginesAssessmentEqualsTheSameOneBuiltFromJavaUtilCollections() {
    Assessment a = engineAssessment();
    assertThat(a.duties()).isNotEmpty();
    assertThat(a.deadlines()).hasSizeGreaterThan(1);
    assertThat(a.flags()).isNotEmpty();
    Assessment rebuilt = Assessment.of(a.personId(), a.asOf(), a.category(), new ArrayList<>(a.reasons()),
        new ArrayList<>(a.duties()), new ArrayList<>(a.deadlines().values()), EnumSet.copyOf(a.flags()), a.policy());
    assertThat(a).isEqualTo(rebuilt).hasSameHashCodeAs(rebuilt);
    assertThat(rebuilt).isEqualTo(a);
    assertThat(a).hasToString(rebuilt.toString());

    assertThat(a.reasons()).isEqualTo(new ArrayList<>(a.reasons())).hasSameHashCodeAs(new ArrayList<>(a.reasons()));
    assertThat(a.reasons().toString()).isEqualTo(new ArrayList<>(a.reasons()).toString());
    EnumSet<DutyCode> codes = EnumSet.noneOf(DutyCode.class);
    a.duties().forEach(d -> codes.add(d.code()));
    assertThat(a.dutyCodes()).isEqualTo(codes).hasSameHashCodeAs(codes).hasSize(codes.size());
    assertThat(codes).isEqualTo(a.dutyCodes());
    assertThat(new ArrayList<>(a.dutyCodes())).isEqualTo(new ArrayList<>(codes)); // code order
    assertThat(a.dutyCodes().toString()).isEqualTo(codes.toString());
    EnumMap<DeadlineKey, Deadline> map = new EnumMap<>(DeadlineKey.class);
    a.deadlines().values().forEach(d -> map.put(d.key(), d));
    assertThat(a.deadlines()).isEqualTo(map).hasSameHashCodeAs(map);
    assertThat(map).isEqualTo(a.deadlines());
    assertThat(new ArrayList<>(a.deadlines().keySet())).isEqualTo(new ArrayList<>(map.keySet())); // key order
    assertThat(new ArrayList<>(a.deadlines().values())).isEqualTo(new ArrayList<>(map.values()));
    assertThat(a.deadlines().toString()).isEqualTo(map.toString());
    assertThat(a.deadlines().entrySet()).hasSize(map.size()).isEqualTo(map.entrySet());
    assertThat(a.deadlines().values()).hasSize(map.size());
    assertThat(a.deadlines().keySet()).hasSize(map.size()).isEqualTo(map.keySet());
    for (DeadlineKey key : DeadlineKey.values()) {
      assertThat(a.deadlines().containsKey(key)).isEqualTo(map.containsKey(key));
      assertThat(a.deadlines().get(key)).isEqualTo(map.get(key));
    }
    assertThat(a.deadlines().get("turns18On")).isNull();
    for (DutyCode code : DutyCode.values()) {
      assertThat(a.owes(code)).isEqualTo(codes.contains(code));
    }
    assertThat(a.dutyCodes().contains("PA_APPOINT")).isFalse();
  }

  @Test
  void everyViewIsUnmodifiable() {
    Assessment a = engineAssessment();
    Reason first = a.reasons().get(0);
    assertThatThrownBy(() -> a.reasons().add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.reasons().set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.reasons().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.duties().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.dutyCodes().remove(a.duties().get(0).code()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.dutyCodes().add(DutyCode.HE_BURSARY)).isInstanceOf(UnsupportedOperationException.class);
    Map<DeadlineKey, Deadline> deadlines = a.deadlines();
    Deadline any = deadlines.values().iterator().next();
    assertThatThrownBy(() -> deadlines.put(any.key(), any)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> deadlines.remove(any.key())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(deadlines::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> deadlines.values().remove(any)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> deadlines.keySet().remove(any.key())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> deadlines.entrySet().iterator().next().setValue(any))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.reasons().get(a.reasons().size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.reasons().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anAssessmentWithNoDutiesDeadlinesOrFlagsHasEmptyCollections() {
    Person p = Person.of("V2", LocalDate.of(1990, 6, 1));
    Assessment a = RULES.assess(CareHistory.of(p, List.of(), Circumstances.none()), LocalDate.of(2024, 3, 31),
        Policy.defaults());
    assertThat(a.category()).isEqualTo(Category.NONE);
    assertThat(a.duties()).isEmpty();
    assertThat(a.dutyCodes()).isEmpty();
    assertThat(a.deadlines()).isEmpty();
    assertThat(a.flags()).isEmpty();
    assertThat(a.flags()).isEqualTo(Collections.emptySet()).isEqualTo(EnumSet.noneOf(Flag.class));
    assertThat(a).isEqualTo(Assessment.of("V2", a.asOf(), Category.NONE, a.reasons(), List.of(), List.of(), Set.of(),
        Policy.defaults()));
  }

  @Test
  void aDutyCodeIteratorEndsWithNoSuchElement() {
    Assessment a = engineAssessment();
    var it = a.dutyCodes().iterator();
    for (int i = 0; i < a.dutyCodes().size(); i++) {
      assertThat(it.next()).isEqualTo(a.duties().get(i).code());
    }
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    var entries = a.deadlines().entrySet().iterator();
    for (int i = 0; i < a.deadlines().size(); i++) {
      entries.next();
    }
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void theViewsHoldWhatTheyWereGiven() {
    DutyOwed owed = new DutyOwed(DutyCode.PA_APPOINT, ChildrenAct1989.S22_LOOKED_AFTER, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), false);
    Views.ArrayView<DutyOwed> list = new Views.ArrayView<>(new DutyOwed[] {owed, null}, 1);
    assertThat(list).containsExactly(owed);
    assertThat(new Views.DutyCodes(list)).containsExactly(DutyCode.PA_APPOINT);
  }
}
