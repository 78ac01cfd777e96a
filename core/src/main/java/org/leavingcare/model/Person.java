package org.leavingcare.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The young person a care history is about: an identifier the host system understands and a date
 * of birth. The identifier is never a name.
 *
 * @param id the host's identifier (for example the SSDA903 CHILD id or a case-record id); not blank
 * @param dateOfBirth the date of birth
 */
public record Person(String id, LocalDate dateOfBirth) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Person {
    requireNonNull(id, "id");
    requireNonNull(dateOfBirth, "dateOfBirth");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a person's id must not be blank; use the host system's identifier");
    }
  }

  /**
   * A person with the given identifier and date of birth.
   *
   * @param id the identifier, not blank
   * @param dateOfBirth the date of birth
   * @return the person
   */
  public static Person of(String id, LocalDate dateOfBirth) {
    return new Person(id, dateOfBirth);
  }

  /** Only the id: a date of birth is personal data and is kept out of logs and messages. */
  @Override
  public String toString() {
    return "Person[" + id + "]";
  }
}
