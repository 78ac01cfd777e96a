package org.leavingcare.consultation.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration file: where (a JSON path such as
 * {@code $.questions[2].scale}) and what to do about it.
 *
 * @param path the JSON path of the offending value
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(String path, String message) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if either is null
   */
  public ConfigProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
