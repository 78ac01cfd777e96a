package org.leavingcare.caserecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.leavingcare.duties.Deadline;
import org.leavingcare.duties.DeadlineKey;
import org.leavingcare.duties.DutyCode;
import org.leavingcare.duties.DutyOwed;
import org.leavingcare.law.LegalReference;
import org.leavingcare.model.Problem;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.Flag;
import org.leavingcare.rules.Reason;

/**
 * Writes assessments and record errors as JSON objects with stable field names (LAW.md §15.8;
 * docs/case-record-format.md). Streaming, with no reflection; thread-safe.
 *
 * <p>An assessment is written as:
 * <pre>{@code
 * {"id": "CL-001", "assessmentDate": "2025-04-02", "category": "ELIGIBLE",
 *  "duties": ["LAC_VISITS", ...],
 *  "deadlines": {"eligibleFrom": "2025-04-02", "needsAssessmentBy": "2025-07-02", ...},
 *  "flags": ["WARN_..."],
 *  "reasons": [{"test": "ELIGIBLE.THIRTEEN_WEEKS", "outcome": "MET",
 *               "provision": "Care Planning, Placement and Case Review (England) Regulations 2010 reg. 40",
 *               "uri": "https://www.legislation.gov.uk/uksi/2010/959/regulation/40", "text": "..."}],
 *  "dutyDetails": [{"code": "NEEDS_ASSESSMENT", "provision": "...", "since": "2025-04-02",
 *                   "endsAtStartOf": "2027-03-10", "nextDueBy": "2025-07-02", "conditional": false}]}
 * }</pre>
 * and an error as {@code {"id", "field", "message", "problems": [{"code", "field", "value", "message"}]}}.
 * Dates are {@code yyyy-mm-dd}; absent optional members are left out (a deadline's {@code null}
 * means "live, but no statutory deadline").
 *
 * <p>To write many assessments as JSON Lines, {@link JsonLinesBuffer} writes the same bytes
 * straight into a byte buffer, with field names and the rules' constant texts encoded once.
 */
public final class AssessmentJson {

  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString ASSESSMENT_DATE = new SerializedString("assessmentDate");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString DUTIES = new SerializedString("duties");
  private static final SerializedString DEADLINES = new SerializedString("deadlines");
  private static final SerializedString FLAGS = new SerializedString("flags");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString DUTY_DETAILS = new SerializedString("dutyDetails");
  private static final SerializedString TEST = new SerializedString("test");
  private static final SerializedString OUTCOME = new SerializedString("outcome");
  private static final SerializedString PROVISION = new SerializedString("provision");
  private static final SerializedString URI = new SerializedString("uri");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString SINCE = new SerializedString("since");
  private static final SerializedString ENDS = new SerializedString("endsAtStartOf");
  private static final SerializedString NEXT_DUE = new SerializedString("nextDueBy");
  private static final SerializedString CONDITIONAL = new SerializedString("conditional");
  private static final SerializedString FIELD = new SerializedString("field");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString PROBLEMS = new SerializedString("problems");
  private static final SerializedString[] KEYS = new SerializedString[DeadlineKey.values().length];

  static {
    for (DeadlineKey k : DeadlineKey.values()) {
      KEYS[k.ordinal()] = new SerializedString(k.jsonName());
    }
  }

  private static final SerializedString[] CODES = names(DutyCode.values());
  private static final SerializedString[] CATEGORIES = names(org.leavingcare.rules.Category.values());
  private static final SerializedString[] FLAG_NAMES = names(Flag.values());
  /**
   * Each reason's JSON, made once. The built-in rules' reasons are constants, so this stays small;
   * a jurisdiction that made reasons per person would fill it only up to {@link #REASON_CACHE_LIMIT}.
   */
  private static final ConcurrentHashMap<Reason, SerializedString> REASON_JSON = new ConcurrentHashMap<>();
  private static final int REASON_CACHE_LIMIT = 4096;
  private static final JsonFactory FACTORY = new JsonFactory();

  private AssessmentJson() {}

  /** How many reasons' JSON is cached (for tests). */
  static int reasonCacheSize() {
    return REASON_JSON.size();
  }

  private static SerializedString reasonJsonCached(Reason r) {
    SerializedString json = REASON_JSON.get(r);
    if (json == null) {
      json = reasonJson(r);
      if (REASON_JSON.size() < REASON_CACHE_LIMIT) {
        REASON_JSON.putIfAbsent(r, json);
      }
    }
    return json;
  }

  private static SerializedString[] names(Enum<?>[] values) {
    SerializedString[] out = new SerializedString[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = new SerializedString(v.name());
    }
    return out;
  }

  /**
   * Writes one assessment as a JSON object, with its duty details.
   *
   * @param a the assessment
   * @param g the generator to write to
   * @throws IOException if writing fails
   */
  public static void write(Assessment a, JsonGenerator g) throws IOException {
    write(a, g, true);
  }

  /**
   * Writes one assessment as a JSON object.
   *
   * @param a the assessment
   * @param g the generator to write to
   * @param dutyDetails whether to include {@code dutyDetails} (provision, since, end and next due
   *     date of each duty)
   * @throws IOException if writing fails
   */
  public static void write(Assessment a, JsonGenerator g, boolean dutyDetails) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(a.personId());
    g.writeFieldName(ASSESSMENT_DATE);
    writeDate(a.asOf(), g);
    g.writeFieldName(CATEGORY);
    g.writeString(CATEGORIES[a.category().ordinal()]);
    g.writeFieldName(DUTIES);
    g.writeStartArray();
    for (DutyCode c : a.dutyCodes()) {
      g.writeString(CODES[c.ordinal()]);
    }
    g.writeEndArray();
    g.writeFieldName(DEADLINES);
    g.writeStartObject();
    for (Map.Entry<DeadlineKey, Deadline> e : a.deadlines().entrySet()) {
      g.writeFieldName(KEYS[e.getKey().ordinal()]);
      Deadline d = e.getValue();
      Optional<LocalDate> date = d.date();
      if (date.isPresent()) {
        writeDate(date.get(), g);
      } else {
        Optional<String> v = d.jsonValue();
        if (v.isPresent()) {
          g.writeString(v.get());
        } else {
          g.writeNull();
        }
      }
    }
    g.writeEndObject();
    g.writeFieldName(FLAGS);
    g.writeStartArray();
    for (Flag f : a.flags()) {
      g.writeString(FLAG_NAMES[f.ordinal()]);
    }
    g.writeEndArray();
    g.writeFieldName(REASONS);
    g.writeStartArray();
    for (Reason r : a.reasons()) {
      g.writeRawValue(reasonJsonCached(r));
    }
    g.writeEndArray();
    if (!dutyDetails) {
      g.writeEndObject();
      return;
    }
    g.writeFieldName(DUTY_DETAILS);
    g.writeStartArray();
    for (DutyOwed d : a.duties()) {
      g.writeStartObject();
      g.writeFieldName(CODE);
      g.writeString(d.code().name());
      provision(d.provision(), g);
      date(SINCE, d.since(), g);
      date(ENDS, d.endsAtStartOf(), g);
      date(NEXT_DUE, d.nextDueBy(), g);
      g.writeFieldName(CONDITIONAL);
      g.writeBoolean(d.conditional());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static SerializedString reasonJson(Reason r) {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeFieldName(TEST);
      g.writeString(r.test());
      g.writeFieldName(OUTCOME);
      g.writeString(r.outcome().name());
      provision(r.provision(), g);
      g.writeFieldName(TEXT);
      g.writeString(r.text());
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new SerializedString(w.toString());
  }

  private static void provision(LegalReference ref, JsonGenerator g) throws IOException {
    g.writeFieldName(PROVISION);
    g.writeString(ref.cite());
    g.writeFieldName(URI);
    g.writeString(ref.uri().toString());
  }

  private static void date(SerializedString name, Optional<LocalDate> date, JsonGenerator g) throws IOException {
    if (date.isPresent()) {
      g.writeFieldName(name);
      writeDate(date.get(), g);
    }
  }

  /** Writes a date as {@code yyyy-mm-dd}, as {@link LocalDate#toString()} does, without a string. */
  private static void writeDate(LocalDate date, JsonGenerator g) throws IOException {
    int y = date.getYear();
    if (y < 0 || y > 9999) {
      g.writeString(date.toString());
      return;
    }
    char[] c = new char[10];
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    int m = date.getMonthValue();
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    int d = date.getDayOfMonth();
    c[8] = (char) ('0' + d / 10);
    c[9] = (char) ('0' + d % 10);
    g.writeString(c, 0, 10);
  }

  /**
   * Writes a record error as a JSON object {@code {id, field, message, problems}}.
   *
   * @param e the error
   * @param g the generator to write to
   * @throws IOException if writing fails
   */
  public static void write(RecordError e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(e.displayId());
    g.writeFieldName(FIELD);
    g.writeString(e.field());
    g.writeFieldName(MESSAGE);
    g.writeString(e.message());
    g.writeFieldName(PROBLEMS);
    g.writeStartArray();
    for (Problem p : e.problems()) {
      g.writeStartObject();
      g.writeFieldName(CODE);
      g.writeString(p.code());
      g.writeFieldName(FIELD);
      g.writeString(p.field());
      g.writeFieldName(VALUE);
      g.writeString(p.value());
      g.writeFieldName(MESSAGE);
      g.writeString(p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
