package org.leavingcare.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Flag;
import org.leavingcare.rules.Reason;

/**
 * Assertions on an {@link Assessment}; obtain one from
 * {@link LeavingCareAssertions#assertThat(Assessment)}. Every failure message shows the assessment's
 * reasons (each condition tested, met or not, with its provision), so a failing test says why the
 * engine decided as it did.
 *
 * <pre>{@code
 * assertThat(england.assess(history, asOf))
 *     .hasCategory(Category.FORMER_RELEVANT)
 *     .owes(DutyCode.PA_CONTINUE, DutyCode.KEEP_IN_TOUCH)
 *     .hasDeadline(DeadlineKey.S23C_DUTIES_END_AT_START_OF, LocalDate.of(2028, 5, 1));
 * }</pre>
 */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /**
   * Checks the category.
   *
   * @param expected the category
   * @return this assertion
   */
  public AssessmentAssert hasCategory(Category expected) {
    isNotNull();
    if (actual.category() != expected) {
      failWithMessage("%nExpecting category:%n  %s%nbut was:%n  %s%non %s, because:%n%s", expected, actual.category(),
          actual.asOf(), reasons(actual));
    }
    return this;
  }

  /**
   * Checks that every given duty is owed.
   *
   * @param duties the duties
   * @return this assertion
   */
  public AssessmentAssert owes(DutyCode... duties) {
    isNotNull();
    for (DutyCode d : duties) {
      if (!actual.owes(d)) {
        failWithMessage("%nExpecting duty %s to be owed on %s (category %s) but the duties are:%n  %s%nbecause:%n%s", d,
            actual.asOf(), actual.category(), actual.dutyCodes(), reasons(actual));
      }
    }
    return this;
  }

  /**
   * Checks that none of the given duties is owed.
   *
   * @param duties the duties
   * @return this assertion
   */
  public AssessmentAssert doesNotOwe(DutyCode... duties) {
    isNotNull();
    for (DutyCode d : duties) {
      if (actual.owes(d)) {
        failWithMessage("%nExpecting duty %s not to be owed on %s (category %s), but it is: %s%nbecause:%n%s", d,
            actual.asOf(), actual.category(), actual.duty(d).orElseThrow(), reasons(actual));
      }
    }
    return this;
  }

  /**
   * Checks that the duties owed are exactly these (in any order).
   *
   * @param duties the duties
   * @return this assertion
   */
  public AssessmentAssert owesExactly(DutyCode... duties) {
    isNotNull();
    Set<DutyCode> expected = Set.copyOf(Arrays.asList(duties));
    if (!actual.dutyCodes().equals(expected)) {
      failWithMessage("%nExpecting exactly the duties:%n  %s%nbut on %s (category %s) they were:%n  %s%nbecause:%n%s",
          expected, actual.asOf(), actual.category(), actual.dutyCodes(), reasons(actual));
    }
    return this;
  }

  /**
   * Checks a dated deadline.
   *
   * @param key the deadline
   * @param date its expected date
   * @return this assertion
   */
  public AssessmentAssert hasDeadline(DeadlineKey key, LocalDate date) {
    isNotNull();
    Optional<Deadline> d = actual.deadline(key);
    if (d.isEmpty() || !d.get().date().equals(Optional.of(date))) {
      failWithMessage("%nExpecting deadline %s on:%n  %s%nbut it was:%n  %s%nin %s%nbecause:%n%s", key.jsonName(), date,
          d.map(Deadline::toString).orElse("absent"), actual, reasons(actual));
    }
    return this;
  }

  /**
   * Checks that a deadline is absent.
   *
   * @param key the deadline
   * @return this assertion
   */
  public AssessmentAssert hasNoDeadline(DeadlineKey key) {
    isNotNull();
    if (actual.deadline(key).isPresent()) {
      failWithMessage("%nExpecting no deadline %s but it was:%n  %s%nbecause:%n%s", key.jsonName(),
          actual.deadline(key).get(), reasons(actual));
    }
    return this;
  }

  /**
   * Checks that a flag was raised.
   *
   * @param flag the flag
   * @return this assertion
   */
  public AssessmentAssert hasFlag(Flag flag) {
    isNotNull();
    if (!actual.flags().contains(flag)) {
      failWithMessage("%nExpecting flag %s but the flags were:%n  %s%nbecause:%n%s", flag, actual.flags(), reasons(actual));
    }
    return this;
  }

  /**
   * Checks that a condition was tested and met, by its stable identifier (for example
   * {@code "ELIGIBLE.THIRTEEN_WEEKS"}).
   *
   * @param test the condition's identifier
   * @return this assertion
   */
  public AssessmentAssert hasMet(String test) {
    isNotNull();
    boolean met = actual.reasons().stream().anyMatch(r -> r.test().equals(test) && r.isMet());
    if (!met) {
      failWithMessage("%nExpecting condition %s to be met, but the reasons were:%n%s", test, reasons(actual));
    }
    return this;
  }

  /**
   * Checks the assessment against a law vector's expected outcome by the rule of LAW.md §15.10
   * (category equal; expected duties and deadlines present with equal values).
   *
   * @param vector the vector
   * @return this assertion
   */
  public AssessmentAssert matches(LawVector vector) {
    isNotNull();
    String mismatches = vector.expected().mismatches(actual);
    if (!mismatches.isEmpty()) {
      failWithMessage("%nVector %s does not match:%n  %s%nin %s%nbecause:%n%s", vector, mismatches, actual, reasons(actual));
    }
    return this;
  }

  /**
   * The reasons of an assessment, one per line: outcome, condition, text and provision.
   *
   * @param a the assessment
   * @return the text
   */
  static String reasons(Assessment a) {
    StringBuilder sb = new StringBuilder();
    for (Reason r : a.reasons()) {
      sb.append("  ").append(r.outcome()).append(' ').append(r.test()).append(": ").append(r.text()).append(" (")
          .append(r.provision().cite()).append(")\n");
    }
    return sb.length() == 0 ? "  (no reasons recorded)\n" : sb.toString();
  }
}
