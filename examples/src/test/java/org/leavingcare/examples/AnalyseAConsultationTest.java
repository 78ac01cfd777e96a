package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalyseAConsultationTest {

  @Test
  void printsSupportEqualAndWeightedAndWhereTheWeightingChangesTheMajority() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AnalyseAConsultation.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "consultation-responses.csv (UTF-8): 160 rows read, 160 accepted, 0 rejected; 0 cells set aside\n"
            + "         equal  weighted x3  proposal\n"
            + "b1         64%          71%  Extend council tax exemption to every care leaver aged 18 to 24 who lives in the area.\n"
            + "b2         44%          55%  Pay part of the setting-up-home allowance as money the young person controls.  <- the majority changes at x1.8\n"
            + "b3         70%          74%  Let care leavers go back to their personal adviser at any point until 25 without a new referral.\n"
            + "b4         67%          74%  Offer every care leaver a guaranteed interview for council apprenticeships.\n"
            + "b5         42%          50%  Give care leavers free access to council leisure centres until 25.  <- the majority changes at x3.1\n"
            + "b6         58%          65%  Set up a drop-in hub run with care-experienced staff and volunteers.\n"
            + "b7         54%          49%  The draft Local Offer is written in a way that is easy to understand.  <- the majority changes at x2.2\n"
            + "b8         49%          43%  The draft Local Offer covers the things care leavers need most.\n");
  }
}
