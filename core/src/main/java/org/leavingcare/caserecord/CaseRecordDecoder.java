package org.leavingcare.caserecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
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
   * read straight from the text, without a parser or a tree; any record that is not
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
    CaseRecord plain = decodePlain(text, number, line, asOf);
    if (plain != null) {
      return plain;
    }
    JsonNode node;
    try {
      node = CaseRecordReader.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return new RecordError(number, line, Optional.empty(), List.of(new Problem("SYNTAX", "", "line " + line,
          "Line " + line + " is not valid JSON (" + syntaxReason(e)
              + "). Each line must hold one complete case record as a JSON object.")));
    }
    return decode(node, number, line, asOf);
  }

  /**
   * The fast path of {@link #decodeText}: the record if its text is plainly valid, else null
   * (then the tree decoder reports exactly what is wrong).
   */
  static @Nullable CaseRecord decodePlain(String text, long number, long line, Optional<LocalDate> asOf) {
    try {
      return new Scanning(text, number, line, asOf).run();
    } catch (JsonCursor.GiveUp e) {
      return null;
    }
  }

  /** A quoted span in a parser's message, read left to right so that each quote pairs with the next. */
  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("'[^']*'");

  /**
   * Why the JSON parser stopped, without the input it quotes: Jackson quotes an unrecognised token
   * ("Unrecognized token 'Smith'"), which may be personal data, so every quoted span longer than one
   * character is replaced by {@code '…'}, except the JSON literals it lists as expected. What
   * remains (the kind of error, the character and its code, what was expected) is enough to find
   * the fault at the line and column given.
   *
   * @param e the parser's exception
   * @return its message, one line, without quoted input
   */
  static String syntaxReason(JsonProcessingException e) {
    String m = e.getOriginalMessage().replaceAll("\\s+", " ");
    return QUOTED.matcher(m).replaceAll(q -> {
      String inner = q.group().substring(1, q.group().length() - 1);
      boolean grammar = inner.length() <= 1 || inner.equals("null") || inner.equals("true") || inner.equals("false");
      return grammar ? java.util.regex.Matcher.quoteReplacement(q.group()) : "'…'";
    });
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

  private static final Map<String, Country> COUNTRIES = byName(Country.values());
  private static final Map<String, Category> CATEGORIES = byName(Category.values());
  private static final Map<String, DutyCode> DUTY_CODES = byName(DutyCode.values());
  private static final DeadlineKey[] DEADLINE_KEYS = DeadlineKey.values();

  private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
    Map<String, E> m = new HashMap<>();
    for (E v : values) {
      m.put(v.name(), v);
    }
    return Map.copyOf(m);
  }

  /**
   * The fast path of {@link #decodeText}: decodes a record straight from its text when it is
   * plainly valid, and gives up ({@link JsonCursor.GiveUp}) at the first thing the tree decoder
   * would report or treat specially. For a record it accepts, the result equals the tree
   * decoder's. Each member is read by a small method of its own.
   */
  private static final class Scanning {
    /**
     * The members the fast path reads; any other member is skipped. Each reads its value with a
     * method of its own, called through this table, so that each is compiled on its own rather
     * than all inlined into one large loop.
     */
    private enum Member {
      ID("id") {
        @Override
        void read(Scanning s) {
          s.id();
        }
      },
      DATE_OF_BIRTH("dateOfBirth") {
        @Override
        void read(Scanning s) {
          s.dob = s.c.date();
        }
      },
      ASSESSMENT_DATE("assessmentDate") {
        @Override
        void read(Scanning s) {
          s.assessmentDate();
        }
      },
      EPISODES("episodes") {
        @Override
        void read(Scanning s) {
          s.episodes();
        }
      },
      FACTS("facts") {
        @Override
        void read(Scanning s) {
          s.facts = s.subtree();
        }
      },
      POLICY("policy") {
        @Override
        void read(Scanning s) {
          s.policy = s.subtree();
        }
      },
      DESCRIPTION("description") {
        @Override
        void read(Scanning s) {
          s.description();
        }
      },
      EXPECTED("expected") {
        @Override
        void read(Scanning s) {
          s.expected();
        }
      },
      AMBIGUOUS("ambiguous") {
        @Override
        void read(Scanning s) {
          Boolean b = s.c.booleanOrNull();
          s.ambiguous = b != null && b;
        }
      };

      private static final Member[] ALL = values();
      final String json;

      Member(String json) {
        this.json = json;
      }

      abstract void read(Scanning s);

      /** The member the cursor is at, or null for one the fast path skips. */
      static @Nullable Member at(JsonCursor c) {
        for (Member m : ALL) {
          if (c.nameIs(m.json)) {
            return m;
          }
        }
        return null;
      }
    }

    private final JsonCursor c;
    private final long number;
    private final long line;
    private final Optional<LocalDate> asOfOverride;
    private int seen;
    private @Nullable String id;
    private @Nullable LocalDate dob;
    private @Nullable LocalDate asOf;
    private List<CareEpisode.Builder> episodes = List.of();
    private @Nullable JsonNode facts;
    private @Nullable JsonNode policy;
    private @Nullable String description;
    private Optional<ExpectedOutcome> expected = Optional.empty();
    private boolean ambiguous;

    Scanning(String text, long number, long line, Optional<LocalDate> asOfOverride) {
      this.c = new JsonCursor(text);
      this.number = number;
      this.line = line;
      this.asOfOverride = asOfOverride;
    }

    CaseRecord run() {
      c.expect('{');
      for (boolean first = true; c.nextMember(first); first = false) {
        member();
      }
      c.expectEnd();
      if (asOfOverride.isPresent()) {
        asOf = asOfOverride.get();
      }
      if (dob == null || asOf == null || asOf.isBefore(dob)) {
        throw JsonCursor.GIVE_UP;
      }
      return build(dob, asOf);
    }

    /** Reads the value of the member the cursor is at. */
    private void member() {
      Member m = Member.at(c);
      if (m == null) {
        c.skipValue();
        return;
      }
      int bit = 1 << m.ordinal();
      if ((seen & bit) != 0) {
        throw JsonCursor.GIVE_UP; // a member's second appearance: the tree keeps the last one
      }
      seen |= bit;
      m.read(this);
    }

    private void id() {
      if (c.skipNull()) {
        return;
      }
      id = c.string();
      if (id.isBlank()) {
        throw JsonCursor.GIVE_UP;
      }
    }

    private void assessmentDate() {
      if (asOfOverride.isPresent() && c.skipNull()) {
        return;
      }
      asOf = c.date();
    }

    private void description() {
      if (c.atString()) {
        description = c.string();
      } else {
        c.skipValue();
      }
    }

    /** An object member as a tree, null for JSON null or an empty object; gives up at other values. */
    private @Nullable JsonNode subtree() {
      if (c.skipNull()) {
        return null;
      }
      if (c.peek() != '{') {
        throw JsonCursor.GIVE_UP;
      }
      int start = c.position();
      c.expect('{');
      if (c.peek() == '}') {
        c.expect('}');
        return null; // {} decodes as null does: no facts, no policy settings
      }
      for (boolean first = true; c.nextMember(first); first = false) {
        c.skipValue();
      }
      try {
        return CaseRecordReader.MAPPER.readTree(c.textFrom(start));
      } catch (JsonProcessingException e) {
        throw JsonCursor.GIVE_UP;
      }
    }

    private void episodes() {
      if (c.skipNull()) {
        return;
      }
      c.expect('[');
      List<CareEpisode.Builder> out = new ArrayList<>(8);
      for (boolean first = true; c.nextElement(first); first = false) {
        out.add(episode());
      }
      episodes = out;
    }

    /** One episode object. */
    private CareEpisode.Builder episode() {
      c.expect('{');
      int seenHere = 0;
      LocalDate start = null;
      LocalDate end = null;
      Boolean shortBreak = null;
      Country country = Country.ENGLAND;
      String legalStatus = null;
      String placementType = null;
      for (boolean first = true; c.nextMember(first); first = false) {
        int bit;
        if (c.nameIs("start")) {
          bit = 1;
          start = c.date();
        } else if (c.nameIs("end")) {
          bit = 1 << 1;
          end = c.skipNull() ? null : c.date();
        } else if (c.nameIs("shortBreak")) {
          bit = 1 << 2;
          shortBreak = c.booleanOrNull();
        } else if (c.nameIs("jurisdiction")) {
          bit = 1 << 3;
          country = c.skipNull() ? Country.ENGLAND : country(c.string());
        } else if (c.nameIs("legalStatus")) {
          bit = 1 << 4;
          legalStatus = c.skipNull() ? null : c.string();
        } else if (c.nameIs("placementType")) {
          bit = 1 << 5;
          placementType = c.skipNull() ? null : c.string();
        } else {
          bit = 0;
          c.skipValue();
        }
        if ((seenHere & bit) != 0) {
          throw JsonCursor.GIVE_UP;
        }
        seenHere |= bit;
      }
      if (start == null) {
        throw JsonCursor.GIVE_UP;
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
      return b;
    }

    private static Country country(String name) {
      Country country = COUNTRIES.get(name);
      if (country == null) {
        throw JsonCursor.GIVE_UP;
      }
      return country;
    }

    /** The expected outcome: an object, or null. */
    private void expected() {
      if (c.skipNull()) {
        return;
      }
      c.expect('{');
      int seenHere = 0;
      Category category = null;
      Set<DutyCode> duties = Set.of();
      Map<DeadlineKey, Optional<String>> deadlines = Map.of();
      for (boolean first = true; c.nextMember(first); first = false) {
        int bit;
        if (c.nameIs("category")) {
          bit = 1;
          category = CATEGORIES.get(c.string());
          if (category == null) {
            throw JsonCursor.GIVE_UP;
          }
        } else if (c.nameIs("duties")) {
          bit = 1 << 1;
          duties = expectedDuties();
        } else if (c.nameIs("deadlines")) {
          bit = 1 << 2;
          deadlines = expectedDeadlines();
        } else {
          bit = 0;
          c.skipValue();
        }
        if ((seenHere & bit) != 0) {
          throw JsonCursor.GIVE_UP;
        }
        seenHere |= bit;
      }
      if (category == null) {
        throw JsonCursor.GIVE_UP;
      }
      expected = Optional.of(new ExpectedOutcome(category, duties, deadlines));
    }

    /**
     * Expected duties: an array of duty codes; any other value is ignored, as the tree decoder does.
     * Made only when there is one (most records expect none).
     */
    private Set<DutyCode> expectedDuties() {
      Set<DutyCode> duties = Set.of();
      if (c.peek() != '[') {
        c.skipValue();
        return duties;
      }
      c.expect('[');
      for (boolean first = true; c.nextElement(first); first = false) {
        DutyCode code = DUTY_CODES.get(c.string());
        if (code == null) {
          throw JsonCursor.GIVE_UP;
        }
        if (duties.isEmpty()) {
          duties = EnumSet.noneOf(DutyCode.class);
        }
        duties.add(code);
      }
      return duties;
    }

    /** Expected deadlines: an object of keys and dates or nulls; any other value is ignored. */
    private Map<DeadlineKey, Optional<String>> expectedDeadlines() {
      Map<DeadlineKey, Optional<String>> deadlines = Map.of();
      if (c.peek() != '{') {
        c.skipValue();
        return deadlines;
      }
      c.expect('{');
      for (boolean first = true; c.nextMember(first); first = false) {
        DeadlineKey key = null;
        for (DeadlineKey k : DEADLINE_KEYS) {
          if (c.nameIs(k.jsonName())) {
            key = k;
            break;
          }
        }
        if (key == null || deadlines.containsKey(key)) {
          throw JsonCursor.GIVE_UP;
        }
        if (deadlines.isEmpty()) {
          deadlines = new EnumMap<>(DeadlineKey.class);
        }
        deadlines.put(key, c.skipNull() ? Optional.empty() : Optional.of(c.string()));
      }
      return deadlines;
    }

    /** The record from the members read, or give up where the tree decoder would report a problem. */
    private CaseRecord build(LocalDate dob, LocalDate asOf) {
      Decoding d = new Decoding(NullNode.getInstance(), number, line, asOfOverride);
      Circumstances.Builder circumstances = facts == null ? null : d.facts(facts);
      Map<String, String> settings = policy == null ? Map.of() : d.policy(policy);
      if ((facts != null && circumstances == null) || !d.problems.isEmpty()) {
        throw JsonCursor.GIVE_UP;
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
        throw JsonCursor.GIVE_UP;
      }
      d.arrangementConsistency(built.circumstances(), asOf);
      if (!d.problems.isEmpty()) {
        throw JsonCursor.GIVE_UP;
      }
      return new CaseRecord(number, Optional.ofNullable(id), built, asOf, settings, Optional.ofNullable(description),
          expected, ambiguous);
    }
  }

  /**
   * Parses a date written exactly {@code yyyy-mm-dd} naming a real calendar date.
   *
   * @param s the text
   * @return the date, or null if the text is not such a date
   */
  static @Nullable LocalDate parseDate(String s) {
    return s.length() == 10 ? parseDate(s, 0) : null;
  }

  /** {@link #parseDate(String)} of the ten characters of {@code s} from {@code off}. */
  static @Nullable LocalDate parseDate(String s, int off) {
    if (s.charAt(off + 4) != '-' || s.charAt(off + 7) != '-') {
      return null;
    }
    int y = digits(s, off, off + 4);
    int m = digits(s, off + 5, off + 7);
    int d = digits(s, off + 8, off + 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }
}
