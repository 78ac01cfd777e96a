package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leavingcare.principles.internal.HtmlPage;
import org.leavingcare.principles.internal.Text;
import org.leavingcare.publish.Html;
import org.leavingcare.publish.Markdown;

/**
 * Renders a checklist with its summary on a date, for a committee paper (Markdown) or the web and
 * print (one self-contained, accessible HTML page). Both show, in order: the subject, the summary
 * (ratings, gaps, overdue actions, what is still to complete), then each principle with its
 * rating, evidence, reason and actions. Stateless and thread-safe.
 */
public final class ChecklistRenderer {

  private ChecklistRenderer() {}

  /**
   * The checklist as Markdown.
   *
   * @param checklist the checklist; not null
   * @param asOf the date actions are judged overdue on; not null
   * @return the Markdown text
   */
  public static String markdown(Checklist checklist, LocalDate asOf) {
    requireNonNull(checklist, "checklist");
    ChecklistSummary s = checklist.summary(asOf);
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(Markdown.inline(title(checklist))).append("\n\n");
    for (String[] d : details(checklist, asOf)) {
      md.append("- **").append(d[0]).append(":** ").append(Markdown.inline(d[1])).append('\n');
    }
    md.append("\n## Summary\n\n| Rating | Principles |\n| --- | ---: |\n");
    for (Rating r : Rating.values()) {
      md.append("| ").append(r.label()).append(" | ").append(s.counts().get(r)).append(" |\n");
    }
    md.append('\n');
    section(md, "Gaps", gapLines(s));
    section(md, "Overdue actions", overdueLines(s));
    section(md, "Still to complete", s.problems().stream().map(DocumentProblem::toString).toList());
    md.append("## The principles\n\n");
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      md.append("### (").append(p.letter()).append(") ").append(Markdown.inline(capitalise(p.need()))).append("\n\n");
      md.append("*").append(Markdown.inline(p.citation().cite())).append("*\n\n");
      PrincipleReview r = checklist.review(p).orElse(null);
      if (r == null) {
        md.append("Not addressed.\n\n");
        continue;
      }
      md.append("- **Rating:** ").append(r.rating().map(Rating::label).orElse("Not yet rated")).append('\n');
      if (!r.evidence().isBlank()) {
        md.append("- **Evidence:** ").append(Markdown.inline(r.evidence())).append('\n');
      }
      if (!r.notApplicableReason().isBlank()) {
        md.append("- **Why not applicable:** ").append(Markdown.inline(r.notApplicableReason())).append('\n');
      }
      md.append('\n');
      if (!r.actions().isEmpty()) {
        md.append("| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n");
        for (Action a : r.actions()) {
          md.append("| ").append(Markdown.inline(a.description())).append(" | ").append(Markdown.inline(a.owner())).append(" | ")
              .append(a.due().map(Text::date).orElse("not set")).append(" | ").append(status(a, asOf)).append(" |\n");
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  /**
   * The checklist as one self-contained HTML page.
   *
   * @param checklist the checklist; not null
   * @param asOf the date actions are judged overdue on; not null
   * @return the HTML document
   */
  public static String html(Checklist checklist, LocalDate asOf) {
    requireNonNull(checklist, "checklist");
    ChecklistSummary s = checklist.summary(asOf);
    HtmlPage page = new HtmlPage(title(checklist));
    List<String> pairs = new ArrayList<>();
    for (String[] d : details(checklist, asOf)) {
      pairs.add(d[0]);
      pairs.add(d[1]);
    }
    page.definitions("details", pairs.toArray(String[]::new));
    page.heading(2, "summary", "Summary");
    StringBuilder t = new StringBuilder("<table>\n<caption>Principles by rating</caption>\n<thead><tr><th scope=\"col\">Rating</th>"
        + "<th scope=\"col\">Principles</th></tr></thead>\n<tbody>\n");
    for (Rating r : Rating.values()) {
      t.append("<tr><th scope=\"row\">").append(r.label()).append("</th><td class=\"num\">").append(s.counts().get(r))
          .append("</td></tr>\n");
    }
    page.raw(t.append("</tbody>\n</table>\n").toString());
    htmlList(page, "gaps", "Gaps", gapLines(s));
    htmlList(page, "overdue", "Overdue actions", overdueLines(s));
    htmlList(page, "to-complete", "Still to complete", s.problems().stream().map(DocumentProblem::toString).toList());
    page.heading(2, "principles", "The principles");
    for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
      PrincipleReview r = checklist.review(p).orElse(null);
      boolean gap = r == null || r.rating().isEmpty() || r.rating().get().isGap();
      page.raw("<article class=\"" + (gap ? "gap" : "entitled") + "\">\n");
      page.heading(3, "principle-" + p.letter(), "(" + p.letter() + ") " + capitalise(p.need()));
      page.paragraph("small", p.citation().cite());
      if (r == null) {
        page.paragraph("", "Not addressed.");
      } else {
        List<String> facts = new ArrayList<>(List.of("Rating", r.rating().map(Rating::label).orElse("Not yet rated")));
        if (!r.evidence().isBlank()) {
          facts.addAll(List.of("Evidence", r.evidence()));
        }
        if (!r.notApplicableReason().isBlank()) {
          facts.addAll(List.of("Why not applicable", r.notApplicableReason()));
        }
        page.definitions("facts", facts.toArray(String[]::new));
        if (!r.actions().isEmpty()) {
          StringBuilder at = new StringBuilder("<table>\n<caption>Actions</caption>\n<thead><tr><th scope=\"col\">Action</th>"
              + "<th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
          for (Action a : r.actions()) {
            at.append("<tr><td>").append(Html.escape(a.description())).append("</td><td>")
                .append(Html.escape(a.owner())).append("</td><td>").append(a.due().map(Text::date).orElse("not set"))
                .append("</td><td>").append(status(a, asOf)).append("</td></tr>\n");
          }
          page.raw(at.append("</tbody>\n</table>\n").toString());
        }
      }
      page.raw("</article>\n");
    }
    return page.finish("Corporate parenting principles: Children and Social Work Act 2017 s.1. Summary as at "
        + Text.date(asOf) + ".");
  }

  private static String title(Checklist c) {
    return "Corporate parenting principles checklist" + (c.subject().isBlank() ? "" : ": " + c.subject());
  }

  private static List<String[]> details(Checklist c, LocalDate asOf) {
    return List.of(
        new String[] {"Subject", c.subject().isBlank() ? "not given" : c.subject()},
        new String[] {"Kind", c.kind().map(SubjectKind::label).orElse("not given")},
        new String[] {"Department", c.department().isBlank() ? "not given" : c.department()},
        new String[] {"Completed by", c.completedBy().isBlank() ? "not given" : c.completedBy()},
        new String[] {"Date completed", c.date().map(Text::date).orElse("not given")},
        new String[] {"Summary as at", Text.date(asOf)});
  }

  private static List<String> gapLines(ChecklistSummary s) {
    return s.gaps().stream().map(g -> "(" + g.principle().letter() + ") " + capitalise(g.principle().need()) + ": "
        + g.rating().map(Rating::label).orElse("not yet rated")).toList();
  }

  private static List<String> overdueLines(ChecklistSummary s) {
    return s.overdueActions().stream().map(o -> "(" + o.principle().letter() + ") " + o.action().description()
        + " (owner: " + (o.action().owner().isBlank() ? "not set" : o.action().owner()) + "; due "
        + Text.date(o.action().due().orElseThrow()) + ", " + o.daysOverdueOn(s.asOf()) + " days overdue)").toList();
  }

  private static String status(Action a, LocalDate asOf) {
    if (a.completedOn().isPresent()) {
      return "Done " + Text.date(a.completedOn().get());
    }
    return a.isOverdueOn(asOf) ? "Overdue" : "Open";
  }

  private static void section(StringBuilder md, String heading, List<String> lines) {
    md.append("## ").append(heading).append("\n\n");
    if (lines.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    for (String l : lines) {
      md.append("- ").append(Markdown.inline(l)).append('\n');
    }
    md.append('\n');
  }

  private static void htmlList(HtmlPage page, String id, String heading, List<String> lines) {
    page.heading(2, id, heading);
    if (lines.isEmpty()) {
      page.paragraph("", "None.");
    } else {
      page.list("problems", lines);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
