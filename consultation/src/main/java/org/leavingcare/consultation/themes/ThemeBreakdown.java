package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A question's theme prevalences among one set of respondents: everyone, the care-experienced,
 * the others, or one respondent group.
 *
 * @param label what the set is, for example {@code "All respondents"} or {@code "Care leaver"}
 * @param respondents respondents in the set (answering or not)
 * @param answered of them, those who wrote anything
 * @param substantive of them, those whose answer said something (the base of every share)
 * @param shares one share per theme in codebook order, then the {@link ThemeShare#UNCODED} row
 */
public record ThemeBreakdown(String label, long respondents, long answered, long substantive, List<ThemeShare> shares) {

  /**
   * Copies the list and checks the counts.
   *
   * @throws IllegalArgumentException if the counts are not nested
   */
  public ThemeBreakdown {
    requireNonNull(label, "label");
    shares = List.copyOf(shares);
    if (!(0 <= substantive && substantive <= answered && answered <= respondents)) {
      throw new IllegalArgumentException("need 0 <= substantive <= answered <= respondents, was "
          + substantive + ", " + answered + ", " + respondents);
    }
  }

  /**
   * Answers that said nothing, such as "n/a".
   *
   * @return answered minus substantive
   */
  public long nonSubstantive() {
    return answered - substantive;
  }

  /**
   * The share of one theme.
   *
   * @param themeId a theme id or {@link ThemeShare#UNCODED}
   * @return the share
   * @throws IllegalArgumentException if the question's codebook has no such theme
   */
  public ThemeShare share(String themeId) {
    return shares.stream().filter(s -> s.themeId().equals(themeId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no theme '" + themeId + "' in the breakdown for " + label));
  }
}
