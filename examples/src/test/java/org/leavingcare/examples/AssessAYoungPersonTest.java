package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssessAYoungPersonTest {

  @Test
  void printsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessAYoungPerson.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "ELIGIBLE\n"
            + "  yes is under 18 (a child) (Children Act 1989 s.22(1))\n"
            + "  yes is looked after by a local authority on the date (Children Act 1989 s.22(1))\n"
            + "  no  is looked after only in a verified series of short breaks (not more than 17 days each, 75 days in "
            + "12 months) (Care Planning, Placement and Case Review (England) Regulations 2010 reg. 48)\n"
            + "  yes is aged 16 or 17 (Children Act 1989 Sch. 2 para. 19B(2))\n"
            + "  yes has been looked after for at least 13 weeks (91 days) since the 14th birthday (Care Planning, "
            + "Placement and Case Review (England) Regulations 2010 reg. 40)\n"
            + "[LAC_VISITS, LAC_REVIEWS, ADVISE_ASSIST_BEFRIEND_ON_LEAVING, CORPORATE_PARENTING_PRINCIPLES, PA_APPOINT, "
            + "NEEDS_ASSESSMENT, PATHWAY_PLAN]\n"
            + "needs assessment by 2025-07-02\n");
  }
}
