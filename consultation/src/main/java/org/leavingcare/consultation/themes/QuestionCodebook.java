package org.leavingcare.consultation.themes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The themes used to code the answers to some free-text questions (a codebook per question,
 * CONSULTATION-METHODS §13.1). A codebook may serve several questions; the question id {@code *}
 * stands for every free-text question not named in another section of the file.
 *
 * @param questions question ids this section codes, or {@code *}
 * @param themes the themes, in the order reports list them
 */
public record QuestionCodebook(List<String> questions, List<Theme> themes) {

  /** The question id that stands for every free-text question not named elsewhere. */
  public static final String ANY_QUESTION = "*";

  /**
   * Copies the lists and checks that theme ids are unique.
   *
   * @throws IllegalArgumentException if there is no question or no theme, or two themes share an id
   */
  public QuestionCodebook {
    questions = List.copyOf(questions);
    themes = List.copyOf(themes);
    if (questions.isEmpty() || themes.isEmpty()) {
      throw new IllegalArgumentException("a codebook section needs at least one question id and one theme");
    }
    Set<String> seen = new HashSet<>();
    for (Theme t : themes) {
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException("theme id '" + t.id() + "' appears twice in the section for " + questions);
      }
    }
  }

  /**
   * The theme with this id.
   *
   * @param id a theme id
   * @return the theme, or empty if this section has none with that id
   */
  public Optional<Theme> theme(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
