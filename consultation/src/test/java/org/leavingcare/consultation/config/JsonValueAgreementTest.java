package org.leavingcare.consultation.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonValue} answers every question {@link ConsultationConfig} asks of a value as databind's
 * {@code JsonNode} (what the configuration was read with before) answers it: kinds, texts, numbers,
 * field order, and the same errors at the same places.
 */
class JsonValueAgreementTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static final List<String> DOCUMENTS = List.of(
      "", "  \n ", "null", "true", "false", "\"text\"", "\"\"", "\"  \"", "0", "-0", "7", "-12",
      "2147483648", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
      "2.0", "2.50", "-0.0", "1e3", "1E-7", "0.1", "3.141592653589793238", "1e400", "-1e400", "4.9e-325",
      "{}", "[]", "{\"a\": 1} trailing", "[1, 2] ]", "{\"a\": {\"b\": [1, \"x\", null, true, {\"c\": 2.5}]}}",
      "{\"z\": 1, \"a\": 2, \"m\": null}", "{\"k\": [], \"o\": {}}",
      "{\"a\": 1, \"a\": 2}", "{\"a\": {\"b\": 1, \"b\": 1}}", "{\"a\": }", "[1, 2", "{\"a\" 1}", "{'a': 1}",
      "[NaN]", "[01]", "{\"a\": tru}", "\"unterminated", "{\"x\": 1,}", "[1,,2]", "{\"a\":\n  [1,\n  }",
      ConsultationConfigTest.ISSUE_SHAPE);

  @Test
  void everyDocumentReadsAsDatabindReadsIt() throws Exception {
    for (String json : DOCUMENTS) {
      assertAgree(json);
    }
  }

  @Property(tries = 300)
  void randomDocumentsReadAsDatabindReadsThem(@ForAll("documents") String json) throws Exception {
    assertAgree(json);
  }

  @Provide
  Arbitrary<String> documents() {
    return value(3);
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
            new java.math.BigInteger("1" + "0".repeat(30))).map(String::valueOf),
        Arbitraries.strings().ofMaxLength(6).map(s -> quote(s)),
        Arbitraries.of("null", "true", "false", "1e5", "-2.50E+3", "0.000"));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> element = value(depth - 1);
    Arbitrary<String> array = element.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
    Arbitrary<String> object = Arbitraries.maps(Arbitraries.of("a", "b", "id", "column", "x y", "é"), element)
        .ofMaxSize(4).map(m -> {
          List<String> fields = new ArrayList<>();
          m.forEach((k, v) -> fields.add(quote(k) + ": " + v));
          return "{" + String.join(", ", fields) + "}";
        });
    return Arbitraries.oneOf(scalar, array, object);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static void assertAgree(String json) throws Exception {
    JsonNode expected;
    JsonProcessingException expectedError = null;
    try {
      expected = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      expected = null;
      expectedError = e;
    }
    JsonValue actual;
    JsonProcessingException actualError = null;
    try {
      actual = JsonValue.read(json);
    } catch (JsonProcessingException e) {
      actual = null;
      actualError = e;
    }
    if (expectedError != null) {
      assertThat(actualError).as(json).isNotNull();
      assertThat(actualError.getOriginalMessage()).as(json).isEqualTo(expectedError.getOriginalMessage());
      assertThat(actualError.getClass()).as(json).isEqualTo(expectedError.getClass());
      assertThat(actualError.getLocation().getLineNr()).as(json).isEqualTo(expectedError.getLocation().getLineNr());
      assertThat(actualError.getLocation().getColumnNr()).as(json)
          .isEqualTo(expectedError.getLocation().getColumnNr());
      return;
    }
    assertThat(actualError).as(json).isNull();
    if (expected == null || expected.isMissingNode()) {
      assertThat(actual).as(json).isNull();
      return;
    }
    assertThat(actual).as(json).isNotNull();
    assertSame(json, expected, actual);
  }

  private static void assertSame(String json, JsonNode e, JsonValue a) {
    assertThat(a.isObject()).as(json).isEqualTo(e.isObject());
    assertThat(a.isArray()).as(json).isEqualTo(e.isArray());
    assertThat(a.isTextual()).as(json).isEqualTo(e.isTextual());
    assertThat(a.isNumber()).as(json).isEqualTo(e.isNumber());
    assertThat(a.isBoolean()).as(json).isEqualTo(e.isBoolean());
    assertThat(a.isNull()).as(json).isEqualTo(e.isNull());
    assertThat(a.asText()).as(json).isEqualTo(e.asText());
    assertThat(a.size()).as(json).isEqualTo(e.size());
    assertThat(a.isEmpty()).as(json).isEqualTo(e.isEmpty());
    if (e.isNumber()) {
      assertThat(a.asDouble()).as(json).isEqualTo(e.asDouble());
    }
    if (e.isArray()) {
      for (int i = 0; i < e.size(); i++) {
        assertSame(json, e.get(i), a.get(i));
      }
    }
    if (e.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
      Iterator<Map.Entry<String, JsonValue>> mine = a.fields().entrySet().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        Map.Entry<String, JsonValue> m = mine.next();
        assertThat(m.getKey()).as(json).isEqualTo(f.getKey());
        assertThat(a.has(f.getKey())).isTrue();
        assertSame(json, f.getValue(), m.getValue());
      }
      assertThat(mine.hasNext()).as(json).isFalse();
    }
    assertThat(a.get("absent")).isNull();
    assertThat(a.has("absent")).isFalse();
  }
}
