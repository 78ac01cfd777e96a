package org.leavingcare.consultation.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.ingest.Respondent;
import org.leavingcare.consultation.privacy.Redactor;

class QuoteSelectorTest {

  static final List<Respondent> RESPONDENTS = new ArrayList<>();
  static final List<FreeTextAnswer> ANSWERS = new ArrayList<>();

  static void add(String id, String group, String text) {
    RESPONDENTS.add(new Respondent(id, group, group.equals("Care leaver"), List.of()));
    ANSWERS.add(new FreeTextAnswer(id, "why", text));
  }

  static {
    add("C1", "Care leaver", "The flat they gave me had damp and mould and no carpets, and it took months to fix.");
    add("C2", "Care leaver", "My flat was damp. Ring me on 07700 900123 if you want to see it.");
    add("C3", "Care leaver", "Housing.");
    add("C4", "Care leaver", "I was moved 40 miles away from my college, my friends and my job, and my PA changed.");
    add("C5", "Care leaver", "The hostel was not safe and I did not sleep properly for the whole winter there.");
    add("P1", "Professional", "The shortage of suitable move-on accommodation is the main pressure on the service.");
    add("P2", "Professional", "Young people are placed out of area in unregulated accommodation far from their networks.");
    add("P3", "Professional", "Supported lodgings hosts need more support to keep placements stable over time.");
    add("P4", "Professional", "Joint housing protocols would prevent homelessness rather than manage it afterwards.");
    add("P5", "Professional", "Staying Put must be extended and foster carers paid properly to make it viable.");
    add("F1", "Foster carer", "Staying Put was the right thing for the young person we looked after for six years.");
    add("X1", "Care leaver", "I was homeless at 18 and nobody helped me find a flat.");
  }

  static List<Quote> select(QuoteSelector selector, List<FreeTextAnswer> answers, Set<String> refused) {
    ThemeCoding coding = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), answers);
    return selector.select(coding, "why", RESPONDENTS, id -> !refused.contains(id));
  }

  @Test
  void choosesUnredactedFocusedAnswersFromDifferentGroupsWithConsent() {
    List<Quote> housing = select(QuoteSelector.defaults(), ANSWERS, Set.of("C5")).stream()
        .filter(q -> q.themeId().equals("housing")).toList();
    assertThat(housing).hasSize(2);
    assertThat(housing).extracting(Quote::attribution).containsExactly("Care leaver", "Professional");
    assertThat(housing).extracting(Quote::respondentId).doesNotContain("C2", "C3", "C5");
    assertThat(housing.get(0).respondentId()).isEqualTo("C1");
    assertThat(housing.get(0).reason()).contains("matched").contains("nothing redacted").contains("group named");
  }

  @Test
  void aQuoteIsAlwaysRedactedAndASmallGroupIsNotNamed() {
    List<FreeTextAnswer> answers = List.of(
        new FreeTextAnswer("C2", "why", "My flat was damp. Ring me on 07700 900123 if you want to see it."),
        new FreeTextAnswer("F1", "why", "Staying Put was the right thing for the young person we looked after for six years."));
    List<Quote> quotes = select(QuoteSelector.defaults(), answers, Set.of());
    assertThat(quotes).extracting(Quote::text).contains("My flat was damp. Ring me on [PHONE] if you want to see it.");
    assertThat(quotes).allSatisfy(q -> assertThat(q.text()).doesNotContain("900123"));
    assertThat(quotes).filteredOn(q -> q.respondentId().equals("F1")).extracting(Quote::attribution)
        .containsOnly(Quote.UNATTRIBUTED);
  }

  @Test
  void theChoiceDoesNotDependOnTheOrderOfTheAnswers() {
    List<FreeTextAnswer> shuffled = new ArrayList<>(ANSWERS);
    Collections.reverse(shuffled);
    assertThat(select(QuoteSelector.defaults(), shuffled, Set.of())).isEqualTo(select(QuoteSelector.defaults(), ANSWERS, Set.of()));
  }

  @Test
  void respectsTheNumberPerTheme() {
    assertThat(select(QuoteSelector.defaults().withPerTheme(0), ANSWERS, Set.of())).isEmpty();
    assertThat(select(QuoteSelector.defaults().withPerTheme(5), ANSWERS, Set.of()).stream()
        .filter(q -> q.themeId().equals("housing"))).hasSize(5);
  }
}
