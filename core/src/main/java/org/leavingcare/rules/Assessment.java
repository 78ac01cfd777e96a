package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;

/**
 * What the law says about one young person on one date: their {@link Category}, the
 * {@link Reason}s (each condition tested, met or not, with its provision), the duties owed that day
 * (LAW.md §15.6), the deadlines (§15.7) and any {@link Flag}s. Immutable and thread-safe.
 */
public final class Assessment {

  private final String personId;
  private final LocalDate asOf;
  private final Category category;
  private final List<Reason> reasons;
  private final List<DutyOwed> duties;
  private final Set<DutyCode> dutyCodes;
  private final Map<DeadlineKey, Deadline> deadlines;
  private final Set<Flag> flags;
  private final Policy policy;

  private Assessment(String personId, LocalDate asOf, Category category, List<Reason> reasons, List<DutyOwed> duties,
      Set<DutyCode> dutyCodes, Map<DeadlineKey, Deadline> deadlines, Set<Flag> flags, Policy policy) {
    this.personId = personId;
    this.asOf = asOf;
    this.category = category;
    this.reasons = reasons;
    this.duties = duties;
    this.dutyCodes = dutyCodes;
    this.deadlines = deadlines;
    this.flags = flags;
    this.policy = policy;
  }

  /**
   * An assessment from its parts (the rules build these; tests and fixtures may too).
   *
   * @param personId the person's identifier, not null
   * @param asOf the assessment date, not null
   * @param category the category, not null
   * @param reasons the conditions tested, not empty
   * @param duties the duties owed, at most one per code
   * @param deadlines the deadlines, at most one per key
   * @param flags the flags
   * @param policy the policy the assessment was made under, not null
   * @return the assessment
   * @throws IllegalArgumentException if there is no reason, or a code or key is repeated
   */
  public static Assessment of(String personId, LocalDate asOf, Category category, Collection<Reason> reasons,
      Collection<DutyOwed> duties, Collection<Deadline> deadlines, Collection<Flag> flags, Policy policy) {
    requireNonNull(personId, "personId");
    requireNonNull(asOf, "asOf");
    requireNonNull(category, "category");
    requireNonNull(policy, "policy");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an assessment needs at least one reason; every answer says why");
    }
    EnumSet<DutyCode> codes = EnumSet.noneOf(DutyCode.class);
    List<DutyOwed> sorted = new ArrayList<>(duties);
    sorted.sort((a, b) -> a.code().compareTo(b.code()));
    for (DutyOwed d : sorted) {
      if (!codes.add(d.code())) {
        throw new IllegalArgumentException("duty " + d.code() + " is listed twice");
      }
    }
    EnumMap<DeadlineKey, Deadline> map = new EnumMap<>(DeadlineKey.class);
    for (Deadline d : deadlines) {
      if (map.put(d.key(), d) != null) {
        throw new IllegalArgumentException("deadline " + d.key().jsonName() + " is given twice");
      }
    }
    EnumSet<Flag> fl = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    return new Assessment(personId, asOf, category, List.copyOf(reasons), Collections.unmodifiableList(sorted),
        Collections.unmodifiableSet(codes), Collections.unmodifiableMap(map), Collections.unmodifiableSet(fl), policy);
  }

  /**
   * The rules' own factory: the inputs are already in order, distinct and owned by the caller, so
   * the assessment keeps views over them rather than copies: the reasons (an unmodifiable list,
   * possibly shared), the first {@code dutyCount} duties (in the order of their codes) and the first
   * {@code deadlineCount} deadlines (in the order of their keys).
   */
  static Assessment trusted(String personId, LocalDate asOf, Category category, List<Reason> reasons,
      DutyOwed[] duties, int dutyCount, Deadline[] deadlines, int deadlineCount, Set<Flag> flags, Policy policy) {
    List<DutyOwed> list = dutyCount == 0 ? List.of() : new Views.ArrayView<>(duties, dutyCount);
    Set<DutyCode> codes = dutyCount == 0 ? Collections.emptySet() : new Views.DutyCodes(list);
    Map<DeadlineKey, Deadline> map = deadlineCount == 0 ? Collections.emptyMap()
        : new Views.DeadlineMap(deadlines, deadlineCount);
    return new Assessment(personId, asOf, category, reasons, list, codes, map, flags, policy);
  }

  /**
   * Returns the person's identifier.
   *
   * @return the person's identifier
   */
  public String personId() {
    return personId;
  }

  /**
   * Returns the assessment date.
   *
   * @return the assessment date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the primary category.
   *
   * @return the primary category
   */
  public Category category() {
    return category;
  }

  /**
   * Every condition tested, met or not, each with its provision.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * The duties owed on the assessment date, in the order of {@link DutyCode}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<DutyOwed> duties() {
    return duties;
  }

  /**
   * The codes of the duties owed.
   *
   * @return an unmodifiable set
   */
  public Set<DutyCode> dutyCodes() {
    return dutyCodes;
  }

  /**
   * Whether the duty is owed on the assessment date.
   *
   * @param code the duty
   * @return true if owed
   */
  public boolean owes(DutyCode code) {
    return dutyCodes.contains(code);
  }

  /**
   * The duty owed with the given code, if it is owed.
   *
   * @param code the duty
   * @return the duty owed
   */
  public Optional<DutyOwed> duty(DutyCode code) {
    for (DutyOwed d : duties) {
      if (d.code() == code) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The deadlines, by key in the order of {@link DeadlineKey}.
   *
   * @return an unmodifiable map
   */
  public Map<DeadlineKey, Deadline> deadlines() {
    return deadlines;
  }

  /**
   * The deadline with the given key, if the rules produced it.
   *
   * @param key the key
   * @return the deadline
   */
  public Optional<Deadline> deadline(DeadlineKey key) {
    return Optional.ofNullable(deadlines.get(key));
  }

  /**
   * The date of the deadline with the given key, if present and dated.
   *
   * @param key the key
   * @return the date
   */
  public Optional<LocalDate> deadlineDate(DeadlineKey key) {
    Deadline d = deadlines.get(key);
    return d == null ? Optional.empty() : d.date();
  }

  /**
   * The flags raised.
   *
   * @return an unmodifiable set
   */
  public Set<Flag> flags() {
    return flags;
  }

  /**
   * Returns the policy the assessment was made under.
   *
   * @return the policy the assessment was made under
   */
  public Policy policy() {
    return policy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a && personId.equals(a.personId) && asOf.equals(a.asOf) && category == a.category
        && reasons.equals(a.reasons) && duties.equals(a.duties) && deadlines.equals(a.deadlines)
        && flags.equals(a.flags) && policy.equals(a.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(personId, asOf, category, reasons, duties, deadlines, flags, policy);
  }

  @Override
  public String toString() {
    return "Assessment[" + personId + " on " + asOf + ": " + category + ", duties " + dutyCodes + ", deadlines "
        + deadlines.values() + (flags.isEmpty() ? "" : ", flags " + flags) + "]";
  }
}
