package org.leavingcare.consultation.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.model.CareExperience;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;
import org.leavingcare.consultation.weighting.Calibration;
import org.leavingcare.consultation.weighting.CalibrationSpec;
import org.leavingcare.consultation.weighting.Margin;
import org.leavingcare.consultation.weighting.WeightScheme;

/**
 * A consultation configuration file (JSON): the layout of the response file, the council's weight
 * scheme and the analysis settings. The format is documented in {@code docs/consultation.md}; the
 * smallest useful file is
 * <pre>{@code
 * {"respondentIdColumn": "respondent_id", "groupColumn": "respondent_group",
 *  "careExperienced": {"column": "care_experienced", "values": ["Yes"]},
 *  "weighting": {"careExperiencedMultiplier": 2.0},
 *  "questions": [{"id": "q1", "column": "q1", "type": "likert",
 *                 "scale": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]}]}
 * }</pre>
 *
 * <p>{@link #parse} checks the whole file and reports every problem at once, each with its JSON
 * path ({@link InvalidConfigException}); unknown fields are problems too, so a misspelt key never
 * silently does nothing.
 *
 * @param consultation the response file's layout and the questions
 * @param weighting the council's weight scheme
 * @param analysis interval and sensitivity settings
 */
public record ConsultationConfig(Consultation consultation, WeightScheme weighting, AnalysisSettings analysis) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if any is null
   */
  public ConsultationConfig {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(analysis, "analysis");
  }

  /**
   * This configuration with another care-experience multiplier (for {@code --multiplier}).
   *
   * @param k the multiplier, positive
   * @return the copy
   */
  public ConsultationConfig withCareExperiencedMultiplier(double k) {
    return new ConsultationConfig(consultation, weighting.withCareExperiencedMultiplier(k), analysis);
  }

  /**
   * Reads a configuration file (UTF-8).
   *
   * @param file the file
   * @return the configuration
   * @throws InvalidConfigException listing every problem, if the file is not a valid configuration
   * @throws IOException if the file cannot be read
   */
  public static ConsultationConfig read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), String.valueOf(file.getFileName()));
  }

  /**
   * Parses a configuration.
   *
   * @param json the JSON text
   * @param source the file name or description, used in messages
   * @return the configuration
   * @throws InvalidConfigException listing every problem, with JSON paths
   */
  public static ConsultationConfig parse(String json, String source) {
    JsonValue root;
    try {
      root = JsonValue.read(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "$"
          : "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      String what = e instanceof JsonParseException ? e.getOriginalMessage() : "not valid JSON";
      throw new InvalidConfigException(source, List.of(new ConfigProblem(where,
          "the file is not valid JSON: " + what + ". Check quotes, commas and brackets near that place.")));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a configuration from a String failed: this is a bug", e);
    }
    Parser p = new Parser();
    ConsultationConfig config = p.root(root);
    if (!p.problems.isEmpty() || config == null) {
      throw new InvalidConfigException(source, p.problems);
    }
    return config;
  }

  /** Walks the tree, collecting every problem before giving up. */
  private static final class Parser {
    final List<ConfigProblem> problems = new ArrayList<>();

    void problem(String path, String message) {
      problems.add(new ConfigProblem(path, message));
    }

    ConsultationConfig root(JsonValue root) {
      if (root == null || !root.isObject()) {
        problem("$", "the configuration must be a JSON object {...}");
        return null;
      }
      known(root, "$", "respondentIdColumn", "groupColumn", "careExperienced", "demographicColumns",
          "nonSubstantive", "weighting", "analysis", "questions");
      String idColumn = requiredText(root, "$", "respondentIdColumn");
      Optional<String> groupColumn = optionalText(root, "$", "groupColumn");
      Optional<CareExperience> care = careExperience(root.get("careExperienced"), "$.careExperienced");
      List<String> demographics = textList(root.get("demographicColumns"), "$.demographicColumns", List.of());
      List<String> nonSubstantive = textList(root.get("nonSubstantive"), "$.nonSubstantive",
          Consultation.DEFAULT_NON_SUBSTANTIVE);
      List<Question> questions = questions(root.get("questions"), nonSubstantive);
      WeightScheme weighting = weighting(root.get("weighting"), "$.weighting", care.isPresent(), groupColumn.isPresent());
      AnalysisSettings analysis = analysis(root.get("analysis"), "$.analysis");
      Set<String> keep = new LinkedHashSet<>(demographics);
      weighting.calibration().ifPresent(c -> c.margins().forEach(m -> keep.add(m.column())));
      groupColumn.ifPresent(keep::remove);
      care.ifPresent(c -> keep.remove(c.column()));
      if (!problems.isEmpty() || idColumn == null) {
        return null;
      }
      try {
        Consultation c = Consultation.of(idColumn, groupColumn, care, List.copyOf(keep), questions);
        return new ConsultationConfig(c, weighting, analysis);
      } catch (IllegalArgumentException e) {
        problem("$.questions", e.getMessage());
        return null;
      }
    }

    void known(JsonValue node, String path, String... names) {
      Set<String> allowed = Set.of(names);
      for (String f : node.fields().keySet()) {
        if (!allowed.contains(f)) {
          problem(path + "." + f, "unknown field '" + f + "'; expected one of " + String.join(", ", names)
              + " (names are case-sensitive)");
        }
      }
    }

    String requiredText(JsonValue node, String path, String field) {
      JsonValue v = node.get(field);
      if (v == null || v.isNull()) {
        problem(path + "." + field, "'" + field + "' is required: give the name of the CSV column");
        return null;
      }
      return text(v, path + "." + field);
    }

    Optional<String> optionalText(JsonValue node, String path, String field) {
      JsonValue v = node.get(field);
      return v == null || v.isNull() ? Optional.empty() : Optional.ofNullable(text(v, path + "." + field));
    }

    String text(JsonValue v, String path) {
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(path, "expected a non-empty string, found " + describe(v));
        return null;
      }
      return v.asText();
    }

    List<String> textList(JsonValue v, String path, List<String> dflt) {
      if (v == null || v.isNull()) {
        return dflt;
      }
      if (!v.isArray()) {
        problem(path, "expected an array of strings, found " + describe(v));
        return dflt;
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        String s = text(v.get(i), path + "[" + i + "]");
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }

    OptionalNumber number(JsonValue node, String path, String field) {
      JsonValue v = node.get(field);
      if (v == null || v.isNull()) {
        return OptionalNumber.ABSENT;
      }
      if (!v.isNumber()) {
        problem(path + "." + field, "expected a number, found " + describe(v));
        return OptionalNumber.INVALID;
      }
      return new OptionalNumber(true, v.asDouble());
    }

    record OptionalNumber(boolean present, double value) {
      static final OptionalNumber ABSENT = new OptionalNumber(false, Double.NaN);
      static final OptionalNumber INVALID = new OptionalNumber(false, Double.NaN);
    }

    Optional<CareExperience> careExperience(JsonValue v, String path) {
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isObject()) {
        problem(path, "expected an object like {\"column\": \"care_experienced\", \"values\": [\"Yes\"]}, found " + describe(v));
        return Optional.empty();
      }
      known(v, path, "column", "values");
      String column = requiredText(v, path, "column");
      List<String> values = textList(v.get("values"), path + ".values", List.of());
      if (values.isEmpty()) {
        problem(path + ".values", "list the answers that mean care-experienced, for example [\"Yes\"]");
      }
      return column == null || values.isEmpty() ? Optional.empty() : Optional.of(new CareExperience(column, values));
    }

    List<Question> questions(JsonValue v, List<String> nonSubstantive) {
      String path = "$.questions";
      if (v == null || v.isNull()) {
        problem(path, "'questions' is required: list the questions and their columns");
        return List.of();
      }
      if (!v.isArray() || v.isEmpty()) {
        problem(path, "expected a non-empty array of questions, found " + describe(v));
        return List.of();
      }
      List<Question> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      Map<String, String> links = new LinkedHashMap<>();
      Map<String, QuestionType> types = new LinkedHashMap<>();
      for (int i = 0; i < v.size(); i++) {
        String qp = path + "[" + i + "]";
        JsonValue q = v.get(i);
        if (!q.isObject()) {
          problem(qp, "expected a question object, found " + describe(q));
          continue;
        }
        known(q, qp, "id", "column", "type", "scale", "options", "separator", "nonSubstantive", "linkedTo", "text");
        String id = requiredText(q, qp, "id");
        String column = optionalText(q, qp, "column").orElse(id);
        String typeName = requiredText(q, qp, "type");
        if (id != null && !ids.add(id)) {
          problem(qp + ".id", "the id '" + id + "' is used by an earlier question; ids must be unique");
        }
        if (typeName == null) {
          continue;
        }
        Optional<QuestionType> type = QuestionType.fromConfigName(typeName);
        if (type.isEmpty()) {
          problem(qp + ".type", "unknown type '" + typeName + "'; use likert, single, multi, numeric or text");
          continue;
        }
        QuestionType t = type.get();
        String listField = t == QuestionType.LIKERT ? "scale" : "options";
        String wrongField = t == QuestionType.LIKERT ? "options" : "scale";
        if (q.has(wrongField)) {
          problem(qp + "." + wrongField, t == QuestionType.LIKERT
              ? "a likert question lists its points in 'scale' (lowest first), not 'options'"
              : "only likert questions have a 'scale'; list the choices in 'options'");
        }
        List<String> options = textList(q.get(listField), qp + "." + listField, List.of());
        if (t.isClosed() && options.isEmpty() && !q.has(wrongField)) {
          problem(qp + "." + listField, "a " + t.configName() + " question needs its '" + listField + "'"
              + (t == QuestionType.LIKERT ? ", lowest point first" : ""));
        }
        if (!t.isClosed() && (q.has("options") || q.has("scale") || q.has("nonSubstantive"))) {
          problem(qp, "a " + t.configName() + " question has no options; remove 'options', 'scale' and 'nonSubstantive'");
        }
        if (q.has("separator") && t != QuestionType.MULTI) {
          problem(qp + ".separator", "only multi questions have a separator");
        }
        String separator = optionalText(q, qp, "separator").orElse(";");
        List<String> ns = textList(q.get("nonSubstantive"), qp + ".nonSubstantive", nonSubstantive);
        Optional<String> linked = optionalText(q, qp, "linkedTo");
        Optional<String> wording = optionalText(q, qp, "text");
        if (id == null || (t.isClosed() && options.isEmpty())) {
          continue;
        }
        linked.ifPresent(l -> links.put(qp + ".linkedTo", l));
        types.put(id, t);
        try {
          Question question = switch (t) {
            case LIKERT -> Question.likert(id, column, options).withNonSubstantive(ns);
            case SINGLE -> Question.single(id, column, options).withNonSubstantive(ns);
            case MULTI -> Question.multi(id, column, options, separator).withNonSubstantive(ns);
            case NUMERIC -> Question.numeric(id, column);
            case TEXT -> Question.text(id, column);
          };
          if (linked.isPresent()) {
            question = question.withLinkedTo(linked.get());
          }
          if (wording.isPresent()) {
            question = question.withText(wording.get());
          }
          out.add(question);
        } catch (IllegalArgumentException e) {
          problem(qp, e.getMessage());
        }
      }
      links.forEach((p, target) -> {
        QuestionType t = types.get(target);
        if (t == null) {
          problem(p, "links to '" + target + "', which is not the id of a question in this file");
        } else if (!t.isClosed()) {
          problem(p, "links to '" + target + "', which is a " + t.configName() + " question; link an open question to a closed one");
        }
      });
      return out;
    }

    WeightScheme weighting(JsonValue v, String path, boolean hasCare, boolean hasGroup) {
      if (v == null || v.isNull()) {
        return WeightScheme.unweighted();
      }
      if (!v.isObject()) {
        problem(path, "expected an object like {\"careExperiencedMultiplier\": 2.0}, found " + describe(v));
        return WeightScheme.unweighted();
      }
      known(v, path, "careExperiencedMultiplier", "careExperiencedShare", "groupMultipliers", "calibration");
      OptionalNumber k = number(v, path, "careExperiencedMultiplier");
      OptionalNumber s = number(v, path, "careExperiencedShare");
      WeightScheme scheme = WeightScheme.unweighted();
      if (k.present() && s.present()) {
        problem(path, "give either careExperiencedMultiplier or careExperiencedShare, not both");
      } else if (k.present()) {
        if (!(k.value() > 0) || !Double.isFinite(k.value())) {
          problem(path + ".careExperiencedMultiplier", "must be a positive number (1 = unweighted), was " + k.value());
        } else {
          scheme = WeightScheme.careExperiencedMultiplier(k.value());
        }
      } else if (s.present()) {
        if (!(s.value() > 0 && s.value() < 1)) {
          problem(path + ".careExperiencedShare", "must be a share between 0 and 1, for example 0.5, was " + s.value());
        } else {
          scheme = WeightScheme.careExperiencedShare(s.value());
        }
      }
      if ((k.present() || s.present()) && !hasCare) {
        problem(path, "care-experience weighting needs 'careExperienced' (its column and values) at the top level");
      }
      JsonValue g = v.get("groupMultipliers");
      if (g != null && !g.isNull()) {
        if (!hasGroup) {
          problem(path + ".groupMultipliers", "group multipliers need 'groupColumn' at the top level");
        }
        if (!g.isObject()) {
          problem(path + ".groupMultipliers", "expected an object like {\"Foster carer\": 1.5}, found " + describe(g));
        } else {
          Map<String, Double> m = new LinkedHashMap<>();
          g.fields().entrySet().forEach(e -> {
            if (!e.getValue().isNumber() || !(e.getValue().asDouble() > 0)) {
              problem(path + ".groupMultipliers." + e.getKey(), "must be a positive number, found " + describe(e.getValue()));
            } else {
              m.put(e.getKey(), e.getValue().asDouble());
            }
          });
          scheme = scheme.withGroupMultipliers(m);
        }
      }
      JsonValue c = v.get("calibration");
      if (c != null && !c.isNull()) {
        Optional<CalibrationSpec> spec = calibration(c, path + ".calibration");
        if (spec.isPresent()) {
          if (s.present()) {
            problem(path + ".calibration", "a target share and a calibration cannot be combined;"
                + " calibrate to a margin on the care-experience column instead");
          } else {
            scheme = scheme.withCalibration(spec.get());
          }
        }
      }
      return scheme;
    }

    Optional<CalibrationSpec> calibration(JsonValue c, String path) {
      if (!c.isObject()) {
        problem(path, "expected an object like {\"method\": \"rake\", \"margins\": [...]}, found " + describe(c));
        return Optional.empty();
      }
      known(c, path, "method", "margins", "epsilon", "maxIterations");
      String method = requiredText(c, path, "method");
      CalibrationSpec.Method m = null;
      if ("postStratify".equals(method)) {
        m = CalibrationSpec.Method.POST_STRATIFY;
      } else if ("rake".equals(method)) {
        m = CalibrationSpec.Method.RAKE;
      } else if (method != null) {
        problem(path + ".method", "unknown method '" + method + "'; use postStratify or rake");
      }
      List<Margin> margins = new ArrayList<>();
      JsonValue ms = c.get("margins");
      if (ms == null || !ms.isArray() || ms.isEmpty()) {
        problem(path + ".margins", "list the margins, each {\"column\": ..., \"population\": {\"category\": total, ...}}");
      } else {
        for (int i = 0; i < ms.size(); i++) {
          String mp = path + ".margins[" + i + "]";
          JsonValue mn = ms.get(i);
          if (!mn.isObject()) {
            problem(mp, "expected a margin object, found " + describe(mn));
            continue;
          }
          known(mn, mp, "column", "population");
          String column = requiredText(mn, mp, "column");
          JsonValue pop = mn.get("population");
          Map<String, Double> totals = new LinkedHashMap<>();
          if (pop == null || !pop.isObject() || pop.isEmpty()) {
            problem(mp + ".population", "give the population total of each category, for example {\"18-20\": 120, \"21-25\": 95}");
          } else {
            pop.fields().entrySet().forEach(e -> {
              if (!e.getValue().isNumber() || !(e.getValue().asDouble() > 0)) {
                problem(mp + ".population." + e.getKey(), "must be a positive number, found " + describe(e.getValue()));
              } else {
                totals.put(e.getKey(), e.getValue().asDouble());
              }
            });
          }
          if (column != null && !totals.isEmpty()) {
            margins.add(new Margin(column, totals));
          }
        }
      }
      OptionalNumber eps = number(c, path, "epsilon");
      OptionalNumber maxit = number(c, path, "maxIterations");
      Calibration.RakingControl control = Calibration.RakingControl.DEFAULT;
      if (eps.present() && !(eps.value() > 0)) {
        problem(path + ".epsilon", "must be positive (below 1: a fraction of the total weight; 1 or more: weight units)");
      } else if (maxit.present() && !(maxit.value() >= 1 && maxit.value() == Math.rint(maxit.value()))) {
        problem(path + ".maxIterations", "must be a whole number of at least 1");
      } else {
        control = new Calibration.RakingControl(eps.present() ? eps.value() : control.epsilon(),
            maxit.present() ? (int) maxit.value() : control.maxIterations());
      }
      if (m == CalibrationSpec.Method.POST_STRATIFY && margins.size() > 1) {
        problem(path + ".margins", "postStratify takes exactly one margin; use \"rake\" for several");
        return Optional.empty();
      }
      if (m == null || margins.isEmpty() || margins.size() != ms.size()) {
        return Optional.empty();
      }
      return Optional.of(new CalibrationSpec(m, margins, control));
    }

    AnalysisSettings analysis(JsonValue v, String path) {
      if (v == null || v.isNull()) {
        return AnalysisSettings.DEFAULT;
      }
      if (!v.isObject()) {
        problem(path, "expected an object, found " + describe(v));
        return AnalysisSettings.DEFAULT;
      }
      known(v, path, "confidenceLevel", "intervalMethod", "sensitivityMultipliers");
      OptionalNumber level = number(v, path, "confidenceLevel");
      double lv = AnalysisSettings.DEFAULT.confidenceLevel();
      if (level.present()) {
        if (!(level.value() > 0 && level.value() < 1)) {
          problem(path + ".confidenceLevel", "must be between 0 and 1, for example 0.95, was " + level.value());
        } else {
          lv = level.value();
        }
      }
      IntervalMethod method = AnalysisSettings.DEFAULT.intervalMethod();
      Optional<String> mname = optionalText(v, path, "intervalMethod");
      if (mname.isPresent()) {
        try {
          method = IntervalMethod.fromJsonName(mname.get());
          if (method == IntervalMethod.T || method == IntervalMethod.ALL_SAME_ANSWER) {
            throw new IllegalArgumentException("x");
          }
        } catch (IllegalArgumentException e) {
          problem(path + ".intervalMethod", "unknown method '" + mname.get() + "'; use logit, xlogit, beta, mean or wilson");
          method = AnalysisSettings.DEFAULT.intervalMethod();
        }
      }
      List<Double> ks = AnalysisSettings.DEFAULT_MULTIPLIERS;
      JsonValue kn = v.get("sensitivityMultipliers");
      if (kn != null && !kn.isNull()) {
        List<Double> list = new ArrayList<>();
        boolean ok = kn.isArray() && !kn.isEmpty();
        if (ok) {
          double previous = 0;
          for (int i = 0; i < kn.size(); i++) {
            if (!kn.get(i).isNumber() || !(kn.get(i).asDouble() > previous)) {
              ok = false;
              break;
            }
            previous = kn.get(i).asDouble();
            list.add(previous);
          }
        }
        if (ok) {
          ks = list;
        } else {
          problem(path + ".sensitivityMultipliers", "expected positive numbers in ascending order, for example [1, 1.5, 2, 3, 4, 5]");
        }
      }
      return new AnalysisSettings(lv, method, ks);
    }

    static String describe(JsonValue v) {
      if (v == null || v.isNull()) {
        return "null";
      }
      if (v.isTextual()) {
        return v.asText().isBlank() ? "an empty string" : "a string";
      }
      if (v.isNumber()) {
        return "the number " + v.asText();
      }
      if (v.isBoolean()) {
        return "a boolean";
      }
      if (v.isArray()) {
        return "an array";
      }
      return "an object";
    }
  }
}
