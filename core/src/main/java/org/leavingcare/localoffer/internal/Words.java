package org.leavingcare.localoffer.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leavingcare.localoffer.DatedAmount;
import org.leavingcare.localoffer.Eligibility;
import org.leavingcare.localoffer.Service;
import org.leavingcare.principles.internal.Text;
import org.leavingcare.rules.Category;

/** Plain words for categories, eligibility and amounts, shared by the offer renderers. */
public final class Words {

  private static final Map<Category, String> CATEGORY = new EnumMap<>(Map.ofEntries(
      Map.entry(Category.LOOKED_AFTER, "children in care"),
      Map.entry(Category.LOOKED_AFTER_SHORT_BREAKS, "children on short breaks"),
      Map.entry(Category.ELIGIBLE, "young people in care aged 16 or 17"),
      Map.entry(Category.RELEVANT, "young people who left care at 16 or 17"),
      Map.entry(Category.FORMER_RELEVANT, "care leavers aged 18 or over"),
      Map.entry(Category.FORMER_RELEVANT_21_25, "care leavers aged 21 to 24"),
      Map.entry(Category.FORMER_RELEVANT_23CZB, "care leavers aged 21 to 24 who have asked for support"),
      Map.entry(Category.FORMER_RELEVANT_23CA, "care leavers back in education or training after 21"),
      Map.entry(Category.QUALIFYING, "other young people who were looked after (for example who left care before 16)"),
      Map.entry(Category.QUALIFYING_SGO, "young people who left care under a special guardianship order"),
      Map.entry(Category.NONE, "young people with no leaving-care status")));

  private static final Map<Category, String> PERSON = new EnumMap<>(Map.ofEntries(
      Map.entry(Category.LOOKED_AFTER, "a child in care"),
      Map.entry(Category.LOOKED_AFTER_SHORT_BREAKS, "a child on short breaks"),
      Map.entry(Category.ELIGIBLE, "a young person in care aged 16 or 17 (an eligible child)"),
      Map.entry(Category.RELEVANT, "a young person who left care at 16 or 17 (a relevant child)"),
      Map.entry(Category.FORMER_RELEVANT, "a care leaver aged 18 or over (a former relevant child)"),
      Map.entry(Category.FORMER_RELEVANT_21_25, "a care leaver aged 21 to 24"),
      Map.entry(Category.FORMER_RELEVANT_23CZB, "a care leaver aged 21 to 24 who has asked for support"),
      Map.entry(Category.FORMER_RELEVANT_23CA, "a care leaver back in education or training after 21"),
      Map.entry(Category.QUALIFYING, "a young person who qualifies for advice and assistance"),
      Map.entry(Category.QUALIFYING_SGO, "a young person who left care under a special guardianship order"),
      Map.entry(Category.NONE, "a young person with no leaving-care status")));

  private Words() {}

  /**
   * One person in a category, in plain words with the legal term in brackets where it helps.
   *
   * @param category the category
   * @return for example "a care leaver aged 18 or over (a former relevant child)"
   */
  public static String person(Category category) {
    return PERSON.get(category);
  }

  /**
   * A category in plain words.
   *
   * @param category the category
   * @return the words
   */
  public static String category(Category category) {
    return CATEGORY.get(category);
  }

  /**
   * Who may use a service, in one sentence.
   *
   * @param e the eligibility
   * @return for example "Care leavers aged 18 or over, aged 18 to 20; you were living with ..."
   */
  public static String eligibility(Eligibility e) {
    StringBuilder sb = new StringBuilder();
    if (e.categories().isEmpty()) {
      sb.append("All care leavers");
    } else {
      List<String> words = new ArrayList<>();
      for (Category c : e.categories()) {
        words.add(category(c));
      }
      String joined = joinAnd(words);
      sb.append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1));
    }
    sb.append('.');
    if (e.fromAge().isPresent() && e.underAge().isPresent()) {
      sb.append(" From age ").append(e.fromAge().get()).append(" until your ").append(ordinal(e.underAge().get()))
          .append(" birthday");
    } else if (e.fromAge().isPresent()) {
      sb.append(" From age ").append(e.fromAge().get());
    } else if (e.underAge().isPresent()) {
      sb.append(" Until your ").append(ordinal(e.underAge().get())).append(" birthday");
    }
    if (e.fromAge().isPresent() || e.underAge().isPresent()) {
      sb.append('.');
    }
    for (String c : e.conditions()) {
      sb.append(" Only if ").append(c).append('.');
    }
    return sb.toString();
  }

  /**
   * What a service pays on a date, in words.
   *
   * @param s the service
   * @param asOf the date
   * @return the amount, "no set amount", or a note that the offer gives none for the date
   */
  public static String amount(Service s, java.time.LocalDate asOf) {
    if (s.amounts().isEmpty()) {
      return "";
    }
    return s.amounts().find(asOf).map(DatedAmount::display)
        .map(a -> a + " (from " + Text.date(s.amounts().find(asOf).orElseThrow().from()) + ")")
        .orElse("The offer gives no amount for " + Text.date(asOf) + "; ask your personal adviser.");
  }

  /**
   * An ordinal number in words-and-digits, as in "21st".
   *
   * @param n the number, at least 1
   * @return for example "1st", "2nd", "21st", "25th"
   */
  public static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  /**
   * Joins words as a reader would: "a", "a and b", "a, b and c".
   *
   * @param words the words
   * @return the joined text
   */
  public static String joinAnd(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }
}
