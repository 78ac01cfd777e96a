package org.leavingcare.publish;

import static java.util.Objects.requireNonNull;

/**
 * A quotation from a respondent. The caller must pass text that has already been redacted and
 * reviewed (CONSULTATION-METHODS.md §10, §13.5); the attribution names a group of at least the
 * minimum count, never a person.
 *
 * @param text the redacted quotation, not blank
 * @param attribution the group attribution, for example "care leaver, 21-24"; may be empty
 */
public record Quote(String text, String attribution) implements Block {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(attribution, "attribution");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a quote needs text");
    }
  }
}
