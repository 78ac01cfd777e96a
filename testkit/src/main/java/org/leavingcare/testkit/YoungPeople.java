package org.leavingcare.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.function.Consumer;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.HomePersonType;
import org.leavingcare.model.Person;
import org.leavingcare.model.ProgrammeType;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Jurisdiction;

/**
 * Fixture builders that read like the domain: each names the young person's situation and builds a
 * care history that puts them in it on the assessment date, with margins well clear of the
 * boundaries where the law's policy switches differ.
 *
 * <pre>{@code
 * CaseFixture yp = YoungPeople.formerRelevantChild().aged(19).on(LocalDate.of(2026, 1, 15)).inEducation().build();
 * assertThat(yp.assess(EnglandRules.standard())).hasCategory(Category.FORMER_RELEVANT).owes(DutyCode.HE_BURSARY);
 *
 * CaseFixture home = YoungPeople.relevantChild().aged(17).on(asOf).returnedHomeForMonths(7).build();
 * // six months at home: excluded by CLR reg 3(5), so QUALIFYING rather than RELEVANT
 * }</pre>
 *
 * <p>The histories: a <b>looked-after child</b> has been looked after for the last 60 days; an
 * <b>eligible child</b> (16 or 17) has been looked after since the 15th birthday; a <b>relevant
 * child</b> (16 or 17) was looked after from 15 and left care 30 days before the date (or when they
 * went home); a <b>former relevant child</b> (18 or over) was looked after from 15 until the 18th
 * birthday; a <b>qualifying person</b> (16 to 20) was looked after for 30 days soon after turning 16.
 * The person is their stated age plus about four months on the date.
 */
public final class YoungPeople {

  private YoungPeople() {}

  /** What the history is built to show. */
  private enum Kind {
    LOOKED_AFTER(0, 17), ELIGIBLE(16, 17), RELEVANT(16, 17), FORMER_RELEVANT(18, 30), QUALIFYING(16, 20);

    final int minAge;
    final int maxAge;

    Kind(int minAge, int maxAge) {
      this.minAge = minAge;
      this.maxAge = maxAge;
    }
  }

  /**
   * Returns a child looked after for the last 60 days.
   *
   * @return a child looked after for the last 60 days
   */
  public static Builder lookedAfterChild() {
    return new Builder(Kind.LOOKED_AFTER);
  }

  /**
   * Returns a 16- or 17-year-old looked after since the 15th birthday (Sch. 2 para. 19B).
   *
   * @return a 16- or 17-year-old looked after since the 15th birthday (Sch. 2 para. 19B)
   */
  public static Builder eligibleChild() {
    return new Builder(Kind.ELIGIBLE);
  }

  /**
   * Returns a 16- or 17-year-old who was eligible and has left care (s.23A).
   *
   * @return a 16- or 17-year-old who was eligible and has left care (s.23A)
   */
  public static Builder relevantChild() {
    return new Builder(Kind.RELEVANT);
  }

  /**
   * Returns a young person of 18 or over who was looked after from 15 until 18 (s.23C(1)(b)).
   *
   * @return a young person of 18 or over who was looked after from 15 until 18 (s.23C(1)(b))
   */
  public static Builder formerRelevantChild() {
    return new Builder(Kind.FORMER_RELEVANT);
  }

  /**
   * Returns a young person looked after for fewer than 13 weeks after turning 16 (s.24(1B)).
   *
   * @return a young person looked after for fewer than 13 weeks after turning 16 (s.24(1B))
   */
  public static Builder qualifyingPerson() {
    return new Builder(Kind.QUALIFYING);
  }

  /**
   * A young person's case on an assessment date, as a fixture builds it.
   *
   * @param history the care history
   * @param asOf the assessment date
   */
  public record CaseFixture(CareHistory history, LocalDate asOf) {
    /** Checks the parts. */
    public CaseFixture {
      requireNonNull(history, "history");
      requireNonNull(asOf, "asOf");
    }

    /**
     * Assesses the case with the default policy.
     *
     * @param jurisdiction the law to apply
     * @return the assessment
     */
    public Assessment assess(Jurisdiction jurisdiction) {
      return jurisdiction.assess(history, asOf);
    }
  }

  /** Describes one young person. Not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private int age = -1;
    private LocalDate asOf = LocalDate.of(2026, 1, 15);
    private String id = "YP-1";
    private boolean inEducation;
    private boolean stayingPut;
    private int monthsAtHome;
    private Consumer<Circumstances.Builder> extra = c -> { };

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /**
     * The age on the assessment date.
     *
     * @param years whole years
     * @return this builder
     */
    public Builder aged(int years) {
      this.age = years;
      return this;
    }

    /**
     * The assessment date (default 15 January 2026).
     *
     * @param date the date
     * @return this builder
     */
    public Builder on(LocalDate date) {
      this.asOf = requireNonNull(date, "date");
      return this;
    }

    /**
     * The person's id (default {@code YP-1}).
     *
     * @param personId the id
     * @return this builder
     */
    public Builder id(String personId) {
      this.id = requireNonNull(personId, "personId");
      return this;
    }

    /**
     * In full-time higher education set out in the pathway plan, started 200 days before the date
     * and expected to end two years after it.
     *
     * @return this builder
     */
    public Builder inEducation() {
      this.inEducation = true;
      return this;
    }

    /**
     * Still living with the former foster carer in a staying put arrangement (s.23CZA).
     *
     * @return this builder
     */
    public Builder stayingPut() {
      this.stayingPut = true;
      return this;
    }

    /**
     * Left care to live with a parent this many months before the date and still there (CLR reg 3(5)
     * applies from six months). Only for a relevant child.
     *
     * @param months at least 1
     * @return this builder
     */
    public Builder returnedHomeForMonths(int months) {
      if (months < 1) {
        throw new IllegalArgumentException("months at home must be at least 1, was " + months);
      }
      this.monthsAtHome = months;
      return this;
    }

    /**
     * Further facts of LAW.md §15.4, for anything the named methods do not cover.
     *
     * @param facts adds facts to the circumstances
     * @return this builder
     */
    public Builder with(Consumer<Circumstances.Builder> facts) {
      this.extra = this.extra.andThen(requireNonNull(facts, "facts"));
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the fixture
     * @throws IllegalStateException if the description cannot hold (for example a relevant child
     *     aged 19, or seven months at home for a 16-year-old who was still in care then)
     */
    public CaseFixture build() {
      int years = age < 0 ? kind.minAge + 1 : age;
      if (years < kind.minAge || years > kind.maxAge) {
        throw new IllegalStateException(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " must be aged " + kind.minAge + " to " + kind.maxAge + ", was " + years);
      }
      LocalDate dob = asOf.minusYears(years).minusDays(120);
      if (dob.getMonth() == Month.FEBRUARY && dob.getDayOfMonth() == 29) {
        dob = dob.minusDays(1);
      }
      LocalDate b15 = dob.plusYears(15);
      LocalDate b16 = dob.plusYears(16);
      LocalDate b18 = dob.plusYears(18);
      Circumstances.Builder facts = Circumstances.builder();
      CareHistory.Builder history = CareHistory.builder(Person.of(id, dob));
      switch (kind) {
        case LOOKED_AFTER:
          history.episode(CareEpisode.ongoing(max(dob.plusDays(1), asOf.minusDays(60))));
          break;
        case ELIGIBLE:
          history.episode(CareEpisode.ongoing(b15));
          break;
        case RELEVANT: {
          LocalDate left = monthsAtHome > 0 ? asOf.minusMonths(monthsAtHome) : asOf.minusDays(30);
          if (left.isBefore(b16.plusDays(14))) {
            throw new IllegalStateException("a relevant child aged " + years + " on " + asOf + " cannot have been home "
                + monthsAtHome + " months: care must end after the 16th birthday; choose an older age or fewer months");
          }
          history.episode(CareEpisode.closed(b15, left));
          if (monthsAtHome > 0) {
            facts.livingWithParentSince(left).homePersonType(HomePersonType.PARENT);
          }
          break;
        }
        case FORMER_RELEVANT:
          history.episode(CareEpisode.closed(b15, b18));
          if (stayingPut) {
            facts.stayingPut(true);
          }
          break;
        case QUALIFYING:
          history.episode(CareEpisode.closed(b16.plusDays(30), b16.plusDays(60)));
          break;
        default:
          throw new IllegalStateException("unhandled fixture " + kind + ": this is a bug");
      }
      if (monthsAtHome > 0 && kind != Kind.RELEVANT) {
        throw new IllegalStateException("returnedHomeForMonths applies only to a relevant child");
      }
      if (inEducation) {
        facts.pathwayPlanExists(true).educationProgramme(EducationProgramme.builder(ProgrammeType.HIGHER_EDUCATION)
            .fullTime(true).start(asOf.minusDays(200)).expectedEnd(asOf.plusYears(2)).inPathwayPlan(true).build());
      }
      extra.accept(facts);
      return new CaseFixture(history.circumstances(facts.build()).build(), asOf);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }
}
