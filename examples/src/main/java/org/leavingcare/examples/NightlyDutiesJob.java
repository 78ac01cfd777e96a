package org.leavingcare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.duties.Deadline;
import org.leavingcare.model.CareHistory;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Jurisdiction;

/**
 * A nightly job in a council's case-management system: assess every young person on the caseload
 * as at today and list what falls due in the next 28 days (and what is already overdue), with the
 * provision behind each date. The caseload is read as LAW.md §15 case records (JSON Lines); the
 * bundled one is six fictional young people, and only their histories are used: the job assesses
 * each on today's date. Run it with
 * {@code java org.leavingcare.examples.NightlyDutiesJob}.
 *
 * <p>Only dates that something must be done by (deadline keys ending in {@code By}) are listed;
 * status changes such as the 18th birthday are not duties.
 */
public final class NightlyDutiesJob {

  private NightlyDutiesJob() {}

  /** One thing due: who, what, by when, and why. */
  record Due(String personId, String category, Deadline deadline) {
    LocalDate date() {
      return deadline.date().orElseThrow();
    }
  }

  /**
   * Runs the job on the bundled caseload, as at 26 January 2026 (a real job passes the system clock).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, Clock.fixed(LocalDate.of(2026, 1, 26).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
        ZoneId.of("Europe/London")));
  }

  static void run(PrintStream out, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    List<CareHistory> caseload = readCaseload(out);
    List<Due> due = dueWithin(EnglandRules.standard(), caseload, today, 28);
    long overdue = due.stream().filter(d -> d.date().isBefore(today)).count();
    out.printf(Locale.ROOT, "Due by %s for %d young people: %d items, %d overdue%n", today.plusDays(28), caseload.size(),
        due.size(), overdue);
    for (Due d : due) {
      out.printf(Locale.ROOT, "%-8s %s  %-7s %-15s %-24s %s%n", d.date().isBefore(today) ? "OVERDUE" : "", d.date(),
          d.personId(), d.category(), d.deadline().key().jsonName(), d.deadline().provision().cite());
    }
  }

  /**
   * Everything due by {@code today + days} (overdue items included), in date order.
   *
   * @param law the jurisdiction
   * @param caseload the young people
   * @param today the date to assess on
   * @param days how far ahead to look
   * @return the items due
   */
  static List<Due> dueWithin(Jurisdiction law, List<CareHistory> caseload, LocalDate today, int days) {
    List<Due> due = new ArrayList<>();
    LocalDate horizon = today.plusDays(days);
    for (CareHistory yp : caseload) {
      Assessment a = law.assess(yp, today);
      for (Deadline d : a.deadlines().values()) {
        boolean actionBy = d.key().jsonName().endsWith("By");
        if (actionBy && d.date().isPresent() && !d.date().get().isAfter(horizon)) {
          due.add(new Due(a.personId(), a.category().name(), d));
        }
      }
    }
    due.sort(Comparator.comparing(Due::date).thenComparing(Due::personId));
    return due;
  }

  private static List<CareHistory> readCaseload(PrintStream out) {
    try (InputStream in = NightlyDutiesJob.class.getResourceAsStream("caseload.jsonl")) {
      List<CareHistory> caseload = new ArrayList<>();
      for (CaseRecordResult r : CaseRecordReader.readAll(in, "caseload.jsonl")) {
        if (r instanceof RecordError e) {
          out.println("Skipped record " + e.displayId() + ": " + e.message());
        } else {
          caseload.add(((CaseRecord) r).history());
        }
      }
      return caseload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
