package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetSafetyTest {

  /** Every leading character of CONSULTATION-METHODS.md §11.1: OWASP's six and the full-width four. */
  @ParameterizedTest(name = "a cell starting with U+{0} is neutralised")
  @ValueSource(strings = {"003D", "002B", "002D", "0040", "0009", "000D", "FF1D", "FF0B", "FF0D", "FF20"})
  void everyTriggerCharacterIsPrefixedWithAQuote(String hex) {
    char trigger = (char) Integer.parseInt(hex, 16);
    String text = trigger + "1+1";

    assertThat(SpreadsheetSafety.neutralise(text)).isEqualTo("'" + text);
    assertThat(SpreadsheetSafety.neutralise("  " + text)).isEqualTo("'  " + text);
  }

  @ParameterizedTest(name = "''{0}'' is left alone")
  @ValueSource(strings = {"", "Housing", "12", "1-2", "a=b", "email me@example.com", "[c]", "'quoted"})
  void harmlessTextIsUnchanged(String text) {
    assertThat(SpreadsheetSafety.neutralise(text)).isEqualTo(text);
  }

  @Test
  void whitespaceBeforeATriggerStillCounts() {
    assertThat(SpreadsheetSafety.isFormulaRisk(" \u00A0=cmd|' /C calc'!A0")).isTrue();
    assertThat(SpreadsheetSafety.isFormulaRisk("   ")).isFalse();
  }

  @ParameterizedTest(name = "CSV field starting with U+{0} is neutralised")
  @ValueSource(strings = {"003D", "002B", "002D", "0040", "0009", "000D", "FF1D", "FF0B", "FF0D", "FF20"})
  void theCsvRendererNeutralisesEveryStringFieldButNotNumbers(String hex) throws Exception {
    char trigger = (char) Integer.parseInt(hex, 16);
    ReportTable t = ReportTable.builder("inj", trigger + "title").unit(trigger + "unit").rowHeading("Row")
        .columns(trigger + "column", "Net")
        .row(trigger + "row", Cell.text(trigger + "HYPERLINK(\"http://x\")"), Cell.estimate(-12, 0, 50))
        .build();
    Report report = Report.builder("Injection").section(Section.builder("S").add(t).build()).build();

    String csv = CsvRenderer.withDefaults().render(report);

    for (String field : List.of("title", "unit", "row", "column", "HYPERLINK(\"\"http://x\"\")")) {
      assertThat(csv).contains("\"'" + trigger + field + "\"");
      assertThat(csv).doesNotContain(",\"" + trigger + field);
    }
    String[] number = new CSVReader(new StringReader(csv)).readAll().get(2);
    assertThat(number[7]).isEqualTo("-12");
  }

  @Test
  void csvIsRfc4180WithEveryFieldQuotedAndCrlfLineEnds() {
    String csv = CsvRenderer.withDefaults().render(SampleReports.committee());

    assertThat(csv).startsWith("\"table_id\",\"table_title\",");
    assertThat(csv.split("\r\n", -1)).allSatisfy(line -> assertThat(line).matches("|\"(?s).*\""));
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n\"");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    assertThat(CsvRenderer.withDefaults().withByteOrderMark(true).render(SampleReports.committee()))
        .startsWith("\uFEFF\"table_id\"");
  }
}
