package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

/**
 * Who provides a service: a council department or team, or a partner (NHS, a college, Jobcentre
 * Plus, a charity). Names are of organisations and teams, never of officers.
 *
 * @param name the department, team or organisation; not blank
 * @param kind council or partner
 */
public record Provider(String name, Kind kind) {

  /** Whether the provider is part of the council. */
  public enum Kind {
    /** A department or team of the council. */
    COUNCIL,
    /** Another organisation working with the council. */
    PARTNER
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if either part is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Provider {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a provider needs a name");
    }
  }
}
