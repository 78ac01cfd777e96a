package org.leavingcare.localoffer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leavingcare.law.LegalReference;
import org.leavingcare.localoffer.internal.Words;
import org.leavingcare.principles.CorporateParentingPrinciple;
import org.leavingcare.principles.internal.HtmlPage;
import org.leavingcare.principles.internal.JsonDoc;
import org.leavingcare.principles.internal.Text;
import org.leavingcare.publish.Html;
import org.leavingcare.publish.Markdown;

/**
 * Renders a {@link PersonalisedOffer} as the page a personal adviser prints and goes through with
 * the young person (one self-contained, accessible HTML page that prints on A4), as Markdown, and
 * as JSON for other systems. The young person is named only by their case identifier.
 *
 * <p>Order: about you; what you are entitled to; what you can ask for; dates to remember; the
 * council's promise (the corporate parenting principles, when they apply); notes; contact.
 * Stateless and thread-safe.
 */
public final class PersonalisedOfferRenderer {

  private PersonalisedOfferRenderer() {}

  /**
   * The personalised offer as one HTML page.
   *
   * @param offer the personalised offer; not null
   * @return the HTML document
   */
  public static String html(PersonalisedOffer offer) {
    requireNonNull(offer, "offer");
    LocalOffer lo = offer.offer();
    HtmlPage page = new HtmlPage("Your Local Offer from " + lo.council());
    page.paragraph("lede", "This is what " + lo.council() + " offers you on " + Text.date(offer.asOf())
        + ". Your personal adviser will go through it with you. Ask about anything that is not clear.");
    page.definitions("details", about(offer).toArray(String[]::new));
    section(page, "entitled", "What you are entitled to",
        offer.entitled().isEmpty() ? "The law does not give you any of the services in this offer on this date."
            : "The law says the council must give you these.", offer.entitled(), offer.asOf());
    if (!offer.missingFromOffer().isEmpty()) {
      page.raw("<article class=\"gap\">\n");
      page.heading(3, "missing", "Also your right in law");
      page.paragraph("", "The law also entitles you to these, although the Local Offer does not describe them yet. "
          + "Your personal adviser will explain them:");
      page.list("", missingLines(offer));
      page.raw("</article>\n");
    }
    section(page, "ask", "What you can ask for",
        offer.mayAskFor().isEmpty() ? "There is nothing in this offer you can ask for on this date."
            : "You can ask for these. Some become your right when you ask; the rest is extra help the council offers.",
        offer.mayAskFor(), offer.asOf());
    page.heading(2, "dates", "Dates to remember");
    List<String[]> dates = dates(offer);
    if (dates.isEmpty()) {
      page.paragraph("", "None of the services above has an end date.");
    } else {
      page.paragraph("", "Each of these stops at the start of the day shown; your personal adviser will talk to you "
          + "about what comes next well before then.");
      StringBuilder t = new StringBuilder("<table>\n<caption>When things end</caption>\n<thead><tr>"
          + "<th scope=\"col\">Date</th><th scope=\"col\">What ends</th></tr></thead>\n<tbody>\n");
      for (String[] d : dates) {
        t.append("<tr><td>").append(Html.escape(d[0])).append("</td><td>").append(Html.escape(d[1]))
            .append("</td></tr>\n");
      }
      page.raw(t.append("</tbody>\n</table>\n").toString());
    }
    page.heading(2, "promise", "Our promise to you");
    if (offer.coveredGroup().isPresent()) {
      page.paragraph("", "As your corporate parent, everyone at the council must keep these seven things in mind "
          + "in everything they do for you (" + offer.coveredGroup().get().citation().cite() + "):");
      List<String> promises = new ArrayList<>();
      for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
        promises.add(p.plainWords());
      }
      page.list("", promises);
    } else {
      page.paragraph("", "The corporate parenting principles of the Children and Social Work Act 2017 s.1 do not cover "
          + "you on this date, but you can still ask the council for advice.");
    }
    page.heading(2, "notes", "Notes from our meeting");
    page.raw("<div class=\"notes-box\" role=\"note\" aria-label=\"Space for notes\"></div>\n");
    page.heading(2, "contact", "How to get in touch");
    page.paragraph("", lo.contact());
    return page.finish("Prepared from " + lo.council() + "'s Local Offer (published " + Text.date(lo.published())
        + ") and the legal assessment for case " + offer.personId() + " on " + Text.date(offer.asOf())
        + ". This is a guide, not legal advice.");
  }

  private static List<String> about(PersonalisedOffer offer) {
    List<String> pairs = new ArrayList<>(List.of(
        "Case", offer.personId(),
        "Date", Text.date(offer.asOf()),
        "Age", Integer.toString(offer.age()),
        "Your situation", capitalise(Words.person(offer.category()))));
    pairs.add("Corporate parenting");
    pairs.add(offer.coveredGroup().map(g -> "Yes: you are " + g.description()).orElse("Not on this date"));
    return pairs;
  }

  private static void section(HtmlPage page, String id, String heading, String intro, List<PersonalisedOffer.Item> items,
      LocalDate asOf) {
    page.heading(2, id, heading);
    page.paragraph("", intro);
    for (PersonalisedOffer.Item i : items) {
      Service s = i.service();
      page.raw("<article class=\"" + (i.standing() == PersonalisedOffer.Standing.ENTITLED ? "entitled" : "ask") + "\">\n");
      page.heading(3, "service-" + s.id(), s.name());
      page.raw(s.isStatutory() ? "<p><span class=\"tag law\">Your right in law</span>"
          + (i.standing() == PersonalisedOffer.Standing.MAY_ASK ? " <span class=\"tag extra\">If you ask</span>" : "")
          + "</p>\n" : "<p><span class=\"tag extra\">Extra help from the council</span></p>\n");
      page.paragraph("", s.description());
      page.raw("<dl class=\"facts\">\n<dt>Why you can have it</dt>\n");
      for (String r : i.reasons()) {
        page.raw("<dd>" + Html.escape(r) + "</dd>\n");
      }
      for (String[] f : facts(i)) {
        page.raw("<dt>" + Html.escape(f[0]) + "</dt><dd>" + Html.escape(f[1]) + "</dd>\n");
      }
      page.raw("</dl>\n</article>\n");
    }
  }

  private static List<String> missingLines(PersonalisedOffer offer) {
    return offer.missingFromOffer().stream().map(e -> e.label() + " ("
        + e.citations().stream().map(LegalReference::cite).collect(java.util.stream.Collectors.joining("; ")) + ")").toList();
  }

  private static List<String[]> facts(PersonalisedOffer.Item i) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Until", i.endsAtStartOf().map(d -> Text.date(d.minusDays(1)) + ". " + i.whyItEnds())
        .orElse("No end date is set.")});
    i.amount().ifPresent(a -> facts.add(new String[] {"How much", a.display()}));
    if (i.amount().isEmpty() && !i.service().amounts().isEmpty()) {
      facts.add(new String[] {"How much", "Ask your personal adviser: the offer gives no amount for this date."});
    }
    facts.add(new String[] {"How to get it", i.service().howToGet()});
    facts.add(new String[] {"Who provides it", i.service().provider().name()});
    return facts;
  }

  /** One row per end date, in date order: the date and the services ending then, by name. */
  private static List<String[]> dates(PersonalisedOffer offer) {
    java.util.SortedMap<LocalDate, List<String>> byDate = new java.util.TreeMap<>();
    for (PersonalisedOffer.Item i : offer.items()) {
      i.endsAtStartOf().ifPresent(d -> byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(i.service().name()));
    }
    List<String[]> rows = new ArrayList<>();
    byDate.forEach((d, names) -> {
      names.sort(Comparator.naturalOrder());
      rows.add(new String[] {Text.date(d), String.join("; ", names)});
    });
    return rows;
  }

  /**
   * The personalised offer as Markdown.
   *
   * @param offer the personalised offer; not null
   * @return the Markdown text
   */
  public static String markdown(PersonalisedOffer offer) {
    requireNonNull(offer, "offer");
    LocalOffer lo = offer.offer();
    StringBuilder md = new StringBuilder(8192);
    md.append("# ").append(Markdown.inline("Your Local Offer from " + lo.council())).append("\n\n");
    List<String> about = about(offer);
    for (int k = 0; k + 1 < about.size(); k += 2) {
      md.append("- **").append(about.get(k)).append(":** ").append(Markdown.inline(about.get(k + 1))).append('\n');
    }
    md.append('\n');
    markdownSection(md, "What you are entitled to", offer.entitled());
    if (!offer.missingFromOffer().isEmpty()) {
      md.append("**Also your right in law** (not yet described in the Local Offer):\n\n");
      for (String line : missingLines(offer)) {
        md.append("- ").append(Markdown.inline(line)).append('\n');
      }
      md.append('\n');
    }
    markdownSection(md, "What you can ask for", offer.mayAskFor());
    md.append("## Dates to remember\n\n");
    List<String[]> dates = dates(offer);
    if (dates.isEmpty()) {
      md.append("None.\n\n");
    } else {
      md.append("| Date | What ends |\n| --- | --- |\n");
      for (String[] d : dates) {
        md.append("| ").append(d[0]).append(" | ").append(Markdown.inline(d[1])).append(" |\n");
      }
      md.append('\n');
    }
    if (offer.coveredGroup().isPresent()) {
      md.append("## Our promise to you\n\n");
      for (CorporateParentingPrinciple p : CorporateParentingPrinciple.values()) {
        md.append("- ").append(Markdown.inline(p.plainWords())).append('\n');
      }
      md.append('\n');
    }
    md.append("## How to get in touch\n\n").append(Markdown.inline(lo.contact())).append('\n');
    return md.toString();
  }

  private static void markdownSection(StringBuilder md, String heading, List<PersonalisedOffer.Item> items) {
    md.append("## ").append(heading).append("\n\n");
    if (items.isEmpty()) {
      md.append("None on this date.\n\n");
      return;
    }
    for (PersonalisedOffer.Item i : items) {
      md.append("### ").append(Markdown.inline(i.service().name())).append("\n\n").append(Markdown.inline(i.service().description()))
          .append("\n\n");
      for (String r : i.reasons()) {
        md.append("- ").append(Markdown.inline(r)).append('\n');
      }
      for (String[] f : facts(i)) {
        md.append("- **").append(f[0]).append(":** ").append(Markdown.inline(f[1])).append('\n');
      }
      md.append('\n');
    }
  }

  /**
   * The personalised offer as JSON (documented in docs/local-offer.md).
   *
   * @param offer the personalised offer; not null
   * @return indented JSON text ending with a newline
   */
  public static String json(PersonalisedOffer offer) {
    requireNonNull(offer, "offer");
    ObjectNode root = JsonDoc.MAPPER.createObjectNode();
    root.put("format", "leavingcare/personalised-offer@1");
    root.put("personId", offer.personId());
    root.put("asOf", offer.asOf().toString());
    root.put("age", offer.age());
    root.put("category", offer.category().name());
    root.put("coveredByCorporateParentingPrinciples", offer.coveredGroup().map(Enum::name).orElse(null));
    root.put("council", offer.offer().council());
    root.put("offerPublished", offer.offer().published().toString());
    items(root.putArray("entitled"), offer.entitled());
    items(root.putArray("mayAskFor"), offer.mayAskFor());
    ArrayNode missing = root.putArray("entitledButNotInOffer");
    offer.missingFromOffer().forEach(e -> missing.add(e.name()));
    try {
      return JsonDoc.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree failed; this is a bug", e);
    }
  }

  private static void items(ArrayNode array, List<PersonalisedOffer.Item> items) {
    for (PersonalisedOffer.Item i : items) {
      ObjectNode n = array.addObject();
      n.put("service", i.service().id());
      n.put("name", i.service().name());
      n.put("area", i.service().area().name());
      n.put("entitlement", i.service().entitlement().map(Enum::name).orElse(null));
      n.put("endsAtStartOf", i.endsAtStartOf().map(LocalDate::toString).orElse(null));
      n.put("whyItEnds", i.whyItEnds());
      ArrayNode reasons = n.putArray("reasons");
      i.reasons().forEach(reasons::add);
      ArrayNode conditions = n.putArray("conditions");
      i.service().eligibility().conditions().forEach(conditions::add);
      ArrayNode cites = n.putArray("citations");
      for (LegalReference r : i.citations()) {
        cites.addObject().put("cite", r.cite()).put("uri", r.uri().toString());
      }
      if (i.amount().isPresent()) {
        ObjectNode a = n.putObject("amount");
        a.put("pounds", i.amount().get().pounds());
        a.put("per", i.amount().get().per().name());
        a.put("from", i.amount().get().from().toString());
        a.put("until", i.amount().get().until().map(LocalDate::toString).orElse(null));
      } else {
        n.putNull("amount");
      }
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
