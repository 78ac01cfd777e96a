package org.leavingcare.localoffer;

/**
 * A service's amounts do not cover the date asked about: the offer does not say what it pays then.
 * The message names the service id, the date and the periods that are covered.
 */
public final class AmountNotCoveredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message.
   *
   * @param message names the service, the date and what is covered
   */
  public AmountNotCoveredException(String message) {
    super(message);
  }
}
