package org.leavingcare.rules;

import static java.util.Objects.requireNonNull;

import org.leavingcare.law.LegalReference;

/**
 * One condition the rules tested for an assessment, whether it was met, and the provision it comes
 * from. An assessment's reasons say why the category and duties are what they are; they never
 * contain personal data.
 *
 * @param test a stable identifier of the condition, for example {@code "ELIGIBLE.THIRTEEN_WEEKS"}
 * @param outcome whether it was met
 * @param text the condition in words, for a reader
 * @param provision the provision it comes from
 */
public record Reason(String test, Outcome outcome, String text, LegalReference provision) {

  /** Whether a condition was met. */
  public enum Outcome {
    /** The condition holds. */
    MET,
    /** The condition does not hold. */
    NOT_MET,
    /** A duty or power that applies only if further conditions (not recorded) are met. */
    CONDITIONAL
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public Reason {
    requireNonNull(test, "test");
    requireNonNull(outcome, "outcome");
    requireNonNull(text, "text");
    requireNonNull(provision, "provision");
  }

  /**
   * A met condition.
   *
   * @param test the identifier
   * @param text the condition in words
   * @param provision the provision
   * @return the reason
   */
  public static Reason met(String test, String text, LegalReference provision) {
    return new Reason(test, Outcome.MET, text, provision);
  }

  /**
   * A condition not met.
   *
   * @param test the identifier
   * @param text the condition in words
   * @param provision the provision
   * @return the reason
   */
  public static Reason notMet(String test, String text, LegalReference provision) {
    return new Reason(test, Outcome.NOT_MET, text, provision);
  }

  /**
   * Whether the condition was met.
   *
   * @return true if {@link Outcome#MET}
   */
  public boolean isMet() {
    return outcome == Outcome.MET;
  }
}
