package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leavingcare.localoffer.OfferArea;
import org.leavingcare.principles.CorporateParentingPrinciple;

/**
 * A codebook file: sections of themes for the free-text questions of one consultation, plus the
 * answers that say nothing ("n/a", "no comment") and so count as no substantive answer
 * (CONSULTATION-METHODS §13.1, §12.2). Read from JSON with {@link #parse}; the bundled starter for
 * Local Offer consultations is {@link #starter()}.
 *
 * <p>The JSON shape (field names are stable; unknown fields are an error, so typos are caught):
 * <pre>{@code
 * {"id": "local-offer-2026", "title": "...", "version": "3", "source": "who wrote it, when, from what",
 *  "nonSubstantive": ["n/a", "no comment", "nothing"],
 *  "codebooks": [
 *    {"questions": ["why_b2"], "themes": [ ... ]},
 *    {"questions": ["*"], "themes": [
 *      {"id": "housing", "label": "Housing", "definition": "...",
 *       "phrases": ["flat", "tenanc*"], "patterns": ["\\bmoved \\d+ miles\\b"], "exclusions": ["setting up home"],
 *       "localOfferAreas": ["ACCOMMODATION"], "principles": ["SAFETY_AND_STABILITY"], "equalityRelevant": false}]}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Codebook {

  private static final String STARTER = "local-offer-starter-codebook.json";
  private static final String BLANK = "blank-codebook-template.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final String id;
  private final String title;
  private final String version;
  private final String source;
  private final List<String> nonSubstantive;
  private final List<QuestionCodebook> sections;

  private Codebook(String id, String title, String version, String source, List<String> nonSubstantive,
      List<QuestionCodebook> sections) {
    this.id = id;
    this.title = title;
    this.version = version;
    this.source = source;
    this.nonSubstantive = List.copyOf(nonSubstantive);
    this.sections = List.copyOf(sections);
  }

  /**
   * A codebook from its parts.
   *
   * @param id the codebook's identifier
   * @param title a title for reports
   * @param version the version, so a report can say which codebook coded it (§13.1: codebooks are versioned)
   * @param source who wrote it, when and from what
   * @param nonSubstantive whole answers that say nothing, compared ignoring case, spaces and surrounding punctuation
   * @param sections the sections; each question id (and {@code *}) in at most one
   * @return the codebook
   * @throws IllegalArgumentException if a question id is in two sections or there is no section
   */
  public static Codebook of(String id, String title, String version, String source, List<String> nonSubstantive,
      List<QuestionCodebook> sections) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(version, "version");
    requireNonNull(source, "source");
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("codebook '" + id + "' has no section: add at least one under \"codebooks\"");
    }
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < sections.size(); i++) {
      for (String q : sections.get(i).questions()) {
        Integer before = owner.put(q, i);
        if (before != null) {
          throw new IllegalArgumentException("question '" + q + "' is in codebook sections " + before + " and " + i
              + "; list each question in one section only");
        }
      }
    }
    return new Codebook(id, title, version, source, nonSubstantive.stream().map(Codebook::bare).toList(), sections);
  }

  /**
   * The starter codebook for Local Offer consultations bundled with the library: ten themes drawn
   * from the themes care leavers, carers and professionals raise (research/instruments.md §12),
   * each mapped to Local Offer areas and corporate parenting principles, for every question
   * ({@code *}). Copy it ({@link #starterJson()}) and adapt it to a consultation's questions.
   *
   * @return the starter codebook
   */
  public static Codebook starter() {
    try (InputStream in = resource(STARTER)) {
      return parse(in, STARTER);
    } catch (ThemeInputException e) {
      throw new IllegalStateException("the bundled starter codebook is invalid; this is a bug: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The starter codebook's JSON text, to print and adapt.
   *
   * @return the JSON, UTF-8 decoded
   */
  public static String starterJson() {
    return resourceText(STARTER);
  }

  /**
   * A blank codebook template's JSON text: one section, one theme, every field present.
   *
   * @return the JSON, UTF-8 decoded
   */
  public static String blankTemplateJson() {
    return resourceText(BLANK);
  }

  /**
   * Reads a codebook from JSON, checking all of it and reporting every problem found.
   *
   * @param in the JSON, UTF-8 (a byte-order mark is allowed); read to the end, not closed
   * @param fileName the file's name, for messages
   * @return the codebook
   * @throws ThemeInputException if the JSON is malformed or any field is missing, unknown or invalid
   * @throws IOException if reading fails
   */
  public static Codebook parse(InputStream in, String fileName) throws ThemeInputException, IOException {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    String text;
    try {
      // Strict UTF-8: Jackson would otherwise guess UTF-16/32 from the first bytes.
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new ThemeInputException(List.of(new InputProblem(fileName, "", "",
          "the file is not UTF-8 text; save it as UTF-8 and try again")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ThemeInputException(List.of(new InputProblem(fileName, where, "",
          "not valid JSON (" + e.getOriginalMessage() + "); check the file with a JSON validator")));
    }
    return new Reader(fileName).codebook(root);
  }

  /**
   * The section that codes a question: the one naming it, else the {@code *} section.
   *
   * @param questionId a question id
   * @return the section, or empty if neither names it nor a {@code *} section exists
   */
  public Optional<QuestionCodebook> forQuestion(String questionId) {
    requireNonNull(questionId, "questionId");
    return sections.stream().filter(s -> s.questions().contains(questionId)).findFirst()
        .or(() -> sections.stream().filter(s -> s.questions().contains(QuestionCodebook.ANY_QUESTION)).findFirst());
  }

  /**
   * Whether a whole answer says nothing, such as "n/a", "No." or "-": it is empty of letters and
   * digits, or it equals one of {@link #nonSubstantive()} ignoring case, spaces and surrounding
   * punctuation.
   *
   * @param answer the answer's text
   * @return true if the answer is not substantive
   */
  public boolean isNonSubstantive(String answer) {
    String b = bare(answer);
    return b.isEmpty() || nonSubstantive.contains(b);
  }

  private static String bare(String s) {
    return ThemeMatcher.normalise(s).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  /**
   * The codebook's identifier.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * A title for reports.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The version, quoted in reports.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Who wrote the codebook, when and from what.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The answers that count as no substantive answer, normalised.
   *
   * @return an unmodifiable list
   */
  public List<String> nonSubstantive() {
    return nonSubstantive;
  }

  /**
   * The sections, in file order.
   *
   * @return an unmodifiable list
   */
  public List<QuestionCodebook> sections() {
    return sections;
  }

  private static InputStream resource(String name) {
    InputStream in = Codebook.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + name + " is missing from the jar; this is a bug");
    }
    return in;
  }

  private static String resourceText(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Walks the JSON tree, collecting every problem with its path. */
  private static final class Reader {
    private static final Set<String> TOP = Set.of("id", "title", "version", "source", "nonSubstantive", "codebooks", "$comment");
    private static final Set<String> SECTION = Set.of("questions", "themes", "$comment");
    private static final Set<String> THEME = Set.of("id", "label", "definition", "phrases", "patterns", "exclusions",
        "localOfferAreas", "principles", "equalityRelevant", "$comment");

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    Reader(String file) {
      this.file = file;
    }

    Codebook codebook(JsonNode root) throws ThemeInputException {
      if (!root.isObject()) {
        throw new ThemeInputException(List.of(new InputProblem(file, "top level", "", "expected a JSON object {...}")));
      }
      unknownFields(root, TOP, "top level");
      String id = text(root, "id", "", true);
      String title = text(root, "title", "", false);
      String version = text(root, "version", "", true);
      String source = text(root, "source", "", false);
      List<String> nonSubstantive = strings(root, "nonSubstantive", "");
      List<QuestionCodebook> sections = new ArrayList<>();
      JsonNode books = root.get("codebooks");
      if (books == null || !books.isArray() || books.isEmpty()) {
        problems.add(new InputProblem(file, "codebooks", "", "expected a non-empty array of sections {\"questions\": [...], \"themes\": [...]}"));
      } else {
        for (int i = 0; i < books.size(); i++) {
          section(books.get(i), "codebooks[" + i + "]").ifPresent(sections::add);
        }
      }
      if (problems.isEmpty()) {
        try {
          return Codebook.of(id, title, version, source, nonSubstantive, sections);
        } catch (IllegalArgumentException e) {
          problems.add(new InputProblem(file, "codebooks", "", e.getMessage()));
        }
      }
      throw new ThemeInputException(problems);
    }

    private Optional<QuestionCodebook> section(JsonNode node, String at) {
      if (!node.isObject()) {
        problems.add(new InputProblem(file, at, "", "expected an object {\"questions\": [...], \"themes\": [...]}"));
        return Optional.empty();
      }
      unknownFields(node, SECTION, at);
      List<String> questions = strings(node, "questions", at);
      if (questions.isEmpty()) {
        problems.add(new InputProblem(file, at + ".questions", "", "list the question ids this section codes, or \"*\" for all others"));
      }
      List<Theme> themes = new ArrayList<>();
      JsonNode ts = node.get("themes");
      if (ts == null || !ts.isArray() || ts.isEmpty()) {
        problems.add(new InputProblem(file, at + ".themes", "", "expected a non-empty array of themes"));
      } else {
        for (int i = 0; i < ts.size(); i++) {
          theme(ts.get(i), at + ".themes[" + i + "]").ifPresent(themes::add);
        }
      }
      try {
        return questions.isEmpty() || themes.size() != (ts == null ? -1 : ts.size())
            ? Optional.empty() : Optional.of(new QuestionCodebook(questions, themes));
      } catch (IllegalArgumentException e) {
        problems.add(new InputProblem(file, at, "", e.getMessage()));
        return Optional.empty();
      }
    }

    private Optional<Theme> theme(JsonNode node, String at) {
      if (!node.isObject()) {
        problems.add(new InputProblem(file, at, "", "expected a theme object {\"id\": ..., \"label\": ..., \"phrases\": [...]}"));
        return Optional.empty();
      }
      int before = problems.size();
      unknownFields(node, THEME, at);
      String id = text(node, "id", at, true);
      String label = text(node, "label", at, true);
      String definition = text(node, "definition", at, false);
      List<String> phrases = strings(node, "phrases", at);
      List<String> patterns = strings(node, "patterns", at);
      List<String> exclusions = strings(node, "exclusions", at);
      List<OfferArea> areas = enums(node, "localOfferAreas", at, OfferArea.class);
      List<CorporateParentingPrinciple> principles = enums(node, "principles", at, CorporateParentingPrinciple.class);
      boolean equality = false;
      JsonNode eq = node.get("equalityRelevant");
      if (eq != null && !eq.isBoolean()) {
        problems.add(new InputProblem(file, at + ".equalityRelevant", eq.asText(), "expected true or false"));
      } else if (eq != null) {
        equality = eq.booleanValue();
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      try {
        return Optional.of(new Theme(id, label, definition, phrases, patterns, exclusions, areas, principles, equality));
      } catch (IllegalArgumentException e) {
        problems.add(new InputProblem(file, at, id, e.getMessage()));
        return Optional.empty();
      }
    }

    private void unknownFields(JsonNode node, Set<String> known, String at) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)) {
          problems.add(new InputProblem(file, at, f, "unknown field; expected one of "
              + known.stream().filter(k -> !k.startsWith("$")).sorted().collect(Collectors.joining(", "))));
        }
      }
    }

    private String text(JsonNode node, String field, String at, boolean required) {
      JsonNode v = node.get(field);
      String where = at.isEmpty() ? field : at + "." + field;
      if (v == null || v.isNull()) {
        if (required) {
          problems.add(new InputProblem(file, where, "", "missing; add \"" + field + "\": \"...\""));
        }
        return "";
      }
      if (!v.isTextual()) {
        problems.add(new InputProblem(file, where, v.toString(), "expected a string"));
        return "";
      }
      if (required && v.asText().isBlank()) {
        problems.add(new InputProblem(file, where, "", "must not be blank"));
      }
      return v.asText();
    }

    private List<String> strings(JsonNode node, String field, String at) {
      JsonNode v = node.get(field);
      String where = at.isEmpty() ? field : at + "." + field;
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        problems.add(new InputProblem(file, where, v.toString(), "expected an array of strings [\"...\", \"...\"]"));
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (!e.isTextual() || e.asText().isBlank()) {
          problems.add(new InputProblem(file, where + "[" + i + "]", e.toString(), "expected a non-blank string"));
        } else {
          out.add(e.asText());
        }
      }
      return out;
    }

    private <E extends Enum<E>> List<E> enums(JsonNode node, String field, String at, Class<E> type) {
      Map<String, E> byName = EnumSet.allOf(type).stream().collect(Collectors.toMap(Enum::name, Function.identity()));
      List<E> out = new ArrayList<>();
      List<String> names = strings(node, field, at);
      for (int i = 0; i < names.size(); i++) {
        E e = byName.get(names.get(i).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        if (e == null) {
          problems.add(new InputProblem(file, at + "." + field + "[" + i + "]", names.get(i), "unknown value; expected one of "
              + EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "))));
        } else {
          out.add(e);
        }
      }
      return out;
    }
  }
}
