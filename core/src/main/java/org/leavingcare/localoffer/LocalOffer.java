package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A council's Local Offer for care leavers (Children and Social Work Act 2017 s.2): the statutory
 * entitlements and the other services it offers, each in an area of s.2(2), with who may use it,
 * what it pays, who provides it, how to get it and when it was last reviewed.
 *
 * <p>The council must consult people who represent care leavers before publishing and updating
 * the offer (LAW.md §9); {@link #consultation()} records how that was done. Check an offer with
 * {@link OfferCheck#check}; read and write it with {@link LocalOfferJson}. Immutable and
 * thread-safe; services keep the order given.
 */
public final class LocalOffer {

  private final String council;
  private final String title;
  private final LocalDate published;
  private final String introduction;
  private final String consultation;
  private final String contact;
  private final List<Service> services;

  private LocalOffer(String council, String title, LocalDate published, String introduction, String consultation,
      String contact, Collection<Service> services) {
    this.council = requireNonNull(council, "council");
    this.title = requireNonNull(title, "title");
    this.published = requireNonNull(published, "published");
    this.introduction = requireNonNull(introduction, "introduction");
    this.consultation = requireNonNull(consultation, "consultation");
    this.contact = requireNonNull(contact, "contact");
    if (council.isBlank()) {
      throw new IllegalArgumentException("a Local Offer needs the council's name");
    }
    this.services = List.copyOf(services);
    Set<String> ids = new HashSet<>();
    for (Service s : this.services) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("service id '" + s.id() + "' is used twice; give each service its own id");
      }
    }
  }

  /**
   * A Local Offer from its parts.
   *
   * @param council the council's name; not blank
   * @param title the offer's title, for example "Our offer to care leavers"; not null
   * @param published when this version was published; not null
   * @param introduction a short introduction in plain words; not null, may be blank
   * @param consultation how care leavers were consulted on this version; not null, may be blank
   *     (the completeness check flags it)
   * @param contact how to contact the leaving care service (a team, not an officer); not null
   * @param services the services, in the order to publish them; ids unique; not null
   * @return the offer
   * @throws IllegalArgumentException if the council is blank or two services share an id
   */
  public static LocalOffer of(String council, String title, LocalDate published, String introduction,
      String consultation, String contact, Collection<Service> services) {
    return new LocalOffer(council, title, published, introduction, consultation, contact, services);
  }

  /** @return the council's name */
  public String council() {
    return council;
  }

  /** @return the offer's title */
  public String title() {
    return title;
  }

  /** @return when this version was published */
  public LocalDate published() {
    return published;
  }

  /** @return the introduction; may be blank */
  public String introduction() {
    return introduction;
  }

  /** @return how care leavers were consulted; may be blank */
  public String consultation() {
    return consultation;
  }

  /** @return how to contact the leaving care service */
  public String contact() {
    return contact;
  }

  /** @return every service, in publication order */
  public List<Service> services() {
    return services;
  }

  /**
   * The services in one area.
   *
   * @param area the area; not null
   * @return the services in it, in publication order
   */
  public List<Service> services(OfferArea area) {
    requireNonNull(area, "area");
    return services.stream().filter(s -> s.area() == area).toList();
  }

  /**
   * The service with an id.
   *
   * @param id the id; not null
   * @return the service, or empty
   */
  public Optional<Service> service(String id) {
    requireNonNull(id, "id");
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * A copy with other services.
   *
   * @param newServices the services; not null
   * @return the copy
   */
  public LocalOffer withServices(Collection<Service> newServices) {
    return new LocalOffer(council, title, published, introduction, consultation, contact, newServices);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalOffer l && council.equals(l.council) && title.equals(l.title) && published.equals(l.published)
        && introduction.equals(l.introduction) && consultation.equals(l.consultation) && contact.equals(l.contact)
        && services.equals(l.services);
  }

  @Override
  public int hashCode() {
    return Objects.hash(council, title, published, introduction, consultation, contact, services);
  }

  @Override
  public String toString() {
    return "LocalOffer[" + council + ", published " + published + ", " + services.size() + " services]";
  }
}
