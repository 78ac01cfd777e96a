package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leavingcare.law.ChildrenAndSocialWorkAct2017;
import org.jspecify.annotations.Nullable;
import org.leavingcare.law.LegalReference;

/**
 * One entry of a Local Offer: a service or payment for care leavers, either statutory (resting on
 * a {@link StatutoryEntitlement}, published under Children and Social Work Act 2017 s.2(1)(a)) or
 * discretionary (the council's own offer, s.2(1)(b)).
 *
 * <p>Immutable; build with {@link #builder(String)}. Equal by value.
 */
public final class Service {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String id;
  private final String name;
  private final OfferArea area;
  private final Optional<StatutoryEntitlement> entitlement;
  private final String description;
  private final Eligibility eligibility;
  private final AmountSchedule amounts;
  private final Provider provider;
  private final String howToGet;
  private final LocalDate lastReviewed;

  private Service(Builder b) {
    this.id = requireNonNull(b.id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("service id '" + id + "' must be lower-case letters and digits joined by hyphens");
    }
    this.name = nonBlank(b.name, "name");
    this.area = requireNonNull(b.area, "area");
    this.entitlement = requireNonNull(b.entitlement, "entitlement");
    this.description = nonBlank(b.description, "description");
    this.eligibility = requireNonNull(b.eligibility, "eligibility");
    this.amounts = requireNonNull(b.amounts, "amounts");
    this.provider = requireNonNull(b.provider, "provider");
    this.howToGet = nonBlank(b.howToGet, "howToGet");
    this.lastReviewed = requireNonNull(b.lastReviewed, "lastReviewed");
  }

  private static String nonBlank(String s, String field) {
    requireNonNull(s, field);
    if (s.isBlank()) {
      throw new IllegalArgumentException("a service's " + field + " must not be blank");
    }
    return s;
  }

  /**
   * A builder for a service with the given id.
   *
   * @param id a stable identifier, lower-case words joined by hyphens, for example {@code "setting-up-home"}
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** @return the stable identifier, unique within an offer */
  public String id() {
    return id;
  }

  /** @return the service's name in plain words */
  public String name() {
    return name;
  }

  /** @return the area of life it serves */
  public OfferArea area() {
    return area;
  }

  /** @return the statutory entitlement it delivers; empty for a discretionary service */
  public Optional<StatutoryEntitlement> entitlement() {
    return entitlement;
  }

  /** @return whether the service is a statutory entitlement */
  public boolean isStatutory() {
    return entitlement.isPresent();
  }

  /**
   * What the service rests on: the entitlement's provisions for a statutory service; s.2(1)(b)
   * (other services the council offers) for a discretionary one.
   *
   * @return at least one reference
   */
  public List<LegalReference> citations() {
    return entitlement.map(StatutoryEntitlement::citations)
        .orElse(List.of(ChildrenAndSocialWorkAct2017.S2_1_B_OTHER_SERVICES));
  }

  /** @return what the service is, in plain words */
  public String description() {
    return description;
  }

  /** @return who may use it */
  public Eligibility eligibility() {
    return eligibility;
  }

  /** @return the money it pays over time; empty when it pays none */
  public AmountSchedule amounts() {
    return amounts;
  }

  /** @return who provides it */
  public Provider provider() {
    return provider;
  }

  /** @return how to get it, in plain words */
  public String howToGet() {
    return howToGet;
  }

  /** @return when the entry was last reviewed */
  public LocalDate lastReviewed() {
    return lastReviewed;
  }

  /**
   * A builder initialised from this service, to change some fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.area = area;
    b.entitlement = entitlement;
    b.description = description;
    b.eligibility = eligibility;
    b.amounts = amounts;
    b.provider = provider;
    b.howToGet = howToGet;
    b.lastReviewed = lastReviewed;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Service s && id.equals(s.id) && name.equals(s.name) && area == s.area
        && entitlement.equals(s.entitlement) && description.equals(s.description) && eligibility.equals(s.eligibility)
        && amounts.equals(s.amounts) && provider.equals(s.provider) && howToGet.equals(s.howToGet)
        && lastReviewed.equals(s.lastReviewed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, area, entitlement, description, eligibility, amounts, provider, howToGet, lastReviewed);
  }

  @Override
  public String toString() {
    return "Service[" + id + "]";
  }

  /** Builds a {@link Service}; every field except the entitlement, eligibility and amounts is required. */
  public static final class Builder {
    private final String id;
    private String name = "";
    private @Nullable OfferArea area;
    private Optional<StatutoryEntitlement> entitlement = Optional.empty();
    private String description = "";
    private Eligibility eligibility = Eligibility.careLeavers();
    private AmountSchedule amounts = AmountSchedule.none();
    private @Nullable Provider provider;
    private String howToGet = "";
    private @Nullable LocalDate lastReviewed;

    private Builder(String id) {
      this.id = requireNonNull(id, "id");
    }

    /**
     * Sets the name.
     *
     * @param name plain words; not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the area.
     *
     * @param area the area; not null
     * @return this builder
     */
    public Builder area(OfferArea area) {
      this.area = requireNonNull(area, "area");
      return this;
    }

    /**
     * Makes the service statutory.
     *
     * @param entitlement the entitlement it delivers; not null
     * @return this builder
     */
    public Builder statutory(StatutoryEntitlement entitlement) {
      this.entitlement = Optional.of(entitlement);
      return this;
    }

    /**
     * Makes the service discretionary (the default).
     *
     * @return this builder
     */
    public Builder discretionary() {
      this.entitlement = Optional.empty();
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description plain words; not blank
     * @return this builder
     */
    public Builder description(String description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets who may use it (default: every care leaver).
     *
     * @param eligibility the eligibility; not null
     * @return this builder
     */
    public Builder eligibility(Eligibility eligibility) {
      this.eligibility = requireNonNull(eligibility, "eligibility");
      return this;
    }

    /**
     * Sets the amounts (default: none).
     *
     * @param amounts the schedule; not null
     * @return this builder
     */
    public Builder amounts(AmountSchedule amounts) {
      this.amounts = requireNonNull(amounts, "amounts");
      return this;
    }

    /**
     * Sets the provider.
     *
     * @param provider the provider; not null
     * @return this builder
     */
    public Builder provider(Provider provider) {
      this.provider = requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sets how to get it.
     *
     * @param howToGet plain words; not blank
     * @return this builder
     */
    public Builder howToGet(String howToGet) {
      this.howToGet = requireNonNull(howToGet, "howToGet");
      return this;
    }

    /**
     * Sets when the entry was last reviewed.
     *
     * @param date the date; not null
     * @return this builder
     */
    public Builder lastReviewed(LocalDate date) {
      this.lastReviewed = requireNonNull(date, "date");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException if the area, provider or last-reviewed date is missing
     * @throws IllegalArgumentException if the id is malformed or a required text is blank
     */
    public Service build() {
      return new Service(this);
    }
  }
}
