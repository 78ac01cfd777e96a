package org.leavingcare.ssda903;

import java.util.List;

/**
 * One line of the DfE care-leaver indicators (SSDA903.md §4.10 to §4.12, §7.3, §7.7): each OC3
 * value falls in exactly one line of each {@link Measure}. Blank or invalid values have their own
 * line, and so do young people of the expected cohort with no OC3 row.
 */
public enum IndicatorLine {
  /** IN_TOUCH YES. */
  IN_TOUCH(Measure.IN_TOUCH, Group.IN_TOUCH, "In touch", "YES"),
  /** IN_TOUCH NO. */
  NOT_IN_TOUCH(Measure.IN_TOUCH, Group.NOT_IN_TOUCH, "Not in touch", "NO"),
  /** IN_TOUCH REFU. */
  REFUSES_CONTACT(Measure.IN_TOUCH, Group.NOT_IN_TOUCH, "Refuses contact", "REFU"),
  /** IN_TOUCH NREQ. */
  NO_LONGER_REQUIRES_SERVICES(Measure.IN_TOUCH, Group.NOT_IN_TOUCH, "No longer requires services", "NREQ"),
  /** IN_TOUCH blank or invalid. */
  IN_TOUCH_BLANK(Measure.IN_TOUCH, Group.BLANK, "Blank or invalid"),
  /** Expected cohort, no OC3 row. */
  IN_TOUCH_NO_ROW(Measure.IN_TOUCH, Group.NO_ROW, "No OC3 row returned"),

  /** ACTIV F1 or P1. */
  HIGHER_EDUCATION(Measure.ACTIVITY, Group.EET, "Higher education", "F1", "P1"),
  /** ACTIV F2 or P2. */
  OTHER_EDUCATION(Measure.ACTIVITY, Group.EET, "Education other than higher education", "F2", "P2"),
  /** ACTIV F4 or P4. */
  APPRENTICESHIP(Measure.ACTIVITY, Group.EET, "Apprenticeship", "F4", "P4"),
  /** ACTIV F5, P5, or F3, P3 (before 2021-22). */
  TRAINING_OR_EMPLOYMENT(Measure.ACTIVITY, Group.EET, "Training or employment", "F5", "P5", "F3", "P3"),
  /** ACTIV G4. */
  NEET_ILLNESS_OR_DISABILITY(Measure.ACTIVITY, Group.NEET, "NEET: illness or disability", "G4"),
  /** ACTIV G5. */
  NEET_OTHER(Measure.ACTIVITY, Group.NEET, "NEET: other circumstances", "G5"),
  /** ACTIV G6. */
  NEET_PREGNANCY_OR_PARENTING(Measure.ACTIVITY, Group.NEET, "NEET: pregnancy or parenting", "G6"),
  /** ACTIV 0. */
  ACTIVITY_NOT_KNOWN(Measure.ACTIVITY, Group.NOT_KNOWN, "Activity not known", "0"),
  /** ACTIV blank or invalid. */
  ACTIVITY_BLANK(Measure.ACTIVITY, Group.BLANK, "Blank or invalid"),
  /** Expected cohort, no OC3 row. */
  ACTIVITY_NO_ROW(Measure.ACTIVITY, Group.NO_ROW, "No OC3 row returned"),

  /** ACCOM ending 1. */
  SUITABLE(Measure.ACCOMMODATION, Group.SUITABLE, "Suitable accommodation"),
  /** ACCOM ending 2. */
  UNSUITABLE(Measure.ACCOMMODATION, Group.UNSUITABLE, "Accommodation considered unsuitable"),
  /** ACCOM 0. */
  ACCOMMODATION_NO_INFORMATION(Measure.ACCOMMODATION, Group.NOT_KNOWN, "No information", "0"),
  /** ACCOM blank or invalid. */
  ACCOMMODATION_BLANK(Measure.ACCOMMODATION, Group.BLANK, "Blank or invalid"),
  /** Expected cohort, no OC3 row. */
  ACCOMMODATION_NO_ROW(Measure.ACCOMMODATION, Group.NO_ROW, "No OC3 row returned");

  /** The three measures. */
  public enum Measure {
    /** Whether the council is in touch. */
    IN_TOUCH,
    /** Main activity. */
    ACTIVITY,
    /** Accommodation and its suitability. */
    ACCOMMODATION
  }

  /** Groups within a measure, for headline figures. */
  public enum Group {
    /** In touch. */
    IN_TOUCH,
    /** Not in touch, refuses contact, no longer requires services. */
    NOT_IN_TOUCH,
    /** In education, employment or training. */
    EET,
    /** Not in education, employment or training. */
    NEET,
    /** Suitable accommodation. */
    SUITABLE,
    /** Unsuitable accommodation. */
    UNSUITABLE,
    /** Activity not known, or no information on accommodation. */
    NOT_KNOWN,
    /** Blank or invalid value. */
    BLANK,
    /** No OC3 row returned (expected cohort only). */
    NO_ROW
  }

  private final Measure measure;
  private final Group group;
  private final String label;
  private final List<String> codes;

  IndicatorLine(Measure measure, Group group, String label, String... codes) {
    this.measure = measure;
    this.group = group;
    this.label = label;
    this.codes = List.of(codes);
  }

  /** @return the measure this line belongs to */
  public Measure measure() {
    return measure;
  }

  /** @return the headline group */
  public Group group() {
    return group;
  }

  /** @return the label a reader sees */
  public String label() {
    return label;
  }

  /** @return the OC3 codes counted on this line (empty for suitability, blank and no-row lines) */
  public List<String> codes() {
    return codes;
  }

  /**
   * The line of each measure for an OC3 row: ACCOM suitability is read from its second character
   * for every code (SSDA903.md §7.7).
   *
   * @param row the row, not null
   * @param measure the measure
   * @return the line
   */
  public static IndicatorLine of(Oc3Row row, Measure measure) {
    switch (measure) {
      case IN_TOUCH:
        return byCode(measure, row.inTouch(), IN_TOUCH_BLANK);
      case ACTIVITY:
        return byCode(measure, row.activity(), ACTIVITY_BLANK);
      default:
        String a = row.accommodation();
        if (a.equals("0")) {
          return ACCOMMODATION_NO_INFORMATION;
        }
        if (a.length() == 2 && a.charAt(1) == '1') {
          return SUITABLE;
        }
        if (a.length() == 2 && a.charAt(1) == '2') {
          return UNSUITABLE;
        }
        return ACCOMMODATION_BLANK;
    }
  }

  /**
   * The no-row line of a measure.
   *
   * @param measure the measure
   * @return the line for a young person of the expected cohort with no OC3 row
   */
  public static IndicatorLine noRow(Measure measure) {
    switch (measure) {
      case IN_TOUCH:
        return IN_TOUCH_NO_ROW;
      case ACTIVITY:
        return ACTIVITY_NO_ROW;
      default:
        return ACCOMMODATION_NO_ROW;
    }
  }

  private static final IndicatorLine[] LINES = values();

  private static IndicatorLine byCode(Measure measure, String code, IndicatorLine blank) {
    for (IndicatorLine l : LINES) {
      if (l.measure == measure && l.codes.contains(code)) {
        return l;
      }
    }
    return blank;
  }
}
