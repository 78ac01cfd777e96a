package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.leavingcare.caserecord.AssessmentJson;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RecordError;
import org.leavingcare.duties.Deadline;
import org.leavingcare.rules.Assessment;
import org.leavingcare.rules.EnglandRules;
import org.leavingcare.rules.Policy;

/**
 * The demo's assessment section: assesses the bundled synthetic case records
 * ({@code demo-cases.jsonl}), prints each young person's category, duties and nearest deadline,
 * and writes the full assessments as JSON Lines ({@code assessments.jsonl}).
 */
final class AssessSection implements DemoSection {

  static final String RESOURCE = "demo-cases.jsonl";

  @Override
  public String title() {
    return "Legal status, duties and deadlines (leavingcare assess)";
  }

  @Override
  public void run(PrintWriter out, Path outputDir) throws IOException {
    List<CaseRecordResult> results;
    try (InputStream in = AssessSection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar: this is a bug");
      }
      results = CaseRecordReader.readAll(in, RESOURCE);
    }
    Path file = outputDir.resolve("assessments.jsonl");
    int assessed = 0;
    int rejected = 0;
    out.println(String.format(Locale.ROOT, "%-8s %-26s %-6s %s", "id", "category", "duties", "earliest deadline"));
    try (OutputStream os = Files.newOutputStream(file);
         com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(os)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (CaseRecordResult r : results) {
        if (r instanceof CaseRecord c) {
          Assessment a = EnglandRules.standard().assess(c.history(), c.assessmentDate(), c.policyOver(Policy.defaults()));
          AssessmentJson.write(a, g);
          assessed++;
          out.println(String.format(Locale.ROOT, "%-8s %-26s %-6d %s", a.personId(), a.category(), a.duties().size(),
              nextDeadline(a)));
        } else {
          RecordError e = (RecordError) r;
          AssessmentJson.write(e, g);
          rejected++;
          out.println(String.format(Locale.ROOT, "%-8s rejected: %s", e.displayId(), e.message()));
        }
      }
      g.writeRaw('\n');
    }
    out.println(String.format(Locale.ROOT, "%d case record(s) read, %d assessed, %d rejected; every reason cites its "
        + "provision (see %s).", results.size(), assessed, rejected, file.getFileName()));
  }

  /** The earliest dated "...By" deadline, marked if it has passed, for the summary line. */
  private static String nextDeadline(Assessment a) {
    Deadline best = null;
    for (Deadline d : a.deadlines().values()) {
      if (d.key().jsonName().endsWith("By") && d.date().isPresent()
          && (best == null || d.date().get().isBefore(best.date().get()))) {
        best = d;
      }
    }
    if (best == null) {
      return "-";
    }
    return best.key().jsonName() + " " + best.date().get() + (best.date().get().isBefore(a.asOf()) ? " (overdue)" : "");
  }
}
