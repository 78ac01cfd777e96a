package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The indicator counts of one age band: the denominator (young people counted) and, for each
 * {@link IndicatorLine}, how many of them fall on it. Each measure's lines add up to the
 * denominator. Unrounded and unsuppressed: suppression is applied when a report is published.
 *
 * @param band the age band
 * @param denominator young people counted in the band
 * @param counts count per line; every line is present (zero when none)
 */
public record BandIndicators(AgeBand band, long denominator, Map<IndicatorLine, Long> counts) {

  /**
   * Checks that each measure adds up to the denominator.
   *
   * @throws IllegalArgumentException if it does not
   */
  public BandIndicators {
    requireNonNull(band, "band");
    Map<IndicatorLine, Long> all = new EnumMap<>(IndicatorLine.class);
    for (IndicatorLine l : IndicatorLine.values()) {
      all.put(l, counts.getOrDefault(l, 0L));
    }
    for (IndicatorLine.Measure m : IndicatorLine.Measure.values()) {
      long sum = all.entrySet().stream().filter(e -> e.getKey().measure() == m).mapToLong(Map.Entry::getValue).sum();
      if (sum != denominator) {
        throw new IllegalArgumentException(m + " lines of band " + band + " add up to " + sum
            + ", not the denominator " + denominator + "; this is a bug");
      }
    }
    counts = Map.copyOf(all);
  }

  /**
   * The count on a line.
   *
   * @param line the line
   * @return the count
   */
  public long count(IndicatorLine line) {
    return counts.get(line);
  }

  /**
   * The count in a group (for example EET). {@link IndicatorLine.Group#NO_ROW} counts the young
   * people with no OC3 row once, though they are on the no-row line of every measure. For
   * {@link IndicatorLine.Group#BLANK} and {@link IndicatorLine.Group#NOT_KNOWN}, which occur in
   * more than one measure with different people, this is the sum over those measures' lines; use
   * {@link #count(IndicatorLine.Measure, IndicatorLine.Group)} for one measure.
   *
   * @param group the group
   * @return the count
   */
  public long count(IndicatorLine.Group group) {
    requireNonNull(group, "group");
    if (group == IndicatorLine.Group.NO_ROW) {
      return count(IndicatorLine.Measure.IN_TOUCH, group);
    }
    return counts.entrySet().stream().filter(e -> e.getKey().group() == group).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * The count in a group of one measure (for example blank or invalid activity).
   *
   * @param measure the measure
   * @param group the group
   * @return the count; zero if the measure has no such group
   */
  public long count(IndicatorLine.Measure measure, IndicatorLine.Group group) {
    requireNonNull(measure, "measure");
    requireNonNull(group, "group");
    return counts.entrySet().stream().filter(e -> e.getKey().measure() == measure && e.getKey().group() == group)
        .mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * A group's share of the denominator, a proportion from 0 to 1.
   *
   * @param group a group within one measure, or {@link IndicatorLine.Group#NO_ROW}
   * @return the proportion, or empty if the denominator is zero
   */
  public OptionalDouble proportion(IndicatorLine.Group group) {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(group) / denominator);
  }
}
