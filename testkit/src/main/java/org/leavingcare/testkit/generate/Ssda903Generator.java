package org.leavingcare.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.leavingcare.testkit.internal.Birthdays;
import org.leavingcare.testkit.internal.CsvOut;

/**
 * Generates a synthetic local authority's SSDA903 returns together with the truth about them.
 * Seeded and deterministic: the same settings give byte-identical files, and child {@code i} is the
 * same child whatever the size. Streaming: children are drawn and written one at a time, so memory
 * stays flat at millions of children.
 *
 * <pre>{@code
 * GeneratedSsda903 run = Ssda903Generator.builder().seed(42).children(2_000)
 *     .collectionYears(2019, 2025).build().writeTo(Path.of("target/903"));
 * }</pre>
 *
 * <p><b>What is written</b> (all UTF-8 CSV, dates {@code dd/mm/yyyy} as in the return):
 * <ul>
 *   <li>{@code 903/<yyyy-yy>/header.csv, episodes.csv, reviews.csv, oc3.csv, uasc.csv}: one
 *       directory per collection year (for example {@code 903/2024-25}), with the columns of
 *       SSDA903.md §3. A year's Episodes hold every episode open at any time in the year, with DEC
 *       and REC blank when the episode was still open on 31 March; its Header holds every child with
 *       an episode or an OC3 row that year (care leavers with no episode: Header and OC3 only). Codes
 *       are those valid in the year: SEX {@code 1}/{@code 2} before 2024-25 and {@code M}/{@code F}
 *       from it; supported accommodation {@code H5} before 28 October 2023 and {@code K3} from then
 *       (and in every file from 2024-25); SGO endings {@code E43}/{@code E44} before 2018-19;
 *       ACTIV {@code F3}/{@code P3} before 2021-22. Postcodes and URNs are left blank.</li>
 *   <li>{@code truth/categories.csv} ({@code CHILD,ARCHETYPE,AS_OF,CATEGORY}): each child's LAW.md
 *       §4 category on each chosen date (by default 31 March of each collection year), from the
 *       first day in care to the day before the 25th birthday; on other dates the category is NONE.</li>
 *   <li>{@code truth/case-records.jsonl}: the same, as LAW.md §15 case records with
 *       {@code expected.category}, readable by the law-vector loader and the law engine (optional).</li>
 *   <li>{@code truth/oc3-cohort.csv} ({@code YEAR,CHILD,AGE,IN_TOUCH,ACTIV,ACCOM}): the expected OC3
 *       cohort of each year (SSDA903.md §7.7), which is exactly the OC3 rows written.</li>
 *   <li>{@code truth/indicators.csv}: the DfE care-leaver indicators of each year by age (17 to 21
 *       and 19-21), as counts with their denominator (SSDA903.md §7.2-7.3).</li>
 *   <li>{@code generation.txt}: the settings and the counts, to reproduce the run.</li>
 * </ul>
 *
 * <p><b>The population</b>: every child's history begins on or after 1 April of the first year,
 * so the files hold each child's whole history and the truth is exact; the caseload builds up over
 * the first years, as in a newly formed authority, so choose six or more years for a settled
 * care-leaver cohort. Entry dates are uniform over the years. Shares of starters by age follow the
 * DfE's national figures (under 1: 19%, 1-4: 14%, 5-9: 16%, 10-13: 22%, 14-15: 13%, 16-17: 16%),
 * with unaccompanied asylum-seeking children about 45% of 16-17 starters. Each child follows one
 * {@link Ssda903Archetype} (return home, adoption, special guardianship, long-term care to 18,
 * leaving care at 16 or 17, short stays, late entry, short breaks) drawn by age; within a period of
 * care, legal status changes (L1/L2 to C1, C1 to C2, E1 before adoption) and moves (about 0.35 to
 * 0.8 a year, by age) split it into episodes; short stays are mostly voluntary accommodation (V2)
 * and long ones mostly care orders; placements by age are mostly foster care, with children's homes
 * and supported accommodation for teenagers. On 31 March about three quarters of the children
 * looked after are fostered and under care orders, as nationally. About 55% of those fostered at 18
 * stay put (REC E17). OC3 rows follow each young person's history (staying put gives ACCOM Z1 at
 * 18, a return home gives RHOM after six months) and the national figures of SSDA903.md §7.6: in
 * touch about 77% at 17, 95% at 18 and 91% at 19-21; suitable accommodation about 65%, 90% and 85%;
 * education, employment or training about half of 19-21-year-olds.
 *
 * <p>Immutable and thread-safe. Child ids are {@code C00000001} upwards.
 */
public final class Ssda903Generator {

  private static final String[] HEADER = {"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"};
  private static final String[] EPISODES = {"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
      "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"};
  private static final String[] REVIEWS = {"CHILD", "DOB", "REVIEW", "REVIEW_CODE"};
  private static final String[] OC3 = {"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"};
  private static final String[] UASC = {"CHILD", "SEX", "DOB", "DUC"};

  private final long seed;
  private final int children;
  private final int firstYear;
  private final int lastYear;
  private final List<LocalDate> categoryDates;
  private final boolean caseRecords;

  private Ssda903Generator(Builder b) {
    this.seed = b.seed;
    this.children = b.children;
    this.firstYear = b.firstYear;
    this.lastYear = b.lastYear;
    List<LocalDate> dates = new ArrayList<>(b.categoryDates);
    if (dates.isEmpty()) {
      for (int y = firstYear; y <= lastYear; y++) {
        dates.add(LocalDate.of(y, 3, 31));
      }
    }
    this.categoryDates = List.copyOf(new TreeSet<>(dates));
    this.caseRecords = b.caseRecords;
  }

  /**
   * A builder with seed 1, 1,000 children and collection years 2018-19 to 2024-25.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings for a {@link Ssda903Generator}. Not thread-safe. */
  public static final class Builder {
    private long seed = 1;
    private int children = 1_000;
    private int firstYear = 2019;
    private int lastYear = 2025;
    private final List<LocalDate> categoryDates = new ArrayList<>();
    private boolean caseRecords = true;

    private Builder() {}

    /**
     * The seed: the same seed and settings give the same files.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How many children the authority has over the whole period (everyone with a record in any year).
     *
     * @param children at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder children(int children) {
      if (children < 1) {
        throw new IllegalArgumentException("children must be at least 1, was " + children);
      }
      this.children = children;
      return this;
    }

    /**
     * The collection years to write, by the year each ends (2025 for 2024-25), inclusive.
     *
     * @param first the first year, 2012 or later
     * @param last the last year, from {@code first} to 2030
     * @return this builder
     * @throws IllegalArgumentException if the range is outside 2012-2030 or reversed
     */
    public Builder collectionYears(int first, int last) {
      if (first < 2012 || last > 2030 || last < first) {
        throw new IllegalArgumentException("collection years must run forwards within 2012 to 2030 (the year each ends),"
            + " was " + first + " to " + last);
      }
      this.firstYear = first;
      this.lastYear = last;
      return this;
    }

    /**
     * The dates on which each child's category is written to the truth (default: 31 March of each
     * collection year).
     *
     * @param dates the dates, not null
     * @return this builder
     */
    public Builder categoryDates(Collection<LocalDate> dates) {
      categoryDates.clear();
      for (LocalDate d : dates) {
        categoryDates.add(requireNonNull(d, "date"));
      }
      return this;
    }

    /**
     * Whether to write {@code truth/case-records.jsonl} (default true; large at millions of children).
     *
     * @param write whether to write them
     * @return this builder
     */
    public Builder caseRecords(boolean write) {
      this.caseRecords = write;
      return this;
    }

    /**
     * The generator.
     *
     * @return a generator with these settings
     */
    public Ssda903Generator build() {
      return new Ssda903Generator(this);
    }
  }

  /**
   * Returns the dates on which categories are written to the truth, in order.
   *
   * @return the dates on which categories are written to the truth, in order
   */
  public List<LocalDate> categoryDates() {
    return categoryDates;
  }

  /**
   * Returns the first collection year written (the year it ends).
   *
   * @return the first collection year written (the year it ends)
   */
  public int firstCollectionYear() {
    return firstYear;
  }

  /**
   * Returns the last collection year written (the year it ends).
   *
   * @return the last collection year written (the year it ends)
   */
  public int lastCollectionYear() {
    return lastYear;
  }

  /**
   * The generated children, drawn lazily in id order; the same as those {@link #writeTo} writes.
   *
   * @return a sequential stream of every child
   */
  public Stream<SyntheticChild> children() {
    ChildSimulator simulator = new ChildSimulator(seed, firstYear, lastYear);
    return IntStream.range(0, children).mapToObj(simulator::simulate);
  }

  /**
   * Child {@code index} (0-based) alone, without drawing the others.
   *
   * @param index from 0 to children - 1
   * @return the child
   * @throws IndexOutOfBoundsException if there is no such child
   */
  public SyntheticChild child(int index) {
    Objects.checkIndex(index, children);
    return new ChildSimulator(seed, firstYear, lastYear).simulate(index);
  }

  /**
   * Writes the returns and the truth into {@code dir} (created if needed; files of the same names
   * are replaced).
   *
   * @param dir the output directory
   * @return what was written
   * @throws IOException if a file cannot be written
   */
  public GeneratedSsda903 writeTo(Path dir) throws IOException {
    return writeTo(dir, done -> { });
  }

  /**
   * As {@link #writeTo(Path)}, reporting the number of children written so far, for progress.
   *
   * @param dir the output directory
   * @param progress called after each child with the count so far
   * @return what was written
   * @throws IOException if a file cannot be written
   */
  public GeneratedSsda903 writeTo(Path dir, LongConsumer progress) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(progress, "progress");
    int years = lastYear - firstYear + 1;
    List<CsvOut> open = new ArrayList<>();
    try {
      CsvOut[][] tables = new CsvOut[years][];
      for (int i = 0; i < years; i++) {
        Path y = dir.resolve("903").resolve(yearName(firstYear + i));
        tables[i] = new CsvOut[] {track(open, CsvOut.create(y.resolve("header.csv"), HEADER)),
            track(open, CsvOut.create(y.resolve("episodes.csv"), EPISODES)),
            track(open, CsvOut.create(y.resolve("reviews.csv"), REVIEWS)),
            track(open, CsvOut.create(y.resolve("oc3.csv"), OC3)),
            track(open, CsvOut.create(y.resolve("uasc.csv"), UASC))};
      }
      Path truth = dir.resolve("truth");
      CsvOut categories = track(open, CsvOut.create(truth.resolve("categories.csv"), "CHILD", "ARCHETYPE", "AS_OF",
          "CATEGORY"));
      CsvOut cohort = track(open, CsvOut.create(truth.resolve("oc3-cohort.csv"), "YEAR", "CHILD", "AGE", "IN_TOUCH",
          "ACTIV", "ACCOM"));
      BufferedWriter records = null;
      if (caseRecords) {
        records = Files.newBufferedWriter(truth.resolve("case-records.jsonl"), StandardCharsets.UTF_8);
      }
      IndicatorTally tally = new IndicatorTally(firstYear, lastYear);
      long[] counts = new long[3];
      try {
        ChildSimulator simulator = new ChildSimulator(seed, firstYear, lastYear);
        for (int index = 0; index < children; index++) {
          SyntheticChild child = simulator.simulate(index);
          for (int i = 0; i < years; i++) {
            writeYear(child, firstYear + i, tables[i], cohort, tally, counts);
          }
          LocalDate b25 = Birthdays.attains(child.dateOfBirth(), 25);
          for (LocalDate d : categoryDates) {
            if (d.isBefore(child.firstEntry()) || !d.isBefore(b25)) {
              continue;
            }
            categories.row(child.id(), child.archetype().name(), d.toString(), child.expectedCategoryOn(d));
            if (records != null) {
              records.write(child.caseRecordJson(d));
              records.write('\n');
            }
          }
          progress.accept(index + 1L);
        }
      } finally {
        if (records != null) {
          records.close();
        }
      }
      List<IndicatorTally.Row> indicators = tally.rows();
      try (CsvOut out = CsvOut.create(truth.resolve("indicators.csv"), IndicatorTally.COLUMNS)) {
        for (IndicatorTally.Row r : indicators) {
          out.row(r.cells());
        }
      }
      GeneratedSsda903 result = new GeneratedSsda903(dir, seed, children, firstYear, lastYear, counts[0], counts[1],
          cohort.rows(), categories.rows());
      Files.writeString(dir.resolve("generation.txt"), result.describe(), StandardCharsets.UTF_8);
      return result;
    } finally {
      IOException first = null;
      for (CsvOut c : open) {
        try {
          c.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  private static CsvOut track(List<CsvOut> open, CsvOut csv) {
    open.add(csv);
    return csv;
  }

  /**
   * The directory name of a collection year, for example {@code 2024-25} for the year ending 2025.
   *
   * @param endingYear the year it ends
   * @return its name
   */
  public static String yearName(int endingYear) {
    return String.format(Locale.ROOT, "%d-%02d", endingYear - 1, endingYear % 100);
  }

  private static void writeYear(SyntheticChild child, int year, CsvOut[] t, CsvOut cohort, IndicatorTally tally,
      long[] counts) {
    LocalDate start = LocalDate.of(year - 1, 4, 1);
    LocalDate end = LocalDate.of(year, 3, 31);
    List<SyntheticEpisode> inYear = new ArrayList<>();
    for (SyntheticEpisode e : child.episodes()) {
      boolean started = !e.start().isAfter(end);
      boolean notEndedBefore = e.end().map(x -> !x.isBefore(start)).orElse(true);
      if (started && notEndedBefore) {
        inYear.add(e);
      }
    }
    Optional<Oc3Outcome> oc3 = child.oc3(year);
    if (inYear.isEmpty() && oc3.isEmpty()) {
      return;
    }
    String dob = Birthdays.dmy(child.dateOfBirth());
    String sex = year >= 2025 ? child.sex() : (child.sex().equals("M") ? "1" : "2");
    int ageAtYearEnd = Birthdays.ageOn(child.dateOfBirth(), end);
    String upn = child.isUnaccompaniedAsylumSeeker() ? "UN2" : ageAtYearEnd < 5 ? "UN1" : child.upn();
    t[0].row(child.id(), sex, dob, child.ethnicity(), upn, "", "");
    for (SyntheticEpisode e : inYear) {
      boolean closed = e.end().map(x -> !x.isAfter(end)).orElse(false);
      t[1].row(child.id(), Birthdays.dmy(e.start()), e.reasonForNewEpisode(), e.legalStatus(), e.categoryOfNeed(),
          placementIn(e, year), e.placementProvider().orElse(""),
          closed ? Birthdays.dmy(e.end().orElseThrow()) : "",
          closed ? recIn(e.reasonEpisodeCeased().orElse(""), year) : "",
          closed ? e.reasonPlaceChange().orElse("") : "", "", "", "");
      counts[0]++;
    }
    for (SyntheticChild.Review r : child.reviews()) {
      if (!r.date().isBefore(start) && !r.date().isAfter(end)) {
        t[2].row(child.id(), dob, Birthdays.dmy(r.date()), r.participation());
        counts[1]++;
      }
    }
    if (oc3.isPresent()) {
      Oc3Outcome o = oc3.get();
      t[3].row(child.id(), dob, o.inTouch(), o.activity(), o.accommodation());
      cohort.row(Integer.toString(year), child.id(), Integer.toString(o.age()), o.inTouch(), o.activity(),
          o.accommodation());
      tally.add(o);
    }
    if (child.isUnaccompaniedAsylumSeeker()) {
      LocalDate b18 = Birthdays.attains(child.dateOfBirth(), 18);
      t[4].row(child.id(), sex, dob, b18.isAfter(end) ? "" : Birthdays.dmy(b18));
    }
  }

  private static String placementIn(SyntheticEpisode e, int year) {
    return year >= 2025 && e.placement().equals("H5") ? "K3" : e.placement();
  }

  private static String recIn(String rec, int year) {
    if (year <= 2018) {
      switch (rec) {
        case "E45": case "E46":
          return "E43";
        case "E47": case "E48":
          return "E44";
        default:
          return rec;
      }
    }
    return rec;
  }
}
