package org.leavingcare.law;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;

/**
 * A provision of UK legislation (or, where no statute applies, of statutory guidance), checked
 * against the text in force on {@code checkedAsAt}.
 *
 * <p>Every rule, duty and deadline in the library cites one or more of these; free-text citations
 * are not used. Legislation is cited on {@code www.legislation.gov.uk}; guidance on
 * {@code www.gov.uk}.
 *
 * @param title the instrument, for example {@code "Children Act 1989"}; not blank
 * @param provision the provision within it, for example {@code "s.23C(2)"}; not blank
 * @param uri the provision's address on legislation.gov.uk or gov.uk
 * @param checkedAsAt the date whose version of the text was read
 */
public record LegalReference(String title, String provision, URI uri, LocalDate checkedAsAt) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if the title or provision is blank, or the address is not on
   *     legislation.gov.uk or gov.uk
   */
  public LegalReference {
    requireNonNull(title, "title");
    requireNonNull(provision, "provision");
    requireNonNull(uri, "uri");
    requireNonNull(checkedAsAt, "checkedAsAt");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (provision.isBlank()) {
      throw new IllegalArgumentException("provision must not be blank");
    }
    String host = uri.getHost();
    if (!"www.legislation.gov.uk".equals(host) && !"www.gov.uk".equals(host)) {
      throw new IllegalArgumentException(
          "uri must be on www.legislation.gov.uk (or www.gov.uk for guidance), was " + uri);
    }
  }

  /**
   * The dated version of the provision that was read, for example
   * {@code .../schedule/2/paragraph/19B/2025-09-01}.
   *
   * @return the point-in-time address on legislation.gov.uk; for guidance, the address itself
   */
  public URI pointInTime() {
    return "www.legislation.gov.uk".equals(uri.getHost())
        ? URI.create(uri + "/" + checkedAsAt)
        : uri;
  }

  /**
   * The citation as a reader would write it, for example {@code "Children Act 1989 s.23C(2)"}.
   *
   * @return title and provision separated by a space
   */
  public String cite() {
    return title + " " + provision;
  }
}
