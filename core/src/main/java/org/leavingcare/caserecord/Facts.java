package org.leavingcare.caserecord;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.leavingcare.model.Circumstances;

/** The facts of LAW.md §15.4 by JSON name: their kinds, and how each is set on the builder. */
final class Facts {

  enum Kind { BOOLEAN, DATE, INTEGER, ENUM, PROGRAMME, PRIVATE_FOSTERING, OTHER_ACCOMMODATION, UNKNOWN }

  private static final Map<String, Kind> KINDS;

  static {
    Map<String, Kind> m = new HashMap<>();
    m.put("careOrder", Kind.BOOLEAN);
    m.put("pathwayPlanExists", Kind.BOOLEAN);
    m.put("needsAssessmentCompleted", Kind.BOOLEAN);
    m.put("arrangementOngoing", Kind.BOOLEAN);
    m.put("detainedOn16thBirthday", Kind.BOOLEAN);
    m.put("inHospitalOn16thBirthday", Kind.BOOLEAN);
    m.put("lookedAfterImmediatelyBeforeDetention", Kind.BOOLEAN);
    m.put("lookedAfterImmediatelyBeforeAdmission", Kind.BOOLEAN);
    m.put("heBursaryPaid", Kind.BOOLEAN);
    m.put("termTimeAccommodationUnavailableInVacations", Kind.BOOLEAN);
    m.put("stayingPut", Kind.BOOLEAN);
    m.put("formerFosterParentWasLAFosterParentImmediatelyBefore", Kind.BOOLEAN);
    m.put("optedOut", Kind.BOOLEAN);
    m.put("sgoInForce", Kind.BOOLEAN);
    m.put("lookedAfterImmediatelyBeforeSgo", Kind.BOOLEAN);
    m.put("disabled", Kind.BOOLEAN);
    m.put("placementIntendedUntil18", Kind.BOOLEAN);
    m.put("firstReviewHeld", Kind.BOOLEAN);
    m.put("sameCarerAllBreaks", Kind.BOOLEAN);
    m.put("returnsToParentAfterEachBreak", Kind.BOOLEAN);
    m.put("shortBreakSeriesContinuing", Kind.BOOLEAN);
    m.put("careOrderSince", Kind.DATE);
    m.put("lastPathwayPlanReview", Kind.DATE);
    m.put("lastPaVisit", Kind.DATE);
    m.put("livingWithParentSince", Kind.DATE);
    m.put("livingWithParentUntil", Kind.DATE);
    m.put("detainedFrom", Kind.DATE);
    m.put("inHospitalFrom", Kind.DATE);
    m.put("accommodationProvidedUnder23BFrom", Kind.DATE);
    m.put("accommodationProvidedUnder24BFrom", Kind.DATE);
    m.put("s23czbRequestDate", Kind.DATE);
    m.put("s23caNotificationDate", Kind.DATE);
    m.put("sgoMadeOn", Kind.DATE);
    m.put("sgoEndedOn", Kind.DATE);
    m.put("placementStart", Kind.DATE);
    m.put("firstReviewDate", Kind.DATE);
    m.put("lastReviewDate", Kind.DATE);
    m.put("lastVisit", Kind.DATE);
    m.put("livingWithParentEndReason", Kind.ENUM);
    m.put("homePersonType", Kind.ENUM);
    m.put("detentionBasis", Kind.ENUM);
    m.put("intendedMaxBreakDays", Kind.INTEGER);
    m.put("educationProgramme", Kind.PROGRAMME);
    m.put("privatelyFostered", Kind.PRIVATE_FOSTERING);
    m.put("otherAccommodation", Kind.OTHER_ACCOMMODATION);
    KINDS = Collections.unmodifiableMap(m);
  }

  /** Every fact name the rules read. */
  static final Set<String> KNOWN = KINDS.keySet();

  private Facts() {}

  static Kind kindOf(String name) {
    return KINDS.getOrDefault(name, Kind.UNKNOWN);
  }

  static void setBoolean(Circumstances.Builder b, String name, boolean v) {
    switch (name) {
      case "careOrder": b.careOrder(v); break;
      case "pathwayPlanExists": b.pathwayPlanExists(v); break;
      case "needsAssessmentCompleted": b.needsAssessmentCompleted(v); break;
      case "arrangementOngoing": b.arrangementOngoing(v); break;
      case "detainedOn16thBirthday": b.detainedOn16thBirthday(v); break;
      case "inHospitalOn16thBirthday": b.inHospitalOn16thBirthday(v); break;
      case "lookedAfterImmediatelyBeforeDetention": b.lookedAfterImmediatelyBeforeDetention(v); break;
      case "lookedAfterImmediatelyBeforeAdmission": b.lookedAfterImmediatelyBeforeAdmission(v); break;
      case "heBursaryPaid": b.heBursaryPaid(v); break;
      case "termTimeAccommodationUnavailableInVacations": b.termTimeAccommodationUnavailableInVacations(v); break;
      case "stayingPut": b.stayingPut(v); break;
      case "formerFosterParentWasLAFosterParentImmediatelyBefore": b.formerFosterParentWasLAFosterParentImmediatelyBefore(v); break;
      case "optedOut": b.optedOut(v); break;
      case "sgoInForce": b.sgoInForce(v); break;
      case "lookedAfterImmediatelyBeforeSgo": b.lookedAfterImmediatelyBeforeSgo(v); break;
      case "disabled": b.disabled(v); break;
      case "placementIntendedUntil18": b.placementIntendedUntil18(v); break;
      case "firstReviewHeld": b.firstReviewHeld(v); break;
      case "sameCarerAllBreaks": b.sameCarerAllBreaks(v); break;
      case "returnsToParentAfterEachBreak": b.returnsToParentAfterEachBreak(v); break;
      case "shortBreakSeriesContinuing": b.shortBreakSeriesContinuing(v); break;
      default: throw new IllegalStateException("boolean fact " + name + " is not handled: this is a bug");
    }
  }

  static void setDate(Circumstances.Builder b, String name, LocalDate v) {
    switch (name) {
      case "careOrderSince": b.careOrderSince(v); break;
      case "lastPathwayPlanReview": b.lastPathwayPlanReview(v); break;
      case "lastPaVisit": b.lastPaVisit(v); break;
      case "livingWithParentSince": b.livingWithParentSince(v); break;
      case "livingWithParentUntil": b.livingWithParentUntil(v); break;
      case "detainedFrom": b.detainedFrom(v); break;
      case "inHospitalFrom": b.inHospitalFrom(v); break;
      case "accommodationProvidedUnder23BFrom": b.accommodationProvidedUnder23BFrom(v); break;
      case "accommodationProvidedUnder24BFrom": b.accommodationProvidedUnder24BFrom(v); break;
      case "s23czbRequestDate": b.s23czbRequestDate(v); break;
      case "s23caNotificationDate": b.s23caNotificationDate(v); break;
      case "sgoMadeOn": b.sgoMadeOn(v); break;
      case "sgoEndedOn": b.sgoEndedOn(v); break;
      case "placementStart": b.placementStart(v); break;
      case "firstReviewDate": b.firstReviewDate(v); break;
      case "lastReviewDate": b.lastReviewDate(v); break;
      case "lastVisit": b.lastVisit(v); break;
      default: throw new IllegalStateException("date fact " + name + " is not handled: this is a bug");
    }
  }
}
