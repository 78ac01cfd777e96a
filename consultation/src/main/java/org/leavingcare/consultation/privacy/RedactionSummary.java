package org.leavingcare.consultation.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Totals over many redacted texts, for a report's privacy note: how many texts were examined and
 * changed, how many spans of each type were removed, and how many were flagged for review and why.
 *
 * @param textsExamined the number of texts redacted
 * @param textsRedacted the number of texts in which at least one span was removed
 * @param byType spans removed, by type (types with none are absent)
 * @param flagsByReason spans flagged for review, by reason (reasons with none are absent)
 */
public record RedactionSummary(int textsExamined, int textsRedacted, Map<PersonalDataType, Integer> byType,
    Map<ReviewFlag.Reason, Integer> flagsByReason) {

  /**
   * Copies the maps and checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or more texts were redacted than examined
   */
  public RedactionSummary {
    if (textsExamined < 0 || textsRedacted < 0 || textsRedacted > textsExamined) {
      throw new IllegalArgumentException("need 0 <= textsRedacted <= textsExamined, was " + textsRedacted + " of " + textsExamined);
    }
    byType = Collections.unmodifiableMap(byType.isEmpty() ? new EnumMap<>(PersonalDataType.class) : new EnumMap<>(byType));
    flagsByReason = Collections.unmodifiableMap(
        flagsByReason.isEmpty() ? new EnumMap<>(ReviewFlag.Reason.class) : new EnumMap<>(flagsByReason));
  }

  /**
   * Adds up the redactions of many texts.
   *
   * @param texts the redacted texts, not null
   * @return the totals
   */
  public static RedactionSummary of(Iterable<RedactedText> texts) {
    int examined = 0;
    int redacted = 0;
    Map<PersonalDataType, Integer> byType = new EnumMap<>(PersonalDataType.class);
    Map<ReviewFlag.Reason, Integer> flags = new EnumMap<>(ReviewFlag.Reason.class);
    for (RedactedText t : texts) {
      examined++;
      if (t.isRedacted()) {
        redacted++;
      }
      t.redactions().forEach(r -> byType.merge(r.type(), 1, Integer::sum));
      t.reviewFlags().forEach(f -> flags.merge(f.reason(), 1, Integer::sum));
    }
    return new RedactionSummary(examined, redacted, byType, flags);
  }

  /**
   * The total number of spans removed.
   *
   * @return the sum over types
   */
  public int totalRedactions() {
    return byType.values().stream().mapToInt(Integer::intValue).sum();
  }
}
