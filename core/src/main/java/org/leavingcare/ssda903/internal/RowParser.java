package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.leavingcare.ssda903.CodeLists;
import org.leavingcare.ssda903.CollectionYear;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;
import org.leavingcare.ssda903.Ssda903Table;

/**
 * Checks and keeps the rows of the tables the cohort report uses; shared by the CSV and XML readers
 * (cells arrive in the table's DfE column order). One instance per reading task: not thread-safe.
 */
public final class RowParser {

  private static final java.time.format.DateTimeFormatter DMY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu", java.util.Locale.ROOT);

  private final Store store;
  private final Store.EpisodeAppender episodes;
  private final char[] episodeCodes = new char[7];
  /** Code ids by code, in front of the store's dictionary (which takes a lock). */
  private final Map<String, Character> codeIds = new HashMap<>();
  private final CodeLists codes;
  private final CollectionYear year;
  private final int yearEnd;
  private final int yearStart;
  /** This year's codes by field, each mapped to one shared instance (rows keep the shared one). */
  private final Map<String, Map<String, String>> thisYear = new HashMap<>();
  private final Issues issues;
  private final int[] flags = new int[1];

  private final CodeTable sex;
  private final CodeTable ethnic;
  private final CodeTable mother;
  /** Episodes' code columns read from bytes: RNE, LS, CIN, PLACE, PLACE_PROVIDER, REASON_PLACE_CHANGE. */
  private final CodeTable[] episodeTables;
  private final CodeTable reasonCeased;
  private final CodeTable reviewCode;
  private final CodeTable inTouch;
  private final CodeTable activ;
  private final CodeTable accom;
  /** The last child read from bytes and its index (see {@link ChildIndex#of(byte[], int, int, long[])}). */
  private final long[] lastChildBytes = new long[4];

  private String file = "";
  private int fileIndex;
  private long line;
  private String child = "";
  private String lastChild = "";
  private int lastIndex = -1;
  private boolean rejected;

  /**
   * A parser writing to a store; one per reading task.
   *
   * @param store where accepted rows go
   * @param codes the code lists
   * @param year the collection year of the return
   * @param issues where issues go
   */
  public RowParser(Store store, CodeLists codes, CollectionYear year, Issues issues) {
    this.store = store;
    this.episodes = store.episodeAppender();
    this.codes = codes;
    this.year = year;
    this.yearEnd = (int) year.end().toEpochDay();
    this.yearStart = (int) year.start().toEpochDay();
    this.issues = issues;
    this.sex = table("SEX");
    this.ethnic = table("ETHNIC");
    this.mother = table("MOTHER");
    this.episodeTables = new CodeTable[] {table("RNE"), table("LS"), table("CIN"), table("PLACE"),
        table("PLACE_PROVIDER"), table("REASON_PLACE_CHANGE")};
    this.reasonCeased = table("REC");
    this.reviewCode = table("REVIEW_CODE");
    this.inTouch = table("IN_TOUCH");
    this.activ = table("ACTIV");
    this.accom = table("ACCOM");
  }

  private CodeTable table(String field) {
    return new CodeTable(codes.codes(field, year), store::codeId);
  }

  /** The cells of {@link #episodeTables} in Episodes' column order, where each code goes, and whether blank is allowed. */
  private static final int[] EPISODE_CODE_CELLS = {2, 3, 4, 5, 6, 9};
  private static final int[] EPISODE_CODE_SLOTS = {Store.RNE, Store.LS, Store.CIN, Store.PLACE, Store.PROVIDER, Store.RPC};
  private static final boolean[] EPISODE_CODE_OPTIONAL = {false, false, false, false, true, true};
  /** The id of the blank code in every store's dictionary. */
  private static final char BLANK = 0;

  /** A code's id in the store's dictionary. */
  private char codeId(String code) {
    Character id = codeIds.get(code);
    if (id == null) {
      id = store.codeId(code);
      codeIds.put(code, id);
    }
    return id;
  }

  /*
   * The fast* methods keep a CSV row straight from its bytes when every cell is as the DfE writes it
   * and the row raises no issue (unquoted cells, CHILD of 1 to 15 printable ASCII characters, dates
   * dd/mm/yyyy, codes valid this year as written, no check failing): exactly what parse would keep
   * for that row, without a string per cell. Any other row is left alone (false), and the caller
   * hands its cells to parse, which then reports and keeps it as always. Each takes the reader
   * positioned on the row, the row's cell position for each of the table's columns, the file's
   * position in reading order and the row's line; there is one per table, so that each reading loop
   * calls one of them only (see Ssda903Reader).
   */

  /** A required code from bytes, or null if the cell must be read as text. */
  private static @Nullable String need(CodeTable t, CsvReader csv, int cell) {
    int from = csv.start(cell);
    return from < 0 ? null : t.find(csv.buffer(), from, csv.end(cell));
  }

  /** An optional code from bytes: empty if blank; null if the cell must be read as text. */
  private static @Nullable String optional(CodeTable t, CsvReader csv, int cell) {
    int from = csv.start(cell);
    if (from < 0) {
      return null;
    }
    int to = csv.end(cell);
    return from == to ? "" : t.find(csv.buffer(), from, to);
  }

  /** A date {@code dd/mm/yyyy} from bytes, or {@link Cells#NOT_A_DATE} if the cell must be read as text. */
  private static int day(CsvReader csv, int cell) {
    int from = csv.start(cell);
    return from < 0 ? Cells.NOT_A_DATE : Cells.dmy(csv.buffer(), from, csv.end(cell));
  }

  /** Whether a cell is blank as written: unquoted and empty. */
  private static boolean empty(CsvReader csv, int cell) {
    int from = csv.start(cell);
    return from >= 0 && from == csv.end(cell);
  }

  /** The child's index from the CHILD cell's bytes, or -1 if the cell must be read as text. */
  private int fastChild(CsvReader csv, int cell) {
    int from = csv.start(cell);
    if (from < 0) {
      return -1;
    }
    int to = csv.end(cell);
    int n = to - from;
    if (n < 1 || n > 15) {
      return -1;
    }
    byte[] b = csv.buffer();
    for (int i = from; i < to; i++) {
      if (b[i] <= 0x20 || b[i] >= 0x7F) {
        return -1;
      }
    }
    return store.index.of(b, from, to, lastChildBytes);
  }

  /** Whether the CHILD cell can be read from bytes (checked before any other cell, at no cost). */
  private static boolean childReadable(CsvReader csv, int cell) {
    int from = csv.start(cell);
    int n = csv.end(cell) - from;
    return from >= 0 && n >= 1 && n <= 15;
  }

  /**
   * Keeps an Episodes row from its bytes (see above).
   *
   * @param csv the reader, positioned on the row
   * @param idx the row's cell position for each of the table's columns
   * @param fileIndex the file's position in reading order
   * @param lineNo the row's line
   * @return true if the row was kept; false if it must go through {@link #parse}
   */
  public boolean fastEpisode(CsvReader csv, int[] idx, int fileIndex, long lineNo) {
    if (!childReadable(csv, idx[0])) {
      return false;
    }
    int start = day(csv, idx[1]);
    if (start == Cells.NOT_A_DATE || start > yearEnd) {
      return false;
    }
    char[] k = episodeCodes;
    byte[] b = csv.buffer();
    for (int j = 0; j < EPISODE_CODE_CELLS.length; j++) {
      int cell = idx[EPISODE_CODE_CELLS[j]];
      int from = csv.start(cell);
      if (from < 0) {
        return false;
      }
      int to = csv.end(cell);
      int id = from == to ? (EPISODE_CODE_OPTIONAL[j] ? BLANK : -1) : episodeTables[j].id(b, from, to);
      if (id < 0) {
        return false;
      }
      k[EPISODE_CODE_SLOTS[j]] = (char) id;
    }
    int end;
    if (empty(csv, idx[7])) {
      end = Store.OPEN;
      if (!empty(csv, idx[8])) {
        return false; // REC without DEC: a note
      }
      k[Store.REC] = BLANK;
    } else {
      end = day(csv, idx[7]);
      int from = csv.start(idx[8]);
      int rec = from < 0 ? -1 : reasonCeased.id(b, from, csv.end(idx[8]));
      if (end == Cells.NOT_A_DATE || end > yearEnd || end < start || rec < 0) {
        return false;
      }
      k[Store.REC] = (char) rec;
    }
    int ci = fastChild(csv, idx[0]);
    if (ci < 0) {
      return false;
    }
    episodes.add(ci, start, end, k, fileIndex, lineNo);
    return true;
  }

  /**
   * Keeps a Header row from its bytes, as {@link #fastEpisode} does an Episodes row.
   *
   * @param csv the reader, positioned on the row
   * @param idx the row's cell position for each of the table's columns
   * @param fileIndex the file's position in reading order
   * @param lineNo the row's line
   * @return true if the row was kept; false if it must go through {@link #parse}
   */
  public boolean fastHeader(CsvReader csv, int[] idx, int fileIndex, long lineNo) {
    if (!childReadable(csv, idx[0])) {
      return false;
    }
    String sexCode = optional(sex, csv, idx[1]);
    int dob = day(csv, idx[2]);
    if (sexCode == null || dob == Cells.NOT_A_DATE || dob > yearEnd || optional(ethnic, csv, idx[3]) == null
        || optional(mother, csv, idx[5]) == null || !empty(csv, idx[6]) && day(csv, idx[6]) == Cells.NOT_A_DATE) {
      return false;
    }
    int ci = fastChild(csv, idx[0]);
    if (ci < 0 || store.headers.row(ci) >= 0) {
      return false; // a second Header row: judged, and reported, by parse
    }
    store.headers.add(ci, dob, sexCode, fileIndex, lineNo);
    return true;
  }

  /**
   * Keeps a Reviews row from its bytes, as {@link #fastEpisode} does an Episodes row.
   *
   * @param csv the reader, positioned on the row
   * @param idx the row's cell position for each of the table's columns
   * @param fileIndex the file's position in reading order
   * @param lineNo the row's line
   * @return true if the row was kept; false if it must go through {@link #parse}
   */
  public boolean fastReview(CsvReader csv, int[] idx, int fileIndex, long lineNo) {
    if (!childReadable(csv, idx[0])) {
      return false;
    }
    int dob = empty(csv, idx[1]) ? Cells.NOT_A_DATE : day(csv, idx[1]);
    if (dob == Cells.NOT_A_DATE && !empty(csv, idx[1])) {
      return false;
    }
    int date = day(csv, idx[2]);
    String code = need(reviewCode, csv, idx[3]);
    if (date == Cells.NOT_A_DATE || date > yearEnd || code == null) {
      return false;
    }
    int ci = fastChild(csv, idx[0]);
    if (ci < 0) {
      return false;
    }
    if (dob != Cells.NOT_A_DATE) {
      store.reviews.dobSeen(ci, dob, fileIndex, lineNo);
    }
    store.reviews.add(ci, date, code);
    return true;
  }

  /**
   * Keeps an OC3 row from its bytes, as {@link #fastEpisode} does an Episodes row: DOB given, the three
   * codes all given or all blank, none of the checks of {@code oc3} failing, the first row of its child.
   *
   * @param csv the reader, positioned on the row
   * @param idx the row's cell position for each of the table's columns
   * @param fileIndex the file's position in reading order
   * @param lineNo the row's line
   * @return true if the row was kept; false if it must go through {@link #parse}
   */
  public boolean fastOc3(CsvReader csv, int[] idx, int fileIndex, long lineNo) {
    if (!childReadable(csv, idx[0])) {
      return false;
    }
    int dob = day(csv, idx[1]);
    String inTouch = optional(this.inTouch, csv, idx[2]);
    String activ = optional(this.activ, csv, idx[3]);
    String accom = optional(this.accom, csv, idx[4]);
    if (dob == Cells.NOT_A_DATE || inTouch == null || activ == null || accom == null) {
      return false;
    }
    int blanks = (inTouch.isEmpty() ? 1 : 0) + (activ.isEmpty() ? 1 : 0) + (accom.isEmpty() ? 1 : 0);
    if (blanks == 1 || blanks == 2 || oc3Inconsistent(inTouch, activ, accom)) {
      return false; // a warning: parse reports it
    }
    int ci = fastChild(csv, idx[0]);
    if (ci < 0 || store.oc3.row(ci) >= 0) {
      return false; // a second OC3 row: judged, and reported, by parse
    }
    store.oc3.add(ci, dob, inTouch, activ, accom, fileIndex, lineNo);
    return true;
  }

  /**
   * Keeps a UASC row from its bytes (the table is read for its CHILD only), as {@link #fastEpisode}
   * does an Episodes row.
   *
   * @param csv the reader, positioned on the row
   * @param idx the row's cell position for each of the table's columns
   * @return true if the row was kept; false if it must go through {@link #parse}
   */
  public boolean fastUasc(CsvReader csv, int[] idx) {
    int ci = fastChild(csv, idx[0]);
    if (ci < 0) {
      return false;
    }
    store.uasc.add(ci);
    return true;
  }

  /**
   * Checks one row and keeps it if accepted.
   *
   * @param table the table, one the report uses
   * @param c the cells in {@link Ssda903Table#columns()} order
   * @param fileIndex the file's position in reading order
   * @param fileName the file
   * @param lineNo the row's line
   * @return true if the row was accepted
   */
  public boolean parse(Ssda903Table table, String[] c, int fileIndex, String fileName, long lineNo) {
    this.file = fileName;
    this.fileIndex = fileIndex;
    this.line = lineNo;
    this.rejected = false;
    this.child = c[0].strip();
    if (child.isEmpty()) {
      rowIssue("CHILD", "", IssueKind.MISSING_VALUE, "CHILD is blank, so the row cannot be joined to a child.");
      return false;
    }
    switch (table) {
      case HEADER:
        header(c);
        break;
      case EPISODES:
        episode(c);
        break;
      case REVIEWS:
        review(c);
        break;
      case OC3:
        oc3(c);
        break;
      case UASC:
        store.uasc.add(childIndex());
        break;
      default:
        throw new IllegalStateException(table + " is not read by the cohort report: this is a bug");
    }
    return !rejected;
  }

  private void header(String[] c) {
    String sex = code("SEX", c[1], year, false, false);
    int dob = date("DOB", c[2], true);
    code("ETHNIC", c[3], year, false, false);
    code("MOTHER", c[5], year, false, false);
    if (!c[6].isBlank()) {
      date("MC_DOB", c[6], false);
    }
    if (dob != Cells.NOT_A_DATE && dob > yearEnd) {
      rowIssue("DOB", c[2], IssueKind.DATE_AFTER_YEAR_END,
          "the date of birth is after the end of the collection year " + year + ".");
    }
    if (rejected) {
      return;
    }
    int ci = childIndex();
    int earlier = store.headers.row(ci);
    if (earlier >= 0) {
      String earlierFile = store.file(store.headers.file(earlier));
      long earlierLine = store.headers.line(earlier);
      if (store.headers.dob(earlier) != dob) {
        rowIssue("DOB", c[2], IssueKind.DATE_OF_BIRTH_CONFLICT, "the child already has a Header row ("
            + earlierFile + " row " + earlierLine + ") with a different date of birth; that row is used.");
      } else if (!earlierFile.equals(file)) {
        issue(Severity.NOTE, "CHILD", child, IssueKind.DUPLICATE_CHILD, "the child's Header row also appears in "
            + earlierFile + " row " + earlierLine + " with the same date of birth; the rows were merged.");
      } else {
        rowIssue("CHILD", child, IssueKind.DUPLICATE_CHILD,
            "the child already has a Header row (row " + earlierLine + ").");
      }
      return;
    }
    store.headers.add(ci, dob, sex == null ? "" : sex, fileIndex, line);
  }

  private void episode(String[] c) {
    int start = date("DECOM", c[1], true);
    int from = start == Cells.NOT_A_DATE || start > yearEnd ? Cells.NOT_A_DATE : start;
    String rne = code("RNE", c[2], from, true, true);
    String ls = code("LS", c[3], from, true, true);
    String cin = code("CIN", c[4], from, true, false);
    String place = code("PLACE", c[5], from, true, false);
    String provider = code("PLACE_PROVIDER", c[6], from, false, false);
    int end = c[7].isBlank() ? Store.OPEN : date("DEC", c[7], true);
    String rec = code("REC", c[8], from, false, false);
    String rpc = code("REASON_PLACE_CHANGE", c[9], from, false, false);
    if (start != Cells.NOT_A_DATE && start > yearEnd) {
      rowIssue("DECOM", c[1], IssueKind.DATE_AFTER_YEAR_END,
          "the episode starts after the end of the collection year " + year + " (DfE rule 354).");
    }
    if (end != Cells.NOT_A_DATE && end != Store.OPEN && end > yearEnd) {
      rowIssue("DEC", c[7], IssueKind.DATE_AFTER_YEAR_END,
          "the episode ends after the end of the collection year " + year + " (DfE rule 385).");
    }
    if (start != Cells.NOT_A_DATE && end != Cells.NOT_A_DATE && end != Store.OPEN && end < start) {
      rowIssue("DEC", c[7], IssueKind.END_BEFORE_START, "the episode ends before it starts (DECOM "
          + c[1].strip() + "); episodes run from DECOM to DEC (DfE rule 356).");
    }
    if (rejected) {
      return;
    }
    if (end != Store.OPEN && (rec == null || c[8].isBlank())) {
      issue(Severity.NOTE, "REC", c[8].strip(), IssueKind.DEC_AND_REC_DISAGREE,
          "DEC is given but REC is blank or rejected; the episode is treated as ceased for an unrecorded reason.");
      rec = "";
    } else if (end == Store.OPEN && rec != null && !rec.isEmpty()) {
      issue(Severity.CELL_REJECTED, "REC", rec, IssueKind.DEC_AND_REC_DISAGREE,
          "REC is given but DEC is blank; the episode is treated as open and REC is ignored.");
      rec = "";
    }
    char[] k = episodeCodes;
    k[Store.RNE] = codeId(rne);
    k[Store.LS] = codeId(ls);
    k[Store.CIN] = codeId(nz(cin));
    k[Store.PLACE] = codeId(nz(place));
    k[Store.PROVIDER] = codeId(nz(provider));
    k[Store.REC] = codeId(nz(rec));
    k[Store.RPC] = codeId(nz(rpc));
    episodes.add(childIndex(), start, end, k, fileIndex, line);
  }

  private void review(String[] c) {
    int dob = c[1].isBlank() ? Cells.NOT_A_DATE : date("DOB", c[1], false);
    int date = date("REVIEW", c[2], true);
    String code = code("REVIEW_CODE", c[3], year, true, false);
    if (date != Cells.NOT_A_DATE && date > yearEnd) {
      rowIssue("REVIEW", c[2], IssueKind.DATE_AFTER_YEAR_END,
          "the review is after the end of the collection year " + year + ".");
    }
    if (rejected) {
      return;
    }
    int ci = childIndex();
    if (dob != Cells.NOT_A_DATE) {
      store.reviews.dobSeen(ci, dob, fileIndex, line);
    }
    store.reviews.add(ci, date, nz(code));
  }

  private void oc3(String[] c) {
    int dob = c[1].isBlank() ? Cells.NOT_A_DATE : date("DOB", c[1], false);
    if (c[1].isBlank()) {
      issue(Severity.CELL_REJECTED, "DOB", "", IssueKind.MISSING_VALUE, "DOB is blank.");
    }
    String inTouch = nz(code("IN_TOUCH", c[2], year, false, false));
    String activ = nz(code("ACTIV", c[3], year, false, false));
    String accom = nz(code("ACCOM", c[4], year, false, false));
    int ci = childIndex();
    int earlier = store.oc3.row(ci);
    if (earlier >= 0) {
      rowIssue("CHILD", child, IssueKind.DUPLICATE_CHILD, "the child already has an OC3 row ("
          + store.file(store.oc3.file(earlier)) + " row " + store.oc3.line(earlier)
          + "); one row per young person per year (DfE rule INT34).");
      return;
    }
    int blanks = (c[2].isBlank() ? 1 : 0) + (c[3].isBlank() ? 1 : 0) + (c[4].isBlank() ? 1 : 0);
    if (blanks == 1 || blanks == 2) {
      issue(Severity.WARNING, "", "", IssueKind.OC3_PARTLY_BLANK,
          "IN_TOUCH, ACTIV and ACCOM are partly blank (DfE rule 153).");
    }
    if (oc3Inconsistent(inTouch, activ, accom)) {
      issue(Severity.WARNING, "IN_TOUCH", inTouch, IssueKind.OC3_INCONSISTENT, "YES".equals(inTouch)
          ? "IN_TOUCH is YES but ACTIV or ACCOM is 0 (DfE rule 345)."
          : "IN_TOUCH is " + inTouch + " but ACTIV or ACCOM is not 0 (DfE rule 344).");
    }
    store.oc3.add(ci, dob, inTouch, activ, accom, fileIndex, line);
  }

  /** Whether OC3's codes disagree: DIED or RHOM with an activity or accommodation (DfE rule 344), YES with 0 (rule 345). */
  private static boolean oc3Inconsistent(String inTouch, String activ, String accom) {
    if ("DIED".equals(inTouch) || "RHOM".equals(inTouch)) {
      return !activ.isEmpty() && !"0".equals(activ) || !accom.isEmpty() && !"0".equals(accom);
    }
    return "YES".equals(inTouch) && ("0".equals(activ) || "0".equals(accom));
  }

  /** The current row's child index (rows of one child usually come together, so the last is kept). */
  private int childIndex() {
    if (!child.equals(lastChild)) {
      lastIndex = store.index.of(child);
      lastChild = child;
    }
    return lastIndex;
  }

  private Map<String, String> thisYearCodes(String field) {
    Map<String, String> m = thisYear.get(field);
    if (m == null) {
      Set<String> valid = codes.codes(field, year);
      m = new HashMap<>(valid.size() * 2);
      for (String v : valid) {
        m.put(v, v);
      }
      thisYear.put(field, m);
    }
    return m;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * Reads a code cell.
   *
   * @return the normalised code; empty if blank and allowed; null if rejected
   */
  private @Nullable String code(String field, String raw, CollectionYear from, boolean required, boolean rowLevel) {
    return code(field, raw, (int) from.start().toEpochDay(), required, rowLevel);
  }

  /**
   * Reads a code cell; {@code fromDay} is the day the episode started (codes valid in any year from
   * then are accepted), or {@link Cells#NOT_A_DATE} for this year only.
   */
  private @Nullable String code(String field, String raw, int fromDay, boolean required, boolean rowLevel) {
    flags[0] = 0;
    String v = Cells.code(raw, flags);
    if (flags[0] == 0 && !v.isEmpty()) {
      String shared = thisYearCodes(field).get(v);
      if (shared != null) {
        return shared; // the common case: a valid code of this year, written as the DfE writes it
      }
    }
    CollectionYear from = fromDay == Cells.NOT_A_DATE || fromDay >= yearStart
        ? year : CollectionYear.containing(LocalDate.ofEpochDay(fromDay));
    if (v.isEmpty()) {
      if (required) {
        problem(rowLevel, field, "", IssueKind.MISSING_VALUE, field + " is blank.");
        return null;
      }
      return v;
    }
    if ((flags[0] & Cells.EXCEL_NUMBER) != 0) {
      issue(Severity.NOTE, field, raw.strip(), IssueKind.EXCEL_NUMBER_NORMALISED,
          "read as " + v + " (a spreadsheet had written it as a decimal number).");
    }
    if ((flags[0] & Cells.LOWER_CASE) != 0) {
      issue(Severity.NOTE, field, raw.strip(), IssueKind.LOWER_CASE_NORMALISED, "read as " + v + ".");
    }
    switch (codes.check(field, v, from, year)) {
      case VALID:
        return v.intern(); // one instance per code, however many rows hold it
      case VALID_IN_EARLIER_YEAR:
        issue(Severity.WARNING, field, v, IssueKind.CODE_NOT_VALID_THIS_YEAR,
            v + " is not a valid code for " + field + " in " + year + " but was valid in an earlier year.");
        return v.intern();
      case NON_DFE:
        issue(Severity.NOTE, field, v, IssueKind.NON_DFE_CODE,
            v + " is not a DfE code but one that regional pipelines add; it is read as 'not recorded'.");
        return "";
      default:
        problem(rowLevel, field, v, IssueKind.UNKNOWN_CODE, v + " is not a valid code for " + field + " in "
            + (from.equals(year) ? year.toString() : "any year from " + from + " to " + year) + ".");
        return null;
    }
  }

  private int date(String field, String raw, boolean rowLevel) {
    if (raw.isBlank()) {
      problem(rowLevel, field, "", IssueKind.MISSING_VALUE, field + " is blank.");
      return Cells.NOT_A_DATE;
    }
    flags[0] = 0;
    int d = Cells.date(raw, flags);
    if (d == Cells.NOT_A_DATE) {
      problem(rowLevel, field, raw.strip(), IssueKind.INVALID_DATE, field + " is not a real date in the form dd/mm/yyyy.");
    } else if ((flags[0] & Cells.DATE_FORM) != 0) {
      issue(Severity.NOTE, field, raw.strip(), IssueKind.DATE_FORMAT_NORMALISED, Issues.IDENTIFYING.contains(field)
          ? "read as a date although not written dd/mm/yyyy."
          : "read as " + LocalDate.ofEpochDay(d).format(DMY) + ".");
    }
    return d;
  }

  private void problem(boolean rowLevel, String column, String value, IssueKind kind, String message) {
    if (rowLevel) {
      rowIssue(column, value, kind, message + " The row is rejected.");
    } else {
      issue(Severity.CELL_REJECTED, column, value, kind, message + " The cell is ignored.");
    }
  }

  private void rowIssue(String column, String value, IssueKind kind, String message) {
    rejected = true;
    issue(Severity.ROW_REJECTED, column, value, kind, message);
  }

  private void issue(Severity severity, String column, String value, IssueKind kind, String message) {
    issues.add(file, line, column, value, child, severity, kind, message);
  }
}
