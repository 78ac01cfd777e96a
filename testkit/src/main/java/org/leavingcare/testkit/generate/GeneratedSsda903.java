package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@link Ssda903Generator#writeTo} wrote: where, with which settings, and how many rows.
 *
 * @param directory the output directory
 * @param seed the seed
 * @param children children generated
 * @param firstCollectionYear first year written (the year it ends)
 * @param lastCollectionYear last year written
 * @param episodeRows Episodes rows over all years (an episode open across years is counted in each)
 * @param reviewRows Reviews rows over all years
 * @param oc3Rows OC3 rows over all years (the expected cohorts)
 * @param categoryRows rows of truth/categories.csv
 */
public record GeneratedSsda903(Path directory, long seed, int children, int firstCollectionYear,
    int lastCollectionYear, long episodeRows, long reviewRows, long oc3Rows, long categoryRows) {

  /** Checks the fields. */
  public GeneratedSsda903 {
    requireNonNull(directory, "directory");
  }

  /**
   * The directory of one collection year's return.
   *
   * @param endingYear the year it ends
   * @return {@code directory/903/yyyy-yy}
   */
  public Path yearDirectory(int endingYear) {
    if (endingYear < firstCollectionYear || endingYear > lastCollectionYear) {
      throw new IllegalArgumentException("collection year " + endingYear + " was not generated; years run "
          + firstCollectionYear + " to " + lastCollectionYear);
    }
    return directory.resolve("903").resolve(Ssda903Generator.yearName(endingYear));
  }

  /**
   * Returns the truth directory.
   *
   * @return the truth directory
   */
  public Path truthDirectory() {
    return directory.resolve("truth");
  }

  /**
   * Returns the settings and counts as text, as written to generation.txt.
   *
   * @return the settings and counts as text, as written to generation.txt
   */
  public String describe() {
    return String.format(Locale.ROOT, "generator: leavingcare-testkit Ssda903Generator%n"
        + "seed: %d%nchildren: %d%ncollection years: %s to %s%n"
        + "episode rows: %d%nreview rows: %d%noc3 rows: %d%ncategory rows: %d%n", seed, children,
        Ssda903Generator.yearName(firstCollectionYear), Ssda903Generator.yearName(lastCollectionYear), episodeRows,
        reviewRows, oc3Rows, categoryRows);
  }
}
