package org.leavingcare.rules;

/**
 * No rule of the decision table applied to a case: the law as modelled has a gap. This is never
 * answered with a guess; it indicates a bug in the rules or a case the specification does not
 * cover, and should be reported.
 */
public final class NoApplicableRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message.
   *
   * @param message which table and which case (ids and dates, never personal data)
   */
  public NoApplicableRuleException(String message) {
    super(message);
  }
}
