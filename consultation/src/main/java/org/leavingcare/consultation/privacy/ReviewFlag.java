package org.leavingcare.consultation.privacy;

import static java.util.Objects.requireNonNull;

/**
 * Something in a text that may be personal data but is not removed automatically, so a person
 * should look before the text is published (CONSULTATION-METHODS §10.1 step 6).
 *
 * @param reason why the text was flagged
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 */
public record ReviewFlag(Reason reason, int start, int end) {

  /** Why a span was flagged for review. */
  public enum Reason {
    /** Ten digits laid out like an NHS number that fail the modulus-11 check. */
    NHS_LIKE_NUMBER_FAILS_CHECK,
    /** An e-mail address written out in words, such as "sam at example dot com". */
    OBFUSCATED_EMAIL,
    /** A reference that looks like a court or case number. */
    CASE_REFERENCE
  }

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the offsets are negative or empty
   */
  public ReviewFlag {
    requireNonNull(reason, "reason");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("flag span must satisfy 0 <= start < end, was [" + start + ", " + end + ")");
    }
  }
}
