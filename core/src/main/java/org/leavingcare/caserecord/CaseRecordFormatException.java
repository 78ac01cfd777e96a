package org.leavingcare.caserecord;

/**
 * An input of case records that cannot be read at all: not UTF-8, or a JSON array or object that
 * is not well formed. The message names the source, line and column and says what to do.
 */
public final class CaseRecordFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CaseRecordFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  CaseRecordFormatException(String message) {
    super(message);
  }
}
