package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Problem;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import org.leavingcare.ssda903.internal.Cells;
import org.leavingcare.ssda903.internal.ChildRows;
import org.leavingcare.ssda903.internal.Store;
import org.leavingcare.time.EpochDays;

/**
 * Which young people should have an OC3 row this year, and which do (SSDA903.md §6, §7.7): the
 * expected cohort worked out from each child's <b>full</b> episode history with the law engine,
 * compared with the OC3 rows returned, listing those missing and those unexpected with the reason.
 *
 * <p>A young person is expected when all of these hold:
 * <ol>
 *   <li>their 17th to 21st birthday falls in the collection year (22 to 25 are not expected: their
 *       coding is unverified, SSDA903.md §7.4);</li>
 *   <li>their final episode did not end in death (E2), transfer to another authority (E3) or
 *       adoption (E11, E12);</li>
 *   <li>for 17 and 18: they were not looked after on or after that birthday within the year (DfE
 *       rules 1007 and 1016; an episode is looked after up to the day before its DEC);</li>
 *   <li>on that birthday the law engine, with the {@code DFE_903_COMPATIBLE} profile (at least one
 *       day looked after after 16, as DfE rule 1001), finds them a relevant child (at 17) or a
 *       former relevant child (18 to 21): that is, 13 weeks looked after since 14, counted over the
 *       whole history given (not a one-year look-back), with V3 short breaks verified under CPPCR
 *       reg 48 and V4 agreements left out.</li>
 * </ol>
 * Birthdays follow the leap-day setting of {@link IndicatorSettings} (29 February: 1 March by
 * default). DfE rule 1002 (no episodes this or last year) is an artefact of the one-year look-back
 * and is not applied; a young person with no episodes at all in the files read cannot be judged and
 * is reported as such.
 */
public final class ExpectedCohort {

  /** Why a young person is, or is not, expected to have an OC3 row. */
  public enum Reason {
    /** Expected: a relevant child on the 17th birthday. */
    RELEVANT_ON_17TH_BIRTHDAY(true, "Relevant child on the 17th birthday"),
    /** Expected: a former relevant child on the 18th to 21st birthday. */
    FORMER_RELEVANT_ON_BIRTHDAY(true, "Former relevant child on the birthday"),
    /** Not expected: no date of birth. */
    NO_DATE_OF_BIRTH(false, "No date of birth"),
    /** Not expected: the birthday in the year is not the 17th to 21st. */
    AGE_OUTSIDE_17_TO_21(false, "Birthday in the year is not the 17th to 21st"),
    /** Not expected: no episodes in the files read. */
    NO_EPISODES(false, "No episodes in the files read (give earlier years' Episodes files)"),
    /** Not expected: died in care (final REC E2). */
    DIED_IN_CARE(false, "Died in care (REC E2)"),
    /** Not expected: care transferred to another authority (final REC E3). */
    TRANSFERRED(false, "Care transferred to another authority (REC E3)"),
    /** Not expected: adopted (final REC E11 or E12). */
    ADOPTED(false, "Adopted (REC E11/E12)"),
    /** Not expected: looked after on or after the 17th or 18th birthday within the year. */
    LOOKED_AFTER_ON_OR_AFTER_BIRTHDAY(false, "Looked after on or after the 17th/18th birthday in the year"),
    /** Not expected: neither relevant nor former relevant on the birthday. */
    NOT_A_CARE_LEAVER(false, "Not a relevant or former relevant child on the birthday"),
    /** Not expected: the history could not be assessed. */
    HISTORY_INVALID(false, "Care history could not be assessed");

    private final boolean expected;
    private final String label;

    Reason(boolean expected, String label) {
      this.expected = expected;
      this.label = label;
    }

    /** @return whether this reason makes the young person expected */
    public boolean expected() {
      return expected;
    }

    /** @return the label a reader sees */
    public String label() {
      return label;
    }
  }

  /**
   * The finding for one young person who is expected, has an OC3 row, or both.
   *
   * @param childId CHILD
   * @param age the birthday in the year, if known
   * @param reason why expected or not
   * @param returned whether an OC3 row was returned
   * @param detail more about the reason (for example the category on the birthday), never a date of birth
   */
  public record Finding(String childId, Optional<Integer> age, Reason reason, boolean returned, String detail) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Finding {
      requireNonNull(childId, "childId");
      requireNonNull(age, "age");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }

    /** @return whether an OC3 row is expected */
    public boolean expected() {
      return reason.expected();
    }

    /** @return expected but not returned */
    public boolean isMissing() {
      return expected() && !returned;
    }

    /** @return returned but not expected */
    public boolean isUnexpected() {
      return !expected() && returned;
    }
  }

  private final CollectionYear year;
  private final List<Finding> findings;
  private final Map<Reason, Long> notExpectedWithoutRow;
  // Worked out once: a report asks for them several times, and a large return keeps 100,000s of findings.
  private final List<Finding> missing;
  private final List<Finding> unexpected;
  private final long matched;
  private final long expectedCount;

  private ExpectedCohort(CollectionYear year, List<Finding> findings, Map<Reason, Long> notExpectedWithoutRow) {
    this.year = year;
    this.findings = List.copyOf(findings);
    this.notExpectedWithoutRow = Map.copyOf(notExpectedWithoutRow);
    List<Finding> m = new ArrayList<>();
    List<Finding> u = new ArrayList<>();
    long both = 0;
    long expected = 0;
    for (Finding f : this.findings) {
      if (f.isMissing()) {
        m.add(f);
      } else if (f.isUnexpected()) {
        u.add(f);
      }
      if (f.expected()) {
        expected++;
        if (f.returned()) {
          both++;
        }
      }
    }
    this.missing = List.copyOf(m);
    this.unexpected = List.copyOf(u);
    this.matched = both;
    this.expectedCount = expected;
  }

  /**
   * Checks a return.
   *
   * @param ret the return, with as much episode history as is available
   * @param settings ages (leap-day policy) for birthdays
   * @param rules the law engine
   * @return the findings
   */
  public static ExpectedCohort check(Ssda903Return ret, IndicatorSettings settings, Jurisdiction rules) {
    requireNonNull(ret, "ret");
    requireNonNull(settings, "settings");
    requireNonNull(rules, "rules");
    Policy policy = policy(settings);
    Tally t = ret.pass(Tally::new, acc -> acc.rows,
        (acc, c) -> acc.judge(c, settings.age(c, ret.year()), ret.year(), settings, rules, policy), Tally::merge);
    return t.result(ret.year());
  }

  /** The findings worth keeping (expected or returned) and counts of the rest, for one thread. */
  static final class Tally {
    private static final Reason[] REASONS = Reason.values();
    /** The rows of the child being judged (one per tally, loaded child after child). */
    final ChildRows rows = new ChildRows();
    private final List<Finding> kept = new ArrayList<>();
    private final long[] others = new long[REASONS.length];

    // What the last judgement found, for the detail of a finding that is kept.
    private int episode;
    private Category category = Category.NONE;
    private @Nullable InvalidCareHistoryException invalid;

    /**
     * Judges one child ({@link ExpectedCohort}'s rules, in their order) and counts the finding: kept
     * if the young person is expected or returned, else counted by reason. The child's history is
     * converted once for this and the assessment on the reference date ({@link ChildRows#historyOn}).
     *
     * @param c the child's rows
     * @param age the age in the year ({@link IndicatorSettings#age(ChildRows, CollectionYear)})
     * @param year the collection year
     * @param settings ages (leap-day policy)
     * @param rules the law engine
     * @param policy {@link #policy}
     * @return whether the young person is expected
     */
    boolean judge(ChildRows c, int age, CollectionYear year, IndicatorSettings settings, Jurisdiction rules,
        Policy policy) {
      Reason r = reason(c, age, year, settings, rules, policy);
      boolean returned = c.oc3Row() >= 0;
      if (r.expected() || returned) {
        kept.add(finding(c, r, returned, age));
      } else {
        others[r.ordinal()]++;
      }
      return r.expected();
    }

    private Reason reason(ChildRows c, int age, CollectionYear year, IndicatorSettings settings, Jurisdiction rules,
        Policy policy) {
      if (!c.hasDateOfBirth()) {
        return Reason.NO_DATE_OF_BIRTH;
      }
      if (age < 17 || age > 21) {
        return Reason.AGE_OUTSIDE_17_TO_21;
      }
      int n = c.episodes();
      if (n == 0) {
        return Reason.NO_EPISODES;
      }
      String finalRec = c.reasonCeased(n - 1);
      if (finalRec.equals("E2")) {
        return Reason.DIED_IN_CARE;
      }
      if (finalRec.equals("E3")) {
        return Reason.TRANSFERRED;
      }
      if (finalRec.equals("E11") || finalRec.equals("E12")) {
        return Reason.ADOPTED;
      }
      int birthdayDay = (int) settings.birthday(c.dateOfBirth(), age);
      if (age <= 18) {
        long yearEnd = IndicatorSettings.yearEnd(year);
        for (int i = 0; i < n; i++) {
          boolean startsByYearEnd = c.start(i) <= yearEnd;
          boolean runsPastBirthday = c.end(i) == Store.OPEN || birthdayDay < c.end(i);
          if (!c.isShortBreakAgreement(i) && startsByYearEnd && runsPastBirthday) {
            episode = i;
            return Reason.LOOKED_AFTER_ON_OR_AFTER_BIRTHDAY;
          }
        }
      }
      try {
        category = rules.category(c.historyOn(birthdayDay), EpochDays.date(birthdayDay), policy);
      } catch (InvalidCareHistoryException ex) {
        invalid = ex;
        return Reason.HISTORY_INVALID;
      }
      if (age == 17 && category == Category.RELEVANT) {
        return Reason.RELEVANT_ON_17TH_BIRTHDAY;
      }
      if (age >= 18 && category.isFormerRelevant()) {
        return Reason.FORMER_RELEVANT_ON_BIRTHDAY;
      }
      return Reason.NOT_A_CARE_LEAVER;
    }

    /** The finding of the child last judged, with its detail (only for those kept). */
    private Finding finding(ChildRows c, Reason r, boolean returned, int ageInYear) {
      Optional<Integer> age = IndicatorSettings.known(ageInYear);
      String detail = switch (r) {
        case LOOKED_AFTER_ON_OR_AFTER_BIRTHDAY ->
            "episode from " + LocalDate.ofEpochDay(c.start(episode)) + " runs on or after the birthday";
        case HISTORY_INVALID -> requireNonNull(invalid).problems().stream().map(Problem::code).distinct()
            .collect(Collectors.joining(", "));
        case RELEVANT_ON_17TH_BIRTHDAY, FORMER_RELEVANT_ON_BIRTHDAY -> category.name();
        case NOT_A_CARE_LEAVER -> "category on the birthday: " + category.name();
        default -> "";
      };
      return new Finding(c.id(), age, r, returned, detail);
    }

    Tally merge(Tally o) {
      kept.addAll(o.kept);
      for (int i = 0; i < others.length; i++) {
        others[i] += o.others[i];
      }
      return this;
    }

    ExpectedCohort result(CollectionYear year) {
      kept.sort(Comparator.comparing(Finding::childId));
      Map<Reason, Long> counted = new EnumMap<>(Reason.class);
      for (Reason r : REASONS) {
        if (others[r.ordinal()] > 0) {
          counted.put(r, others[r.ordinal()]);
        }
      }
      return new ExpectedCohort(year, kept, counted);
    }
  }

  /**
   * The leap-day-aware policy the check assesses with.
   *
   * @param settings the indicator settings
   * @return {@code DFE_903_COMPATIBLE} with the settings' leap-day policy
   */
  static Policy policy(IndicatorSettings settings) {
    return Policy.of(Policy.Profile.DFE_903_COMPATIBLE).withLeapDayBirthday(settings.leapDay());
  }

  /** @return the collection year checked */
  public CollectionYear year() {
    return year;
  }

  /** @return every young person who is expected, returned, or both, by child id */
  public List<Finding> findings() {
    return findings;
  }

  /** @return expected but with no OC3 row */
  public List<Finding> missing() {
    return missing;
  }

  /** @return with an OC3 row but not expected */
  public List<Finding> unexpected() {
    return unexpected;
  }

  /** @return expected and returned */
  public long matched() {
    return matched;
  }

  /** @return how many are expected */
  public long expectedCount() {
    return expectedCount;
  }

  /** @return children neither expected nor returned, counted by reason */
  public Map<Reason, Long> notExpectedWithoutRow() {
    return notExpectedWithoutRow;
  }
}
