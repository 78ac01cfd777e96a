package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * What {@link ConsultationGenerator#writeTo} wrote.
 *
 * @param directory the output directory
 * @param seed the seed
 * @param respondents rows of responses.csv
 * @param freeTextAnswers non-empty free-text cells
 * @param plantedPersonalData identifiers planted (rows of truth/personal-data.csv)
 */
public record GeneratedConsultation(Path directory, long seed, int respondents, long freeTextAnswers,
    long plantedPersonalData) {

  /** Checks the fields. */
  public GeneratedConsultation {
    requireNonNull(directory, "directory");
  }

  /**
   * Returns the responses file.
   *
   * @return the responses file
   */
  public Path responses() {
    return directory.resolve("responses.csv");
  }

  /**
   * Returns the configuration file.
   *
   * @return the configuration file
   */
  public Path config() {
    return directory.resolve("config.json");
  }

  /**
   * Returns the truth directory.
   *
   * @return the truth directory
   */
  public Path truthDirectory() {
    return directory.resolve("truth");
  }
}
