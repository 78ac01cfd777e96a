package org.leavingcare.consultation.privacy;

/**
 * A kind of personal data that {@link Redactor} removes from free text, with the token that
 * replaces it. Specification: CONSULTATION-METHODS §10.
 */
public enum PersonalDataType {

  /** An e-mail address. */
  EMAIL("[EMAIL]", "e-mail address"),
  /** A UK telephone number (national significant number of 9 or 10 digits). */
  PHONE("[PHONE]", "telephone number"),
  /** A full UK postcode (outward and inward code). */
  POSTCODE("[POSTCODE]", "postcode"),
  /** A partial postcode (outward code only) after "in", "near", "live", "from": a quasi-identifier. */
  AREA("[AREA]", "partial postcode"),
  /** A National Insurance number (HMRC NIM39110 format; also the {@code QQ} documentation prefix). */
  NI_NUMBER("[NI NUMBER]", "National Insurance number"),
  /** An NHS number that passes the modulus-11 check. */
  NHS_NUMBER("[NHS NUMBER]", "NHS number"),
  /** A full date close to a birth word ("born", "birthday", "date of birth", "DOB"). */
  DATE_OF_BIRTH("[DATE OF BIRTH]", "date of birth"),
  /** Any other full date (day, month and year): care moves and court dates identify people too. */
  DATE("[DATE]", "full date"),
  /** A street address (house number, street name and street type) or a flat number. */
  ADDRESS("[ADDRESS]", "street address"),
  /** A personal name: after a title or a cue ("my PA", "my name is"), or from a configured list. */
  NAME("[NAME]", "personal name"),
  /** A configured place name: a children's home, school or supported-housing scheme. */
  PLACE("[PLACE]", "named place"),
  /** A web address. */
  URL("[URL]", "web address"),
  /** A social-media handle such as {@code @someone}. */
  HANDLE("[HANDLE]", "social-media handle");

  private final String token;
  private final String description;

  PersonalDataType(String token, String description) {
    this.token = token;
    this.description = description;
  }

  /**
   * The text that replaces a span of this type, for example {@code [PHONE]}.
   *
   * @return the replacement token
   */
  public String token() {
    return token;
  }

  /**
   * A short description for reports, for example {@code "telephone number"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
