package org.leavingcare.testkit.generate;

import java.util.List;
import java.util.Locale;
import org.leavingcare.testkit.internal.Draw;

/**
 * Free-text answers for the consultation generator: sentences on the themes of instruments.md §12's
 * codebook, drawn at the codebook's prevalences (care-experienced respondents, then everyone else),
 * and the synthetic identifiers planted in some of them.
 */
final class FreeText {

  private FreeText() {}

  /** Theme codes, prevalences (care-experienced, others) and sentences. */
  private static final String[] THEMES = {"PA_CONTINUITY", "HOUSING", "MONEY", "MENTAL_HEALTH", "INFORMATION",
      "EDUCATION_AND_WORK", "RELATIONSHIPS", "BEING_LISTENED_TO", "POSITIVE"};
  private static final double[][] PREVALENCE = {{0.35, 0.20}, {0.40, 0.30}, {0.45, 0.20}, {0.30, 0.25}, {0.30, 0.15},
      {0.15, 0.35}, {0.20, 0.10}, {0.25, 0.10}, {0.20, 0.15}};
  private static final String[][] SENTENCES = {
      {"I have had four different workers in two years and had to tell my story every time.",
          "Personal advisers have too many young people each, so it takes days to get a reply.",
          "Keep the same personal adviser until 25, changing worker makes you start again."},
      {"The flat I was given was miles away from my friends and college.",
          "There is not enough supported housing, people wait months for somewhere safe to live.",
          "Help to find a tenancy should start long before you turn eighteen."},
      {"The setting up home allowance does not cover a bed, a cooker and a fridge any more.",
          "Young people should control more of their own money instead of the council buying things for them.",
          "Council tax arrears pushed me into debt in my first year on my own."},
      {"The waiting list for counselling was over a year and it stopped when I turned eighteen.",
          "Mental health support falls off a cliff when young people leave care.",
          "Quick access to someone to talk to would make the biggest difference."},
      {"I did not know what I was entitled to until a friend told me.",
          "The offer is long and hard to read, it needs a short version in plain words.",
          "Nobody explained the offer to me when I left care."},
      {"More apprenticeships inside the council would give young people a real start.",
          "Help with travel to college and interviews is what keeps people in education.",
          "Work experience with local employers should be guaranteed."},
      {"Leaving care can be very lonely, especially at weekends and at Christmas.",
          "Support to keep in touch with brothers and sisters matters more than anything.",
          "Young people need help to build friendships once they live on their own."},
      {"We want to be listened to and treated as individuals, not as a case number.",
          "Decisions about my plan were made without asking me.",
          "Care leavers should help write the offer, not just be asked at the end."},
      {"My personal adviser has been amazing and always calls back.",
          "The drop-in group has really helped me feel less alone.",
          "The help I got with my driving lessons and ID was brilliant."}};
  private static final String[] NOTHING = {"Nothing to add.", "No.", "Not sure really.", "n/a"};

  private static final String[] NAMES = {"Jordan", "Priya", "Kerry", "Marcus", "Aisha", "Leanne", "Tomasz", "Bethany",
      "Dwayne", "Sadia"};

  /** Composes an answer and adds its theme codes to {@code themes} ({@code NO_SUBSTANTIVE_ANSWER} if none). */
  static String compose(Draw d, RespondentClass cls, List<String> themes) {
    int column = cls == RespondentClass.CARE_EXPERIENCED ? 0 : 1;
    StringBuilder text = new StringBuilder();
    if (d.chance(cls == RespondentClass.CARE_EXPERIENCED ? 0.05 : 0.10)) {
      themes.add("NO_SUBSTANTIVE_ANSWER");
      return NOTHING[d.between(0, NOTHING.length - 1)];
    }
    for (int t = 0; t < THEMES.length; t++) {
      if (d.chance(PREVALENCE[t][column] / 1.6)) {
        themes.add(THEMES[t]);
        append(text, SENTENCES[t][d.between(0, 2)]);
      }
    }
    if (themes.isEmpty()) {
      double[] w = new double[THEMES.length];
      for (int t = 0; t < THEMES.length; t++) {
        w[t] = PREVALENCE[t][column];
      }
      int t = d.pickIndex(w);
      themes.add(THEMES[t]);
      append(text, SENTENCES[t][d.between(0, 2)]);
    }
    if (d.chance(0.05)) {
      append(text, "Thanks for asking.\nPlease keep us updated.");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String sentence) {
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(sentence);
  }

  /** Appends one planted identifier to {@code text} and records where it is. */
  static String plant(Draw d, String respondentId, String column, String text, List<PlantedPersonalData> planted) {
    String type = d.pick(new String[] {"PHONE", "EMAIL", "NI_NUMBER", "NHS_NUMBER", "NAME"},
        new double[] {0.3, 0.2, 0.15, 0.15, 0.2});
    String name = NAMES[d.between(0, NAMES.length - 1)];
    String value;
    String before;
    String after;
    switch (type) {
      case "PHONE":
        value = d.chance(0.6) ? String.format(Locale.ROOT, "07700 900%03d", d.between(0, 999))
            : String.format(Locale.ROOT, "020 7946 0%03d", d.between(0, 999));
        before = " You can ring me on ";
        after = " if you want to talk.";
        break;
      case "EMAIL":
        value = name.toLowerCase(Locale.ROOT) + d.between(1, 99) + "@example.com";
        before = " Email me at ";
        after = " for more.";
        break;
      case "NI_NUMBER":
        value = String.format(Locale.ROOT, "QQ %02d %02d %02d %c", d.between(0, 99), d.between(0, 99), d.between(0, 99),
            "ABCD".charAt(d.between(0, 3)));
        before = " They lost my form with my national insurance number ";
        after = " on it.";
        break;
      case "NHS_NUMBER":
        value = nhsNumber(d);
        before = " My NHS number is ";
        after = " and the surgery still could not find me.";
        break;
      default:
        value = name;
        before = " My PA ";
        after = " has been a big help.";
        break;
    }
    int start = text.length() + before.length();
    planted.add(new PlantedPersonalData(respondentId, column, type, value, start, start + value.length()));
    return text + before + value + after;
  }

  /** A ten-digit number in the unissued 999 range with a valid modulus-11 check digit, as {@code 999 nnn nnnn}. */
  static String nhsNumber(Draw d) {
    while (true) {
      int[] digits = new int[10];
      digits[0] = 9;
      digits[1] = 9;
      digits[2] = 9;
      for (int i = 3; i < 9; i++) {
        digits[i] = d.between(0, 9);
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += digits[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      digits[9] = check == 11 ? 0 : check;
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        if (i == 3 || i == 6) {
          s.append(' ');
        }
        s.append(digits[i]);
      }
      return s.toString();
    }
  }
}
