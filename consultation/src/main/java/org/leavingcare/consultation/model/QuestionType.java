package org.leavingcare.consultation.model;

import java.util.Locale;
import java.util.Optional;

/** The kind of a consultation question, named in configuration by {@link #configName()}. */
public enum QuestionType {
  /** An ordered agreement, importance or frequency scale; the options are listed low to high. */
  LIKERT,
  /** One option from an unordered list. */
  SINGLE,
  /** Any number of options from a list ("tick all that apply"), in one cell joined by a separator. */
  MULTI,
  /** A number, for example a 0–10 wellbeing score. */
  NUMERIC,
  /** Free text; analysed by the themes package, not summarised here. */
  TEXT;

  /**
   * Whether answers come from a fixed list of options (Likert, single or multiple choice).
   *
   * @return true for closed questions
   */
  public boolean isClosed() {
    return this == LIKERT || this == SINGLE || this == MULTI;
  }

  /**
   * The name used in configuration files: {@code likert}, {@code single}, {@code multi},
   * {@code numeric} or {@code text}.
   *
   * @return the lower-case name
   */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type with a configuration name, ignoring case.
   *
   * @param name for example {@code "likert"}
   * @return the type, or empty if none has that name
   */
  public static Optional<QuestionType> fromConfigName(String name) {
    for (QuestionType t : values()) {
      if (t.configName().equalsIgnoreCase(name.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
