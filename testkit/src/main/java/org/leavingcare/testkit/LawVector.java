package org.leavingcare.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.ExpectedOutcome;
import org.leavingcare.model.CareHistory;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Jurisdiction;
import org.leavingcare.rules.Policy;

/**
 * One law vector (LAW.md §15): a case record with its expected outcome. {@link #toString()} is its
 * id and description, so parameterised tests are named by the case they check.
 */
public final class LawVector {

  private final CaseRecord record;
  private final ExpectedOutcome expected;

  LawVector(CaseRecord record, ExpectedOutcome expected) {
    this.record = requireNonNull(record, "record");
    this.expected = requireNonNull(expected, "expected");
  }

  /**
   * Returns the id ({@code CL-nnn} for the shared vectors), or the record's position in its file.
   *
   * @return the id ({@code CL-nnn} for the shared vectors), or the record's position in its file
   */
  public String id() {
    return record.displayId();
  }

  /**
   * Returns the decoded case record: history, assessment date, policy, description.
   *
   * @return the decoded case record: history, assessment date, policy, description
   */
  public CaseRecord record() {
    return record;
  }

  /**
   * Returns the care history.
   *
   * @return the care history
   */
  public CareHistory history() {
    return record.history();
  }

  /**
   * Returns the assessment date.
   *
   * @return the assessment date
   */
  public LocalDate asOf() {
    return record.assessmentDate();
  }

  /**
   * Returns the expected category, duties and deadlines.
   *
   * @return the expected category, duties and deadlines
   */
  public ExpectedOutcome expected() {
    return expected;
  }

  /**
   * Returns whether another defensible policy value changes the outcome (LAW.md §15.2).
   *
   * @return whether another defensible policy value changes the outcome (LAW.md §15.2)
   */
  public boolean isAmbiguous() {
    return record.ambiguous();
  }

  /**
   * Assesses the vector with its own policy overrides on top of the defaults (LAW.md §15.10).
   *
   * @param jurisdiction the law to apply
   * @return the assessment
   */
  public Assessment assess(Jurisdiction jurisdiction) {
    return jurisdiction.assess(record.history(), record.assessmentDate(), record.policyOver(Policy.defaults()));
  }

  @Override
  public String toString() {
    return record.displayId() + record.description().map(d -> ": " + (d.length() > 90 ? d.substring(0, 87) + "..." : d))
        .orElse("");
  }
}
