package org.leavingcare.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PersonalisedOfferRendererTest {

  @Test
  void htmlIsThePageAnAdviserPrints() throws IOException {
    PersonalisedOffer o = PersonalisedOfferTest.at("CL-024", 19);
    String html = PersonalisedOfferRenderer.html(o);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<h1>Your Local Offer from Exampleshire County Council</h1>")
        .contains("<h2 id=\"entitled\">What you are entitled to</h2>").contains("<h2 id=\"ask\">What you can ask for</h2>")
        .contains("<h2 id=\"dates\">Dates to remember</h2>").contains("<h2 id=\"promise\">Our promise to you</h2>")
        .contains("We help you get ready for adult life and living independently.")
        .contains("Staying put with your foster carers")
        .contains("Ask your personal adviser: the offer gives no amount for this date.")
        .contains("The council&#39;s duty ends on your 21st birthday (Children Act 1989 s.23CZA)")
        .doesNotContain("<script").doesNotContain("2007-03-20");
    assertThat(html.indexOf("id=\"entitled\"")).isLessThan(html.indexOf("id=\"ask\""));
    Path out = Path.of("target", "rendered", "personalised-offer.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, html, StandardCharsets.UTF_8);
  }

  @Test
  void jsonListsEachItemWithItsEndAndCitations() {
    String json = PersonalisedOfferRenderer.json(PersonalisedOfferTest.at("CL-001", 18));
    assertThat(json).contains("\"format\" : \"leavingcare/personalised-offer@1\"")
        .contains("\"coveredByCorporateParentingPrinciples\" : \"FORMER_RELEVANT_UNDER_25\"")
        .contains("\"service\" : \"welfare-help\"").contains("\"endsAtStartOf\" : \"2030-03-10\"")
        .contains("\"uri\" : \"https://www.legislation.gov.uk/ukpga/1989/41/section/23C\"");
  }

  @Test
  void markdownSaysWhenNothingApplies() {
    String md = PersonalisedOfferRenderer.markdown(PersonalisedOfferTest.at("CL-001", 25));
    assertThat(md).contains("## What you are entitled to\n\nNone on this date.").doesNotContain("Our promise to you");
  }
}
