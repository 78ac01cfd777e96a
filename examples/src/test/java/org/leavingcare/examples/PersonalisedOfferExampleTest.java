package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalisedOfferExampleTest {

  @Test
  void printsWhatTheYoungPersonIsEntitledToAndUntilWhen() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PersonalisedOfferExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "EX-7 is 20 and FORMER_RELEVANT on 2026-10-01\n"
            + "entitled: Your personal adviser, until 2027-04-30\n"
            + "entitled: Your needs assessment and pathway plan, until 2027-04-30\n"
            + "entitled: Keeping in touch, until 2027-04-30\n"
            + "entitled: Help with the costs of finding and keeping work, until 2027-04-30\n"
            + "entitled: Help with the costs of education and training, until 2027-04-30\n"
            + "entitled: Other help when you need it, until 2027-04-30\n"
            + "may ask for 20 more, for example: £3,000 to set up home\n");
  }
}
