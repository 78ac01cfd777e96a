package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A programme of education or training (LAW.md §15.4): what the s.23C(7) extension, s.23CA, the
 * HE bursary and vacation accommodation read. Immutable. Unlike other periods, the expected end is
 * the <em>inclusive</em> last day of the programme.
 */
public final class EducationProgramme {

  private final ProgrammeType type;
  private final boolean fullTime;
  private final boolean residential;
  private final @Nullable LocalDate start;
  private final @Nullable LocalDate expectedEnd;
  private final boolean inPathwayPlan;
  private final @Nullable Boolean pursuing;
  private final int courseLengthAcademicYears;

  private EducationProgramme(Builder b) {
    this.type = b.type;
    this.fullTime = b.fullTime;
    this.residential = b.residential;
    this.start = b.start;
    this.expectedEnd = b.expectedEnd;
    this.inPathwayPlan = b.inPathwayPlan;
    this.pursuing = b.pursuing;
    this.courseLengthAcademicYears = b.courseLengthAcademicYears;
  }

  /**
   * A builder for a programme of the given type.
   *
   * @param type the type, not null
   * @return a new builder (full-time, not residential, not in the pathway plan)
   */
  public static Builder builder(ProgrammeType type) {
    return new Builder(requireNonNull(type, "type"));
  }

  /**
   * Returns the type of programme.
   *
   * @return the type of programme
   */
  public ProgrammeType type() {
    return type;
  }

  /**
   * Returns whether the course is full-time (default true).
   *
   * @return whether the course is full-time (default true)
   */
  public boolean isFullTime() {
    return fullTime;
  }

  /**
   * Returns whether further education is provided on a residential basis (default false).
   *
   * @return whether further education is provided on a residential basis (default false)
   */
  public boolean isResidential() {
    return residential;
  }

  /**
   * Returns the first day of the programme, if known.
   *
   * @return the first day of the programme, if known
   */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the last day of the programme (inclusive), if known.
   *
   * @return the last day of the programme (inclusive), if known
   */
  public Optional<LocalDate> expectedEnd() {
    return Optional.ofNullable(expectedEnd);
  }

  /**
   * Returns whether the programme is set out in the pathway plan (default false).
   *
   * @return whether the programme is set out in the pathway plan (default false)
   */
  public boolean isInPathwayPlan() {
    return inPathwayPlan;
  }

  /**
   * Whether the person is pursuing the programme on the assessment date, if recorded (true also
   * covers an interruption the authority disregards); empty means "derive from the dates".
   *
   * @return the recorded answer
   */
  public Optional<Boolean> pursuing() {
    return Optional.ofNullable(pursuing);
  }

  /**
   * Returns the course length in academic years, if recorded.
   *
   * @return the course length in academic years, if recorded
   */
  public OptionalInt courseLengthAcademicYears() {
    return courseLengthAcademicYears < 0 ? OptionalInt.empty() : OptionalInt.of(courseLengthAcademicYears);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EducationProgramme p && type == p.type && fullTime == p.fullTime
        && residential == p.residential && Objects.equals(start, p.start) && Objects.equals(expectedEnd, p.expectedEnd)
        && inPathwayPlan == p.inPathwayPlan && Objects.equals(pursuing, p.pursuing)
        && courseLengthAcademicYears == p.courseLengthAcademicYears;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, fullTime, residential, start, expectedEnd, inPathwayPlan, pursuing, courseLengthAcademicYears);
  }

  @Override
  public String toString() {
    return "EducationProgramme[" + type + (fullTime ? ", full-time" : ", part-time") + ", " + start + ".." + expectedEnd
        + (inPathwayPlan ? ", in plan" : "") + "]";
  }

  /** Builds an {@link EducationProgramme}. */
  public static final class Builder {
    private final ProgrammeType type;
    private boolean fullTime = true;
    private boolean residential;
    private @Nullable LocalDate start;
    private @Nullable LocalDate expectedEnd;
    private boolean inPathwayPlan;
    private @Nullable Boolean pursuing;
    private int courseLengthAcademicYears = -1;

    private Builder(ProgrammeType type) {
      this.type = type;
    }

    /**
     * Sets full-time.
     *
     * @param v the value
     * @return this builder
     */
    public Builder fullTime(boolean v) {
      this.fullTime = v;
      return this;
    }

    /**
     * Sets residential.
     *
     * @param v the value
     * @return this builder
     */
    public Builder residential(boolean v) {
      this.residential = v;
      return this;
    }

    /**
     * Sets first day.
     *
     * @param v the value
     * @return this builder
     */
    public Builder start(LocalDate v) {
      this.start = requireNonNull(v, "start");
      return this;
    }

    /**
     * Sets last day (inclusive).
     *
     * @param v the value
     * @return this builder
     */
    public Builder expectedEnd(LocalDate v) {
      this.expectedEnd = requireNonNull(v, "expectedEnd");
      return this;
    }

    /**
     * Sets set out in the pathway plan.
     *
     * @param v the value
     * @return this builder
     */
    public Builder inPathwayPlan(boolean v) {
      this.inPathwayPlan = v;
      return this;
    }

    /**
     * Sets pursuing on the assessment date.
     *
     * @param v the value
     * @return this builder
     */
    public Builder pursuing(boolean v) {
      this.pursuing = v;
      return this;
    }

    /**
     * Sets the course length.
     *
     * @param years the length in academic years, at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder courseLengthAcademicYears(int years) {
      if (years < 0) {
        throw new IllegalArgumentException("courseLengthAcademicYears must be >= 0, was " + years);
      }
      this.courseLengthAcademicYears = years;
      return this;
    }

    /**
     * Builds the programme. The pair {@code start}/{@code expectedEnd} is checked when the
     * programme is put into {@link Circumstances}.
     *
     * @return the programme
     */
    public EducationProgramme build() {
      return new EducationProgramme(this);
    }
  }
}
