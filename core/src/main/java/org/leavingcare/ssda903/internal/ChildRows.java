package org.leavingcare.ssda903.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leavingcare.model.CareEpisode;
import org.leavingcare.model.CareHistory;
import org.leavingcare.model.Circumstances;
import org.leavingcare.model.InvalidCareHistoryException;
import org.leavingcare.model.LegalStatus;
import org.leavingcare.model.Person;
import org.leavingcare.model.internal.ModelInternals;
import org.leavingcare.time.EpochDays;

/**
 * One child's rows as the cohort pass reads them: straight from the {@link Store}'s arrays, dates
 * as epoch days and codes as the store's shared strings, with no {@code Episode}, {@code Optional}
 * or list per row. One instance per thread, loaded child after child ({@link #load}); what
 * {@code ChildRecord} says of the child, this says too (the record is built from the same rows).
 *
 * <p>It also makes the law engine's {@link CareHistory} of the child with the facts of any date
 * ({@link #historyOn}), converting the episodes once: assessing the child on two dates (the
 * reference date, and a birthday for the expected OC3 cohort) gives the first history other facts. The
 * history follows LAW.md §2.3 and SSDA903.md §7.7: V3 episodes are claimed short breaks (the
 * engine verifies CPPCR reg 48 for them); V4 episodes record an agreement, not days away, and are
 * left out; the legal status is kept. The facts the 903 supports on a date are a care order in
 * force (C1/C2) and since when, and the first and latest looked-after reviews of the current
 * period of care. Not thread-safe.
 */
public final class ChildRows {

  private int child = -1;
  private String id = "";
  private int dob = Cells.NOT_A_DATE;
  private @Nullable LocalDate dobDate;
  private int headerRow = -1;
  private int oc3Row = -1;
  private int episodes;
  private int[] start = new int[8];
  private int[] end = new int[8];
  private String[] ls = new String[8];
  private String[] rec = new String[8];
  private int reviews;
  private int[] reviewDay = new int[8];
  private int[] reviewRow = new int[8];
  // The episodes of the history (V4 agreements left out), reused child after child.
  private int[] hStart = new int[0];
  private int[] hEnd = new int[0];
  private boolean[] hShortBreak = new boolean[0];
  private @Nullable LegalStatus[] hStatus = new LegalStatus[0];
  // The history, made when first asked for.
  private boolean historyMade;
  private @Nullable CareHistory history;
  private @Nullable InvalidCareHistoryException invalid;
  /** The legal statuses by their codes as the store holds them (upper case). */
  private static final Map<String, LegalStatus> STATUSES = statuses();

  private static Map<String, LegalStatus> statuses() {
    Map<String, LegalStatus> m = new HashMap<>();
    for (LegalStatus s : LegalStatus.values()) {
      m.put(s.name(), s);
    }
    return m;
  }

  /**
   * Reads a child's rows from the store (after the finishing checks).
   *
   * @param store the store
   * @param c the child's index
   * @return this
   */
  public ChildRows load(Store store, int c) {
    child = c;
    id = store.id(c);
    headerRow = store.headers.row(c);
    oc3Row = store.oc3.row(c);
    dob = store.dateOfBirth(c);
    dobDate = dob == Cells.NOT_A_DATE ? null : EpochDays.date(dob);
    int n = store.episodeCount(c);
    if (n > start.length) {
      int size = Math.max(n, start.length * 2);
      start = new int[size];
      end = new int[size];
      ls = new String[size];
      rec = new String[size];
    }
    for (int i = 0; i < n; i++) {
      int e = store.episode(c, i);
      start[i] = store.start(e);
      end[i] = store.end(e);
      ls[i] = store.code(e, Store.LS);
      rec[i] = store.code(e, Store.REC);
    }
    episodes = n;
    int nr = store.reviewCount(c);
    if (nr > reviewDay.length) {
      reviewDay = new int[Math.max(nr, reviewDay.length * 2)];
      reviewRow = new int[reviewDay.length];
    }
    boolean inOrder = true;
    for (int i = 0; i < nr; i++) {
      int r = store.review(c, i);
      reviewRow[i] = r;
      reviewDay[i] = store.reviews.date(r);
      inOrder &= i == 0 || reviewDay[i - 1] <= reviewDay[i];
    }
    reviews = nr;
    if (!inOrder) {
      sortReviews();
    }
    historyMade = false;
    history = null;
    invalid = null;
    return this;
  }

  /** Reviews in order of date, those of one date as read (a stable insertion sort: a child has few). */
  private void sortReviews() {
    for (int i = 1; i < reviews; i++) {
      int day = reviewDay[i];
      int row = reviewRow[i];
      int j = i - 1;
      while (j >= 0 && reviewDay[j] > day) {
        reviewDay[j + 1] = reviewDay[j];
        reviewRow[j + 1] = reviewRow[j];
        j--;
      }
      reviewDay[j + 1] = day;
      reviewRow[j + 1] = row;
    }
  }

  /** @return the child's index in the store */
  public int child() {
    return child;
  }

  /** @return CHILD */
  public String id() {
    return id;
  }

  /** @return whether a date of birth is known (Header, else OC3, else Reviews) */
  public boolean hasDateOfBirth() {
    return dob != Cells.NOT_A_DATE;
  }

  /** @return the date of birth as an epoch day, or {@link Cells#NOT_A_DATE} */
  public int dateOfBirthDay() {
    return dob;
  }

  /**
   * The date of birth.
   *
   * @return the date
   * @throws IllegalStateException if none is known
   */
  public LocalDate dateOfBirth() {
    LocalDate d = dobDate;
    if (d == null) {
      throw new IllegalStateException("child " + id + " has no date of birth; this is a bug");
    }
    return d;
  }

  /** @return the Header row, or -1 */
  public int headerRow() {
    return headerRow;
  }

  /** @return the OC3 row, or -1 */
  public int oc3Row() {
    return oc3Row;
  }

  /** @return how many episodes (V4 agreements included), in order of start */
  public int episodes() {
    return episodes;
  }

  /**
   * @param i an episode
   * @return DECOM, epoch day
   */
  public int start(int i) {
    return start[i];
  }

  /**
   * @param i an episode
   * @return DEC, epoch day, or {@link Store#OPEN}
   */
  public int end(int i) {
    return end[i];
  }

  /**
   * @param i an episode
   * @return LS
   */
  public String legalStatus(int i) {
    return ls[i];
  }

  /**
   * @param i an episode
   * @return REC, empty if blank
   */
  public String reasonCeased(int i) {
    return rec[i];
  }

  /**
   * @param i an episode
   * @return whether it is a claimed short break (LS V3)
   */
  public boolean isShortBreak(int i) {
    return "V3".equals(ls[i]);
  }

  /**
   * @param i an episode
   * @return whether it records a short-break agreement (LS V4)
   */
  public boolean isShortBreakAgreement(int i) {
    return "V4".equals(ls[i]);
  }

  /** @return how many reviews */
  public int reviews() {
    return reviews;
  }

  /**
   * @param i a review, in order of date
   * @return REVIEW, epoch day
   */
  public int reviewDay(int i) {
    return reviewDay[i];
  }

  /**
   * @param i a review, in order of date
   * @return its row in the store's Reviews table
   */
  public int reviewRow(int i) {
    return reviewRow[i];
  }

  /**
   * Makes the history, with the facts of the first date asked for.
   *
   * @throws InvalidCareHistoryException if the law model rejects the episodes (the same exception
   *     each time it is asked for)
   */
  private CareHistory history(Circumstances facts) {
    if (!historyMade) {
      historyMade = true;
      Person person = Person.of(id, dateOfBirth());
      if (hStart.length < episodes) {
        hStart = new int[start.length];
        hEnd = new int[start.length];
        hShortBreak = new boolean[start.length];
        hStatus = new LegalStatus[start.length];
      }
      int n = 0;
      for (int i = 0; i < episodes; i++) {
        if (!isShortBreakAgreement(i)) {
          hStart[n] = start[i];
          hEnd[n] = end[i]; // Store.OPEN is the model's open end, Integer.MAX_VALUE
          hShortBreak[n] = isShortBreak(i);
          hStatus[n] = legalStatus(ls[i]);
          n++;
        }
      }
      history = ModelInternals.fromDays(person, dob, n, hStart, hEnd, hShortBreak, hStatus, facts);
      if (history == null) {
        invalid = invalidHistory(person);
      }
    }
    if (invalid != null) {
      throw invalid;
    }
    return java.util.Objects.requireNonNull(history);
  }

  /**
   * The problems of a history {@link ModelInternals#fromDays} found faulty, as the law model reports
   * them: built through the episode builders (a rare path, kept out of the hot one).
   */
  private InvalidCareHistoryException invalidHistory(Person person) {
    CareHistory.Builder h = CareHistory.builder(person);
    for (int i = 0; i < episodes; i++) {
      if (!isShortBreakAgreement(i)) {
        CareEpisode.Builder b = CareEpisode.builder(EpochDays.date(start[i])).shortBreak(isShortBreak(i));
        LegalStatus status = legalStatus(ls[i]);
        if (status != null) {
          b.legalStatus(status);
        } else {
          b.legalStatusCode(ls[i]); // not a legal status: the law model reports it
        }
        if (end[i] != Store.OPEN) {
          b.endExclusive(EpochDays.date(end[i]));
        }
        h.episode(b);
      }
    }
    try {
      h.build();
    } catch (InvalidCareHistoryException e) {
      return e;
    }
    throw new IllegalStateException("child " + id + ": the history made from days was found faulty, but its"
        + " episodes are not; this is a bug");
  }

  /**
   * The legal status a code names: what {@link CareEpisode.Builder#legalStatusCode} would find,
   * without its parse per episode.
   *
   * @return the status, or null if the code is not one
   */
  private static @Nullable LegalStatus legalStatus(String code) {
    LegalStatus s = STATUSES.get(code);
    return s != null ? s : parsedLegalStatus(code);
  }

  /**
   * A code not found as it is, read as {@link LegalStatus#parse} reads it (trimmed, upper case), or
   * null if it is not a legal status: without parse's exception, which a return with many rows of
   * a non-DfE code would otherwise throw and catch once per row.
   */
  private static @Nullable LegalStatus parsedLegalStatus(String code) {
    return STATUSES.get(code.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The history with the facts of a date: the same as building it with those facts.
   *
   * @param day the assessment date, epoch day
   * @return the history
   * @throws InvalidCareHistoryException if the law model rejects the episodes (the same exception
   *     each time it is asked for)
   * @throws IllegalStateException if the child has no date of birth
   */
  public CareHistory historyOn(int day) {
    Circumstances facts = facts(day);
    CareHistory h = history(facts);
    return h.circumstances() == facts ? h : h.withCircumstances(facts);
  }

  /** The facts the 903 supports on a date (see the class comment). */
  private Circumstances facts(int day) {
    int current = -1;
    for (int i = 0; i < episodes; i++) {
      if (!isShortBreakAgreement(i) && start[i] <= day && runsPast(i, day)) {
        current = i;
      }
    }
    if (current < 0) {
      return Circumstances.none();
    }
    // A care order in force on the date, since the start of the unbroken run of C1/C2 episodes.
    boolean careOrder = isCareOrder(current);
    int careOrderSince = Cells.NOT_A_DATE;
    if (careOrder) {
      int first = current;
      while (first > 0 && isCareOrder(first - 1) && abuts(first - 1, first)) {
        first--;
      }
      careOrderSince = start[first];
    }
    // The current period of being looked after: episodes that abut, back to the first.
    int first = current;
    while (first > 0 && abuts(first - 1, first)) {
      first--;
    }
    int periodStart = start[first];
    int firstReview = -1;
    int lastReview = -1;
    for (int i = 0; i < reviews; i++) {
      if (reviewDay[i] >= periodStart && reviewDay[i] <= day) {
        if (firstReview < 0) {
          firstReview = i;
        } else {
          lastReview = i;
        }
      }
    }
    int firstDay = firstReview < 0 ? Cells.NOT_A_DATE : reviewDay[firstReview];
    int lastDay = lastReview < 0 ? Cells.NOT_A_DATE : reviewDay[lastReview];
    return ModelInternals.reviewFacts(careOrder, date(careOrderSince), careOrderSince, firstReview < 0 ? 0 : 1,
        date(firstDay), firstDay, date(lastDay), lastDay);
  }

  /** The shared date of an epoch day, or null for {@link Cells#NOT_A_DATE}. */
  private static @Nullable LocalDate date(int day) {
    return day == Cells.NOT_A_DATE ? null : EpochDays.date(day);
  }

  /** Whether episode {@code a} runs up to (or past) the start of {@code b}: no gap of a day or more. */
  private boolean abuts(int a, int b) {
    return end[a] == Store.OPEN || end[a] >= start[b];
  }

  /** Whether the episode is open, or ends after {@code day}. */
  private boolean runsPast(int i, int day) {
    return end[i] == Store.OPEN || day < end[i];
  }

  private boolean isCareOrder(int i) {
    return ls[i].equals("C1") || ls[i].equals("C2");
  }
}
