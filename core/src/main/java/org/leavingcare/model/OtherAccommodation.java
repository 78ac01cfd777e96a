package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import org.leavingcare.time.DateRange;

/**
 * A period in a setting other than local authority care that can make a young person qualifying
 * (Children Act 1989 s.24(2)(b)-(d)); half-open, like an episode.
 *
 * @param setting the setting
 * @param period the dates, {@code [from, to)}; unbounded while continuing
 */
public record OtherAccommodation(AccommodationSetting setting, DateRange period) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public OtherAccommodation {
    requireNonNull(setting, "setting");
    requireNonNull(period, "period");
  }
}
