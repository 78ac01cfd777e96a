package org.leavingcare.consultation.weighting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A known population margin to calibrate to: for each category of a column, its population total
 * (for example the council's care-leaver cohort by age band). Categories are matched to cell values
 * as answers are ({@code AnswerText}).
 *
 * @param column the CSV column the categories come from (the group column, the care-experience
 *     column or a demographic column)
 * @param population category → population total, in the order given
 */
public record Margin(String column, Map<String, Double> population) {

  /**
   * Checks and copies the values, keeping their order.
   *
   * @throws IllegalArgumentException if the column is blank, there are no categories, or a total
   *     is not positive and finite
   */
  public Margin {
    Objects.requireNonNull(column, "column");
    if (column.isBlank() || population.isEmpty()) {
      throw new IllegalArgumentException("a margin needs a column and at least one category");
    }
    for (Map.Entry<String, Double> e : population.entrySet()) {
      if (!(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("population total of '" + e.getKey() + "' in margin '" + column
            + "' must be positive, was " + e.getValue());
      }
    }
    population = Collections.unmodifiableMap(new LinkedHashMap<>(population));
  }
}
