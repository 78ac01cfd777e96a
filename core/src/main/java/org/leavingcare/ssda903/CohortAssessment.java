package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leavingcare.duties.ComplianceItem;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;
import org.leavingcare.ssda903.internal.ChildRows;
import org.leavingcare.time.Ages;

/**
 * Every child of a return assessed by the law engine on one reference date: counts by legal
 * category and age, the duties owed, and the looked-after reviews that are overdue or due soon.
 *
 * <p>Each child's history is built from all the Episodes read (earlier years' too) as LAW.md §2.3
 * says (V3 short breaks verified under CPPCR reg 48; V4 agreements left out). The 903 holds
 * reviews (so CPPCR reg 33 review deadlines can be judged) but not visits, pathway plans, needs
 * assessments or personal advisers: deadlines that need those are not judged here, and the report
 * says so, which is why this does not use {@link org.leavingcare.duties.CaseloadCompliance} (it would
 * count every needs assessment and pathway plan as overdue). Children are assessed in parallel;
 * the result is the same whatever the order.
 */
public final class CohortAssessment {

  /** Ages on the reference date, for the counts. */
  public enum AgeGroup {
    /** Under 16. */
    UNDER_16("Under 16"),
    /** 16 or 17. */
    AGE_16_17("16 to 17"),
    /** 18 to 20. */
    AGE_18_20("18 to 20"),
    /** 21 to 24. */
    AGE_21_24("21 to 24"),
    /** 25 or over. */
    AGE_25_PLUS("25 and over");

    private final String label;

    AgeGroup(String label) {
      this.label = label;
    }

    /** @return the label a reader sees */
    public String label() {
      return label;
    }

    static AgeGroup of(int age) {
      return age < 16 ? UNDER_16 : age < 18 ? AGE_16_17 : age < 21 ? AGE_18_20 : age < 25 ? AGE_21_24 : AGE_25_PLUS;
    }
  }

  /** Why a child was not assessed. */
  public enum NotAssessed {
    /** No date of birth in any accepted row. */
    NO_DATE_OF_BIRTH,
    /** Born after the reference date. */
    BORN_AFTER_REFERENCE_DATE,
    /** The law model rejected the history (problem codes in {@link CohortAssessment#invalidHistories()}). */
    INVALID_HISTORY
  }

  /** The review deadlines the 903 lets us judge (CPPCR reg 33, or reg 48 for short breaks). */
  public static final List<DeadlineKey> REVIEW_DEADLINES =
      List.of(DeadlineKey.FIRST_REVIEW_BY, DeadlineKey.SECOND_REVIEW_BY, DeadlineKey.NEXT_REVIEW_BY);

  private final LocalDate asOf;
  private final Policy policy;
  private final Map<Category, Map<AgeGroup, Long>> counts;
  private final Map<DutyCode, Long> duties;
  private final List<ComplianceItem> overdue;
  private final long reviewsDueWithin28Days;
  private final Map<NotAssessed, Long> notAssessed;
  private final Map<String, Long> invalidHistories;

  CohortAssessment(LocalDate asOf, Policy policy, Acc a) {
    this.asOf = asOf;
    this.policy = policy;
    Map<Category, Map<AgeGroup, Long>> c = new EnumMap<>(Category.class);
    for (Category cat : Category.values()) {
      Map<AgeGroup, Long> row = new EnumMap<>(AgeGroup.class);
      for (AgeGroup g : AgeGroup.values()) {
        row.put(g, a.counts[cat.ordinal()][g.ordinal()]);
      }
      c.put(cat, Map.copyOf(row));
    }
    this.counts = Map.copyOf(c);
    this.duties = Map.copyOf(present(DUTIES, a.duties, DutyCode.class));
    a.overdue.sort(Comparator.comparing(ComplianceItem::personId).thenComparing(ComplianceItem::key));
    this.overdue = List.copyOf(a.overdue);
    this.reviewsDueWithin28Days = a.dueSoon;
    this.notAssessed = Map.copyOf(present(NOT_ASSESSED, a.notAssessed, NotAssessed.class));
    this.invalidHistories = Map.copyOf(a.invalid);
  }

  /**
   * Assesses every child of a return on a date.
   *
   * @param ret the return
   * @param asOf the reference date
   * @param policy the law engine's policy switches
   * @param rules the law engine
   * @return the assessment of the cohort
   */
  public static CohortAssessment of(Ssda903Return ret, LocalDate asOf, Policy policy, Jurisdiction rules) {
    requireNonNull(ret, "ret");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    requireNonNull(rules, "rules");
    int day = (int) asOf.toEpochDay();
    Acc a = ret.pass(Acc::new, acc -> acc.rows, (acc, c) -> acc.add(c, asOf, day, policy, rules), Acc::merge);
    return new CohortAssessment(asOf, policy, a);
  }

  private static final DutyCode[] DUTIES = DutyCode.values();
  private static final DeadlineKey[] REVIEW_KEYS = REVIEW_DEADLINES.toArray(new DeadlineKey[0]);
  private static final NotAssessed[] NOT_ASSESSED = NotAssessed.values();

  /** The counts above zero, by constant. */
  private static <E extends Enum<E>> Map<E, Long> present(E[] constants, long[] counts, Class<E> type) {
    Map<E, Long> m = new EnumMap<>(type);
    for (E e : constants) {
      if (counts[e.ordinal()] > 0) {
        m.put(e, counts[e.ordinal()]);
      }
    }
    return m;
  }

  /** Mutable totals for one thread, counted in arrays by ordinal. */
  static final class Acc {
    final long[][] counts = new long[Category.values().length][AgeGroup.values().length];
    final long[] duties = new long[DUTIES.length];
    final List<ComplianceItem> overdue = new ArrayList<>();
    long dueSoon;
    final long[] notAssessed = new long[NOT_ASSESSED.length];
    final Map<String, Long> invalid = new java.util.TreeMap<>();
    private @Nullable LocalDate soonFor;
    private @Nullable LocalDate soonLimit;

    /** The rows of the child being counted (one per accumulator, loaded child after child). */
    final ChildRows rows = new ChildRows();

    /**
     * Counts one child.
     *
     * @param c the child's rows
     * @param asOf the reference date
     * @param asOfDay the same as an epoch day
     * @param policy the law engine's switches
     * @param rules the law engine
     */
    void add(ChildRows c, LocalDate asOf, int asOfDay, Policy policy, Jurisdiction rules) {
      if (!c.hasDateOfBirth()) {
        notAssessed[NotAssessed.NO_DATE_OF_BIRTH.ordinal()]++;
        return;
      }
      if (c.dateOfBirthDay() > asOfDay) {
        notAssessed[NotAssessed.BORN_AFTER_REFERENCE_DATE.ordinal()]++;
        return;
      }
      Assessment a;
      try {
        a = rules.assess(c.historyOn(asOfDay), asOf, policy);
      } catch (InvalidCareHistoryException e) {
        invalid(e);
        return;
      }
      int age = Ages.ageOn(c.dateOfBirth(), asOf, policy.leapDayBirthday()); // born by asOf: checked above
      counts[a.category().ordinal()][AgeGroup.of(age).ordinal()]++;
      List<DutyOwed> owed = a.duties(); // one per code
      for (int i = 0, n = owed.size(); i < n; i++) {
        duties[owed.get(i).code().ordinal()]++;
      }
      Map<DeadlineKey, Deadline> deadlines = a.deadlines();
      if (!deadlines.isEmpty()) {
        reviews(c, a, deadlines, asOf, asOfDay);
      }
    }

    /** {@code asOf} plus 28 days: the last day a review counts as due soon (worked out once per pass). */
    private LocalDate soonLimit(LocalDate asOf) {
      if (!asOf.equals(soonFor)) {
        soonFor = asOf;
        soonLimit = asOf.plusDays(28);
      }
      return requireNonNull(soonLimit);
    }

    /** Counts a child whose history the law model rejected, by problem code (a rare path, kept out of line). */
    private void invalid(InvalidCareHistoryException e) {
      notAssessed[NotAssessed.INVALID_HISTORY.ordinal()]++;
      e.problems().stream().map(p -> p.code()).distinct().forEach(code -> invalid.merge(code, 1L, Long::sum));
    }

    /** Counts the review deadlines that are overdue or due within 28 days. */
    private void reviews(ChildRows c, Assessment a, Map<DeadlineKey, Deadline> deadlines, LocalDate asOf, int asOfDay) {
      for (DeadlineKey k : REVIEW_KEYS) {
        Deadline d = deadlines.get(k);
        LocalDate due = d == null ? null : d.date().orElse(null);
        if (due != null) {
          if (due.isBefore(asOf)) {
            overdue(c, a, k, due, requireNonNull(d), asOf);
          } else if (!due.isAfter(soonLimit(asOf))) {
            dueSoon++;
          }
        }
      }
    }

    private void overdue(ChildRows c, Assessment a, DeadlineKey k, LocalDate due, Deadline d, LocalDate asOf) {
      overdue.add(new ComplianceItem(c.id(), a.category(), k, due, ComplianceItem.Status.OVERDUE,
          ChronoUnit.DAYS.between(due, asOf), d.provision()));
    }

    Acc merge(Acc o) {
      for (int i = 0; i < counts.length; i++) {
        for (int j = 0; j < counts[i].length; j++) {
          counts[i][j] += o.counts[i][j];
        }
      }
      for (int i = 0; i < duties.length; i++) {
        duties[i] += o.duties[i];
      }
      overdue.addAll(o.overdue);
      dueSoon += o.dueSoon;
      for (int i = 0; i < notAssessed.length; i++) {
        notAssessed[i] += o.notAssessed[i];
      }
      o.invalid.forEach((k, v) -> invalid.merge(k, v, Long::sum));
      return this;
    }
  }

  /** @return the reference date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the law engine's policy used */
  public Policy policy() {
    return policy;
  }

  /**
   * How many children are in a category and age group.
   *
   * @param category the category
   * @param age the age group on the reference date
   * @return the count
   */
  public long count(Category category, AgeGroup age) {
    return counts.get(category).get(age);
  }

  /**
   * How many children are in a category.
   *
   * @param category the category
   * @return the count over all ages
   */
  public long count(Category category) {
    return counts.get(category).values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return children assessed (every category, {@code NONE} included) */
  public long assessed() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  /** @return how many children are owed each duty; duties owed to nobody are absent */
  public Map<DutyCode, Long> duties() {
    return duties;
  }

  /**
   * Reviews overdue on the reference date, by child, as the law engine's
   * {@link ComplianceItem}s (the same shape {@link org.leavingcare.duties.CaseloadCompliance} uses).
   *
   * @return the overdue reviews
   */
  public List<ComplianceItem> overdueReviews() {
    return overdue;
  }

  /** @return reviews falling due within 28 days after the reference date (inclusive) */
  public long reviewsDueWithin28Days() {
    return reviewsDueWithin28Days;
  }

  /** @return children not assessed, by reason */
  public Map<NotAssessed, Long> notAssessed() {
    return notAssessed;
  }

  /** @return problem codes of histories the law model rejected, with how many children had each */
  public Map<String, Long> invalidHistories() {
    return invalidHistories;
  }
}
