package org.leavingcare.consultation.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodebookTest {

  static Codebook parse(String json) throws Exception {
    return Codebook.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "codebook.json");
  }

  static ThemeInputException problemsIn(String json) {
    try {
      parse(json);
    } catch (ThemeInputException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the codebook to be rejected");
  }

  @Test
  void theStarterMapsEveryThemeAndCoversEveryQuestion() {
    Codebook starter = Codebook.starter();
    assertThat(starter.id()).isEqualTo("local-offer-starter");
    assertThat(starter.forQuestion("any question at all")).isPresent();
    QuestionCodebook section = starter.sections().get(0);
    assertThat(section.themes()).hasSize(11);
    assertThat(section.themes()).filteredOn(t -> !t.id().equals("praise") && !t.id().equals("information"))
        .allSatisfy(t -> assertThat(t.localOfferAreas()).as(t.id()).isNotEmpty());
    assertThat(section.themes()).filteredOn(Theme::equalityRelevant).extracting(Theme::id)
        .containsExactly("mental-health", "equality-identity");
    assertThat(Codebook.starterJson()).contains("\"local-offer-starter\"");
  }

  @Test
  void theBlankTemplateIsAValidCodebook() throws Exception {
    Codebook blank = parse(Codebook.blankTemplateJson());
    assertThat(blank.sections().get(0).themes()).extracting(Theme::id).containsExactly("example-theme");
  }

  @Test
  void aQuestionNamedInASectionUsesItAndOthersFallBackToTheStar() throws Exception {
    Codebook c = parse("""
        {"id": "c", "version": "1", "codebooks": [
          {"questions": ["why_b2"], "themes": [{"id": "cash", "label": "Cash", "phrases": ["cash"]}]},
          {"questions": ["*"], "themes": [{"id": "other", "label": "Other", "phrases": ["x"]}]}]}""");
    assertThat(c.forQuestion("why_b2").orElseThrow().theme("cash")).isPresent();
    assertThat(c.forQuestion("q9").orElseThrow().theme("other")).isPresent();
  }

  @Test
  void recognisesAnswersThatSayNothing() {
    Codebook c = Codebook.starter();
    assertThat(c.isNonSubstantive("  N/A. ")).isTrue();
    assertThat(c.isNonSubstantive("No comment!")).isTrue();
    assertThat(c.isNonSubstantive("---")).isTrue();
    assertThat(c.isNonSubstantive("No, the allowance is too small")).isFalse();
  }

  @Test
  void reportsEveryProblemWithItsPathAndValue() {
    ThemeInputException e = problemsIn("""
        {"id": "c", "version": "1", "colour": "red", "codebooks": [
          {"questions": ["*"], "themes": [
            {"id": "Bad Id", "label": "x", "phrases": ["a"]},
            {"id": "ok", "label": "Ok", "phrase": ["typo"], "phrases": ["b"], "localOfferAreas": ["HOUSING"]},
            {"id": "re", "label": "Re", "patterns": ["(unclosed"]}]}]}""");
    assertThat(e.problems()).extracting(InputProblem::location).containsExactly(
        "top level", "codebooks[0].themes[0]", "codebooks[0].themes[1]", "codebooks[0].themes[1].localOfferAreas[0]",
        "codebooks[0].themes[2]");
    assertThat(e.problems()).extracting(InputProblem::value).containsExactly("colour", "Bad Id", "phrase", "HOUSING", "re");
    assertThat(e.problems().get(3).message()).contains("ACCOMMODATION");
    assertThat(e.problems().get(4).message()).contains("(unclosed").contains("regular expression");
    assertThat(e.getMessage()).startsWith("5 problem(s) in codebook.json");
  }

  @Test
  void reportsMalformedJsonWithItsLine() {
    ThemeInputException e = problemsIn("{\"id\": \"c\",\n \"version\": }");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("line 2");
      assertThat(p.message()).contains("not valid JSON");
    });
  }

  @Test
  void refusesAFileThatIsNotUtf8InsteadOfGuessingAnotherEncoding() {
    // Found by fuzzing: bytes that Jackson would read as UTF-32 and then fail on mid-character.
    byte[] notUtf8 = {0, 0, 0, 'n', (byte) 0xff, (byte) 0xfe, 0};
    assertThatThrownBy(() -> Codebook.parse(new ByteArrayInputStream(notUtf8), "codebook.json"))
        .isInstanceOfSatisfying(ThemeInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("not UTF-8")));
  }

  @Test
  void acceptsAByteOrderMark() throws Exception {
    String blank = Codebook.blankTemplateJson();
    byte[] withBom = ("\uFEFF" + blank).getBytes(StandardCharsets.UTF_8);
    assertThat(Codebook.parse(new ByteArrayInputStream(withBom), "codebook.json").id())
        .isEqualTo(parse(blank).id());
  }

  @Test
  void refusesAQuestionInTwoSectionsAndDuplicateThemeIds() {
    assertThat(problemsIn("""
        {"id": "c", "version": "1", "codebooks": [
          {"questions": ["q1"], "themes": [{"id": "a", "label": "A", "phrases": ["a"]}]},
          {"questions": ["q1"], "themes": [{"id": "b", "label": "B", "phrases": ["b"]}]}]}""").getMessage())
        .contains("question 'q1' is in codebook sections 0 and 1");
    assertThat(problemsIn("""
        {"id": "c", "version": "1", "codebooks": [
          {"questions": ["q1"], "themes": [{"id": "a", "label": "A", "phrases": ["a"]}, {"id": "a", "label": "A2", "phrases": ["b"]}]}]}""")
        .getMessage()).contains("theme id 'a' appears twice");
  }

  @Test
  void aThemeNeedsEvidence() {
    assertThatThrownBy(() -> new Theme("t", "T", "", java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one phrase or pattern");
  }
}
