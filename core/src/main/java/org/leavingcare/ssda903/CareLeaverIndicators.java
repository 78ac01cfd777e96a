package org.leavingcare.ssda903;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leavingcare.ssda903.internal.ChildRows;

/**
 * The DfE care-leaver indicators for one collection year (SSDA903.md §7): in touch, main activity
 * (education, employment or training; NEET by reason) and suitable accommodation, by
 * {@link AgeBand}, over one {@link Population}.
 *
 * <p>Definitions (SSDA903.md §7.2, §7.3, §7.7): the denominator is every young person of the
 * population whose birthday in the year makes them 17 to 25, <b>excluding</b> those who died
 * (IN_TOUCH DIED), returned home for six months (RHOM), were looked after only under agreed short
 * breaks (V3/V4) or whose care was transferred to another authority (E3); counts of each exclusion
 * are kept. An all-blank or invalid OC3 value counts in the denominator on its "blank or invalid"
 * line. REFU and NREQ are their own lines. F3/P3 count as training or employment in every year;
 * ACCOM suitability is its second character. Counts are unrounded and unsuppressed: suppression is
 * applied when a report is published.
 */
public final class CareLeaverIndicators {

  /** Which young people the indicators are computed over. */
  public enum Population {
    /** Every OC3 row as returned (the DfE figures). */
    AS_RETURNED,
    /** The expected OC3 cohort worked out from the episodes; those without a row are counted as such. */
    EXPECTED_COHORT
  }

  private final CollectionYear year;
  private final Population population;
  private final IndicatorSettings settings;
  private final List<BandIndicators> bands;
  private final Map<Exclusion, Long> excluded;

  private CareLeaverIndicators(CollectionYear year, Population population, IndicatorSettings settings,
      List<BandIndicators> bands, Map<Exclusion, Long> excluded) {
    this.year = year;
    this.population = population;
    this.settings = settings;
    this.bands = List.copyOf(bands);
    this.excluded = Map.copyOf(excluded);
  }

  /**
   * The indicators over the OC3 rows as returned.
   *
   * @param ret the return
   * @param settings ages and window
   * @return the indicators
   */
  public static CareLeaverIndicators asReturned(Ssda903Return ret, IndicatorSettings settings) {
    requireNonNull(ret, "ret");
    requireNonNull(settings, "settings");
    Tally t = ret.pass(Tally::new, acc -> acc.rows, (acc, c) -> {
      if (c.oc3Row() >= 0) {
        acc.add(c, ret.oc3(c), settings.age(c, ret.year()));
      }
    }, Tally::merge);
    return t.result(ret.year(), Population.AS_RETURNED, settings);
  }

  /**
   * The indicators over the expected OC3 cohort, counting those with no OC3 row on the no-row lines.
   *
   * @param ret the return
   * @param expected the expected-cohort check of the same return
   * @param settings ages and window (the same as the check's)
   * @return the indicators
   */
  public static CareLeaverIndicators forExpectedCohort(Ssda903Return ret, ExpectedCohort expected,
      IndicatorSettings settings) {
    Tally t = new Tally();
    for (ExpectedCohort.Finding f : expected.findings()) {
      if (f.expected()) {
        if (!ret.rows(f.childId(), t.rows)) {
          throw new IllegalStateException("child " + f.childId() + " of the expected cohort is not in the return; this is a bug");
        }
        t.add(t.rows, ret.oc3(t.rows), settings.age(t.rows, ret.year()));
      }
    }
    return t.result(ret.year(), Population.EXPECTED_COHORT, settings);
  }

  /** Counts one young person at a time, in arrays by ordinal. Not thread-safe; tallies of parts of a cohort merge. */
  static final class Tally {
    private static final AgeBand[] BANDS = AgeBand.values();
    private static final IndicatorLine[] LINES = IndicatorLine.values();
    private static final IndicatorLine.Measure[] MEASURES = IndicatorLine.Measure.values();
    private static final Exclusion[] EXCLUSIONS = Exclusion.values();

    /** The rows of the child being counted (one per tally, loaded child after child). */
    final ChildRows rows = new ChildRows();
    private final long[][] counts = new long[BANDS.length][LINES.length];
    private final long[] denominators = new long[BANDS.length];
    private final long[] excluded = new long[EXCLUSIONS.length];

    /**
     * Counts one young person.
     *
     * @param c the child's rows
     * @param row the OC3 row, if any
     * @param age the age in the year ({@link IndicatorSettings#age(ChildRows, CollectionYear)})
     */
    void add(ChildRows c, Optional<Oc3Row> row, int age) {
      @Nullable AgeBand band = band(age);
      Exclusion why = exclusion(c, row, band);
      if (why != null) {
        excluded[why.ordinal()]++;
        return;
      }
      denominators[requireNonNull(band).ordinal()]++;
      long[] m = counts[band.ordinal()];
      for (IndicatorLine.Measure measure : MEASURES) {
        IndicatorLine line = row.isPresent() ? IndicatorLine.of(row.get(), measure) : IndicatorLine.noRow(measure);
        m[line.ordinal()]++;
      }
    }

    Tally merge(Tally o) {
      for (int b = 0; b < BANDS.length; b++) {
        for (int l = 0; l < LINES.length; l++) {
          counts[b][l] += o.counts[b][l];
        }
        denominators[b] += o.denominators[b];
      }
      for (int e = 0; e < EXCLUSIONS.length; e++) {
        excluded[e] += o.excluded[e];
      }
      return this;
    }

    CareLeaverIndicators result(CollectionYear year, Population population, IndicatorSettings settings) {
      List<BandIndicators> bands = new ArrayList<>();
      for (AgeBand b : BANDS) {
        if (b != AgeBand.AGE_22_TO_25 || denominators[b.ordinal()] > 0) {
          Map<IndicatorLine, Long> m = new EnumMap<>(IndicatorLine.class);
          for (IndicatorLine l : LINES) {
            if (counts[b.ordinal()][l.ordinal()] > 0) {
              m.put(l, counts[b.ordinal()][l.ordinal()]);
            }
          }
          bands.add(new BandIndicators(b, denominators[b.ordinal()], m));
        }
      }
      Map<Exclusion, Long> why = new EnumMap<>(Exclusion.class);
      for (Exclusion e : EXCLUSIONS) {
        if (excluded[e.ordinal()] > 0) {
          why.put(e, excluded[e.ordinal()]);
        }
      }
      return new CareLeaverIndicators(year, population, settings, bands, why);
    }
  }

  /** The band of an age in the year (0 or less when there is none), or null outside 17 to 25. */
  private static @Nullable AgeBand band(int age) {
    return age < 1 ? null : AgeBand.of(age).orElse(null);
  }

  /**
   * Why a young person is left out of the denominator, if they are.
   *
   * @param c the child's rows
   * @param row the OC3 row, if any
   * @param band the band of the birthday in the year, null if none or no date of birth
   * @return the exclusion, or null if counted
   */
  private static @Nullable Exclusion exclusion(ChildRows c, Optional<Oc3Row> row, @Nullable AgeBand band) {
    String inTouch = row.isPresent() ? row.get().inTouch() : "";
    if (inTouch.equals("DIED")) {
      return Exclusion.DIED;
    }
    if (inTouch.equals("RHOM")) {
      return Exclusion.RETURNED_HOME;
    }
    int n = c.episodes();
    if (n > 0 && shortBreaksOnly(c)) {
      return Exclusion.SHORT_BREAKS_ONLY;
    }
    if (n > 0 && c.reasonCeased(n - 1).equals("E3")) {
      return Exclusion.TRANSFERRED;
    }
    if (!c.hasDateOfBirth()) {
      return Exclusion.NO_DATE_OF_BIRTH;
    }
    if (band == null) {
      return Exclusion.AGE_OUTSIDE_17_TO_25;
    }
    return null;
  }

  /** Whether every episode is a short break (V3) or a short-break agreement (V4). */
  private static boolean shortBreaksOnly(ChildRows c) {
    for (int i = 0; i < c.episodes(); i++) {
      if (!c.isShortBreak(i) && !c.isShortBreakAgreement(i)) {
        return false;
      }
    }
    return true;
  }

  /** @return the collection year */
  public CollectionYear year() {
    return year;
  }

  /** @return the population counted */
  public Population population() {
    return population;
  }

  /** @return the settings used */
  public IndicatorSettings settings() {
    return settings;
  }

  /** @return the bands 17, 18 and 19 to 21 always, and 22 to 25 when anyone falls in it */
  public List<BandIndicators> bands() {
    return bands;
  }

  /**
   * One band.
   *
   * @param band the band
   * @return its indicators, or empty for 22 to 25 when nobody falls in it
   */
  public Optional<BandIndicators> band(AgeBand band) {
    return bands.stream().filter(b -> b.band() == band).findFirst();
  }

  /** @return young people left out of the denominators, by reason; absent reasons are zero */
  public Map<Exclusion, Long> excluded() {
    return excluded;
  }
}
