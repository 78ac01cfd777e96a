package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

/**
 * One problem in a JSON document (a checklist or a Local Offer): where it is, as a JSON path such
 * as {@code $.principles[2].actions[0].due}, and what is wrong and what to do. Used both for
 * documents that cannot be read and for completeness gaps in documents that can.
 *
 * <p>Messages never quote free text from the document; they may quote short codes and dates.
 *
 * @param path where the problem is, starting at {@code $}; not null
 * @param message what is wrong and what to do; not blank
 */
public record DocumentProblem(String path, String message) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if either part is null
   * @throws IllegalArgumentException if the message is blank
   */
  public DocumentProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /**
   * The problem on one line, for example {@code "$.subject: missing ..."}.
   *
   * @return path, colon, message
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
