package org.leavingcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CiteAProvisionTest {

  @Test
  void printsTheCitationAndItsDatedText() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CiteAProvision.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "Children Act 1989 s.23C(2)\n"
            + "https://www.legislation.gov.uk/ukpga/1989/41/section/23C/2025-09-01\n");
  }
}
