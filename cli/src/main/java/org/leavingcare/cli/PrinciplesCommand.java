package org.leavingcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leavingcare.principles.Checklist;
import org.leavingcare.principles.ChecklistJson;
import org.leavingcare.principles.ChecklistRenderer;
import org.leavingcare.principles.ChecklistSummary;
import org.leavingcare.principles.DocumentProblem;
import org.leavingcare.principles.InvalidDocumentException;
import org.leavingcare.principles.Rating;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leavingcare principles}: the corporate parenting principles checklist. */
@Command(
    name = "principles",
    mixinStandardHelpOptions = true,
    description = {
      "The corporate parenting principles checklist (Children and Social Work Act 2017 s.1) for a",
      "decision, policy or service of any council department.",
      "Start with 'principles template --out checklist.json', fill it in, then 'principles check checklist.json'."
    },
    subcommands = {PrinciplesCommand.Template.class, PrinciplesCommand.Check.class})
final class PrinciplesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose template or check.");
  }

  /** {@code principles template}: the blank checklist as JSON. */
  @Command(name = "template", mixinStandardHelpOptions = true,
      description = "Writes a blank checklist (JSON) with the seven principles to fill in.")
  static final class Template implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<Path> out;

    @Override
    public Integer call() {
      DocumentFiles.write(ChecklistJson.template(), out, spec.commandLine().getOut())
          .ifPresent(spec.commandLine().getErr()::println);
      return ExitCodes.OK;
    }
  }

  /** {@code principles check FILE}: reads, checks and summarises a checklist. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {
        "Reads a checklist, checks it is complete and summarises it: ratings, gaps and overdue actions.",
        "Exit code 0 when complete with nothing overdue, 1 when something is missing or overdue,",
        "3 when the file cannot be read (every problem is listed with its JSON path)."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The checklist (JSON).")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge overdue actions on DATE (yyyy-mm-dd; default today).")
    Optional<String> asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text (default), md, html or json (the checklist as read, normalised).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<Path> out;

    @Override
    public Integer call() {
      LocalDate date = DocumentFiles.asOf(asOf);
      Checklist checklist;
      try {
        checklist = ChecklistJson.read(DocumentFiles.read(file), file.toString());
      } catch (InvalidDocumentException e) {
        throw DocumentFiles.invalid(e);
      }
      ChecklistSummary summary = checklist.summary(date);
      String text = switch (format) {
        case "text" -> text(checklist, summary);
        case "md" -> ChecklistRenderer.markdown(checklist, date);
        case "html" -> ChecklistRenderer.html(checklist, date);
        case "json" -> ChecklistJson.write(checklist);
        default -> throw new UserFacingException("--format must be text, md, html or json, was '" + format + "'.",
            ExitCodes.USAGE);
      };
      DocumentFiles.write(text, out, spec.commandLine().getOut()).ifPresent(spec.commandLine().getErr()::println);
      return summary.isClear() ? ExitCodes.OK : ExitCodes.SOME_INPUT_REJECTED;
    }

    static String text(Checklist c, ChecklistSummary s) {
      StringBuilder sb = new StringBuilder();
      sb.append("Checklist: ").append(c.subject().isBlank() ? "(no subject)" : c.subject()).append('\n');
      sb.append("Ratings:");
      for (Rating r : Rating.values()) {
        sb.append("  ").append(r.label()).append(' ').append(s.counts().get(r));
      }
      sb.append('\n');
      sb.append("Gaps: ").append(s.gaps().size()).append('\n');
      for (ChecklistSummary.Gap g : s.gaps()) {
        sb.append("  (").append(g.principle().letter()).append(") ").append(g.principle().citation().cite()).append(": ")
            .append(g.rating().map(Rating::label).orElse("not yet rated")).append('\n');
      }
      sb.append("Overdue actions on ").append(s.asOf()).append(": ").append(s.overdueActions().size()).append('\n');
      for (ChecklistSummary.OverdueAction o : s.overdueActions()) {
        sb.append("  (").append(o.principle().letter()).append(") ").append(o.action().description()).append(": due ").append(o.action().due().orElseThrow())
            .append(", ").append(o.daysOverdueOn(s.asOf())).append(" days overdue, owner: ")
            .append(o.action().owner().isBlank() ? "not set" : o.action().owner()).append('\n');
      }
      sb.append(s.problems().isEmpty() ? "Complete.\n" : "Still to complete: " + s.problems().size() + "\n");
      for (DocumentProblem p : s.problems()) {
        sb.append("  ").append(p).append('\n');
      }
      return sb.toString();
    }
  }
}
