package org.leavingcare.caserecord;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Category;

/**
 * The {@code expected} member of a law vector (LAW.md §15.10): the category, duties that must be
 * listed, and deadlines that must be present with exactly these values (an empty value is JSON
 * {@code null}).
 *
 * @param category the expected category
 * @param duties codes that must all be listed (the engine may list more)
 * @param deadlines keys that must be present, with their JSON values as text
 */
public record ExpectedOutcome(Category category, Set<DutyCode> duties, Map<DeadlineKey, Optional<String>> deadlines) {

  /**
   * Checks the parts and copies the collections.
   *
   * @throws NullPointerException if a part is null
   */
  public ExpectedOutcome {
    requireNonNull(category, "category");
    duties = Set.copyOf(duties);
    deadlines = Map.copyOf(deadlines);
  }

  /**
   * Compares an assessment with this outcome by the rule of LAW.md §15.10.
   *
   * @param a the assessment
   * @return an empty string if it matches, else what differs
   */
  public String mismatches(Assessment a) {
    StringBuilder sb = new StringBuilder();
    if (a.category() != category) {
      sb.append("category ").append(a.category()).append(" but expected ").append(category).append("; ");
    }
    for (DutyCode code : duties) {
      if (!a.owes(code)) {
        sb.append("duty ").append(code).append(" missing; ");
      }
    }
    for (Map.Entry<DeadlineKey, Optional<String>> e : deadlines.entrySet()) {
      String key = e.getKey().jsonName();
      if (a.deadline(e.getKey()).isEmpty()) {
        sb.append("deadline ").append(key).append(" missing (expected ").append(e.getValue().orElse("null")).append("); ");
      } else {
        Optional<String> actual = a.deadline(e.getKey()).get().jsonValue();
        if (!actual.equals(e.getValue())) {
          sb.append("deadline ").append(key).append(" = ").append(actual.orElse("null")).append(" but expected ")
              .append(e.getValue().orElse("null")).append("; ");
        }
      }
    }
    return sb.toString();
  }
}
