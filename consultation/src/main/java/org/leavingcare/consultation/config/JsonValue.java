package org.leavingcare.consultation.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value as a configuration file holds it, read with jackson-core's streaming parser: the
 * few questions {@link ConsultationConfig} asks of a value, answered as databind's {@code JsonNode}
 * answers them (the same kinds, field order, numbers and their text). Reading a configuration this
 * way, rather than through an {@code ObjectMapper}, saves the third of a second that setting up
 * databind took at every start of {@code leavingcare consultation summarise}.
 */
final class JsonValue {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  private static final JsonValue NULL = new JsonValue(Kind.NULL, "null", Double.NaN, List.of(), Map.of());
  private static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, "true", Double.NaN, List.of(), Map.of());
  private static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, "false", Double.NaN, List.of(), Map.of());

  private final Kind kind;
  private final String text;
  private final double number;
  private final List<JsonValue> elements;
  private final Map<String, JsonValue> fields;

  private JsonValue(Kind kind, String text, double number, List<JsonValue> elements, Map<String, JsonValue> fields) {
    this.kind = kind;
    this.text = text;
    this.number = number;
    this.elements = elements;
    this.fields = fields;
  }

  /**
   * Reads the first JSON value of a text (what follows it is not read, as databind's
   * {@code readTree} does not read it either); duplicate field names are errors.
   *
   * @return the value, or null if the text holds none
   * @throws IOException the parser's {@code JsonProcessingException} if the text is not JSON
   */
  static @Nullable JsonValue read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      return p.nextToken() == null ? null : value(p);
    }
  }

  /** The value at the parser's current token. */
  private static JsonValue value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        // nextFieldName, as databind reads objects: its errors read differently from nextToken's.
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          p.nextToken();
          m.put(name, value(p));
        }
        return new JsonValue(Kind.OBJECT, "", Double.NaN, List.of(), Collections.unmodifiableMap(m));
      }
      case START_ARRAY: {
        List<JsonValue> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return new JsonValue(Kind.ARRAY, "", Double.NaN, Collections.unmodifiableList(list), Map.of());
      }
      case VALUE_STRING:
        return new JsonValue(Kind.STRING, p.getText(), Double.NaN, List.of(), Map.of());
      case VALUE_NUMBER_INT:
        // As databind's IntNode, LongNode or BigIntegerNode.
        return new JsonValue(Kind.NUMBER, p.getNumberValue().toString(), p.getDoubleValue(), List.of(), Map.of());
      case VALUE_NUMBER_FLOAT: {
        // As databind's DoubleNode.
        double d = p.getDoubleValue();
        return new JsonValue(Kind.NUMBER, Double.toString(d), d, List.of(), Map.of());
      }
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected JSON token " + t + ": this is a bug");
    }
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isTextual() {
    return kind == Kind.STRING;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  /** A string's text, a number's text (as {@code JsonNode.asText}), {@code true}, {@code false} or {@code null}. */
  String asText() {
    return text;
  }

  /** A number's value (NaN for anything else). */
  double asDouble() {
    return number;
  }

  /** An object's field, or null if it has none (or this is not an object). */
  @Nullable JsonValue get(String field) {
    return fields.get(field);
  }

  /** Whether an object has the field, even if its value is {@code null}. */
  boolean has(String field) {
    return fields.containsKey(field);
  }

  /** An array's element. */
  JsonValue get(int i) {
    return elements.get(i);
  }

  /** The number of an array's elements or an object's fields; 0 for anything else. */
  int size() {
    return kind == Kind.OBJECT ? fields.size() : elements.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** An object's fields, in the file's order. */
  Map<String, JsonValue> fields() {
    return fields;
  }
}
