package org.leavingcare.caserecord;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.leavingcare.model.CareHistory;
import org.leavingcare.rules.Policy;

/**
 * One valid case record of the interchange format (LAW.md §15.2): the care history, the
 * assessment date, the record's policy overrides and, in a law vector, the expected outcome.
 *
 * @param number the record's position in its input, from 1
 * @param id the record's {@code id}, if given (the history's person id is this, or {@code "#number"})
 * @param history the care history
 * @param assessmentDate the assessment date D
 * @param policySettings the record's {@code policy} member as switch name to value (validated)
 * @param description the record's {@code description}, if given (never read by the rules)
 * @param expected the expected outcome of a law vector, if given
 * @param ambiguous the vector's {@code ambiguous} member (false if absent)
 */
public record CaseRecord(long number, Optional<String> id, CareHistory history, LocalDate assessmentDate,
    Map<String, String> policySettings, Optional<String> description, Optional<ExpectedOutcome> expected,
    boolean ambiguous) implements CaseRecordResult {

  /**
   * Checks the parts and copies the map.
   *
   * @throws NullPointerException if a part is null
   */
  public CaseRecord {
    requireNonNull(id, "id");
    requireNonNull(history, "history");
    requireNonNull(assessmentDate, "assessmentDate");
    policySettings = Map.copyOf(policySettings);
    requireNonNull(description, "description");
    requireNonNull(expected, "expected");
  }

  /**
   * The policy for this record: {@code base} with the record's own settings applied on top (a
   * {@code profile} in the record replaces every switch, then its explicit switches apply).
   *
   * @param base the caller's policy, not null
   * @return the policy to assess the record under
   */
  public Policy policyOver(Policy base) {
    if (policySettings.isEmpty()) {
      return base;
    }
    Policy p = policySettings.containsKey("profile") ? Policy.parse(Map.of("profile", policySettings.get("profile"))) : base;
    for (Map.Entry<String, String> e : policySettings.entrySet()) {
      if (!e.getKey().equals("profile")) {
        p = p.with(e.getKey(), e.getValue());
      }
    }
    return p;
  }

  @Override
  public String displayId() {
    return history.person().id();
  }
}
