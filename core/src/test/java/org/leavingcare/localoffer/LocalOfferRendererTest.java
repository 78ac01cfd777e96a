package org.leavingcare.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOfferRendererTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

  @Test
  void htmlIsOneSelfContainedAccessiblePageWithoutScripts() throws IOException {
    String html = LocalOfferRenderer.html(LocalOfferJson.example(), AS_OF);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").contains("<meta charset=\"utf-8\">")
        .contains("<h1>Our offer to care leavers \u2014 Exampleshire County Council</h1>")
        .contains("<nav aria-labelledby=\"contents\">").contains("@media print")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("http://").doesNotContain("<link");
    for (OfferArea area : OfferArea.values()) {
      assertThat(html).contains("<h2 id=\"area-").contains(">" + area.label() + "</h2>");
    }
    assertThat(html).contains("£3,000 (from 1 April 2023)").contains("£67.50 a week").contains("Your right in law")
        .contains("Children Act 1989 s.23CZA");
    // headings go h1, h2, h3 without skipping a level
    assertThat(html.indexOf("<h3")).isGreaterThan(html.indexOf("<h2"));
    Path out = Path.of("target", "rendered", "example-local-offer.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, html, StandardCharsets.UTF_8);
  }

  @Test
  void textFromTheOfferIsEscapedInHtmlAndMarkdown() {
    LocalOffer offer = LocalOfferJson.example();
    List<Service> services = new ArrayList<>(offer.services());
    services.set(0, services.get(0).toBuilder().name("<script>alert(1)</script> & | *bold*").build());
    LocalOffer hostile = offer.withServices(services);
    assertThat(LocalOfferRenderer.html(hostile, AS_OF)).doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; | *bold*");
    assertThat(LocalOfferRenderer.markdown(hostile, AS_OF)).contains("### &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\| \\*bold\\*");
  }

  @Test
  void markdownGroupsServicesByAreaAndShowsTheAmountOnTheDate() {
    String md = LocalOfferRenderer.markdown(LocalOfferJson.example(), AS_OF);
    assertThat(md).startsWith("# Our offer to care leavers").contains("## Health and well-being")
        .contains("### Setting up home allowance").contains("- **How much:** £3,000 (from 1 April 2023)");
    String earlier = LocalOfferRenderer.markdown(LocalOfferJson.example(), LocalDate.of(2022, 6, 1));
    assertThat(earlier).contains("- **How much:** £2,000 (from 1 April 2019)")
        .contains("The offer gives no amount for 1 June 2022");
  }
}
