package org.leavingcare.law;

/**
 * A dated value was asked for a date the library does not model: before the first entry of a
 * {@link Timeline}, on or after its repeal, or after the last date its values were checked. The
 * library never guesses a value it was not given.
 */
public final class OutsideModelledPeriodException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  OutsideModelledPeriodException(String message) {
    super(message);
  }
}
