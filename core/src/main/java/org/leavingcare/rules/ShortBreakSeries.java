package org.leavingcare.rules;

import java.time.LocalDate;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.internal.ModelInternals;
import org.leavingcare.time.EpochDays;

/**
 * CPPCR 2010 reg. 48 (LAW.md §2.3.1): re-verifies the short-break claims of a care history. The
 * flagged episodes are grouped into series; each series is checked against reg. 48(2) (not in
 * care; same carer; return home after each break; no break intended to last more than 17 days; no
 * more than 75 days in any 12 months) and, if it passes, its episodes are verified breaks.
 */
final class ShortBreakSeries {

  private ShortBreakSeries() {}

  /**
   * Marks the verified breaks among {@code eps} (sorted by start), records the first break of
   * each verified series, and adds the warnings.
   */
  static void verify(EnglandCase.Ep[] eps, Circumstances c, EnglandCase k) {
    int n = eps.length;
    int seriesStart = -1;
    int prevIndex = -1; // the previous flagged episode
    for (int i = 0; i < n; i++) {
      EnglandCase.Ep e = eps[i];
      if (!e.flagged) {
        continue;
      }
      if (seriesStart < 0) {
        seriesStart = i;
        prevIndex = i;
        continue;
      }
      EnglandCase.Ep prev = eps[prevIndex];
      int prevEnd = prev.recordedEnd == Integer.MAX_VALUE ? k.d : prev.recordedEnd;
      boolean newSeries = startsMoreThan12MonthsAfter(e.s, prevEnd);
      if (!newSeries) {
        // An episode that is not a break, begun strictly between the two breaks: the episodes are
        // sorted by start, so only those listed between the two can be.
        for (int j = prevIndex + 1; j < i; j++) {
          EnglandCase.Ep u = eps[j];
          if (!u.flagged && prev.s < u.s && u.s < e.s) {
            newSeries = true;
            break;
          }
        }
      }
      if (newSeries) {
        check(eps, seriesStart, i, c, k);
        seriesStart = i;
      }
      prevIndex = i;
    }
    if (seriesStart >= 0) {
      check(eps, seriesStart, n, c, k);
    }
  }

  /**
   * {@code start > plusMonths(end, 12)}: twelve months after a day are 365 or 366 days after it,
   * so the month arithmetic is needed only in between.
   */
  static boolean startsMoreThan12MonthsAfter(int start, int end) {
    long gap = (long) start - end;
    if (gap <= 365) {
      return false;
    }
    if (gap > 366) {
      return true;
    }
    return start > EpochDays.plusMonths(end, 12);
  }

  /** Checks the series of flagged episodes in {@code eps[from, to)}. */
  private static void check(EnglandCase.Ep[] eps, int from, int to, Circumstances c, EnglandCase k) {
    boolean ok = true;
    int maxStart = Integer.MIN_VALUE;
    int count = 0;
    for (int i = from; i < to; i++) {
      EnglandCase.Ep e = eps[i];
      if (e.flagged) {
        maxStart = Math.max(maxStart, e.s);
        count++;
      }
    }
    // (a) not in care; (b) same carer; (c) return home after each break.
    boolean inCare = c.isCareOrder()
        && (c.careOrderSince().isEmpty() || k.factDays[ModelInternals.CARE_ORDER_SINCE] <= maxStart);
    if (inCare || !c.isSameCarerAllBreaks() || !c.isReturnsToParentAfterEachBreak()) {
      k.flag(Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
      ok = false;
    }
    // (d) 17 days: the intended length governs; actual lengths only if it is not recorded.
    boolean inclusive = k.policy.dayCount() == Policy.DayCount.INCLUSIVE_DAYS;
    int[] firsts = new int[count];
    int[] lasts = new int[count];
    int m = 0;
    boolean anyOver17 = false;
    for (int i = from; i < to; i++) {
      EnglandCase.Ep e = eps[i];
      if (!e.flagged) {
        continue;
      }
      int last = e.recordedEnd == Integer.MAX_VALUE ? (inclusive ? k.d : k.d - 1) : k.lastCountedDay(e.effEnd);
      firsts[m] = e.s;
      lasts[m] = last;
      m++;
      if (last - e.s + 1 > 17) {
        anyOver17 = true;
      }
    }
    if (c.intendedMaxBreakDays().isPresent()) {
      int intended = c.intendedMaxBreakDays().getAsInt() + (inclusive ? 1 : 0);
      if (intended > 17) {
        k.flag(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
        ok = false;
      } else if (anyOver17) {
        k.flag(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
      }
    } else if (anyOver17) {
      k.flag(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
      ok = false;
    }
    // (e) 75 days in any rolling 12 months [W, W.plusMonths(12)), planned days included: the windows
    // starting on a break's first day and the latest window ending on or after a break's last day.
    // No window holds more days than the whole series, so a series of at most 75 days passes.
    if (m > 0 && over75DaysIn12Months(firsts, lasts, m)) {
      k.flag(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
      ok = false;
    }
    if (ok) {
      for (int i = from; i < to; i++) {
        EnglandCase.Ep e = eps[i];
        if (e.flagged) {
          e.verified = true;
          e.seriesFirstStart = eps[from].s; // a series starts at a flagged episode
        }
      }
    }
  }

  /**
   * Whether some 12-month window holds more than 75 of the days of the breaks {@code [firsts[i],
   * lasts[i]]} (sorted by first day). Most series hold fewer days in all than that, so the windows are
   * counted only when the union of the breaks is longer.
   */
  private static boolean over75DaysIn12Months(int[] firsts, int[] lasts, int m) {
    long upperBound = 0; // the days of the breaks, overlaps counted twice
    for (int i = 0; i < m; i++) {
      upperBound += Math.max(0L, (long) lasts[i] - firsts[i] + 1);
    }
    return upperBound > 75 && windowOver75(firsts, lasts, m);
  }

  /** {@link #over75DaysIn12Months} for series with more than 75 days of breaks in all. */
  private static boolean windowOver75(int[] firsts, int[] lasts, int m) {
    Union union = new Union(firsts, lasts, m);
    if (union.total() <= 75) {
      return false;
    }
    // For each break, the window starting on its first day, then the latest window holding its last
    // day (one window a step, so the JIT compiles the counting once).
    for (int j = 0; j < 2 * m; j++) {
      int w = (j & 1) == 0 ? firsts[j >> 1] : windowEndingOn(lasts[j >> 1]);
      if (union.daysIn(w, windowEnd(w)) > 75) {
        return true;
      }
    }
    return false;
  }

  /** The exclusive end of the 12-month window starting on {@code w}: {@code w.plusMonths(12)}. */
  private static int windowEnd(int w) {
    return EpochDays.plusMonths(w, 12);
  }

  /**
   * The start of the latest 12-month window that still holds the day {@code last}: normally
   * {@code (last + 1).minusMonths(12)}. When {@code last + 1} is 29 February that is 28 February of the year
   * before, whose window ends on 27 February, a day before {@code last}; the window then starts on 1 March
   * (and is the 366 days to 29 February). Testing 28 February to 28 February inclusive instead would count
   * 367 days, a period that is no 12-month window (LAW.md §2.3.1(2)(e)).
   */
  static int windowEndingOn(int last) {
    int w = last == Integer.MAX_VALUE ? (int) LocalDate.ofEpochDay(last + 1L).minusMonths(12).toEpochDay()
        : EpochDays.plusMonths(last + 1, -12);
    return windowEnd(w) <= last ? w + 1 : w;
  }

  /**
   * The distinct dates of the breaks {@code [firsts[i], lasts[i]]} (inclusive epoch days, sorted
   * by first day; overlaps counted once), kept as disjoint runs with running totals so that the
   * days in a window are counted with two binary searches instead of a pass over every break.
   */
  static final class Union {
    private final int[] starts;
    private final int[] ends; // inclusive
    /** {@code before[r]}: the days in the runs before run {@code r}; {@code before[runs]} is the total. */
    private final long[] before;
    private final int runs;

    Union(int[] firsts, int[] lasts, int m) {
      starts = new int[m];
      ends = new int[m];
      before = new long[m + 1];
      int r = 0;
      for (int i = 0; i < m; i++) {
        int a = firsts[i];
        int b = lasts[i];
        if (a > b) {
          continue;
        }
        if (r > 0 && a <= ends[r - 1] + 1L) {
          ends[r - 1] = Math.max(ends[r - 1], b);
        } else {
          starts[r] = a;
          ends[r] = b;
          r++;
        }
      }
      runs = r;
      for (int i = 0; i < r; i++) {
        before[i + 1] = before[i] + ((long) ends[i] - starts[i] + 1);
      }
    }

    /** The number of distinct dates. */
    long total() {
      return before[runs];
    }

    /** The distinct dates within {@code [w, wEnd)}. */
    long daysIn(int w, int wEnd) {
      return wEnd <= w ? 0 : countBefore(wEnd) - countBefore(w);
    }

    /** The distinct dates before {@code x}. */
    private long countBefore(int x) {
      int lo = 0; // becomes the number of runs that start before x
      int hi = runs;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == 0) {
        return 0;
      }
      long after = (long) ends[lo - 1] - x + 1; // days of the last of them on or after x
      return after > 0 ? before[lo] - after : before[lo];
    }
  }
}
