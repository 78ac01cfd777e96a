package org.leavingcare.consultation.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.leavingcare.consultation.model.AnswerText;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.model.QuestionType;

/**
 * Where each configured column is in a response file, and how a cell's text becomes an answer.
 * Immutable apart from its thread-safe caches; shared by the parsing threads.
 */
final class Layout {

  /** Most distinct raw answer texts remembered per question (answers repeat; typos need not). */
  static final int CACHE_LIMIT = 10_000;

  final Consultation consultation;
  final String[] names;
  final String idName;
  final int id;
  /** Column of the respondent group, or a negative number if there is none. */
  final int group;
  /** Column of the care-experience flag, or a negative number if there is none. */
  final int care;
  final int[] demo;
  final int[] qcol;
  final QuestionType[] types;
  private final List<Map<String, Integer>> exact = new ArrayList<>();
  private final List<Map<String, Integer>> normalised = new ArrayList<>();
  /** Raw cell text → category (or -1), per question: answers repeat, so normalise each text once. */
  private final List<Map<String, Integer>> seen = new ArrayList<>();
  /** Raw care-experience cell → whether it means care-experienced. */
  private final Map<String, Boolean> careSeen = new ConcurrentHashMap<>();

  private Layout(Consultation consultation, String[] header, int id, int group, int care, int[] demo, int[] qcol) {
    this.consultation = consultation;
    this.names = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      names[i] = header[i].strip().replace("\uFEFF", "");
    }
    this.idName = names[id];
    this.id = id;
    this.group = group;
    this.care = care;
    this.demo = demo;
    this.qcol = qcol;
    List<Question> qs = consultation.questions();
    this.types = new QuestionType[qs.size()];
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      types[i] = q.type();
      Map<String, Integer> e = new HashMap<>();
      Map<String, Integer> n = new HashMap<>();
      List<String> cats = q.categories();
      for (int c = 0; c < cats.size(); c++) {
        e.put(cats.get(c), c);
        n.put(AnswerText.normalise(cats.get(c)), c);
      }
      exact.add(e);
      normalised.add(n);
      seen.add(new ConcurrentHashMap<>());
    }
  }

  /**
   * Finds the configured columns in a header.
   *
   * @throws InvalidResponseFileException naming every configured column that is missing or doubled
   */
  static Layout of(Consultation consultation, String[] header, String fileName) {
    Map<String, Integer> byName = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (byName.putIfAbsent(name, i) != null) {
        byName.put(name, -1);
      }
    }
    List<String> available = new ArrayList<>();
    for (String h : header) {
      available.add(h.strip());
    }
    Finder find = (column, role) -> {
      Integer i = byName.get(column.strip());
      if (i == null) {
        problems.add("the " + role + " column '" + column + "' is not in the header; check the configuration's column"
            + " names against the file (it has: " + String.join(", ", available) + ")");
        return -1;
      }
      if (i < 0) {
        problems.add("the header has two columns named '" + column + "'; rename one of them");
        return -1;
      }
      return i;
    };
    int id = find.index(consultation.respondentIdColumn(), "respondent id");
    int group = consultation.groupColumn().map(c -> find.index(c, "respondent group")).orElse(-2);
    int care = consultation.careExperience().map(c -> find.index(c.column(), "care-experience")).orElse(-2);
    int[] demo = consultation.demographicColumns().stream().mapToInt(c -> find.index(c, "demographic")).toArray();
    List<Question> qs = consultation.questions();
    int[] qcol = new int[qs.size()];
    for (int i = 0; i < qs.size(); i++) {
      qcol[i] = find.index(qs.get(i).column(), "question '" + qs.get(i).id() + "'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidResponseFileException(fileName, problems);
    }
    return new Layout(consultation, header, id, group, care, demo, qcol);
  }

  @FunctionalInterface
  private interface Finder {
    int index(String column, String role);
  }

  /** The category index of a (non-blank) answer to a question, or -1 if it is not an option. */
  int lookup(int q, String value) {
    Integer c = exact.get(q).get(value);
    if (c != null) {
      return c;
    }
    Map<String, Integer> cache = seen.get(q);
    c = cache.get(value);
    if (c == null) {
      Integer found = normalised.get(q).get(AnswerText.normalise(value));
      c = found == null ? -1 : found;
      if (cache.size() < CACHE_LIMIT) {
        cache.put(value, c);
      }
    }
    return c;
  }

  /** Whether a raw care-experience cell means care-experienced. */
  boolean careExperienced(String cell) {
    Boolean ce = careSeen.get(cell);
    if (ce == null) {
      ce = consultation.careExperience().orElseThrow().matches(cell);
      if (careSeen.size() < CACHE_LIMIT) {
        careSeen.put(cell, ce);
      }
    }
    return ce;
  }

  /** The reason given when an answer is not one of a question's options. */
  String notAnOption(int q) {
    Question question = consultation.questions().get(q);
    return "not one of the options of question '" + question.id() + "' (" + String.join(" / ", question.categories())
        + "); counted as not answered. Correct the answer or add the option to the configuration";
  }
}
