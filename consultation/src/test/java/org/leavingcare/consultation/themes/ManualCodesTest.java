package org.leavingcare.consultation.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leavingcare.consultation.privacy.Redactor;

class ManualCodesTest {

  static final ThemeCoding CODING = ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), List.of(
      new FreeTextAnswer("R1", "why", "The flat was damp. Ring my PA Sarah on 07700 900123."),
      new FreeTextAnswer("R2", "why", "Roads are full of potholes."),
      new FreeTextAnswer("R3", "why", "n/a"),
      new FreeTextAnswer("R1", "else", "More apprenticeships please.")));

  static ManualCodes read(String csv) throws Exception {
    return ManualCodes.read(new StringReader(csv), "codes.csv", CODING);
  }

  @Test
  void codesAutomaticallyRedactsAndListsWhatNeedsAPerson() {
    CodedAnswer r1 = CODING.answer("R1", "why").orElseThrow();
    assertThat(r1.themeIds()).containsExactly("pa-support", "housing");
    assertThat(r1.text().text()).isEqualTo("The flat was damp. Ring my PA [NAME] on [PHONE].");
    assertThat(CODING.forReview("why")).extracting(CodedAnswer::respondentId).containsExactly("R2");
    assertThat(CODING.answer("R3", "why").orElseThrow().substantive()).isFalse();
    assertThat(CODING.questionIds()).containsExactly("why", "else");
  }

  @Test
  void manualCodesOverrideTheAutomaticOnesAndAreRecordedAsSuch() throws Exception {
    ManualCodes codes = read("""
        respondent_id,question_id,themes,coder
        R1,why,housing,A. Coder
        R2,why,,A. Coder
        """);
    assertThat(codes.problems()).isEmpty();
    ThemeCoding overridden = CODING.withManualCodes(codes);
    CodedAnswer r1 = overridden.answer("R1", "why").orElseThrow();
    assertThat(r1.themeIds()).containsExactly("housing");
    assertThat(r1.source()).isEqualTo(CodeSource.MANUAL);
    assertThat(r1.codedBy()).isEqualTo("A. Coder");
    assertThat(r1.automaticThemeIds()).containsExactly("pa-support", "housing");
    assertThat(r1.evidence()).isEmpty();
    // R2 was read and no theme applies: it leaves the review list.
    assertThat(overridden.forReview("why")).isEmpty();
    assertThat(overridden.answer("R1", "else").orElseThrow().source()).isEqualTo(CodeSource.AUTOMATIC);
    assertThat(CODING.answer("R1", "why").orElseThrow().source()).as("the original is unchanged").isEqualTo(CodeSource.AUTOMATIC);

    CoderAgreement agreement = CoderAgreement.automaticVsManual(overridden, "why");
    assertThat(agreement.answersCompared()).isEqualTo(2);
    assertThat(agreement.meanF1()).isEqualTo(2.0 / 3.0);
  }

  @Test
  void reportsBadRowsWithRowColumnAndValueAndKeepsTheGoodOnes() throws Exception {
    ManualCodes codes = read("""
        Respondent_ID,Question_ID,Themes,Coder,Note
        R1,why,housing;hosuing,A. Coder,typo
        R9,why,money,A. Coder,
        R2,why,money,,
        R2,why,money;praise,B. Coder,
        R2,why,housing,B. Coder,second row for the same answer
        R1,else,education-work,B. Coder,
        R3,why,,,not reviewed yet: skipped

        """);
    assertThat(codes.rowsRead()).isEqualTo(7);
    assertThat(codes.rowsAccepted()).isEqualTo(2);
    assertThat(codes.rowsRejected()).isEqualTo(4);
    assertThat(codes.rowsSkipped()).isEqualTo(1);
    assertThat(codes.codes()).extracting(ManualCode::row).containsExactly(5, 7);
    assertThat(codes.problems()).extracting(InputProblem::toString).containsExactly(
        "codes.csv row 2, column themes, value 'hosuing': not a theme of the codebook for question 'why'; use ids from the codebook, separated by ';'",
        "codes.csv row 3, column respondent_id, value 'R9': respondent has no free-text answer to question 'why'; check both ids",
        "codes.csv row 4, column coder: missing; say who coded this answer",
        "codes.csv row 6, column respondent_id, value 'R2': a second row for this respondent and question 'why'; keep one row per answer");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsUnusable() {
    assertThatThrownBy(() -> read("respondent,question_id,themes\nR1,why,housing\n"))
        .isInstanceOf(ThemeInputException.class)
        .hasMessageContaining("row 1 (header), value 'respondent_id': required column is missing")
        .hasMessageContaining("value 'coder'");
    assertThatThrownBy(() -> read("")).isInstanceOf(ThemeInputException.class).hasMessageContaining("the file is empty");
  }

  @Test
  void twoAnswersFromOneRespondentToOneQuestionAreRefused() {
    assertThatThrownBy(() -> ThemeCoding.code(ThemeCoder.of(Codebook.starter(), Redactor.standard()), List.of(
        new FreeTextAnswer("R1", "q", "a"), new FreeTextAnswer("R1", "q", "b"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("respondent R1 has two answers to question q");
  }
}
