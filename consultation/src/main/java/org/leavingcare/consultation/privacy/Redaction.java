package org.leavingcare.consultation.privacy;

import static java.util.Objects.requireNonNull;

/**
 * One span removed from a text: what kind of data it was, which detector found it, where it was in
 * the original text, and a SHA-256 digest of the original span for audit (CONSULTATION-METHODS
 * §10.1 step 5). The span itself is never kept.
 *
 * @param type the kind of personal data
 * @param detector the id of the rule that found it, for example {@code "name-after-cue"}
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 * @param sha256 lower-case hexadecimal SHA-256 of the original span's UTF-8 bytes
 */
public record Redaction(PersonalDataType type, String detector, int start, int end, String sha256) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the offsets are negative or empty, or the digest is not 64 hex digits
   */
  public Redaction {
    requireNonNull(type, "type");
    requireNonNull(detector, "detector");
    requireNonNull(sha256, "sha256");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("redaction span must satisfy 0 <= start < end, was [" + start + ", " + end + ")");
    }
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256.length() + " characters");
    }
  }

  /**
   * The length of the original span.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }
}
