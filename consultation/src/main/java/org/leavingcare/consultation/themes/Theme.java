package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import org.leavingcare.localoffer.OfferArea;
import org.leavingcare.principles.CorporateParentingPrinciple;

/**
 * One code of a codebook: what it means, the words and patterns that are evidence of it, the words
 * that are not, and which Local Offer areas and corporate parenting principles it bears on
 * (CONSULTATION-METHODS §13.1).
 *
 * <p>Phrases match whole words, ignoring case and runs of spaces; a phrase ending in {@code *}
 * matches any word starting with it ({@code afford*} matches "afford", "affordable"). Patterns are
 * Java regular expressions, matched ignoring case. An exclusion is a phrase whose matches are not
 * evidence for this theme: with the exclusion "setting up home", the phrase "home" does not code
 * "setting up home allowance" to a housing theme.
 *
 * @param id stable identifier: lower-case letters, digits and hyphens, for example {@code housing}
 * @param label short label for tables
 * @param definition what the theme covers, for coders and report readers
 * @param phrases phrases that are evidence of the theme
 * @param patterns regular expressions that are evidence of the theme
 * @param exclusions phrases whose matches are not evidence of the theme
 * @param localOfferAreas Local Offer areas (Children and Social Work Act 2017 s.2(2)) the theme bears on
 * @param principles corporate parenting principles (Children and Social Work Act 2017 s.1(1)) it bears on
 * @param equalityRelevant whether the theme concerns impacts on a protected or care-experienced group, which must stay visible (§13.1)
 */
public record Theme(String id, String label, String definition, List<String> phrases, List<String> patterns,
    List<String> exclusions, List<OfferArea> localOfferAreas, List<CorporateParentingPrinciple> principles, boolean equalityRelevant) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * Checks and copies the fields.
   *
   * @throws IllegalArgumentException if the id is malformed, the label is blank, there is no phrase or pattern, or a pattern does not compile
   */
  public Theme {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(definition, "definition");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("theme id must be lower-case letters, digits and hyphens (up to 64), was '" + id + "'");
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("theme '" + id + "' needs a label");
    }
    phrases = List.copyOf(phrases);
    patterns = List.copyOf(patterns);
    exclusions = List.copyOf(exclusions);
    localOfferAreas = List.copyOf(localOfferAreas);
    principles = List.copyOf(principles);
    if (phrases.isEmpty() && patterns.isEmpty()) {
      throw new IllegalArgumentException("theme '" + id + "' needs at least one phrase or pattern");
    }
    for (String p : phrases) {
      if (p.isBlank()) {
        throw new IllegalArgumentException("theme '" + id + "' has a blank phrase");
      }
    }
    for (String p : patterns) {
      ThemeMatcher.compilePattern(id, p);
    }
  }
}
