package org.leavingcare.consultation.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern detectors of CONSULTATION-METHODS §10.2, each finding candidate spans of one type.
 * Stateless; the compiled patterns are thread-safe.
 */
final class Detectors {

  private Detectors() {}

  /** A span a detector proposes to redact. */
  record Candidate(PersonalDataType type, String detector, int start, int end) {
    int length() {
      return end - start;
    }
  }

  // ---- e-mail ----------------------------------------------------------------------------------

  private static final Pattern EMAIL = Pattern.compile(
      "(?<![\\w.+-])[A-Z0-9._%+-]+@(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+[A-Z]{2,}(?![\\w-])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
      "\\b[a-z0-9._-]+\\s*[(\\[]?\\s*at\\s*[)\\]]?\\s*[a-z0-9-]+\\s*[(\\[]?\\s*dot\\s*[)\\]]?\\s*(?:com|org|net|uk|co\\s*[(\\[]?\\s*dot\\s*[)\\]]?\\s*uk)\\b",
      Pattern.CASE_INSENSITIVE);

  // ---- telephone -------------------------------------------------------------------------------

  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\w+])(?:(?:\\+|00) ?44[ -]?(?:\\(0\\)[ -]?)?|\\(?0)(?:[1-35789][0-9]{1,4}\\)?)(?:[ -]?[0-9]){5,8}(?![0-9])");

  /**
   * The national significant number of a matched telephone number: the digits after {@code +44}
   * or {@code 0044} and after the trunk {@code 0}.
   */
  static String nationalSignificantNumber(String match) {
    String digits = match.replaceAll("[^0-9]", "");
    String trimmed = match.strip();
    if (trimmed.startsWith("+")) {
      digits = digits.substring(2);
    } else if (trimmed.startsWith("00")) {
      digits = digits.substring(4);
    }
    return digits.startsWith("0") ? digits.substring(1) : digits;
  }

  // ---- postcodes -------------------------------------------------------------------------------

  /** Postcode areas of the UK, Channel Islands and Isle of Man (Royal Mail). */
  static final Set<String> POSTCODE_AREAS = Set.of(("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR "
      + "CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP "
      + "IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH "
      + "RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV "
      + "YO ZE").split(" "));

  private static final String OUTWARD =
      "(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])";
  private static final String POSTCODE_BODY = "(?:GIR ?0AA|" + OUTWARD + " ?[0-9][ABD-HJLNP-UW-Z]{2})";

  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![A-Z0-9])" + POSTCODE_BODY + "(?![A-Z0-9])", Pattern.CASE_INSENSITIVE);

  /** An outward code of at least three characters after a cue; upper case only, to spare course levels and years. */
  private static final Pattern AREA = Pattern.compile(
      "(?i:\\b(?:in|near|live|lives|living|from|(?:moved|put|placed)(?:\\s+(?:me|us|him|her|them))?\\s+to)\\s+)((?-i:" + OUTWARD + "))(?![A-Za-z0-9]| ?[0-9][A-Za-z]{2}\\b)");

  static boolean hasKnownArea(String postcode) {
    String upper = postcode.toUpperCase(Locale.ROOT);
    if (upper.startsWith("GIR")) {
      return true;
    }
    String area = Character.isLetter(upper.charAt(1)) ? upper.substring(0, 2) : upper.substring(0, 1);
    return POSTCODE_AREAS.contains(area);
  }

  // ---- National Insurance and NHS numbers ------------------------------------------------------

  private static final Pattern NI_NUMBER = Pattern.compile(
      "(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?: ?[0-9]{2}){3} ?[A-D]?(?![A-Za-z0-9])"
          + "|(?<![A-Za-z0-9])(?!bg|gb|kn|nk|nt|tn|zz)(?:qq|[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z])[0-9]{6}[a-d](?![A-Za-z0-9])");

  private static final Pattern NHS_NUMBER = Pattern.compile("(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])");

  /**
   * Whether ten digits pass the NHS number's modulus-11 check: weights 10 to 2 on the first nine
   * digits; check digit = 11 - (sum mod 11), 11 becomes 0 and 10 is never valid.
   */
  static boolean passesNhsCheck(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  // ---- dates -----------------------------------------------------------------------------------

  private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])";
  private static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String YEAR = "(?:19|20)[0-9]{2}";

  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![0-9./-])" + DAY + "([/.-])(?:0?[1-9]|1[0-2])\\1(?:19|20)?[0-9]{2}(?![0-9]|[/.-][0-9])");
  private static final Pattern TEXT_DATE = Pattern.compile(
      "(?<![\\p{L}0-9])" + DAY + "(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH_NAME + "\\.?,?\\s+" + YEAR + "(?![0-9])"
          + "|(?<![\\p{L}0-9])" + MONTH_NAME + "\\.?\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?![0-9])",
      Pattern.CASE_INSENSITIVE);
  /** Day and month without a year: redacted only next to a birth word. */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\p{L}0-9])" + DAY + "(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH_NAME + "(?![\\p{L}])"
          + "|(?<![\\p{L}0-9])" + MONTH_NAME + "\\s+" + DAY + "(?:st|nd|rd|th)?(?![\\p{L}0-9])"
          + "|(?<![0-9./-])" + DAY + "/(?:0?[1-9]|1[0-2])(?![0-9/])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BIRTH_CUE = Pattern.compile(
      "\\b(?:born|birth|birthday|b'?day|dob|d\\.o\\.b)\\b", Pattern.CASE_INSENSITIVE);
  /** How far before a date a birth word may be, in characters. */
  private static final int BIRTH_CUE_WINDOW = 40;

  private static boolean birthCueBefore(String text, int start) {
    Matcher m = BIRTH_CUE.matcher(text.substring(Math.max(0, start - BIRTH_CUE_WINDOW), start));
    return m.find();
  }

  // ---- addresses -------------------------------------------------------------------------------

  private static final String STREET_TYPE = "(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct"
      + "|Crescent|Place|Pl|Gardens|Terrace|Grove|Hill|Park|Square|Mews|Walk|Rise|View)";
  private static final Pattern STREET_ADDRESS = Pattern.compile(
      "\\b[0-9]{1,4}[A-Z]?,? (?:[A-Z][a-z'’-]+ ){1,3}" + STREET_TYPE + "\\b\\.?"
          + "(?:,? (?:[A-Z][a-z]+,? )?(?i:" + POSTCODE_BODY + ")(?![A-Za-z0-9]))?");
  private static final Pattern FLAT = Pattern.compile("\\bFlat [0-9]+[A-Z]?\\b");
  /**
   * A street named without a house number ("I live on Quarry Lane"): one to three capitalised words
   * and an unambiguous street type (not Way, Court, Park, Hill or View, which name many things).
   * A determiner does not start a name ("The Road to independence"), and the generic High Street
   * and Main Street/Road identify nobody.
   */
  private static final Pattern STREET_NAME = Pattern.compile(
      "\\b(?!(?:The|A|An|This|That|These|Those|My|Our|Your|Their|His|Her|Its|Every|Any|No|Some)\\b)"
          + "(?!(?:High|Main) (?:Street|Road)\\b)(?:[A-Z][a-z'’-]+ ){1,3}"
          + "(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Terrace|Grove|Mews|Gardens)\\b");

  // ---- names -----------------------------------------------------------------------------------

  /** A capitalised word: Sam, O'Neill, Anne-Marie (a possessive 's is not part of it). */
  private static final String NAME_WORD = "\\p{Lu}\\p{Ll}+(?:['’]\\p{Lu}\\p{Ll}+|-\\p{Lu}?\\p{Ll}+)*";
  private static final String FULL_NAME = "(" + NAME_WORD + ")(?: (" + NAME_WORD + "))?";

  private static final Pattern TITLE_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? " + FULL_NAME);

  private static final Pattern CUE_NAME = Pattern.compile(
      "(?i:\\bmy\\s+(?:old\\s+|new\\s+|current\\s+|last\\s+|former\\s+|first\\s+|best\\s+|little\\s+|big\\s+|older\\s+|younger\\s+)?"
          + "(?:pa|p\\.a\\.|personal\\s+advis[eo]r|social\\s+worker|sw|foster\\s+(?:carer|mum|mom|dad|parents?)|carer"
          + "|key\\s*worker|support\\s+worker|leaving\\s+care\\s+worker|worker|mentor|advocate|teacher|tutor|iro"
          + "|mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|auntie|aunt|uncle|brother|sister|partner"
          + "|boyfriend|girlfriend|son|daughter|baby|friend|cousin|manager|landlord|landlady)"
          + "(?:(?:'s|’s)\\s+name)?)"
          + "(?:\\s*,\\s*|\\s+)(?i:(?:is|was)\\s+(?:called\\s+)?|called\\s+|named\\s+)?" + FULL_NAME);

  private static final Pattern SELF_NAME = Pattern.compile(
      "(?i:\\bmy\\s+name\\s+is|\\bi'?m\\s+called|\\bi’m\\s+called|\\bi\\s+am\\s+called|\\bcall\\s+me|\\bname['’]s)\\s+" + FULL_NAME);

  /** Capitalised words that follow a cue but are not names ("my PA is Brilliant"). */
  private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "There", "Then",
      "And", "But", "Or", "So", "Because", "If", "When", "Very", "Really", "Always", "Never", "Not", "Just",
      "Also", "Still", "Great", "Good", "Amazing", "Brilliant", "Lovely", "Helpful", "Nice", "Kind", "Rubbish",
      "Leaving", "Sometimes", "Often", "Only", "Now", "Here", "Who", "What", "Which", "She", "He", "They",
      "We", "You", "It", "Her", "Him", "Them", "Our", "Your", "Their", "His", "Its", "Council", "Team",
      "Local", "Offer", "Pathway", "Plan", "Staying", "Put", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "Christmas", "English", "British");

  // ---- web -------------------------------------------------------------------------------------

  private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@[A-Za-z_][A-Za-z0-9_]{1,29}\\b");

  // ---- review-only -----------------------------------------------------------------------------

  private static final Pattern CASE_REFERENCE = Pattern.compile("\\b[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}\\b");

  /**
   * Every candidate span the pattern detectors find in a text, overlapping ones included.
   */
  static List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    addAll(out, EMAIL, text, PersonalDataType.EMAIL, "email");
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      int len = nationalSignificantNumber(m.group()).length();
      if (len == 9 || len == 10) {
        // An opening bracket belongs to the number only if the number closes it: "(0161) 496 0000".
        int start = m.group().startsWith("(") && m.group().indexOf(')') < 0 ? m.start() + 1 : m.start();
        out.add(new Candidate(PersonalDataType.PHONE, "uk-phone", start, m.end()));
      }
    }
    m = POSTCODE.matcher(text);
    while (m.find()) {
      if (hasKnownArea(m.group())) {
        out.add(new Candidate(PersonalDataType.POSTCODE, "postcode", m.start(), m.end()));
      }
    }
    m = AREA.matcher(text);
    while (m.find()) {
      if (m.group(1).length() >= 3 && hasKnownArea(m.group(1))) {
        out.add(new Candidate(PersonalDataType.AREA, "outward-code-after-place-word", m.start(1), m.end(1)));
      }
    }
    addAll(out, NI_NUMBER, text, PersonalDataType.NI_NUMBER, "ni-number");
    m = NHS_NUMBER.matcher(text);
    while (m.find()) {
      if (passesNhsCheck(m.group().replaceAll("[^0-9]", ""))) {
        out.add(new Candidate(PersonalDataType.NHS_NUMBER, "nhs-number-mod11", m.start(), m.end()));
      }
    }
    for (Pattern p : List.of(NUMERIC_DATE, TEXT_DATE)) {
      m = p.matcher(text);
      while (m.find()) {
        boolean birth = birthCueBefore(text, m.start());
        out.add(new Candidate(birth ? PersonalDataType.DATE_OF_BIRTH : PersonalDataType.DATE,
            birth ? "date-after-birth-word" : "full-date", m.start(), m.end()));
      }
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      if (birthCueBefore(text, m.start())) {
        out.add(new Candidate(PersonalDataType.DATE_OF_BIRTH, "day-month-after-birth-word", m.start(), m.end()));
      }
    }
    addAll(out, STREET_ADDRESS, text, PersonalDataType.ADDRESS, "street-address");
    addAll(out, FLAT, text, PersonalDataType.ADDRESS, "flat-number");
    addAll(out, STREET_NAME, text, PersonalDataType.ADDRESS, "street-name");
    addNames(out, TITLE_NAME, text, "name-after-title");
    addNames(out, CUE_NAME, text, "name-after-cue");
    addNames(out, SELF_NAME, text, "own-name");
    m = URL.matcher(text);
    while (m.find()) {
      String url = m.group().replaceAll("[.,;:!?)\\]'’\"]+$", "");
      out.add(new Candidate(PersonalDataType.URL, "url", m.start(), m.start() + url.length()));
    }
    addAll(out, HANDLE, text, PersonalDataType.HANDLE, "handle");
    return out;
  }

  /** Spans worth a person's look that are not removed. */
  static List<ReviewFlag> flags(String text) {
    List<ReviewFlag> out = new ArrayList<>();
    Matcher m = NHS_NUMBER.matcher(text);
    while (m.find()) {
      if (!passesNhsCheck(m.group().replaceAll("[^0-9]", ""))) {
        out.add(new ReviewFlag(ReviewFlag.Reason.NHS_LIKE_NUMBER_FAILS_CHECK, m.start(), m.end()));
      }
    }
    m = OBFUSCATED_EMAIL.matcher(text);
    while (m.find()) {
      out.add(new ReviewFlag(ReviewFlag.Reason.OBFUSCATED_EMAIL, m.start(), m.end()));
    }
    m = CASE_REFERENCE.matcher(text);
    while (m.find()) {
      out.add(new ReviewFlag(ReviewFlag.Reason.CASE_REFERENCE, m.start(), m.end()));
    }
    return out;
  }

  private static void addAll(List<Candidate> out, Pattern p, String text, PersonalDataType type, String detector) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Candidate(type, detector, m.start(), m.end()));
    }
  }

  private static void addNames(List<Candidate> out, Pattern p, String text, String detector) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String first = m.group(1);
      if (NOT_NAMES.contains(first)) {
        continue;
      }
      String second = m.group(2);
      int end = second != null && !NOT_NAMES.contains(second) ? m.end(2) : m.end(1);
      out.add(new Candidate(PersonalDataType.NAME, detector, m.start(1), end));
    }
  }
}
