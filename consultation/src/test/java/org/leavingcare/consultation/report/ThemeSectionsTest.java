package org.leavingcare.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.estimates.IntervalMethod;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.model.Consultation;
import org.leavingcare.consultation.privacy.Redactor;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.FreeTextAnswer;
import org.leavingcare.consultation.themes.QuestionThemes;
import org.leavingcare.consultation.themes.Quote;
import org.leavingcare.consultation.themes.ThemeCoder;
import org.leavingcare.consultation.themes.ThemeCoding;
import org.leavingcare.consultation.themes.ThemePrevalence;
import org.leavingcare.publish.Block;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.HtmlRenderer;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

class ThemeSectionsTest {

  private static final String[] TEXTS = {
      "The flat was damp and the allowance too small", "My PA never answers", "n/a",
      "Housing is the main pressure", "There are not enough flats", "Council tax should be waived",
      "More apprenticeships please", "Roads are bad", "Staying Put should be extended", "Help with rent and deposits"};

  @Test
  void eachFreeTextQuestionGetsThemesWithIntervalsUnweightedBesideAndNoThemeLast() {
    List<Respondent> respondents = new ArrayList<>();
    List<FreeTextAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String id = "R" + i;
      boolean ce = i % 3 == 0;
      respondents.add(new Respondent(id, ce ? "Care leaver" : "Professional", ce, List.of()));
      answers.add(new FreeTextAnswer(id, "why", TEXTS[i % TEXTS.length]));
    }
    ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), answers);
    List<QuestionThemes> themes = ThemePrevalence.of(coding, respondents,
        r -> r.careExperienced() ? 3.0 : 1.0, IntervalMethod.LOGIT, 0.95);
    Quote quote = new Quote("why", themes.get(0).overall().shares().get(0).themeId(), "R3",
        "Housing is the main pressure", "Professional", "test");
    Consultation consultation = ConsultationReportTest.CONFIG.consultation();

    List<Section> sections = ThemeSections.of(consultation, themes, List.of(quote));

    assertThat(sections).hasSize(1);
    Section s = sections.get(0);
    assertThat(s.heading()).isEqualTo("What people said: why");
    Chart chart = (Chart) s.blocks().stream().filter(b -> b instanceof Chart).findFirst().orElseThrow();
    ReportTable t = chart.data();
    assertThat(t.columns()).containsExactly("Weighted", "Unweighted");
    List<ReportTable.Row> rows = t.rows();
    assertThat(rows.get(rows.size() - 1).label()).isEqualTo("No theme fits (for review)");
    assertThat(rows.get(0).cells().get(0).interval()).isPresent();
    List<Block> quotes = s.blocks().stream().filter(b -> b instanceof org.leavingcare.publish.Quote).toList();
    assertThat(quotes).hasSize(1);
    assertThat(((org.leavingcare.publish.Quote) quotes.get(0)).attribution()).startsWith("Professional (");

    Report report = ConsultationReport.of(ConsultationReportTest.summary(), consultation).withSections(sections).build();
    assertThat(report.sections()).extracting(Section::heading).contains("What people said: why");
    assertThat(HtmlRenderer.withDefaults().render(report)).contains("<blockquote>");
  }
}
