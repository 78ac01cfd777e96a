package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import java.util.EnumSet;
import org.leavingcare.rules.Category;

/**
 * Who may use a service: the legal categories ({@link Category}, LAW.md §4), an
 * age range, and conditions in plain words that a personal adviser checks (for example "in full-time
 * higher education"). An empty category set means every care-leaver category of s.2(7).
 *
 * @param categories the categories; empty = the care leavers of s.2(7): {@code ELIGIBLE},
 *     {@code RELEVANT} and every {@code FORMER_RELEVANT*} category
 * @param fromAge the youngest age; empty = no lower limit
 * @param underAge the service ends on this birthday; empty = no upper limit beyond the category's
 * @param conditions further conditions, in plain words
 */
public record Eligibility(Set<Category> categories, Optional<Integer> fromAge, Optional<Integer> underAge,
    List<String> conditions) {

  /** The care leavers of Children and Social Work Act 2017 s.2(7), the default audience. */
  public static final Set<Category> CARE_LEAVERS = Collections.unmodifiableSet(EnumSet.of(Category.ELIGIBLE,
      Category.RELEVANT, Category.FORMER_RELEVANT, Category.FORMER_RELEVANT_21_25, Category.FORMER_RELEVANT_23CZB,
      Category.FORMER_RELEVANT_23CA));

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if an age is negative, or
   *     {@code underAge} is not above {@code fromAge}
   */
  public Eligibility {
    categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    requireNonNull(fromAge, "fromAge");
    requireNonNull(underAge, "underAge");
    conditions = List.copyOf(conditions);
    if (fromAge.orElse(0) < 0 || underAge.orElse(1) < 1) {
      throw new IllegalArgumentException("ages must not be negative");
    }
    if (fromAge.isPresent() && underAge.isPresent() && underAge.get() <= fromAge.get()) {
      throw new IllegalArgumentException("underAge (" + underAge.get() + ") must be above fromAge (" + fromAge.get() + ")");
    }
  }

  /**
   * Every care leaver of s.2(7), any age, no conditions.
   *
   * @return the eligibility
   */
  public static Eligibility careLeavers() {
    return new Eligibility(Set.of(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Eligibility from its parts.
   *
   * @param categories categories (empty = all care leavers); not null
   * @param fromAge youngest age; empty for none
   * @param underAge the birthday it ends on; empty for none
   * @param conditions further conditions; not null
   * @return the eligibility
   */
  public static Eligibility of(Collection<Category> categories, Optional<Integer> fromAge, Optional<Integer> underAge,
      Collection<String> conditions) {
    return new Eligibility(categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories), fromAge, underAge, List.copyOf(conditions));
  }

  /**
   * The categories this eligibility admits: the explicit set, or the care leavers of s.2(7).
   *
   * @return the categories
   */
  public Set<Category> effectiveCategories() {
    return categories.isEmpty() ? CARE_LEAVERS : categories;
  }

  /**
   * Whether a young person in a category and of an age is admitted (conditions aside, which a
   * personal adviser checks).
   *
   * @param category the category; not null
   * @param age whole years
   * @return true when the category is admitted and the age is in range
   */
  public boolean admits(Category category, int age) {
    return effectiveCategories().contains(category) && age >= fromAge.orElse(0) && age < underAge.orElse(Integer.MAX_VALUE);
  }
}
