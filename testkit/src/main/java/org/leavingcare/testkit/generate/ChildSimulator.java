package org.leavingcare.testkit.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leavingcare.testkit.internal.Birthdays;
import org.leavingcare.testkit.internal.Draw;

/**
 * Draws one child's life course: entry age, archetype, periods of care, episodes (legal status
 * changes, moves), reviews and OC3 rows. Distributions follow the national picture (SSDA903.md
 * §7.6 and the DfE's published shares of starters by age, placements and reasons for leaving) at
 * the precision a test needs; they are documented in {@link Ssda903Generator}.
 */
final class ChildSimulator {

  private static final long STREAM = 903;

  /** Date from which new supported-accommodation placements are K3 rather than H5 (SSDA903.md §8). */
  private static final LocalDate K3_FROM = LocalDate.of(2023, 10, 28);

  private final long seed;
  private final LocalDate spanStart;
  private final LocalDate spanEnd;
  private final int firstYear;
  private final int lastYear;

  ChildSimulator(long seed, int firstYear, int lastYear) {
    this.seed = seed;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.spanStart = LocalDate.of(firstYear - 1, 4, 1);
    this.spanEnd = LocalDate.of(lastYear, 3, 31);
  }

  /** A period of being looked after, before it is split into episodes. */
  private record Period(LocalDate start, LocalDate end, String finalRec, boolean shortBreak) {}

  SyntheticChild simulate(int index) {
    Draw d = Draw.forRecord(seed, STREAM, index);
    String id = String.format(Locale.ROOT, "C%08d", index + 1);
    LocalDate entry = d.dateBetween(spanStart, spanEnd);
    // Starters by age (DfE, children starting to be looked after): under 1, 1-4, 5-9, 10-13, 14-15, 16-17.
    int band = d.pickIndex(new double[] {0.19, 0.14, 0.16, 0.22, 0.13, 0.16});
    int[][] bandDays = {{0, 364}, {365, 5 * 365}, {5 * 365 + 2, 10 * 365}, {10 * 365 + 3, 14 * 365},
        {14 * 365 + 4, 16 * 365}, {16 * 365 + 5, 18 * 365 - 10}};
    int ageDays = d.between(bandDays[band][0], bandDays[band][1]);
    LocalDate dob = entry.minusDays(ageDays);
    boolean uasc = (band == 5 && d.chance(0.45)) || (band == 4 && d.chance(0.08));
    LocalDate b14 = Birthdays.attains(dob, 14);
    LocalDate b16 = Birthdays.attains(dob, 16);
    LocalDate b17 = Birthdays.attains(dob, 17);
    LocalDate b18 = Birthdays.attains(dob, 18);

    Ssda903Archetype archetype = chooseArchetype(d, band, uasc, entry, dob, b14, b16, b18);
    List<Period> periods = new ArrayList<>();
    LocalDate eligibleFrom = null;
    LocalDate leftCare = null;
    LocalDate sgoMadeOn = null;
    LocalDate homeSince = null;
    switch (archetype) {
      case RETURNED_HOME_BEFORE_16: {
        LocalDate latestEnd = b16.minusDays(30);
        LocalDate end = min(latestEnd, entry.plusDays(Math.max(7, d.exponentialDays(300))));
        periods.add(new Period(entry, end, d.pick(new String[] {"E4A", "E4B", "E13", "E41", "E8"},
            new double[] {0.6, 0.05, 0.15, 0.1, 0.1}), false));
        LocalDate again = end.plusDays(60 + d.exponentialDays(500));
        if (d.chance(0.25) && again.plusDays(7).isBefore(latestEnd)) {
          LocalDate end2 = min(latestEnd, again.plusDays(Math.max(7, d.exponentialDays(250))));
          periods.add(new Period(again, end2, d.pick(new String[] {"E4A", "E13", "E8"}, new double[] {0.7, 0.2, 0.1}),
              false));
        }
        break;
      }
      case ADOPTED: {
        LocalDate end = entry.plusDays(d.between(540, 1080));
        periods.add(new Period(entry, end, d.chance(0.8) ? "E11" : "E12", false));
        break;
      }
      case SPECIAL_GUARDIANSHIP: {
        LocalDate end = min(b14.minusDays(30), entry.plusDays(d.between(180, 900)));
        periods.add(new Period(entry, end, "SGO", false));
        sgoMadeOn = end;
        break;
      }
      case LONG_TERM_TO_18: {
        addEarlierPeriod(d, periods, dob, entry, b14);
        periods.add(new Period(entry, b18, "AT18", false));
        eligibleFrom = max(b16, max(entry, b14).plusDays(91));
        break;
      }
      case LEFT_CARE_AT_16_OR_17:
      case RETURNED_HOME_AT_16_OR_17: {
        addEarlierPeriod(d, periods, dob, entry, b14);
        eligibleFrom = max(b16, max(entry, b14).plusDays(91));
        LocalDate earliest = max(max(b16.plusDays(14), max(entry, b14).plusDays(121)), eligibleFrom.plusDays(30));
        LocalDate latest = archetype == Ssda903Archetype.LEFT_CARE_AT_16_OR_17 ? b18.minusDays(30) : b18.minusMonths(7);
        LocalDate end = d.dateBetween(earliest, latest);
        if (Math.abs(ChronoUnit.DAYS.between(b17, end)) <= 3) {
          end = end.isBefore(b17) ? b17.minusDays(4) : b17.plusDays(4);
          end = max(earliest, min(latest, end));
        }
        leftCare = end;
        if (archetype == Ssda903Archetype.LEFT_CARE_AT_16_OR_17) {
          periods.add(new Period(entry, end, d.pick(new String[] {"E5", "E6", "E13", "E8"},
              new double[] {0.45, 0.2, 0.2, 0.15}), false));
        } else {
          periods.add(new Period(entry, end, d.chance(0.8) ? "E4A" : "E4B", false));
          homeSince = end;
        }
        break;
      }
      case SHORT_STAY_AFTER_16: {
        LocalDate end = min(b18.minusDays(14), entry.plusDays(d.between(7, 60)));
        periods.add(new Period(entry, end, d.pick(new String[] {"E4A", "E13", "E8", "E6", "E5"},
            new double[] {0.4, 0.2, 0.2, 0.1, 0.1}), false));
        leftCare = end;
        break;
      }
      case LATE_ENTRY_BEFORE_18:
        periods.add(new Period(entry, b18, "AT18", false));
        break;
      case SHORT_BREAKS: {
        LocalDate stop = min(b18.minusDays(5), entry.plusDays(d.between(365, 4 * 365)));
        LocalDate start = entry;
        while (start.plusDays(4).isBefore(stop)) {
          LocalDate end = start.plusDays(d.between(2, 4));
          periods.add(new Period(start, end, "E4A", true));
          start = start.plusDays(d.between(35, 63));
        }
        break;
      }
      default:
        throw new IllegalStateException("unhandled archetype " + archetype + ": this is a bug");
    }

    String cin = archetype == Ssda903Archetype.SHORT_BREAKS ? "N2"
        : uasc ? d.pick(new String[] {"N8", "N4", "N1"}, new double[] {0.9, 0.05, 0.05})
        : d.pick(new String[] {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"},
            new double[] {0.60, 0.03, 0.03, 0.07, 0.14, 0.02, 0.01, 0.10});
    List<SyntheticEpisode> episodes = new ArrayList<>();
    List<SyntheticChild.Review> reviews = new ArrayList<>();
    for (Period p : periods) {
      if (p.shortBreak()) {
        episodes.add(new SyntheticEpisode(p.start(), p.end(), "S", "V3", cin, d.chance(0.6) ? "K2" : "U6",
            d.chance(0.7) ? "PR1" : "PR4", p.finalRec(), null));
      } else {
        splitIntoEpisodes(d, p, dob, archetype, uasc, cin, episodes);
        addReviews(d, p, dob, reviews);
      }
    }
    String finalRec = episodes.get(episodes.size() - 1).reasonEpisodeCeased().orElse("");
    String lastPlacement = episodes.get(episodes.size() - 1).placement();

    String sex = uasc ? (d.chance(0.93) ? "M" : "F") : (d.chance(0.56) ? "M" : "F");
    String ethnicity = uasc
        ? d.pick(new String[] {"OOTH", "AOTH", "BAFR", "BOTH", "WOTH", "MOTH"}, new double[] {0.3, 0.25, 0.2, 0.1, 0.1, 0.05})
        : d.pick(new String[] {"WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"},
            new double[] {66, 0.5, 4.5, 0.3, 0.7, 4, 2, 1, 3, 1, 1.5, 0.5, 2, 1.5, 3.5, 2, 0.2, 3.3, 0.5, 1});
    String upn = String.format(Locale.ROOT, "%c999%04d%02d%03d", "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(d.between(0, 22)),
        d.between(1000, 9999), Math.floorMod(dob.getYear() + 5, 100), d.between(0, 999));

    Map<Integer, Oc3Outcome> oc3 = new HashMap<>();
    boolean careLeaver = archetype == Ssda903Archetype.LONG_TERM_TO_18
        || archetype == Ssda903Archetype.LEFT_CARE_AT_16_OR_17
        || archetype == Ssda903Archetype.RETURNED_HOME_AT_16_OR_17;
    if (careLeaver) {
      for (int age = 17; age <= 21; age++) {
        LocalDate birthday = Birthdays.attains(dob, age);
        int year = collectionYearOf(birthday);
        if (year < firstYear || year > lastYear) {
          continue;
        }
        if (age == 17 && (archetype == Ssda903Archetype.LONG_TERM_TO_18 || leftCare == null || leftCare.isAfter(birthday))) {
          continue; // still looked after on or after the 17th birthday: rules 1007/1016
        }
        oc3.put(year, outcome(d, year, age, birthday, finalRec, lastPlacement, uasc, homeSince));
      }
    }
    return new SyntheticChild(id, archetype, dob, sex, ethnicity, uasc, upn, episodes, reviews, eligibleFrom, leftCare,
        sgoMadeOn, homeSince, oc3);
  }

  static int collectionYearOf(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
  }

  private Ssda903Archetype chooseArchetype(Draw d, int band, boolean uasc, LocalDate entry, LocalDate dob,
      LocalDate b14, LocalDate b16, LocalDate b18) {
    Ssda903Archetype[] all = Ssda903Archetype.values();
    double[] w = new double[all.length];
    if (uasc) {
      w[Ssda903Archetype.LONG_TERM_TO_18.ordinal()] = 0.8;
      w[Ssda903Archetype.LATE_ENTRY_BEFORE_18.ordinal()] = 0.2;
    } else {
      double[][] byBand = {
          // RH<16, ADOPTED, SGO, LONG, LEFT, RH16-17, SHORT_STAY, LATE, BREAKS
          {0.42, 0.30, 0.15, 0.13, 0, 0, 0, 0, 0},
          {0.45, 0.18, 0.17, 0.17, 0, 0, 0, 0, 0.03},
          {0.48, 0, 0.12, 0.28, 0, 0, 0, 0, 0.12},
          {0.40, 0, 0.04, 0.34, 0.12, 0.04, 0, 0, 0.06},
          {0.40, 0, 0, 0.30, 0.17, 0.10, 0, 0, 0.03},
          {0, 0, 0, 0.30, 0.15, 0.08, 0.35, 0.12, 0}};
      w = byBand[band].clone();
    }
    for (int i = 0; i < all.length; i++) {
      if (w[i] > 0 && !feasible(all[i], entry, dob, b14, b16, b18)) {
        w[i] = 0;
      }
    }
    double total = 0;
    for (double x : w) {
      total += x;
    }
    if (total > 0) {
      return all[d.pickIndex(w)];
    }
    // Nothing in the band fits these dates (entry very close to a birthday that matters): the fallbacks always fit one of these.
    for (Ssda903Archetype a : new Ssda903Archetype[] {Ssda903Archetype.LONG_TERM_TO_18,
        Ssda903Archetype.LATE_ENTRY_BEFORE_18, Ssda903Archetype.SHORT_STAY_AFTER_16,
        Ssda903Archetype.RETURNED_HOME_BEFORE_16}) {
      if (feasible(a, entry, dob, b14, b16, b18)) {
        return a;
      }
    }
    throw new IllegalStateException("no archetype fits an entry on day " + ChronoUnit.DAYS.between(dob, entry)
        + " of life: this is a bug");
  }

  private static boolean feasible(Ssda903Archetype a, LocalDate entry, LocalDate dob, LocalDate b14, LocalDate b16,
      LocalDate b18) {
    switch (a) {
      case RETURNED_HOME_BEFORE_16:
        return !entry.isAfter(b16.minusDays(37));
      case ADOPTED:
        return entry.isBefore(Birthdays.attains(dob, 5));
      case SPECIAL_GUARDIANSHIP:
        return !entry.isAfter(b14.minusDays(210));
      case LONG_TERM_TO_18:
        return !entry.isAfter(b18.minusDays(121));
      case LEFT_CARE_AT_16_OR_17:
      case RETURNED_HOME_AT_16_OR_17: {
        LocalDate eligible = max(b16, max(entry, b14).plusDays(91));
        LocalDate earliest = max(max(b16.plusDays(14), max(entry, b14).plusDays(121)), eligible.plusDays(30));
        LocalDate latest = a == Ssda903Archetype.LEFT_CARE_AT_16_OR_17 ? b18.minusDays(30) : b18.minusMonths(7);
        return !earliest.isAfter(latest);
      }
      case SHORT_STAY_AFTER_16:
        return !entry.isBefore(b16.plusDays(14)) && !entry.plusDays(7).isAfter(b18.minusDays(14));
      case LATE_ENTRY_BEFORE_18:
        return !entry.isBefore(b18.minusDays(60)) && !entry.isAfter(b18.minusDays(7));
      case SHORT_BREAKS:
        return entry.isBefore(b18.minusDays(400)) && !entry.isBefore(Birthdays.attains(dob, 3));
      default:
        return false;
    }
  }

  /** For a young entrant, one earlier period of care ending in a return home, at least 60 days before entry. */
  private void addEarlierPeriod(Draw d, List<Period> periods, LocalDate dob, LocalDate entry, LocalDate b14) {
    if (!d.chance(0.2)) {
      return;
    }
    LocalDate end = entry.minusDays(60 + d.exponentialDays(400));
    LocalDate start = end.minusDays(Math.max(14, d.exponentialDays(200)));
    if (start.isBefore(spanStart) || !start.isAfter(dob) || end.isAfter(b14.minusDays(30))) {
      return;
    }
    periods.add(new Period(start, end, d.chance(0.85) ? "E4A" : "E13", false));
  }

  // ---- episodes within one period of care ----

  private void splitIntoEpisodes(Draw d, Period p, LocalDate dob, Ssda903Archetype archetype, boolean uasc, String cin,
      List<SyntheticEpisode> out) {
    int ageAtStart = Birthdays.ageOn(dob, p.start());
    String ls = initialLegalStatus(d, ageAtStart, archetype, uasc);
    String place = placement(d, Birthdays.ageOn(dob, p.start()), p.start(), uasc);
    String rne = "S";
    LocalDate start = p.start();
    LocalDate adoptionPlacement = archetype == Ssda903Archetype.ADOPTED ? p.end().minusDays(d.between(180, 360)) : null;
    boolean toSupported = archetype == Ssda903Archetype.LONG_TERM_TO_18 && !uasc && d.chance(0.25);
    LocalDate nextMove = start.plusDays(d.exponentialDays(365 / moveRate(ageAtStart)));
    while (true) {
      // The next event: a legal change, a move, adoption placement, or the end of the period.
      LocalDate legalChange = null;
      String nextLs = ls;
      if (ls.equals("L1")) {
        legalChange = start.plusDays(d.between(1, 2));
        nextLs = d.chance(0.5) ? "C1" : "V2";
      } else if (ls.equals("L2")) {
        legalChange = start.plusDays(d.between(5, 20));
        nextLs = "C1";
      } else if (ls.equals("C1")) {
        legalChange = start.plusDays(d.between(90, 300));
        nextLs = "C2";
      }
      LocalDate event = p.end();
      String kind = "END";
      if (legalChange != null && legalChange.isBefore(event)) {
        event = legalChange;
        kind = "LEGAL";
      }
      if (adoptionPlacement != null && adoptionPlacement.isBefore(event) && !ls.equals("E1")) {
        event = adoptionPlacement;
        kind = "ADOPTION";
      }
      if (nextMove.isBefore(event) && !place.startsWith("A")) {
        event = nextMove;
        kind = "MOVE";
      }
      LocalDate b17 = Birthdays.attains(dob, 17);
      if (toSupported && b17.isAfter(start.plusDays(7)) && !isSupported(place)) {
        LocalDate moveOn = b17.plusDays(d.between(0, 60));
        if (moveOn.isBefore(event)) {
          event = moveOn;
          kind = "SUPPORTED";
        }
      }
      if (!kind.equals("END") && ChronoUnit.DAYS.between(event, p.end()) < 7) {
        event = p.end();
        kind = "END";
      }
      if (!kind.equals("END") && !event.isAfter(start)) {
        event = start.plusDays(1);
      }
      if (kind.equals("END")) {
        String rec = finalRec(d, p.finalRec(), place);
        out.add(new SyntheticEpisode(start, event, rne, ls, cin, place, provider(d, place), rec, null));
        return;
      }
      String reasonPlaceChange = null;
      String newPlace = place;
      String newLs = ls;
      String newRne;
      switch (kind) {
        case "LEGAL":
          newLs = nextLs;
          newRne = "L";
          break;
        case "ADOPTION":
          newLs = "E1";
          newPlace = d.chance(0.5) ? "A5" : "A6";
          newRne = "B";
          reasonPlaceChange = "CARPL";
          break;
        case "SUPPORTED":
          newPlace = supportedCode(event);
          newRne = "P";
          reasonPlaceChange = "CARPL";
          break;
        default: {
          int age = Birthdays.ageOn(dob, event);
          String candidate = placement(d, age, event, uasc);
          if ((place.equals("U6") || place.equals("U3")) && d.chance(0.15)) {
            newPlace = place.equals("U6") ? "U4" : "U1";
            newRne = "T";
            reasonPlaceChange = "PLACE";
          } else {
            newPlace = candidate;
            newRne = "P";
            reasonPlaceChange = d.pick(new String[] {"CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND", "ALLEG",
                "CLOSE", "OTHER"}, new double[] {0.45, 0.15, 0.1, 0.08, 0.05, 0.03, 0.03, 0.04, 0.07});
          }
          nextMove = event.plusDays(d.exponentialDays(365 / moveRate(age)));
          break;
        }
      }
      out.add(new SyntheticEpisode(start, event, rne, ls, cin, place, provider(d, place), "X1", reasonPlaceChange));
      start = event;
      rne = newRne;
      ls = newLs;
      place = newPlace;
    }
  }

  private static double moveRate(int age) {
    return age < 5 ? 0.35 : age < 12 ? 0.45 : age < 16 ? 0.8 : 0.7;
  }

  private static String initialLegalStatus(Draw d, int age, Ssda903Archetype archetype, boolean uasc) {
    if (uasc) {
      return "V2";
    }
    if (archetype == Ssda903Archetype.ADOPTED) {
      return d.chance(0.3) ? "L2" : "C1";
    }
    if (age >= 16) {
      return d.pick(new String[] {"V2", "C1", "L1"}, new double[] {0.78, 0.15, 0.07});
    }
    if (archetype == Ssda903Archetype.RETURNED_HOME_BEFORE_16) {
      // Short stays are mostly voluntary accommodation (s.20); long ones mostly under care orders.
      return d.pick(new String[] {"C1", "V2", "L1", "L2"}, new double[] {0.35, 0.50, 0.07, 0.08});
    }
    return d.pick(new String[] {"C1", "V2", "L1", "L2"}, new double[] {0.72, 0.13, 0.07, 0.08});
  }

  private static String placement(Draw d, int age, LocalDate on, boolean uasc) {
    if (uasc && age >= 16) {
      return d.pick(new String[] {"SUP", "U6", "K2"}, new double[] {0.55, 0.35, 0.10}).replace("SUP", supportedCode(on));
    }
    String[] codes = {"U6", "U4", "U3", "U1", "U5", "K2", "K1", "P1", "S1", "SUP"};
    double[] w;
    if (age < 5) {
      w = new double[] {0.50, 0.15, 0.22, 0.05, 0.05, 0, 0, 0.03, 0, 0};
    } else if (age < 12) {
      w = new double[] {0.45, 0.22, 0.15, 0.06, 0, 0.05, 0, 0.05, 0.02, 0};
    } else if (age < 16) {
      w = new double[] {0.34, 0.15, 0.09, 0.04, 0, 0.27, 0.01, 0.06, 0.04, 0};
    } else {
      w = new double[] {0.27, 0.10, 0.07, 0.03, 0, 0.19, 0, 0.05, 0.02, 0.27};
    }
    String code = d.pick(codes, w);
    return code.equals("SUP") ? supportedCode(on) : code;
  }

  private static String supportedCode(LocalDate on) {
    return on.isBefore(K3_FROM) ? "H5" : "K3";
  }

  private static boolean isSupported(String place) {
    return place.equals("H5") || place.equals("K3");
  }

  private static boolean isFoster(String place) {
    return place.startsWith("U");
  }

  private static @Nullable String provider(Draw d, String place) {
    switch (place) {
      case "P1":
        return "PR0";
      case "U1": case "U2": case "U3":
        return d.chance(0.9) ? "PR1" : "PR2";
      case "U4": case "U5": case "U6":
        return d.pick(new String[] {"PR1", "PR4", "PR5"}, new double[] {0.6, 0.35, 0.05});
      case "K2":
        return d.pick(new String[] {"PR4", "PR1", "PR5"}, new double[] {0.75, 0.2, 0.05});
      case "K1":
        return d.chance(0.7) ? "PR1" : "PR2";
      case "H5": case "K3":
        return d.chance(0.8) ? "PR4" : "PR5";
      case "S1":
        return d.chance(0.6) ? "PR4" : "PR5";
      case "A5": case "A6":
        return d.chance(0.8) ? "PR1" : "PR5";
      default:
        return "PR1";
    }
  }

  private static String finalRec(Draw d, String planned, String place) {
    switch (planned) {
      case "SGO":
        if (isFoster(place)) {
          return place.compareTo("U4") < 0 ? "E45" : "E46";
        }
        return d.chance(0.7) ? "E47" : "E48";
      case "AT18":
        if (isFoster(place) && d.chance(0.55)) {
          return "E17";
        }
        return d.pick(new String[] {"E5", "E6", "E13", "E8"}, new double[] {0.55, 0.15, 0.1, 0.2});
      default:
        return planned;
    }
  }

  private static void addReviews(Draw d, Period p, LocalDate dob, List<SyntheticChild.Review> out) {
    LocalDate review = p.start().plusDays(d.between(20, 28));
    int n = 0;
    while (review.isBefore(p.end())) {
      int age = Birthdays.ageOn(dob, review);
      String code = age < 4 ? "PN0" : d.pick(new String[] {"PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"},
          new double[] {0.45, 0.10, 0.03, 0.05, 0.10, 0.17, 0.10});
      out.add(new SyntheticChild.Review(review, code));
      review = n == 0 ? review.plusMonths(3).minusDays(d.between(0, 14)) : review.plusMonths(6).minusDays(d.between(0, 21));
      n++;
    }
  }

  // ---- OC3 ----

  private static Oc3Outcome outcome(Draw d, int year, int age, LocalDate birthday, String finalRec,
      String lastPlacement, boolean uasc, @Nullable LocalDate homeSince) {
    if (homeSince != null && !birthday.isBefore(homeSince.plusMonths(6))) {
      return new Oc3Outcome(year, age, "RHOM", "0", "0");
    }
    double inTouch = age == 17 ? 0.77 : age == 18 ? 0.945 : 0.91;
    if (!d.chance(inTouch)) {
      return new Oc3Outcome(year, age, d.pick(new String[] {"NO", "REFU", "NREQ"}, new double[] {0.6, 0.25, 0.15}), "0", "0");
    }
    String[] activities;
    double[] weights;
    if (age == 17) {
      activities = new String[] {"F2", "P2", "F4", "F5", "P5", "G5", "G4", "G6"};
      weights = new double[] {0.62, 0.03, 0.05, 0.04, 0.02, 0.15, 0.05, 0.04};
    } else if (age == 18) {
      activities = new String[] {"F2", "P2", "F1", "F4", "F5", "P5", "P4", "G5", "G4", "G6"};
      weights = new double[] {0.42, 0.03, 0.03, 0.06, 0.07, 0.04, 0.01, 0.2, 0.08, 0.06};
    } else {
      activities = new String[] {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G5", "G4", "G6"};
      weights = new double[] {0.08, 0.01, 0.12, 0.03, 0.06, 0.01, 0.16, 0.07, 0.22, 0.12, 0.12};
    }
    String activity = d.pick(activities, weights);
    if (year <= 2021 && (activity.endsWith("4") || activity.endsWith("5")) && !activity.startsWith("G")) {
      activity = activity.charAt(0) + "3"; // F4/F5 and P4/P5 replaced F3/P3 from 2021-22 (SSDA903.md §8)
    }
    double suitable = age == 17 ? 0.844 : age == 18 ? 0.952 : 0.929;
    boolean isSuitable = d.chance(suitable);
    String type = accommodationType(d, age, finalRec, lastPlacement, uasc);
    if (!isSuitable) {
      double r = d.unit();
      if (r < 0.2) {
        type = "S"; // no fixed abode: never suitable
      } else if (r < 0.3) {
        type = "X"; // custody: never suitable
      } else if (r < 0.4) {
        type = "V";
      } else if (r < 0.45) {
        type = "W";
      }
    }
    if (age == 17 && (type.equals("Z") || type.equals("T"))) {
      type = "D"; // no staying put (rule 3001) or foyer (rule 347) at 17
    }
    return new Oc3Outcome(year, age, "YES", activity, type + (isSuitable ? "1" : "2"));
  }

  private static String accommodationType(Draw d, int age, String finalRec, String lastPlacement, boolean uasc) {
    if (uasc && age >= 19 && d.chance(0.03)) {
      return d.chance(0.7) ? "G" : "H";
    }
    if (finalRec.equals("E17")) {
      double stillStayingPut = age == 18 ? 1.0 : age == 19 ? 0.5 : age == 20 ? 0.3 : 0;
      if (d.chance(stillStayingPut)) {
        return "Z";
      }
    }
    if (age >= 19 && d.chance(0.3)) {
      return "U";
    }
    switch (finalRec) {
      case "E5":
        return d.pick(new String[] {"D", "E", "T", "U"}, new double[] {0.5, 0.25, age >= 18 ? 0.1 : 0, 0.15});
      case "E6":
        return d.pick(new String[] {"U", "K", "D"}, new double[] {0.6, 0.25, 0.15});
      case "E13":
      case "E4A":
      case "E4B":
        return d.pick(new String[] {"B", "U", "K"}, new double[] {0.8, 0.1, 0.1});
      case "E17":
        return d.pick(new String[] {"U", "D", "B", "E"}, new double[] {0.6, 0.2, 0.1, 0.1});
      default:
        return isSupported(lastPlacement)
            ? d.pick(new String[] {"D", "U", "C"}, new double[] {0.7, 0.25, 0.05})
            : d.pick(new String[] {"D", "U", "B", "K", "Y", "C"}, new double[] {0.3, 0.3, 0.2, 0.1, 0.05, 0.05});
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
