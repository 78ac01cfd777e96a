package org.leavingcare.consultation.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A text after redaction: the text with each personal-data span replaced by its type's token, what
 * was removed (type, detector, position, digest) and what a person should still check.
 *
 * @param text the redacted text; safe to show only after the human review §10.1 step 6 requires
 * @param redactions the spans removed, in order of position in the original text
 * @param reviewFlags spans left in place that a person should look at, in order of position
 */
public record RedactedText(String text, List<Redaction> redactions, List<ReviewFlag> reviewFlags) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if any argument is null
   */
  public RedactedText {
    requireNonNull(text, "text");
    redactions = List.copyOf(redactions);
    reviewFlags = List.copyOf(reviewFlags);
  }

  /**
   * How many spans of each type were removed; types with none are absent.
   *
   * @return an unmodifiable map in {@link PersonalDataType} order
   */
  public Map<PersonalDataType, Integer> counts() {
    Map<PersonalDataType, Integer> counts = new EnumMap<>(PersonalDataType.class);
    for (Redaction r : redactions) {
      counts.merge(r.type(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * How many spans of one type were removed.
   *
   * @param type the type
   * @return the count, zero if none
   */
  public int count(PersonalDataType type) {
    return (int) redactions.stream().filter(r -> r.type() == type).count();
  }

  /**
   * Whether anything was removed.
   *
   * @return true if at least one span was redacted
   */
  public boolean isRedacted() {
    return !redactions.isEmpty();
  }

  /**
   * Whether a person should look at this text before it is published.
   *
   * @return true if at least one span was flagged for review
   */
  public boolean needsReview() {
    return !reviewFlags.isEmpty();
  }
}
