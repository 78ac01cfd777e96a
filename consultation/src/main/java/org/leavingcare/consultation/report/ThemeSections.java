package org.leavingcare.consultation.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.leavingcare.consultation.config.AnalysisSettings;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.ingest.Response;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.consultation.model.Question;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.QuestionThemes;
import org.leavingcare.consultation.themes.Quote;
import org.leavingcare.consultation.themes.QuoteSelector;
import org.leavingcare.consultation.themes.ThemeCoder;
import org.leavingcare.consultation.themes.ThemeCoding;
import org.leavingcare.consultation.summary.Summariser;
import org.leavingcare.consultation.themes.ThemePrevalence;
import org.leavingcare.consultation.themes.ThemeBreakdown;
import org.leavingcare.consultation.themes.ThemeShare;
import org.leavingcare.consultation.weighting.WeightScheme;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

/**
 * "What people said": one report section per free-text question, from the themes module's
 * weighted prevalence ({@link QuestionThemes}) and its selected, redacted quotes (§12.3 item 6,
 * §13.4, §13.5). Each section has a bar chart of the weighted share mentioning each theme with
 * its interval and the unweighted share beside it, a table by care experience, and the quotes,
 * attributed to a group only. Themes are multi-coded, so shares add to more than 100%; "no theme
 * fits" is pinned last. Add the sections with {@link ConsultationReport#withSections(List)}.
 */
public final class ThemeSections {

  private ThemeSections() {}

  /**
   * What the themes module found in a consultation's free text: the prevalence per question and
   * the quotes chosen.
   *
   * @param prevalence the weighted theme prevalence, one per free-text question
   * @param quotes the quotes chosen, redacted, from respondents who agreed to publication
   */
  public record Themes(List<QuestionThemes> prevalence, List<Quote> quotes) {
    /** Copies the lists. */
    public Themes {
      prevalence = List.copyOf(prevalence);
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * Codes every free-text answer with the codebook (redacting personal data first), computes the
   * weighted prevalence of each theme under the consultation's weighting, and chooses quotes.
   *
   * @param consultation the consultation the responses were read with
   * @param weighting the weighting, any scheme; each respondent weighs
   *     {@link Summariser#respondentWeights} under it
   * @param analysis the interval method and level
   * @param codebook the codebook, with a section for every free-text question
   * @param responses every accepted response
   * @param mayPublish whether a respondent (by id) agreed to publication of their words
   * @return the prevalence and the quotes
   * @throws IllegalArgumentException if a free-text question has no codebook section, or a
   *     calibration margin does not fit the respondents
   */
  public static Themes analyse(Consultation consultation, WeightScheme weighting, AnalysisSettings analysis,
      Codebook codebook, List<Response> responses, Predicate<String> mayPublish) {
    ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(codebook, Redactor.standard()), consultation, responses);
    List<Respondent> respondents = responses.stream().map(Response::respondent).toList();
    List<QuestionThemes> prevalence = ThemePrevalence.of(coding, respondents,
        Summariser.respondentWeights(consultation, respondents, weighting),
        analysis.intervalMethod(), analysis.confidenceLevel());
    List<Quote> quotes = new ArrayList<>();
    for (QuestionThemes q : prevalence) {
      quotes.addAll(QuoteSelector.defaults().withPerTheme(1).select(coding, q.questionId(), respondents, mayPublish));
    }
    return new Themes(prevalence, quotes);
  }

  /**
   * The sections for analysed themes.
   *
   * @param consultation the consultation, for question wording
   * @param themes the analysed themes
   * @return the sections
   */
  public static List<Section> of(Consultation consultation, Themes themes) {
    return of(consultation, themes.prevalence(), themes.quotes());
  }

  /**
   * The sections, one per question that has themes, in the given order.
   *
   * @param consultation the consultation, for question wording
   * @param themes the prevalence per free-text question
   * @param quotes the quotes chosen for those questions (already redacted and consent-checked)
   * @return the sections
   */
  public static List<Section> of(Consultation consultation, List<QuestionThemes> themes, List<Quote> quotes) {
    requireNonNull(consultation, "consultation");
    List<Section> sections = new ArrayList<>();
    for (QuestionThemes q : themes) {
      if (q.overall().shares().isEmpty()) {
        continue;
      }
      sections.add(section(consultation, q, quotes.stream().filter(x -> x.questionId().equals(q.questionId())).toList()));
    }
    return sections;
  }

  private static Section section(Consultation consultation, QuestionThemes q, List<Quote> quotes) {
    String text = consultation.question(q.questionId()).flatMap(Question::text).orElse(q.questionId());
    ThemeBreakdown all = q.overall();
    Section.Builder s = Section.builder("What people said: " + text);
    s.paragraph(String.format(Locale.ROOT, "%d of %d respondents answered this question; %d gave a substantive"
        + " answer, and the shares below are of them. One answer can carry several themes, so the shares add to"
        + " more than 100%%. %d answers fit no theme and are listed for an officer to review.",
        all.answered(), all.respondents(), all.substantive(), q.forReview().size()));
    String id = "q-" + slug(q.questionId());
    ReportTable.Builder t = ReportTable.builder(trim(id + "-themes"), "Themes: " + shortText(text))
        .unit("percent of respondents giving a substantive answer; 95% confidence intervals on the weighted shares")
        .rowHeading("Theme").columns("Weighted", "Unweighted");
    Set<String> labels = new LinkedHashSet<>();
    for (ThemeShare share : ordered(all.shares())) {
      t.row(unique(labels, label(share)), weighted(share), unweighted(share));
    }
    ReportTable themesTable = t.build();
    List<String> themeRows = List.copyOf(labels);
    s.add(Chart.bars("The weighted share of respondents mentioning each theme, with the unweighted share beside it.",
        themesTable));
    LinkedFigures.columnsAddUp(s, themesTable, "Unweighted", themesTable, List.of("Weighted"), themeRows);
    List<ThemeBreakdown> groups = new ArrayList<>(q.byCareExperience());
    if (!groups.isEmpty()) {
      Set<String> cols = new LinkedHashSet<>();
      List<String> columns = new ArrayList<>();
      for (ThemeBreakdown b : groups) {
        columns.add(unique(cols, b.label()));
      }
      ReportTable.Builder by = ReportTable.builder(trim(id + "-themes-by-care"), "Themes by care experience: "
              + shortText(text))
          .unit("percent of those in the group giving a substantive answer, weighted").rowHeading("Theme")
          .columns(columns);
      Set<String> rowLabels = new LinkedHashSet<>();
      for (ThemeShare share : ordered(all.shares())) {
        List<Cell> row = new ArrayList<>();
        for (ThemeBreakdown b : groups) {
          row.add(b.shares().stream().filter(x -> x.themeId().equals(share.themeId())).findFirst()
              .map(ThemeSections::weighted).orElse(Cell.notApplicable()));
        }
        by.row(unique(rowLabels, label(share)), row);
      }
      ReportTable byTable = by.build();
      s.add(byTable);
      // Care-experienced and the others each mention a theme; together, everyone who mentioned it.
      LinkedFigures.columnsAddUp(s, themesTable, "Unweighted", byTable, columns, themeRows);
    }
    if (!quotes.isEmpty()) {
      s.paragraph("In their own words. Quotes come only from respondents who agreed to publication, are redacted"
          + " automatically and are attributed to a group of at least five people; an officer must read them"
          + " before the report is published.");
      for (ThemeShare share : ordered(all.shares())) {
        for (Quote quote : quotes) {
          if (quote.themeId().equals(share.themeId())) {
            s.add(new org.leavingcare.publish.Quote(quote.text(), quote.attribution() + " (" + share.label() + ")"));
          }
        }
      }
    }
    return s.build();
  }

  /** The themes in codebook order, with "no theme fits" last. */
  private static List<ThemeShare> ordered(List<ThemeShare> shares) {
    List<ThemeShare> out = new ArrayList<>();
    shares.stream().filter(x -> !x.themeId().equals(ThemeShare.UNCODED)).forEach(out::add);
    shares.stream().filter(x -> x.themeId().equals(ThemeShare.UNCODED)).forEach(out::add);
    return out;
  }

  private static String label(ThemeShare share) {
    return share.themeId().equals(ThemeShare.UNCODED) ? "No theme fits (for review)" : share.label();
  }

  private static Cell weighted(ThemeShare share) {
    if (share.base() == 0 || !Double.isFinite(share.proportion())) {
      return Cell.percent(0, 0, 0);
    }
    Cell c = Cell.percent(clamp(100 * share.proportion()), share.mentions(), share.base());
    if (share.interval().isPresent()) {
      double lo = clamp(100 * share.interval().get().lower());
      double hi = clamp(100 * share.interval().get().upper());
      if (Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi) {
        c = c.withInterval(lo, hi);
      }
    }
    return c;
  }

  private static Cell unweighted(ThemeShare share) {
    if (share.base() == 0 || !Double.isFinite(share.unweightedProportion())) {
      return Cell.percent(0, 0, 0);
    }
    return Cell.percent(clamp(100 * share.unweightedProportion()), share.mentions(), share.base());
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(100, p));
  }

  private static String slug(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "question" : slug;
  }

  private static String trim(String id) {
    return id.length() > 63 ? id.substring(0, 63).replaceAll("-+$", "") : id;
  }

  private static String shortText(String text) {
    return text.length() > 90 ? text.substring(0, 87) + "..." : text;
  }

  private static String unique(Set<String> seen, String label) {
    String l = label;
    for (int n = 2; !seen.add(l); n++) {
      l = label + " (" + n + ")";
    }
    return l;
  }
}
