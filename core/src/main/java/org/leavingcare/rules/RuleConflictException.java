package org.leavingcare.rules;

/**
 * Two rules of the decision table with no priority between them both applied to a case. The first
 * match never wins silently: this indicates a bug in the rules and should be reported.
 */
public final class RuleConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message.
   *
   * @param message which rules conflicted and for which case (ids and dates only)
   */
  public RuleConflictException(String message) {
    super(message);
  }
}
