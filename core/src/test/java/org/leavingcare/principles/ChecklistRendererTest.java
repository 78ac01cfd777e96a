package org.leavingcare.principles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecklistRendererTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);

  @Test
  void htmlShowsTheSummaryThenEachPrincipleWithoutScripts() throws IOException {
    String html = ChecklistRenderer.html(ChecklistTest.complete(), AS_OF);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<h1>Corporate parenting principles checklist: Council tax discount for care leavers</h1>")
        .contains("<th scope=\"row\">Met</th><td class=\"num\">4</td>")
        .contains("(d) To help those children and young people gain access to")
        .contains("44 days overdue").contains("<td>Overdue</td>")
        .doesNotContain("<script");
    assertThat(html.indexOf("id=\"summary\"")).isLessThan(html.indexOf("id=\"principle-a\""));
    Path out = Path.of("target", "rendered", "example-checklist.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, html, StandardCharsets.UTF_8);
  }

  @Test
  void markdownEscapesTextAndListsWhatIsStillToComplete() {
    Checklist c = Checklist.of("Pay | grading <review>", Optional.of(SubjectKind.DECISION), "HR", "", Optional.empty(),
        List.of(PrincipleReview.unrated(CorporateParentingPrinciple.EXPRESS_VIEWS)));
    String md = ChecklistRenderer.markdown(c, AS_OF);
    assertThat(md).startsWith("# Corporate parenting principles checklist: Pay \\| grading &lt;review&gt;")
        .contains("## Still to complete").contains("- $.completedBy: ").contains("principle a (Children and Social Work Act 2017 s.1(1)(a)) is not addressed")
        .contains("### (a) To act in the best interests").contains("Not addressed.");
  }
}
