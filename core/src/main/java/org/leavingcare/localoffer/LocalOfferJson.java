package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.principles.InvalidDocumentException;
import org.leavingcare.principles.internal.JsonDoc;
import org.leavingcare.rules.Category;

/**
 * Reads and writes Local Offers as JSON (format {@value #FORMAT}, documented in
 * docs/local-offer.md). Reading checks the whole file and reports every problem at once with its
 * JSON path. Stateless and thread-safe.
 *
 * <pre>{@code
 * { "format": "leavingcare/local-offer@1", "council": "...", "title": "...", "published": "2026-04-01",
 *   "introduction": "...", "consultation": "...", "contact": "...",
 *   "services": [ { "id": "setting-up-home", "name": "...", "area": "ACCOMMODATION",
 *     "basis": "DISCRETIONARY", "entitlement": null, "description": "...",
 *     "eligibility": { "categories": ["FORMER_RELEVANT"], "fromAge": 16, "underAge": 25, "conditions": [] },
 *     "amounts": [ { "from": "2026-04-01", "until": null, "pounds": 3000, "per": "ONCE" } ],
 *     "provider": { "name": "Leaving Care Service", "kind": "COUNCIL" },
 *     "howToGet": "...", "lastReviewed": "2026-03-01" } ] }
 * }</pre>
 */
public final class LocalOfferJson {

  /** The format identifier written in {@code "format"}. */
  public static final String FORMAT = "leavingcare/local-offer@1";

  private static final String EXAMPLE = "/org/leavingcare/localoffer/example-local-offer.json";

  private LocalOfferJson() {}

  /**
   * Reads a Local Offer.
   *
   * @param json UTF-8 JSON bytes; not null
   * @param source the file name, for messages; not null
   * @return the offer
   * @throws InvalidDocumentException listing every problem, if the file is not a readable offer
   */
  public static LocalOffer read(byte[] json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    JsonNode root = JsonDoc.parse(json, source);
    JsonDoc doc = new JsonDoc();
    if (doc.object(root, "$").isEmpty()) {
      doc.throwIfAny(source);
    }
    doc.allowOnly(root, "$", "format", "council", "title", "published", "introduction", "consultation", "contact", "services");
    String format = doc.text(root, "$", "format", false);
    if (!format.isEmpty() && !format.equals(FORMAT)) {
      doc.problem("$.format", "this reader understands '" + FORMAT + "'; check that the file is a Local Offer");
    }
    String council = doc.text(root, "$", "council", true);
    String title = doc.text(root, "$", "title", false);
    Optional<LocalDate> published = doc.date(root, "$", "published", true);
    String introduction = doc.text(root, "$", "introduction", false);
    String consultation = doc.text(root, "$", "consultation", false);
    String contact = doc.text(root, "$", "contact", true);
    List<Service> services = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    List<JsonNode> nodes = doc.array(root, "$", "services", true);
    for (int i = 0; i < nodes.size(); i++) {
      String at = "$.services[" + i + "]";
      int before = doc.problems().size();
      Optional<JsonNode> obj = doc.object(nodes.get(i), at);
      if (obj.isEmpty()) {
        continue;
      }
      Optional<Service> s = service(doc, obj.get(), at);
      if (s.isPresent() && doc.problems().size() == before) {
        Integer first = ids.putIfAbsent(s.get().id(), i);
        if (first != null) {
          doc.problem(at + ".id", "'" + s.get().id() + "' is already the id of $.services[" + first + "]; ids must be unique");
        } else {
          services.add(s.get());
        }
      }
    }
    doc.throwIfAny(source);
    return LocalOffer.of(council, title, published.orElseThrow(), introduction, consultation, contact, services);
  }

  private static Optional<Service> service(JsonDoc doc, JsonNode o, String at) {
    doc.allowOnly(o, at, "id", "name", "area", "basis", "entitlement", "description", "eligibility", "amounts",
        "provider", "howToGet", "lastReviewed");
    String id = doc.text(o, at, "id", true);
    if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      doc.problem(at + ".id", "'" + clip(id) + "' is not a valid id; use lower-case letters and digits joined by hyphens, "
          + "for example \"setting-up-home\"");
    }
    String name = doc.text(o, at, "name", true);
    Optional<OfferArea> area = doc.code(o, at, "area", true, OfferArea::named, JsonDoc.names(OfferArea.class));
    Optional<String> basis = doc.code(o, at, "basis", true,
        s -> List.of("STATUTORY", "DISCRETIONARY").stream().filter(b -> b.equalsIgnoreCase(s)).findFirst(),
        List.of("STATUTORY", "DISCRETIONARY"));
    Optional<StatutoryEntitlement> entitlement = doc.code(o, at, "entitlement", false, StatutoryEntitlement::named,
        JsonDoc.names(StatutoryEntitlement.class));
    boolean hasEntitlementMember = o.hasNonNull("entitlement") && !(o.get("entitlement").isTextual() && o.get("entitlement").textValue().isBlank());
    if (basis.filter("STATUTORY"::equals).isPresent() && !hasEntitlementMember) {
      doc.problem(at + ".entitlement", "a STATUTORY service must name its entitlement, one of "
          + String.join(", ", JsonDoc.names(StatutoryEntitlement.class)));
    }
    if (basis.filter("DISCRETIONARY"::equals).isPresent() && hasEntitlementMember) {
      doc.problem(at + ".entitlement", "a DISCRETIONARY service has no entitlement; remove it or make the basis STATUTORY");
    }
    String description = doc.text(o, at, "description", true);
    Eligibility eligibility = eligibility(doc, o, at);
    AmountSchedule amounts = amounts(doc, o, at);
    Optional<Provider> provider = Optional.empty();
    JsonNode p = o.get("provider");
    if (p == null || p.isNull()) {
      doc.problem(at + ".provider", "missing; give { \"name\": ..., \"kind\": \"COUNCIL\" or \"PARTNER\" }");
    } else if (doc.object(p, at + ".provider").isPresent()) {
      doc.allowOnly(p, at + ".provider", "name", "kind");
      String pname = doc.text(p, at + ".provider", "name", true);
      Optional<Provider.Kind> kind = doc.code(p, at + ".provider", "kind", true, JsonDoc.enumNamed(Provider.Kind.class),
          JsonDoc.names(Provider.Kind.class));
      if (!pname.isEmpty() && kind.isPresent()) {
        provider = Optional.of(new Provider(pname, kind.get()));
      }
    }
    String howToGet = doc.text(o, at, "howToGet", true);
    Optional<LocalDate> lastReviewed = doc.date(o, at, "lastReviewed", true);
    if (id.isEmpty() || name.isEmpty() || area.isEmpty() || basis.isEmpty() || description.isEmpty()
        || provider.isEmpty() || howToGet.isEmpty() || lastReviewed.isEmpty()) {
      return Optional.empty();
    }
    try {
      Service.Builder b = Service.builder(id).name(name).area(area.get()).description(description)
          .eligibility(eligibility).amounts(amounts).provider(provider.get()).howToGet(howToGet)
          .lastReviewed(lastReviewed.get());
      entitlement.filter(e -> basis.get().equals("STATUTORY")).ifPresent(b::statutory);
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      doc.problem(at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Eligibility eligibility(JsonDoc doc, JsonNode o, String at) {
    JsonNode e = o.get("eligibility");
    String eat = at + ".eligibility";
    if (e == null || e.isNull() || doc.object(e, eat).isEmpty()) {
      return Eligibility.careLeavers();
    }
    doc.allowOnly(e, eat, "categories", "fromAge", "underAge", "conditions");
    Set<Category> categories = new LinkedHashSet<>();
    List<JsonNode> cats = doc.array(e, eat, "categories", false);
    for (int j = 0; j < cats.size(); j++) {
      JsonNode c = cats.get(j);
      String cat = eat + ".categories[" + j + "]";
      Optional<Category> parsed = c.isTextual() ? JsonDoc.enumNamed(Category.class).apply(c.textValue().strip())
          : Optional.empty();
      if (parsed.isEmpty()) {
        doc.problem(cat, (c.isTextual() ? "'" + clip(c.textValue()) + "'" : JsonDoc.kind(c))
            + " is not a category; use one of " + String.join(", ", JsonDoc.names(Category.class)));
      } else {
        categories.add(parsed.get());
      }
    }
    Optional<Integer> fromAge = doc.integer(e, eat, "fromAge", false);
    Optional<Integer> underAge = doc.integer(e, eat, "underAge", false);
    if (fromAge.isPresent() && (fromAge.get() < 0 || fromAge.get() > 120)) {
      doc.problem(eat + ".fromAge", "must be an age in years between 0 and 120, was " + fromAge.get());
      fromAge = Optional.empty();
    }
    if (underAge.isPresent() && (underAge.get() < 1 || underAge.get() > 120)) {
      doc.problem(eat + ".underAge", "must be an age in years between 1 and 120, was " + underAge.get());
      underAge = Optional.empty();
    }
    if (fromAge.isPresent() && underAge.isPresent() && underAge.get() <= fromAge.get()) {
      doc.problem(eat + ".underAge", "must be above fromAge (" + fromAge.get() + "), was " + underAge.get()
          + "; underAge is the birthday on which the service ends");
      underAge = Optional.empty();
    }
    List<String> conditions = new ArrayList<>();
    List<JsonNode> conds = doc.array(e, eat, "conditions", false);
    for (int j = 0; j < conds.size(); j++) {
      JsonNode c = conds.get(j);
      if (!c.isTextual() || c.textValue().isBlank()) {
        doc.problem(eat + ".conditions[" + j + "]", "expected a non-empty text string, found " + JsonDoc.kind(c));
      } else {
        conditions.add(c.textValue().strip());
      }
    }
    return Eligibility.of(categories, fromAge, underAge, conditions);
  }

  private static AmountSchedule amounts(JsonDoc doc, JsonNode o, String at) {
    List<DatedAmount> amounts = new ArrayList<>();
    List<JsonNode> nodes = doc.array(o, at, "amounts", false);
    for (int j = 0; j < nodes.size(); j++) {
      String aat = at + ".amounts[" + j + "]";
      Optional<JsonNode> a = doc.object(nodes.get(j), aat);
      if (a.isEmpty()) {
        continue;
      }
      doc.allowOnly(a.get(), aat, "from", "until", "pounds", "per");
      Optional<LocalDate> from = doc.date(a.get(), aat, "from", true);
      Optional<LocalDate> until = doc.date(a.get(), aat, "until", false);
      Optional<BigDecimal> pounds = doc.amount(a.get(), aat, "pounds");
      Optional<Frequency> per = doc.code(a.get(), aat, "per", true, JsonDoc.enumNamed(Frequency.class),
          JsonDoc.names(Frequency.class));
      if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
        doc.problem(aat + ".until", "must be after 'from' (" + from.get() + "), was " + until.get()
            + "; 'until' is the first day the amount no longer applies");
        continue;
      }
      if (from.isPresent() && pounds.isPresent() && per.isPresent()) {
        amounts.add(new DatedAmount(from.get(), until, pounds.get(), per.get()));
      }
    }
    try {
      return AmountSchedule.of(amounts);
    } catch (IllegalArgumentException e) {
      doc.problem(at + ".amounts", e.getMessage());
      return AmountSchedule.none();
    }
  }

  /**
   * The bundled example: the Local Offer of Exampleshire County Council, a fictional council,
   * written for this project (every service, team and number is invented; phone numbers are in
   * Ofcom's drama range). It covers every area and statutory entitlement and is used by the demo.
   *
   * @return the example offer
   */
  public static LocalOffer example() {
    try (InputStream in = LocalOfferJson.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLE + " is missing from the jar; this is a bug");
      }
      return read(in.readAllBytes(), EXAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /**
   * Writes a Local Offer as indented JSON in the format {@link #read} accepts.
   *
   * @param offer the offer; not null
   * @return the JSON text, ending with a newline
   */
  public static String write(LocalOffer offer) {
    requireNonNull(offer, "offer");
    ObjectNode root = JsonDoc.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("council", offer.council());
    root.put("title", offer.title());
    root.put("published", offer.published().toString());
    root.put("introduction", offer.introduction());
    root.put("consultation", offer.consultation());
    root.put("contact", offer.contact());
    ArrayNode services = root.putArray("services");
    for (Service s : offer.services()) {
      ObjectNode n = services.addObject();
      n.put("id", s.id());
      n.put("name", s.name());
      n.put("area", s.area().name());
      n.put("basis", s.isStatutory() ? "STATUTORY" : "DISCRETIONARY");
      n.put("entitlement", s.entitlement().map(Enum::name).orElse(null));
      n.put("description", s.description());
      ObjectNode e = n.putObject("eligibility");
      ArrayNode cats = e.putArray("categories");
      s.eligibility().categories().forEach(c -> cats.add(c.name()));
      e.put("fromAge", s.eligibility().fromAge().orElse(null));
      e.put("underAge", s.eligibility().underAge().orElse(null));
      ArrayNode conds = e.putArray("conditions");
      s.eligibility().conditions().forEach(conds::add);
      ArrayNode amounts = n.putArray("amounts");
      for (DatedAmount a : s.amounts().entries()) {
        ObjectNode an = amounts.addObject();
        an.put("from", a.from().toString());
        an.put("until", a.until().map(LocalDate::toString).orElse(null));
        an.put("pounds", a.pounds());
        an.put("per", a.per().name());
      }
      ObjectNode p = n.putObject("provider");
      p.put("name", s.provider().name());
      p.put("kind", s.provider().kind().name());
      n.put("howToGet", s.howToGet());
      n.put("lastReviewed", s.lastReviewed().toString());
    }
    try {
      return JsonDoc.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree failed; this is a bug", e);
    }
  }
}
