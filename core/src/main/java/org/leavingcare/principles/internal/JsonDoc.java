package org.leavingcare.principles.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.leavingcare.principles.DocumentProblem;
import org.leavingcare.principles.InvalidDocumentException;

/**
 * Reads a JSON document field by field, collecting every problem with its JSON path instead of
 * stopping at the first; used by the checklist and Local Offer readers. Not thread-safe: one
 * instance per document.
 */
public final class JsonDoc {

  /** The mapper for reading and writing documents: strict, UTF-8, indented output. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private final List<DocumentProblem> problems = new ArrayList<>();

  /**
   * Parses UTF-8 JSON text.
   *
   * @param bytes the document
   * @param source its label for messages
   * @return the root node
   * @throws InvalidDocumentException if the bytes are not UTF-8 or not one JSON value
   */
  public static JsonNode parse(byte[] bytes, String source) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidDocumentException(source, List.of(new DocumentProblem("$",
          "the file is not UTF-8 text; save it as UTF-8 and try again")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InvalidDocumentException(source, List.of(new DocumentProblem("$", "the file is empty; it should hold one JSON object")));
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonParseException e) {
      throw new InvalidDocumentException(source, List.of(new DocumentProblem("$",
          "not valid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
              + " (" + firstLine(e.getOriginalMessage()) + "); check the JSON syntax there")));
    } catch (IOException e) {
      throw new InvalidDocumentException(source, List.of(new DocumentProblem("$",
          "not valid JSON (" + firstLine(e.getMessage()) + "); check the JSON syntax")));
    }
  }

  private static String firstLine(String s) {
    String line = s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }

  /**
   * Records a problem.
   *
   * @param path the JSON path
   * @param message what is wrong and what to do
   */
  public void problem(String path, String message) {
    problems.add(new DocumentProblem(path, message));
  }

  /** @return the problems so far, in the order found */
  public List<DocumentProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Throws if any problem was recorded.
   *
   * @param source the document's label
   * @throws InvalidDocumentException listing every problem
   */
  public void throwIfAny(String source) {
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(source, problems);
    }
  }

  /**
   * Checks that a node is an object.
   *
   * @param node the node
   * @param path its path
   * @return the node if it is an object
   */
  public Optional<JsonNode> object(JsonNode node, String path) {
    if (node.isObject()) {
      return Optional.of(node);
    }
    problem(path, "expected a JSON object {...}, found " + kind(node));
    return Optional.empty();
  }

  /**
   * Reports members of an object that are not among the allowed names (usually a misspelling).
   *
   * @param obj the object
   * @param path its path
   * @param allowed the member names the format defines
   */
  public void allowOnly(JsonNode obj, String path, String... allowed) {
    Set<String> names = new LinkedHashSet<>(Arrays.asList(allowed));
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        problem(path + "." + name, "unknown member '" + clip(name) + "'; the members allowed here are "
            + String.join(", ", new TreeSet<>(names)));
      }
    }
  }

  /**
   * A string member.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param required whether absence is a problem
   * @return the text, stripped; empty string if absent, null or not a string (a problem is recorded
   *     when it is the wrong type, or absent and required)
   */
  public String text(JsonNode obj, String path, String name, boolean required) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        problem(path + "." + name, "missing; give '" + name + "' as a text string");
      }
      return "";
    }
    if (!n.isTextual()) {
      problem(path + "." + name, "expected a text string, found " + kind(n));
      return "";
    }
    String s = n.textValue().strip();
    if (required && s.isEmpty()) {
      problem(path + "." + name, "must not be empty");
    }
    return s;
  }

  /**
   * A date member written {@code yyyy-mm-dd}.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param required whether absence is a problem
   * @return the date, or empty if absent or invalid (invalid is recorded)
   */
  public Optional<LocalDate> date(JsonNode obj, String path, String name, boolean required) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
      if (required) {
        problem(path + "." + name, "missing; give a date as \"yyyy-mm-dd\"");
      }
      return Optional.empty();
    }
    if (!n.isTextual()) {
      problem(path + "." + name, "expected a date string \"yyyy-mm-dd\", found " + kind(n));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(n.textValue().strip(), ISO_DATE));
    } catch (DateTimeException e) {
      problem(path + "." + name, "'" + clip(n.textValue()) + "' is not a real date written yyyy-mm-dd");
      return Optional.empty();
    }
  }

  /**
   * An integer member.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param required whether absence is a problem
   * @return the value, or empty if absent or invalid (invalid is recorded)
   */
  public Optional<Integer> integer(JsonNode obj, String path, String name, boolean required) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        problem(path + "." + name, "missing; give a whole number");
      }
      return Optional.empty();
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problem(path + "." + name, "expected a whole number, found " + kind(n));
      return Optional.empty();
    }
    return Optional.of(n.intValue());
  }

  /**
   * A non-negative decimal amount (money): a JSON number, never a string.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @return the amount, or empty if absent or invalid (both recorded: amounts are always required)
   */
  public Optional<BigDecimal> amount(JsonNode obj, String path, String name) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      problem(path + "." + name, "missing; give the amount in pounds as a number, for example 3000 or 57.50");
      return Optional.empty();
    }
    if (!n.isNumber()) {
      problem(path + "." + name, "expected a number of pounds (no £ sign, no quotes), found " + kind(n));
      return Optional.empty();
    }
    BigDecimal v = n.decimalValue();
    if (v.signum() < 0) {
      problem(path + "." + name, "must not be negative, was " + v.toPlainString());
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /**
   * A boolean member.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param absent the value when the member is absent
   * @return the value
   */
  public boolean bool(JsonNode obj, String path, String name, boolean absent) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      return absent;
    }
    if (!n.isBoolean()) {
      problem(path + "." + name, "expected true or false (without quotes), found " + kind(n));
      return absent;
    }
    return n.booleanValue();
  }

  /**
   * A member naming a constant: matched against {@code parse}, which returns empty for unknown codes.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param required whether absence is a problem
   * @param parse maps the text to a constant
   * @param allowed the allowed codes, for the message
   * @param <T> the constant's type
   * @return the constant, or empty if absent or unknown (unknown is recorded)
   */
  public <T> Optional<T> code(JsonNode obj, String path, String name, boolean required,
      Function<String, Optional<T>> parse, List<String> allowed) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
      if (required) {
        problem(path + "." + name, "missing; give one of " + String.join(", ", allowed));
      }
      return Optional.empty();
    }
    if (!n.isTextual()) {
      problem(path + "." + name, "expected one of " + String.join(", ", allowed) + ", found " + kind(n));
      return Optional.empty();
    }
    Optional<T> v = parse.apply(n.textValue().strip());
    if (v.isEmpty()) {
      problem(path + "." + name, "'" + clip(n.textValue()) + "' is not one of " + String.join(", ", allowed));
    }
    return v;
  }

  /**
   * Parses an enum constant by exact name, ignoring case.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return a parser for {@link #code}
   */
  public static <E extends Enum<E>> Function<String, Optional<E>> enumNamed(Class<E> type) {
    return s -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(s)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    };
  }

  /**
   * The names of an enum's constants, for messages.
   *
   * @param type the enum
   * @return the names in declaration order
   */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /**
   * An array member.
   *
   * @param obj the object
   * @param path its path
   * @param name the member
   * @param required whether absence is a problem
   * @return the elements (empty if absent or invalid; invalid is recorded)
   */
  public List<JsonNode> array(JsonNode obj, String path, String name, boolean required) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        problem(path + "." + name, "missing; give a JSON array [...]");
      }
      return List.of();
    }
    if (!n.isArray()) {
      problem(path + "." + name, "expected a JSON array [...], found " + kind(n));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /**
   * A short, data-free description of a node's JSON type.
   *
   * @param n the node
   * @return for example "a number" or "an array"
   */
  public static String kind(JsonNode n) {
    switch (n.getNodeType()) {
      case ARRAY: return "an array";
      case OBJECT: return "an object";
      case BOOLEAN: return "true/false";
      case NUMBER: return "a number";
      case STRING: return "a string";
      case NULL: return "null";
      default: return "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
