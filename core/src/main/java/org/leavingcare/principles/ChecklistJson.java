package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leavingcare.principles.internal.JsonDoc;

/**
 * Reads and writes checklists as JSON (format {@value #FORMAT}, documented in
 * docs/local-offer.md). Reading checks the whole file and reports every problem at once, each with
 * its JSON path; a file that reads is a checklist, which may still be a draft
 * ({@link Checklist#completenessProblems()}).
 *
 * <pre>{@code
 * { "format": "leavingcare/principles-checklist@1",
 *   "subject": "...", "kind": "POLICY", "department": "...", "completedBy": "...", "date": "2026-10-01",
 *   "principles": [ { "principle": "a", "rating": "MET", "evidence": "...",
 *                     "notApplicableReason": "", "actions": [
 *                       { "action": "...", "owner": "...", "due": "2026-12-01", "completed": null } ] } ] }
 * }</pre>
 * Members {@code provision} and {@code need} of a principle entry are written for the reader's
 * benefit and ignored when read. Stateless and thread-safe.
 */
public final class ChecklistJson {

  /** The format identifier written in {@code "format"}. */
  public static final String FORMAT = "leavingcare/principles-checklist@1";

  private ChecklistJson() {}

  /**
   * Reads a checklist.
   *
   * @param json the UTF-8 JSON bytes; not null
   * @param source the file name, for messages; not null
   * @return the checklist (possibly a draft)
   * @throws InvalidDocumentException listing every problem, if the file is not a readable checklist
   */
  public static Checklist read(byte[] json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    JsonNode root = JsonDoc.parse(json, source);
    JsonDoc doc = new JsonDoc();
    Optional<JsonNode> obj = doc.object(root, "$");
    if (obj.isEmpty()) {
      doc.throwIfAny(source);
    }
    JsonNode o = obj.orElseThrow();
    doc.allowOnly(o, "$", "format", "subject", "kind", "department", "completedBy", "date", "principles");
    String format = doc.text(o, "$", "format", false);
    if (!format.isEmpty() && !format.equals(FORMAT)) {
      doc.problem("$.format", "this reader understands '" + FORMAT + "'; check that the file is a principles checklist");
    }
    String subject = doc.text(o, "$", "subject", false);
    Optional<SubjectKind> kind = doc.code(o, "$", "kind", false, JsonDoc.enumNamed(SubjectKind.class),
        JsonDoc.names(SubjectKind.class));
    String department = doc.text(o, "$", "department", false);
    String completedBy = doc.text(o, "$", "completedBy", false);
    Optional<LocalDate> date = doc.date(o, "$", "date", false);
    Map<CorporateParentingPrinciple, PrincipleReview> reviews = new EnumMap<>(CorporateParentingPrinciple.class);
    List<JsonNode> entries = doc.array(o, "$", "principles", true);
    List<String> letters = List.of("a", "b", "c", "d", "e", "f", "g");
    for (int i = 0; i < entries.size(); i++) {
      String at = "$.principles[" + i + "]";
      Optional<JsonNode> entry = doc.object(entries.get(i), at);
      if (entry.isEmpty()) {
        continue;
      }
      JsonNode e = entry.get();
      doc.allowOnly(e, at, "principle", "provision", "need", "rating", "evidence", "notApplicableReason", "actions");
      Optional<CorporateParentingPrinciple> principle = doc.code(e, at, "principle", true,
          CorporateParentingPrinciple::forLetter, letters);
      Optional<Rating> rating = doc.code(e, at, "rating", false, JsonDoc.enumNamed(Rating.class), JsonDoc.names(Rating.class));
      String evidence = doc.text(e, at, "evidence", false);
      String reason = doc.text(e, at, "notApplicableReason", false);
      List<Action> actions = new ArrayList<>();
      List<JsonNode> actionNodes = doc.array(e, at, "actions", false);
      for (int j = 0; j < actionNodes.size(); j++) {
        String aat = at + ".actions[" + j + "]";
        doc.object(actionNodes.get(j), aat).ifPresent(a -> {
          doc.allowOnly(a, aat, "action", "owner", "due", "completed");
          actions.add(new Action(doc.text(a, aat, "action", false), doc.text(a, aat, "owner", false),
              doc.date(a, aat, "due", false), doc.date(a, aat, "completed", false)));
        });
      }
      if (principle.isPresent()) {
        PrincipleReview review = new PrincipleReview(principle.get(), rating, evidence, reason, actions);
        if (reviews.putIfAbsent(principle.get(), review) != null) {
          doc.problem(at + ".principle", "principle " + principle.get().letter()
              + " appears more than once; keep one entry per principle");
        }
      }
    }
    doc.throwIfAny(source);
    return Checklist.of(subject, kind, department, completedBy, date, reviews.values());
  }

  /**
   * Writes a checklist as indented JSON, with every member present (empty strings and nulls for
   * what is not filled in), each principle's provision and need included for the reader.
   *
   * @param checklist the checklist; not null
   * @return the JSON text, ending with a newline
   */
  public static String write(Checklist checklist) {
    requireNonNull(checklist, "checklist");
    ObjectNode root = JsonDoc.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("subject", checklist.subject());
    root.put("kind", checklist.kind().map(Enum::name).orElse(null));
    root.put("department", checklist.department());
    root.put("completedBy", checklist.completedBy());
    root.put("date", checklist.date().map(LocalDate::toString).orElse(null));
    ArrayNode principles = root.putArray("principles");
    for (PrincipleReview r : checklist.reviews()) {
      ObjectNode e = principles.addObject();
      e.put("principle", r.principle().letter());
      e.put("provision", r.principle().citation().cite());
      e.put("need", r.principle().need());
      e.put("rating", r.rating().map(Enum::name).orElse(null));
      e.put("evidence", r.evidence());
      e.put("notApplicableReason", r.notApplicableReason());
      ArrayNode actions = e.putArray("actions");
      for (Action a : r.actions()) {
        ObjectNode an = actions.addObject();
        an.put("action", a.description());
        an.put("owner", a.owner());
        an.put("due", a.due().map(LocalDate::toString).orElse(null));
        an.put("completed", a.completedOn().map(LocalDate::toString).orElse(null));
      }
    }
    try {
      return JsonDoc.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree failed; this is a bug", e);
    }
  }

  /**
   * The blank template: {@link Checklist#blank()} written as JSON.
   *
   * @return the JSON text
   */
  public static String template() {
    return write(Checklist.blank());
  }
}
