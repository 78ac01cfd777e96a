package org.leavingcare.testkit.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the DfE care-leaver indicators (SSDA903.md §7.2-7.3, with the decisions of §7.7) over the
 * generated OC3 rows, by collection year and age: 17, 18, 19, 20, 21 and the combined 19-21.
 * The denominator leaves out young people who returned home for six months or more (RHOM) or died
 * (DIED); every other count is of rows in the denominator.
 */
final class IndicatorTally {

  static final String[] COLUMNS = {"YEAR", "AGE_GROUP", "OC3_ROWS", "EXCLUDED_RHOM_OR_DIED", "DENOMINATOR",
      "IN_TOUCH", "NOT_IN_TOUCH", "REFUSED_CONTACT", "NO_LONGER_REQUIRES_SERVICES", "EET", "NEET",
      "ACTIVITY_NOT_KNOWN", "SUITABLE_ACCOMMODATION", "UNSUITABLE_ACCOMMODATION", "ACCOMMODATION_NOT_KNOWN"};

  private static final String[] GROUPS = {"17", "18", "19", "20", "21", "19-21"};

  /** One line of truth/indicators.csv. */
  record Row(int year, String ageGroup, long[] counts) {
    String[] cells() {
      String[] cells = new String[COLUMNS.length];
      cells[0] = Integer.toString(year);
      cells[1] = ageGroup;
      for (int i = 0; i < counts.length; i++) {
        cells[i + 2] = Long.toString(counts[i]);
      }
      return cells;
    }
  }

  private final int firstYear;
  private final long[][][] counts; // [year][group][column - 2]

  IndicatorTally(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.counts = new long[lastYear - firstYear + 1][GROUPS.length][COLUMNS.length - 2];
  }

  void add(Oc3Outcome o) {
    add(counts[o.collectionYear() - firstYear][o.age() - 17], o);
    if (o.age() >= 19) {
      add(counts[o.collectionYear() - firstYear][5], o);
    }
  }

  private static void add(long[] c, Oc3Outcome o) {
    c[0]++;
    if (o.excludedFromDenominator()) {
      c[1]++;
      return;
    }
    c[2]++;
    switch (o.inTouch()) {
      case "YES":
        c[3]++;
        break;
      case "NO":
        c[4]++;
        break;
      case "REFU":
        c[5]++;
        break;
      case "NREQ":
        c[6]++;
        break;
      default:
        throw new IllegalStateException("IN_TOUCH " + o.inTouch() + " in the denominator: this is a bug");
    }
    if (o.inEducationEmploymentOrTraining()) {
      c[7]++;
    } else if (o.notInEducationEmploymentOrTraining()) {
      c[8]++;
    } else {
      c[9]++;
    }
    if (o.suitablyAccommodated()) {
      c[10]++;
    } else if (o.unsuitablyAccommodated()) {
      c[11]++;
    } else {
      c[12]++;
    }
  }

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int y = 0; y < counts.length; y++) {
      for (int g = 0; g < GROUPS.length; g++) {
        rows.add(new Row(firstYear + y, GROUPS[g], counts[y][g].clone()));
      }
    }
    return rows;
  }
}
