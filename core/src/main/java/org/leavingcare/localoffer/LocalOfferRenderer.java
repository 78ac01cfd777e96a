package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.leavingcare.law.LegalReference;
import org.leavingcare.localoffer.internal.Words;
import org.leavingcare.principles.internal.HtmlPage;
import org.leavingcare.principles.internal.Text;
import org.leavingcare.publish.Html;
import org.leavingcare.publish.Markdown;

/**
 * Publishes a Local Offer for care leavers: Markdown, and one self-contained, accessible HTML page
 * (semantic headings, plain language, no JavaScript, prints on A4). Services are grouped by area in
 * the order of s.2(2); each says whether it is a right in law or extra help from the council, who
 * can get it, what it pays on the date given, who provides it and how to get it. JSON is
 * {@link LocalOfferJson#write}. Stateless and thread-safe.
 */
public final class LocalOfferRenderer {

  private LocalOfferRenderer() {}

  /**
   * The offer as Markdown.
   *
   * @param offer the offer; not null
   * @param asOf the date whose amounts are shown; not null
   * @return the Markdown text
   */
  public static String markdown(LocalOffer offer, LocalDate asOf) {
    requireNonNull(offer, "offer");
    requireNonNull(asOf, "asOf");
    StringBuilder md = new StringBuilder(16_384);
    md.append("# ").append(Markdown.inline(title(offer))).append("\n\n");
    if (!offer.introduction().isBlank()) {
      md.append(Markdown.inline(offer.introduction())).append("\n\n");
    }
    md.append("- **Published:** ").append(Text.date(offer.published())).append('\n');
    md.append("- **Amounts shown as at:** ").append(Text.date(asOf)).append('\n');
    md.append("- **Contact:** ").append(Markdown.inline(offer.contact())).append('\n');
    if (!offer.consultation().isBlank()) {
      md.append("- **How we wrote this offer with care leavers:** ").append(Markdown.inline(offer.consultation())).append('\n');
    }
    md.append('\n');
    for (OfferArea area : OfferArea.values()) {
      List<Service> services = offer.services(area);
      if (services.isEmpty()) {
        continue;
      }
      md.append("## ").append(Markdown.inline(area.label())).append("\n\n");
      for (Service s : services) {
        md.append("### ").append(Markdown.inline(s.name())).append("\n\n");
        md.append("*").append(s.isStatutory() ? "Your right in law" : "Extra help from the council").append("*\n\n");
        md.append(Markdown.inline(s.description())).append("\n\n");
        for (String[] f : facts(s, asOf)) {
          md.append("- **").append(f[0]).append(":** ").append(Markdown.inline(f[1])).append('\n');
        }
        md.append('\n');
      }
    }
    md.append("---\n\n").append(Markdown.inline(footer(offer))).append('\n');
    return md.toString();
  }

  /**
   * The offer as one self-contained HTML page.
   *
   * @param offer the offer; not null
   * @param asOf the date whose amounts are shown; not null
   * @return the HTML document
   */
  public static String html(LocalOffer offer, LocalDate asOf) {
    requireNonNull(offer, "offer");
    requireNonNull(asOf, "asOf");
    HtmlPage page = new HtmlPage(title(offer));
    if (!offer.introduction().isBlank()) {
      page.paragraph("lede", offer.introduction());
    }
    List<String> details = new ArrayList<>(List.of("Published", Text.date(offer.published()),
        "Amounts shown as at", Text.date(asOf), "Contact", offer.contact()));
    if (!offer.consultation().isBlank()) {
      details.addAll(List.of("How we wrote this offer with care leavers", offer.consultation()));
    }
    page.definitions("details", details.toArray(String[]::new));
    StringBuilder nav = new StringBuilder("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    for (OfferArea area : OfferArea.values()) {
      if (!offer.services(area).isEmpty()) {
        nav.append("<li><a href=\"#").append(anchor(area)).append("\">").append(Html.escape(area.label()))
            .append("</a></li>\n");
      }
    }
    page.raw(nav.append("</ol>\n</nav>\n").toString());
    for (OfferArea area : OfferArea.values()) {
      List<Service> services = offer.services(area);
      if (services.isEmpty()) {
        continue;
      }
      page.raw("<section aria-labelledby=\"" + anchor(area) + "\">\n");
      page.heading(2, anchor(area), area.label());
      for (Service s : services) {
        page.raw("<article class=\"" + (s.isStatutory() ? "entitled" : "ask") + "\">\n");
        page.heading(3, "service-" + s.id(), s.name());
        page.raw(s.isStatutory() ? "<p><span class=\"tag law\">Your right in law</span></p>\n"
            : "<p><span class=\"tag extra\">Extra help from the council</span></p>\n");
        page.paragraph("", s.description());
        List<String> pairs = new ArrayList<>();
        for (String[] f : facts(s, asOf)) {
          pairs.add(f[0]);
          pairs.add(f[1]);
        }
        page.definitions("facts", pairs.toArray(String[]::new));
        page.raw("</article>\n");
      }
      page.raw("</section>\n");
    }
    return page.finish(footer(offer));
  }

  static List<String[]> facts(Service s, LocalDate asOf) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Who can get it", Words.eligibility(s.eligibility())});
    String amount = Words.amount(s, asOf);
    if (!amount.isEmpty()) {
      facts.add(new String[] {"How much", amount});
    }
    facts.add(new String[] {"Who provides it", s.provider().name()});
    facts.add(new String[] {"How to get it", s.howToGet()});
    if (s.isStatutory()) {
      facts.add(new String[] {"The law", s.citations().stream().map(LegalReference::cite).collect(Collectors.joining("; "))});
    }
    facts.add(new String[] {"Last checked", Text.date(s.lastReviewed())});
    return facts;
  }

  private static String title(LocalOffer offer) {
    return (offer.title().isBlank() ? "Local Offer for care leavers" : offer.title()) + " \u2014 " + offer.council();
  }

  private static String footer(LocalOffer offer) {
    return offer.council() + " publishes this Local Offer under the Children and Social Work Act 2017 s.2. "
        + "If something here is wrong or unclear, tell your personal adviser or the Leaving Care Service.";
  }

  private static String anchor(OfferArea area) {
    return "area-" + area.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
