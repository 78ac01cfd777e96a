package org.leavingcare.caserecord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.model.AccommodationSetting;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.Country;
import org.leavingcare.model.DetentionBasis;
import org.leavingcare.model.EducationProgramme;
import org.leavingcare.model.HomeEndReason;
import org.leavingcare.model.HomePersonType;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.Person;
import org.leavingcare.model.Problem;
import org.leavingcare.model.ProgrammeType;
import org.leavingcare.rules.Category;
import org.leavingcare.rules.Policy;

/**
 * Turns one JSON value into a {@link CaseRecord} or a {@link RecordError}, checking everything
 * LAW.md §15.9 lists and reporting every problem at once, each with its field path (for example
 * {@code facts.educationProgramme.start}) and value. Stateless and thread-safe.
 *
 * <p>Extensions of the format (documented in docs/case-record-format.md): an episode may carry
 * {@code legalStatus} and {@code placementType} (SSDA903 codes).
 */
public final class CaseRecordDecoder {

  private static final Set<String> INFORMATIONAL = Set.of("note", "parentType", "livingIn", "lookedAfterBasis",
      "paAppointed", "livingWithFormerFosterParent");

  private CaseRecordDecoder() {}

  /**
   * Decodes one case record.
   *
   * @param node the JSON value, not null
   * @param number the record's position in its input, from 1
   * @param line the input line where it starts (0 if unknown)
   * @return the record, or an error listing every problem
   */
  public static CaseRecordResult decode(JsonNode node, long number, long line) {
    return decode(node, number, line, Optional.empty());
  }

  /**
   * Decodes one case record, assessing it on {@code asOf} instead of its own
   * {@code assessmentDate} (which may then be absent; if present it must still be a valid date).
   *
   * @param node the JSON value, not null
   * @param number the record's position in its input, from 1
   * @param line the input line where it starts (0 if unknown)
   * @param asOf the date to use instead of the record's, if any
   * @return the record, or an error listing every problem
   */
  public static CaseRecordResult decode(JsonNode node, long number, long line, Optional<LocalDate> asOf) {
    if (!node.isObject()) {
      return new RecordError(number, line, Optional.empty(), List.of(new Problem("NOT_AN_OBJECT", "",
          abbreviate(node.toString()), "Record " + number + " is not a JSON object (it is " + abbreviate(node.toString())
              + "). Each case record is an object with at least dateOfBirth and assessmentDate.")));
    }
    return new Decoding(node, number, line, asOf).run();
  }

  /**
   * Decodes one case record from its JSON text (a line of JSON Lines). Well-formed records are
   * read straight from the parser's tokens, without building a tree; any record that is not
   * plainly valid (a syntax error, a wrong type, a bad date, a duplicate member, a problem the
   * model reports) is decoded again through {@link #decode(JsonNode, long, long, Optional)}, so
   * that every error is reported exactly as the tree decoder reports it.
   *
   * @param text the JSON text of one record
   * @param number the record's position in its input, from 1
   * @param line the input line where it starts (0 if unknown)
   * @param asOf the date to use instead of the record's, if any
   * @return the record, or an error listing every problem
   */
  static CaseRecordResult decodeText(String text, long number, long line, Optional<LocalDate> asOf) {
    CaseRecord fast = null;
    try (JsonParser p = CaseRecordReader.MAPPER.getFactory().createParser(text)) {
      fast = new Streaming(p, number, line, asOf).run();
    } catch (IOException | RuntimeException e) {
      fast = null; // not plainly valid: the tree decoder below reports exactly what is wrong
    }
    if (fast != null) {
      return fast;
    }
    JsonNode node;
    try {
      node = CaseRecordReader.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return new RecordError(number, line, Optional.empty(), List.of(new Problem("SYNTAX", "", "line " + line,
          "Line " + line + " is not valid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ")
              + "). Each line must hold one complete case record as a JSON object.")));
    }
    return decode(node, number, line, asOf);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** The state of decoding one record. */
  private static final class Decoding {
    private final JsonNode root;
    private final long number;
    private final long line;
    private final Optional<LocalDate> asOfOverride;
    private final List<Problem> problems = new ArrayList<>();

    Decoding(JsonNode root, long number, long line, Optional<LocalDate> asOfOverride) {
      this.root = root;
      this.number = number;
      this.line = line;
      this.asOfOverride = asOfOverride;
    }

    private void problem(String code, String field, String value, String message) {
      problems.add(new Problem(code, field, value, message));
    }

    CaseRecordResult run() {
      Optional<String> id = Optional.empty();
      JsonNode idNode = root.get("id");
      if (idNode != null && !idNode.isNull()) {
        if (idNode.isTextual() && !idNode.asText().isBlank()) {
          id = Optional.of(idNode.asText());
        } else {
          problem("WRONG_TYPE", "id", abbreviate(idNode.toString()), "id must be a non-blank JSON string, was "
              + abbreviate(idNode.toString()) + ".");
        }
      }
      LocalDate dob = requiredDate("dateOfBirth");
      LocalDate asOf;
      if (asOfOverride.isPresent()) {
        JsonNode given = root.get("assessmentDate");
        if (given != null && !given.isNull()) {
          date(given, "assessmentDate");
        }
        asOf = asOfOverride.get();
      } else {
        asOf = requiredDate("assessmentDate");
      }
      if (dob != null && asOf != null && asOf.isBefore(dob)) {
        problem("ASSESSMENT_BEFORE_BIRTH", "assessmentDate", asOf.toString(), "assessmentDate " + asOf
            + " is before dateOfBirth. Check both dates; a person can only be assessed on or after the day they were born.");
      }
      String personId = id.orElse("#" + number);
      Person person = dob == null ? null : Person.of(personId, dob);
      CareHistory.Builder history = person == null ? null : CareHistory.builder(person);
      episodes(history);
      Circumstances.Builder facts = facts(root.get("facts"));
      Map<String, String> policy = policy(root.get("policy"));
      Optional<String> description = optionalText("description");
      Optional<ExpectedOutcome> expected = expected(root.get("expected"));
      boolean ambiguous = optionalBoolean(root, "ambiguous", "ambiguous", false);
      CareHistory built = null;
      if (history != null && facts != null) {
        history.circumstances(facts);
        try {
          built = history.build();
        } catch (InvalidCareHistoryException e) {
          problems.addAll(e.problems());
        }
      }
      if (built != null && asOf != null) {
        arrangementConsistency(built.circumstances(), asOf);
      }
      if (!problems.isEmpty() || built == null || asOf == null) {
        return new RecordError(number, line, id, problems);
      }
      return new CaseRecord(number, id, built, asOf, policy, description, expected, ambiguous);
    }

    private void arrangementConsistency(Circumstances c, LocalDate asOf) {
      if (c.arrangementOngoing().isEmpty()) {
        return;
      }
      boolean ongoing = c.arrangementOngoing().get();
      if (ongoing && c.livingWithParentUntil().isPresent() && !c.livingWithParentUntil().get().isAfter(asOf)) {
        problem("INCONSISTENT_FACTS", "facts.arrangementOngoing", "true", "facts.arrangementOngoing is true but "
            + "facts.livingWithParentUntil (" + c.livingWithParentUntil().get() + ") is on or before assessmentDate "
            + asOf + ". Correct one of the two facts.");
      } else if (!ongoing && c.livingWithParentUntil().isEmpty()) {
        problem("INCONSISTENT_FACTS", "facts.arrangementOngoing", "false", "facts.arrangementOngoing is false but "
            + "facts.livingWithParentUntil is not given. Give the date the arrangement ended, or remove arrangementOngoing.");
      }
    }

    // --- members ----------------------------------------------------------------------------

    private @Nullable LocalDate requiredDate(String name) {
      JsonNode n = root.get(name);
      if (n == null || n.isNull()) {
        problem("MISSING", name, "", name + " is missing. Every case record needs " + name + " as yyyy-mm-dd.");
        return null;
      }
      return date(n, name);
    }

    private @Nullable LocalDate date(JsonNode n, String field) {
      if (!n.isTextual()) {
        problem("WRONG_TYPE", field, abbreviate(n.toString()), field + " must be a date string yyyy-mm-dd, was "
            + abbreviate(n.toString()) + ".");
        return null;
      }
      String s = n.asText();
      LocalDate d = parseDate(s);
      if (d == null) {
        problem("INVALID_DATE", field, abbreviate(s), field + " '" + abbreviate(s)
            + "' is not a real calendar date written yyyy-mm-dd. Correct the date in the source record.");
      }
      return d;
    }

    private Optional<String> optionalText(String name) {
      JsonNode n = root.get(name);
      if (n == null || n.isNull()) {
        return Optional.empty();
      }
      return n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }

    private boolean optionalBoolean(JsonNode obj, String name, String field, boolean dflt) {
      JsonNode n = obj.get(name);
      if (n == null || n.isNull()) {
        return dflt;
      }
      if (!n.isBoolean()) {
        problem("WRONG_TYPE", field, abbreviate(n.toString()), field + " must be true or false (a JSON boolean, "
            + "not a string), was " + abbreviate(n.toString()) + ".");
        return dflt;
      }
      return n.booleanValue();
    }

    private <E extends Enum<E>> @Nullable E enumValue(JsonNode n, String field, Class<E> type) {
      if (n.isTextual()) {
        for (E c : type.getEnumConstants()) {
          if (c.name().equals(n.asText())) {
            return c;
          }
        }
      }
      StringBuilder allowed = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
      }
      problem("UNKNOWN_VALUE", field, abbreviate(n.toString()), field + " is " + abbreviate(n.toString())
          + ", which is not one of " + allowed + ".");
      return null;
    }

    private void episodes(CareHistory.@Nullable Builder history) {
      JsonNode eps = root.get("episodes");
      if (eps == null || eps.isNull()) {
        return;
      }
      if (!eps.isArray()) {
        problem("WRONG_TYPE", "episodes", abbreviate(eps.toString()), "episodes must be a JSON array of episode "
            + "objects, was " + abbreviate(eps.toString()) + ".");
        return;
      }
      for (int i = 0; i < eps.size(); i++) {
        String f = "episodes[" + i + "]";
        JsonNode e = eps.get(i);
        if (!e.isObject()) {
          problem("WRONG_TYPE", f, abbreviate(e.toString()), f + " must be a JSON object with a start date, was "
              + abbreviate(e.toString()) + ".");
          continue;
        }
        JsonNode startNode = e.get("start");
        LocalDate start = null;
        if (startNode == null || startNode.isNull()) {
          problem("MISSING", f + ".start", "", f + ".start is missing. Every episode needs the first day looked after.");
        } else {
          start = date(startNode, f + ".start");
        }
        LocalDate end = null;
        JsonNode endNode = e.get("end");
        if (endNode != null && !endNode.isNull()) {
          end = date(endNode, f + ".end");
        }
        boolean shortBreak = optionalBoolean(e, "shortBreak", f + ".shortBreak", false);
        Country country = Country.ENGLAND;
        JsonNode j = e.get("jurisdiction");
        if (j != null && !j.isNull()) {
          Country cc = enumValue(j, f + ".jurisdiction", Country.class);
          country = cc == null ? Country.ENGLAND : cc;
        }
        if (start == null) {
          continue;
        }
        CareEpisode.Builder b = CareEpisode.builder(start).country(country);
        if (end != null) {
          b.endExclusive(end);
        }
        JsonNode ls = e.get("legalStatus");
        if (ls != null && !ls.isNull()) {
          b.legalStatusCode(ls.asText());
        }
        JsonNode pt = e.get("placementType");
        if (pt != null && !pt.isNull()) {
          b.placementTypeCode(pt.asText());
        }
        JsonNode sb = e.get("shortBreak");
        if (sb != null && sb.isBoolean()) {
          b.shortBreak(shortBreak);
        }
        if (history != null) {
          history.episode(b);
        }
      }
    }

    private @Nullable LocalDate factDate(JsonNode facts, String name) {
      JsonNode n = facts.get(name);
      return n == null || n.isNull() ? null : date(n, "facts." + name);
    }

    private Circumstances.@Nullable Builder facts(@Nullable JsonNode f) {
      Circumstances.Builder b = Circumstances.builder();
      if (f == null || f.isNull()) {
        return b;
      }
      if (!f.isObject()) {
        problem("WRONG_TYPE", "facts", abbreviate(f.toString()), "facts must be a JSON object, was "
            + abbreviate(f.toString()) + ".");
        return null;
      }
      Iterator<Map.Entry<String, JsonNode>> it = f.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        JsonNode v = e.getValue();
        String field = "facts." + name;
        if (INFORMATIONAL.contains(name)) {
          continue;
        }
        if (v.isNull()) {
          if (!Facts.KNOWN.contains(name)) {
            b.unknownFact(name);
          }
          continue;
        }
        switch (Facts.kindOf(name)) {
          case BOOLEAN:
            if (!v.isBoolean()) {
              problem("WRONG_TYPE", field, abbreviate(v.toString()), field + " must be true or false (a JSON boolean, "
                  + "not a string), was " + abbreviate(v.toString()) + ".");
            } else {
              Facts.setBoolean(b, name, v.booleanValue());
            }
            break;
          case DATE: {
            LocalDate d = date(v, field);
            if (d != null) {
              Facts.setDate(b, name, d);
            }
            break;
          }
          case INTEGER:
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
              problem("WRONG_TYPE", field, abbreviate(v.toString()), field + " must be a whole number >= 0, was "
                  + abbreviate(v.toString()) + ".");
            } else {
              b.intendedMaxBreakDays(v.intValue());
            }
            break;
          case ENUM:
            enumFact(b, name, v, field);
            break;
          case PROGRAMME:
            programme(b, v);
            break;
          case PRIVATE_FOSTERING:
            privateFostering(b, v);
            break;
          case OTHER_ACCOMMODATION:
            otherAccommodation(b, v);
            break;
          case UNKNOWN:
          default:
            b.unknownFact(name);
            break;
        }
      }
      return b;
    }

    private void enumFact(Circumstances.Builder b, String name, JsonNode v, String field) {
      switch (name) {
        case "livingWithParentEndReason": {
          HomeEndReason r = enumValue(v, field, HomeEndReason.class);
          if (r != null) {
            b.livingWithParentEndReason(r);
          }
          break;
        }
        case "homePersonType": {
          HomePersonType r = enumValue(v, field, HomePersonType.class);
          if (r != null) {
            b.homePersonType(r);
          }
          break;
        }
        case "detentionBasis": {
          DetentionBasis r = enumValue(v, field, DetentionBasis.class);
          if (r != null) {
            b.detentionBasis(r);
          }
          break;
        }
        default:
          throw new IllegalStateException("enumerated fact " + name + " is not handled: this is a bug");
      }
    }

    private void programme(Circumstances.Builder b, JsonNode v) {
      String f = "facts.educationProgramme";
      if (!v.isObject()) {
        problem("WRONG_TYPE", f, abbreviate(v.toString()), f + " must be a JSON object or null, was "
            + abbreviate(v.toString()) + ".");
        return;
      }
      JsonNode t = v.get("type");
      ProgrammeType type = null;
      if (t == null || t.isNull()) {
        problem("MISSING", f + ".type", "", f + ".type is missing; use HIGHER_EDUCATION, FURTHER_EDUCATION, TRAINING or OTHER.");
      } else {
        type = enumValue(t, f + ".type", ProgrammeType.class);
      }
      boolean fullTime = optionalBoolean(v, "fullTime", f + ".fullTime", true);
      boolean residential = optionalBoolean(v, "residential", f + ".residential", false);
      boolean inPlan = optionalBoolean(v, "inPathwayPlan", f + ".inPathwayPlan", false);
      JsonNode pursuingNode = v.get("pursuing");
      Boolean pursuing = null;
      if (pursuingNode != null && !pursuingNode.isNull()) {
        boolean p = optionalBoolean(v, "pursuing", f + ".pursuing", false);
        pursuing = pursuingNode.isBoolean() ? p : null;
      }
      LocalDate start = null;
      JsonNode s = v.get("start");
      if (s != null && !s.isNull()) {
        start = date(s, f + ".start");
      }
      LocalDate end = null;
      JsonNode e = v.get("expectedEnd");
      if (e != null && !e.isNull()) {
        end = date(e, f + ".expectedEnd");
      }
      int years = -1;
      JsonNode y = v.get("courseLengthAcademicYears");
      if (y != null && !y.isNull()) {
        if (!y.isIntegralNumber() || !y.canConvertToInt() || y.intValue() < 0) {
          problem("WRONG_TYPE", f + ".courseLengthAcademicYears", abbreviate(y.toString()), f
              + ".courseLengthAcademicYears must be a whole number >= 0, was " + abbreviate(y.toString()) + ".");
        } else {
          years = y.intValue();
        }
      }
      if (type == null) {
        return;
      }
      EducationProgramme.Builder p = EducationProgramme.builder(type).fullTime(fullTime).residential(residential)
          .inPathwayPlan(inPlan);
      if (pursuing != null) {
        p.pursuing(pursuing);
      }
      if (start != null) {
        p.start(start);
      }
      if (end != null) {
        p.expectedEnd(end);
      }
      if (years >= 0) {
        p.courseLengthAcademicYears(years);
      }
      b.educationProgramme(p.build());
    }

    private void privateFostering(Circumstances.Builder b, JsonNode v) {
      String f = "facts.privatelyFostered";
      if (!v.isObject()) {
        problem("WRONG_TYPE", f, abbreviate(v.toString()), f + " must be a JSON object {from, to} or null, was "
            + abbreviate(v.toString()) + ".");
        return;
      }
      LocalDate from = null;
      JsonNode fr = v.get("from");
      if (fr == null || fr.isNull()) {
        problem("MISSING", f + ".from", "", f + ".from is missing: give the first day of the arrangement.");
      } else {
        from = date(fr, f + ".from");
      }
      LocalDate to = null;
      JsonNode t = v.get("to");
      if (t != null && !t.isNull()) {
        to = date(t, f + ".to");
      }
      if (from != null) {
        b.privatelyFostered(from, to);
      }
    }

    private void otherAccommodation(Circumstances.Builder b, JsonNode v) {
      String f = "facts.otherAccommodation";
      if (!v.isArray()) {
        problem("WRONG_TYPE", f, abbreviate(v.toString()), f + " must be a JSON array of {setting, from, to}, was "
            + abbreviate(v.toString()) + ".");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        String fi = f + "[" + i + "]";
        JsonNode o = v.get(i);
        if (!o.isObject()) {
          problem("WRONG_TYPE", fi, abbreviate(o.toString()), fi + " must be a JSON object {setting, from, to}, was "
              + abbreviate(o.toString()) + ".");
          continue;
        }
        AccommodationSetting setting = null;
        JsonNode s = o.get("setting");
        if (s == null || s.isNull()) {
          problem("MISSING", fi + ".setting", "", fi + ".setting is missing; use VOLUNTARY_ORGANISATION, "
              + "PRIVATE_CHILDRENS_HOME, HEALTH_OR_EDUCATION_BODY or CARE_HOME_OR_HOSPITAL.");
        } else {
          setting = enumValue(s, fi + ".setting", AccommodationSetting.class);
        }
        LocalDate from = null;
        JsonNode fr = o.get("from");
        if (fr == null || fr.isNull()) {
          problem("MISSING", fi + ".from", "", fi + ".from is missing: give the first day in the setting.");
        } else {
          from = date(fr, fi + ".from");
        }
        LocalDate to = null;
        JsonNode t = o.get("to");
        if (t != null && !t.isNull()) {
          to = date(t, fi + ".to");
        }
        if (setting != null && from != null) {
          b.otherAccommodation(setting, from, to);
        }
      }
    }

    private Map<String, String> policy(@Nullable JsonNode p) {
      if (p == null || p.isNull()) {
        return Map.of();
      }
      if (!p.isObject()) {
        problem("WRONG_TYPE", "policy", abbreviate(p.toString()), "policy must be a JSON object of switch names and "
            + "values, was " + abbreviate(p.toString()) + ".");
        return Map.of();
      }
      Map<String, String> settings = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = p.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = "policy." + e.getKey();
        if (!e.getValue().isTextual()) {
          problem("WRONG_TYPE", field, abbreviate(e.getValue().toString()), field + " must be a string value, was "
              + abbreviate(e.getValue().toString()) + ".");
          continue;
        }
        try {
          Policy.parse(Map.of(e.getKey(), e.getValue().asText()));
          settings.put(e.getKey(), e.getValue().asText());
        } catch (IllegalArgumentException ex) {
          problem("UNKNOWN_VALUE", field, abbreviate(e.getValue().asText()), field + ": " + ex.getMessage());
        }
      }
      return settings;
    }

    private Optional<ExpectedOutcome> expected(@Nullable JsonNode x) {
      if (x == null || x.isNull()) {
        return Optional.empty();
      }
      if (!x.isObject()) {
        problem("WRONG_TYPE", "expected", abbreviate(x.toString()), "expected must be a JSON object, was "
            + abbreviate(x.toString()) + ".");
        return Optional.empty();
      }
      JsonNode c = x.get("category");
      Category category = c == null ? null : enumValue(c, "expected.category", Category.class);
      if (c == null) {
        problem("MISSING", "expected.category", "", "expected.category is missing.");
      }
      Set<DutyCode> duties = EnumSet.noneOf(DutyCode.class);
      JsonNode ds = x.get("duties");
      if (ds != null && ds.isArray()) {
        for (int i = 0; i < ds.size(); i++) {
          DutyCode code = enumValue(ds.get(i), "expected.duties[" + i + "]", DutyCode.class);
          if (code != null) {
            duties.add(code);
          }
        }
      }
      Map<DeadlineKey, Optional<String>> deadlines = new EnumMap<>(DeadlineKey.class);
      JsonNode dl = x.get("deadlines");
      if (dl != null && dl.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = dl.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          Optional<DeadlineKey> key = DeadlineKey.fromJsonName(e.getKey());
          if (key.isEmpty()) {
            problem("UNKNOWN_VALUE", "expected.deadlines." + e.getKey(), e.getKey(), "expected.deadlines."
                + e.getKey() + " is not a deadline key of LAW.md §15.7.");
          } else {
            deadlines.put(key.get(), e.getValue().isNull() ? Optional.empty() : Optional.of(e.getValue().asText()));
          }
        }
      }
      return category == null ? Optional.empty() : Optional.of(new ExpectedOutcome(category, duties, deadlines));
    }
  }

  /** Reads a subtree (facts, policy) at the parser's position, as the tree decoder would see it. */
  private static final ObjectReader SUBTREE = CaseRecordReader.MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Map<String, Country> COUNTRIES = byName(Country.values());
  private static final Map<String, Category> CATEGORIES = byName(Category.values());
  private static final Map<String, DutyCode> DUTY_CODES = byName(DutyCode.values());

  private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
    Map<String, E> m = new HashMap<>();
    for (E v : values) {
      m.put(v.name(), v);
    }
    return Map.copyOf(m);
  }

  /**
   * The fast path of {@link #decodeText}: decodes a record from the parser's tokens when it is
   * plainly valid, and gives up (null) at the first thing the tree decoder would report or treat
   * specially. For a record it accepts, the result equals the tree decoder's.
   */
  private static final class Streaming {
    private static final int ID = 1;
    private static final int DOB = 1 << 1;
    private static final int AS_OF = 1 << 2;
    private static final int EPISODES = 1 << 3;
    private static final int FACTS = 1 << 4;
    private static final int POLICY = 1 << 5;
    private static final int DESCRIPTION = 1 << 6;
    private static final int EXPECTED = 1 << 7;
    private static final int AMBIGUOUS = 1 << 8;

    private final JsonParser p;
    private final long number;
    private final long line;
    private final Optional<LocalDate> asOfOverride;

    Streaming(JsonParser p, long number, long line, Optional<LocalDate> asOfOverride) {
      this.p = p;
      this.number = number;
      this.line = line;
      this.asOfOverride = asOfOverride;
    }

    @Nullable CaseRecord run() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      int seen = 0;
      String id = null;
      LocalDate dob = null;
      LocalDate asOf = null;
      List<CareEpisode.Builder> episodes = List.of();
      JsonNode facts = null;
      JsonNode policy = null;
      String description = null;
      Optional<ExpectedOutcome> expected = Optional.empty();
      boolean ambiguous = false;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        int bit;
        switch (name) {
          case "id":
            bit = ID;
            if (t == JsonToken.VALUE_STRING) {
              id = p.getText();
              if (id.isBlank()) {
                return null;
              }
            } else if (t != JsonToken.VALUE_NULL) {
              return null;
            }
            break;
          case "dateOfBirth":
            bit = DOB;
            dob = date(t);
            if (dob == null) {
              return null;
            }
            break;
          case "assessmentDate":
            bit = AS_OF;
            if (t == JsonToken.VALUE_NULL && asOfOverride.isPresent()) {
              break;
            }
            asOf = date(t);
            if (asOf == null) {
              return null;
            }
            break;
          case "episodes":
            bit = EPISODES;
            if (t == JsonToken.START_ARRAY) {
              episodes = episodes();
              if (episodes == null) {
                return null;
              }
            } else if (t != JsonToken.VALUE_NULL) {
              return null;
            }
            break;
          case "facts":
            bit = FACTS;
            facts = subtree(t);
            if (facts == null) {
              return null;
            }
            break;
          case "policy":
            bit = POLICY;
            policy = subtree(t);
            if (policy == null) {
              return null;
            }
            break;
          case "description":
            bit = DESCRIPTION;
            description = t == JsonToken.VALUE_STRING ? p.getText() : null;
            p.skipChildren();
            break;
          case "expected":
            bit = EXPECTED;
            if (t == JsonToken.START_OBJECT) {
              ExpectedOutcome x = expected();
              if (x == null) {
                return null;
              }
              expected = Optional.of(x);
            } else if (t != JsonToken.VALUE_NULL) {
              return null;
            }
            break;
          case "ambiguous":
            bit = AMBIGUOUS;
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
              ambiguous = t == JsonToken.VALUE_TRUE;
            } else if (t != JsonToken.VALUE_NULL) {
              return null;
            }
            break;
          default:
            bit = 0;
            p.skipChildren();
            break;
        }
        if ((seen & bit) != 0) {
          return null; // a duplicate member: the tree keeps the last one
        }
        seen |= bit;
      }
      if (p.nextToken() != null) {
        return null;
      }
      if (asOfOverride.isPresent()) {
        asOf = asOfOverride.get();
      }
      if (dob == null || asOf == null || asOf.isBefore(dob)) {
        return null;
      }
      Decoding d = new Decoding(NullNode.getInstance(), number, line, asOfOverride);
      Circumstances.Builder circumstances = facts == null || facts.isEmpty() ? null : d.facts(facts);
      Map<String, String> settings = policy == null ? Map.of() : d.policy(policy);
      if ((facts != null && !facts.isEmpty() && circumstances == null) || !d.problems.isEmpty()) {
        return null;
      }
      String personId = id != null ? id : "#" + number;
      CareHistory.Builder history = CareHistory.builder(Person.of(personId, dob));
      for (CareEpisode.Builder e : episodes) {
        history.episode(e);
      }
      if (circumstances == null) {
        history.circumstances(Circumstances.none());
      } else {
        history.circumstances(circumstances);
      }
      CareHistory built;
      try {
        built = history.build();
      } catch (InvalidCareHistoryException e) {
        return null;
      }
      d.arrangementConsistency(built.circumstances(), asOf);
      if (!d.problems.isEmpty()) {
        return null;
      }
      return new CaseRecord(number, Optional.ofNullable(id), built, asOf, settings, Optional.ofNullable(description),
          expected, ambiguous);
    }

    private @Nullable LocalDate date(JsonToken t) throws IOException {
      return t == JsonToken.VALUE_STRING ? parseDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
    }

    /** An object member as a tree, null for a value that is not an object (an empty object reads as null). */
    private @Nullable JsonNode subtree(JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        return NullNode.getInstance();
      }
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      if (p.nextToken() == JsonToken.END_OBJECT) {
        return NullNode.getInstance(); // {} decodes as null does: no facts, no policy settings
      }
      return SUBTREE.readTree(p); // from the first member's name to the object's end
    }

    /** The episodes, the parser being at the array's start; null to give up. */
    private @Nullable List<CareEpisode.Builder> episodes() throws IOException {
      List<CareEpisode.Builder> out = new ArrayList<>(8);
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          return null;
        }
        int seen = 0;
        LocalDate start = null;
        LocalDate end = null;
        Boolean shortBreak = null;
        Country country = Country.ENGLAND;
        String legalStatus = null;
        String placementType = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken v = p.nextToken();
          int bit;
          switch (name) {
            case "start":
              bit = 1;
              start = date(v);
              if (start == null) {
                return null;
              }
              break;
            case "end":
              bit = 1 << 1;
              if (v != JsonToken.VALUE_NULL) {
                end = date(v);
                if (end == null) {
                  return null;
                }
              }
              break;
            case "shortBreak":
              bit = 1 << 2;
              if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                shortBreak = v == JsonToken.VALUE_TRUE;
              } else if (v != JsonToken.VALUE_NULL) {
                return null;
              }
              break;
            case "jurisdiction":
              bit = 1 << 3;
              if (v != JsonToken.VALUE_NULL) {
                country = v == JsonToken.VALUE_STRING ? COUNTRIES.get(p.getText()) : null;
                if (country == null) {
                  return null;
                }
              }
              break;
            case "legalStatus":
              bit = 1 << 4;
              if (v == JsonToken.VALUE_STRING) {
                legalStatus = p.getText();
              } else if (v != JsonToken.VALUE_NULL) {
                return null;
              }
              break;
            case "placementType":
              bit = 1 << 5;
              if (v == JsonToken.VALUE_STRING) {
                placementType = p.getText();
              } else if (v != JsonToken.VALUE_NULL) {
                return null;
              }
              break;
            default:
              bit = 0;
              p.skipChildren();
              break;
          }
          if ((seen & bit) != 0) {
            return null;
          }
          seen |= bit;
        }
        if (start == null) {
          return null;
        }
        CareEpisode.Builder b = CareEpisode.builder(start).country(country);
        if (end != null) {
          b.endExclusive(end);
        }
        if (legalStatus != null) {
          b.legalStatusCode(legalStatus);
        }
        if (placementType != null) {
          b.placementTypeCode(placementType);
        }
        if (shortBreak != null) {
          b.shortBreak(shortBreak);
        }
        out.add(b);
      }
      return out;
    }

    /** The expected outcome, the parser being at the object's start; null to give up. */
    private @Nullable ExpectedOutcome expected() throws IOException {
      int seen = 0;
      Category category = null;
      Set<DutyCode> duties = EnumSet.noneOf(DutyCode.class);
      Map<DeadlineKey, Optional<String>> deadlines = new EnumMap<>(DeadlineKey.class);
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        int bit;
        switch (name) {
          case "category":
            bit = 1;
            category = v == JsonToken.VALUE_STRING ? CATEGORIES.get(p.getText()) : null;
            if (category == null) {
              return null;
            }
            break;
          case "duties":
            bit = 1 << 1;
            if (v == JsonToken.START_ARRAY) {
              for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                DutyCode code = e == JsonToken.VALUE_STRING ? DUTY_CODES.get(p.getText()) : null;
                if (code == null) {
                  return null;
                }
                duties.add(code);
              }
            } else {
              p.skipChildren();
            }
            break;
          case "deadlines":
            bit = 1 << 2;
            if (v == JsonToken.START_OBJECT) {
              for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                Optional<DeadlineKey> k = DeadlineKey.fromJsonName(key);
                JsonToken e = p.nextToken();
                if (k.isEmpty() || (e != JsonToken.VALUE_STRING && e != JsonToken.VALUE_NULL)
                    || deadlines.containsKey(k.get())) {
                  return null;
                }
                deadlines.put(k.get(), e == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(p.getText()));
              }
            } else {
              p.skipChildren();
            }
            break;
          default:
            bit = 0;
            p.skipChildren();
            break;
        }
        if ((seen & bit) != 0) {
          return null;
        }
        seen |= bit;
      }
      return category == null ? null : new ExpectedOutcome(category, duties, deadlines);
    }
  }

  /**
   * Parses a date written exactly {@code yyyy-mm-dd} naming a real calendar date.
   *
   * @param s the text
   * @return the date, or null if the text is not such a date
   */
  static @Nullable LocalDate parseDate(String s) {
    return s.length() == 10 ? parseDate(s.toCharArray(), 0, 10) : null;
  }

  /** {@link #parseDate(String)} of the characters {@code [off, off + len)} of {@code c}. */
  private static @Nullable LocalDate parseDate(char[] c, int off, int len) {
    if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
      return null;
    }
    int y = digits(c, off, off + 4);
    int m = digits(c, off + 5, off + 7);
    int d = digits(c, off + 8, off + 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] c, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }
}
