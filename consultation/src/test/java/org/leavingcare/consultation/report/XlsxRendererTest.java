package org.leavingcare.consultation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.Chart;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

class XlsxRendererTest {

  private static Report report() {
    ReportTable respondents = ReportTable.builder("respondents", "Who responded")
        .unit("respondents (unweighted)").rowHeading("Capacity")
        .columns("Online", "Paper").totalColumn("Total")
        .row("Care leaver 16-25", Cell.count(41), Cell.count(3), Cell.count(44))
        .row("Young person in care", Cell.count(12), Cell.count(9), Cell.count(21))
        .row("=cmd|' /C calc'!A0", Cell.count(30), Cell.count(20), Cell.count(50))
        .totalRow("All", Cell.count(83), Cell.count(32), Cell.count(115))
        .build();
    ReportTable net = ReportTable.builder("net-agreement-by-weighting-scheme-long-id", "Net agreement")
        .unit("percentage points, 95% confidence interval").rowHeading("Estimate").columns("Net agreement")
        .row("Weighted", Cell.estimate(-12.4, 1, 100).withInterval(-20.5, -4.25))
        .row("Small group", Cell.estimate(40, 1, 7))
        .build();
    ReportTable themes = ReportTable.builder("themes", "Themes").columns("Description", "Share")
        .row("Money", Cell.text("@SUM(A1:A9) deposits"), Cell.percent(45.5, 20, 44))
        .row("Housing", Cell.text("\uFF1Dwhere to live"), Cell.notApplicable())
        .build();
    return Report.builder("+Consultation report")
        .detail("Weighting", "-care-experienced answers count twice")
        .section(Section.builder("Results").add(respondents).add(Chart.bars("Weighted view is negative.", net))
            .add(themes).build())
        .build();
  }

  @Test
  void theWorkbookReadsBackWithValuesSuppressionMarksAndOneSheetPerTable() throws Exception {
    byte[] xlsx = XlsxRenderer.withDefaults().render(report());

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName)
          .containsExactly("Notes", "respondents", "net-agreement-by-weighting-sche", "themes");

      List<Row> notes = sheets.get(0).read();
      assertThat(notes.get(0).getCellText(0)).isEqualTo("'+Consultation report");
      assertThat(notes.get(1).getCellText(1)).isEqualTo("'-care-experienced answers count twice");
      assertThat(notes.stream().map(r -> r.getCellText(0))).contains("[c]", "[z]", "Tables");

      List<Row> rows = sheets.get(1).read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Who responded");
      Row header = rows.get(3);
      assertThat(header.getCellText(0)).isEqualTo("Capacity");
      assertThat(header.getCellText(3)).isEqualTo("Total");
      Row careLeavers = rows.get(4);
      assertThat(careLeavers.getCell(2).getType()).isEqualTo(CellType.STRING);
      assertThat(careLeavers.getCellText(2)).isEqualTo("[c]");
      assertThat(careLeavers.getCellText(1)).isEqualTo("[c]");
      assertThat(careLeavers.getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(careLeavers.getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(44));
      Row injected = rows.get(6);
      assertThat(injected.getCellText(0)).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(injected.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      Row total = rows.get(7);
      assertThat(total.getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(115));

      List<Row> net = sheets.get(2).read();
      Row weighted = net.get(4);
      assertThat(net.get(3).getCellText(2)).isEqualTo("Net agreement (lower)");
      assertThat(weighted.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(weighted.getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo(-12.4);
      assertThat(weighted.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(-20.5);
      assertThat(weighted.getCellAsNumber(3).orElseThrow().doubleValue()).isEqualTo(-4.25);
      assertThat(net.get(5).getCellText(1)).isEqualTo("[c]");
      assertThat(net.stream().map(r -> r.getCellText(0))).anyMatch(t -> t.startsWith("[c] Suppressed: based on fewer"));

      List<Row> themes = sheets.get(3).read();
      assertThat(themes.get(3).getCellText(1)).isEqualTo("'@SUM(A1:A9) deposits");
      assertThat(themes.get(4).getCellText(1)).isEqualTo("'\uFF1Dwhere to live");
      assertThat(themes.get(4).getCellText(2)).isEqualTo("[z]");
      assertThat(themes.get(3).getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(45.5);

      for (Sheet sheet : sheets) {
        for (Row row : sheet.read()) {
          for (org.dhatim.fastexcel.reader.Cell cell : row) {
            if (cell != null) {
              assertThat(cell.getType()).as("cell %s on %s", cell.getAddress(), sheet.getName())
                  .isNotEqualTo(CellType.FORMULA);
            }
          }
        }
      }
    }
  }

  @Test
  void theSameReportGivesTheSameBytesWithTheDocumentTimestampFixed() throws Exception {
    byte[] first = XlsxRenderer.withDefaults().render(report());
    Thread.sleep(1100);
    byte[] second = XlsxRenderer.withDefaults().render(report());

    assertThat(second).isEqualTo(first);
    assertThat(entry(first, "docProps/core.xml")).contains(">1980-01-01T00:00:00Z</dcterms:created>");
    Instant run = Instant.parse("2026-11-22T13:05:00Z");
    assertThat(entry(XlsxRenderer.withDefaults().withTimestamp(run).render(report()), "docProps/core.xml"))
        .contains(">2026-11-22T13:05:00Z</dcterms:created>");
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
