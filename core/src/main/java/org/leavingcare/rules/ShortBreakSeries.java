package org.leavingcare.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.leavingcare.model.Circumstances;

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
  static void verify(List<EnglandCase.Ep> eps, Circumstances c, EnglandCase k, EnumSet<Flag> flags) {
    int n = eps.size();
    int seriesStart = -1;
    for (int i = 0; i < n; i++) {
      EnglandCase.Ep e = eps.get(i);
      if (!e.flagged) {
        continue;
      }
      if (seriesStart < 0) {
        seriesStart = i;
        continue;
      }
      EnglandCase.Ep prev = previousFlagged(eps, i);
      int prevEnd = prev.recordedEnd == Integer.MAX_VALUE ? k.d : prev.recordedEnd;
      boolean newSeries = e.s > EnglandCase.plusMonths(prevEnd, 12);
      if (!newSeries) {
        for (EnglandCase.Ep u : eps) {
          if (!u.flagged && prev.s < u.s && u.s < e.s) {
            newSeries = true;
            break;
          }
        }
      }
      if (newSeries) {
        check(eps, seriesStart, i, c, k, flags);
        seriesStart = i;
      }
    }
    if (seriesStart >= 0) {
      check(eps, seriesStart, n, c, k, flags);
    }
  }

  private static EnglandCase.Ep previousFlagged(List<EnglandCase.Ep> eps, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (eps.get(j).flagged) {
        return eps.get(j);
      }
    }
    throw new IllegalStateException("no previous flagged episode: this is a bug");
  }

  /** Checks the series of flagged episodes in {@code eps[from, to)}. */
  private static void check(List<EnglandCase.Ep> eps, int from, int to, Circumstances c, EnglandCase k,
      EnumSet<Flag> flags) {
    boolean ok = true;
    int maxStart = Integer.MIN_VALUE;
    int count = 0;
    for (int i = from; i < to; i++) {
      EnglandCase.Ep e = eps.get(i);
      if (e.flagged) {
        maxStart = Math.max(maxStart, e.s);
        count++;
      }
    }
    // (a) not in care; (b) same carer; (c) return home after each break.
    boolean inCare = c.isCareOrder()
        && (c.careOrderSince().isEmpty() || (int) c.careOrderSince().get().toEpochDay() <= maxStart);
    if (inCare || !c.isSameCarerAllBreaks() || !c.isReturnsToParentAfterEachBreak()) {
      flags.add(Flag.WARN_SHORT_BREAK_CONDITIONS_NOT_MET);
      ok = false;
    }
    // (d) 17 days: the intended length governs; actual lengths only if it is not recorded.
    boolean inclusive = k.policy.dayCount() == Policy.DayCount.INCLUSIVE_DAYS;
    int[] firsts = new int[count];
    int[] lasts = new int[count];
    int m = 0;
    boolean anyOver17 = false;
    for (int i = from; i < to; i++) {
      EnglandCase.Ep e = eps.get(i);
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
        flags.add(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
        ok = false;
      } else if (anyOver17) {
        flags.add(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
      }
    } else if (anyOver17) {
      flags.add(Flag.WARN_SHORT_BREAK_OVER_17_DAYS);
      ok = false;
    }
    // (e) 75 days in any rolling 12 months [W, W.plusMonths(12)), planned days included: the windows
    // starting on a break's first day and the latest window ending on or after a break's last day.
    for (int i = 0; i < m; i++) {
      int w1 = firsts[i];
      int w2 = windowEndingOn(lasts[i]);
      if (daysIn(firsts, lasts, m, w1, windowEnd(w1)) > 75 || daysIn(firsts, lasts, m, w2, windowEnd(w2)) > 75) {
        flags.add(Flag.WARN_SHORT_BREAK_OVER_75_DAYS);
        ok = false;
        break;
      }
    }
    if (ok) {
      for (int i = from; i < to; i++) {
        EnglandCase.Ep e = eps.get(i);
        if (e.flagged) {
          e.verified = true;
          e.seriesFirstStart = eps.get(from).s; // a series starts at a flagged episode
        }
      }
    }
  }

  /** The exclusive end of the 12-month window starting on {@code w}: {@code w.plusMonths(12)}. */
  private static int windowEnd(int w) {
    return EnglandCase.plusMonths(w, 12);
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
        : EnglandCase.plusMonths(last + 1, -12);
    return windowEnd(w) <= last ? w + 1 : w;
  }

  /** Distinct dates of the breaks {@code [firsts[i], lasts[i]]} within {@code [w, wEnd)}. */
  private static int daysIn(int[] firsts, int[] lasts, int m, int w, int wEnd) {
    int total = 0;
    int covered = Integer.MIN_VALUE; // last date already counted
    for (int i = 0; i < m; i++) {
      int a = Math.max(Math.max(firsts[i], w), covered + 1);
      int b = Math.min(lasts[i], wEnd - 1);
      if (a <= b) {
        total += b - a + 1;
        covered = Math.max(covered, b);
      }
    }
    return total;
  }
}
