package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and codes as the 903 readers read them from a cell. */
class CellsTest {

  private static int date(String cell, int[] flags) {
    flags[0] = 0;
    return Cells.date(cell, flags);
  }

  private static int day(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  @Test
  void everyDayFrom1850To2200ReadsAsLocalDateWouldAndEveryImpossibleDayIsNotADate() {
    int[] flags = new int[1];
    for (int y = 1850; y <= 2200; y++) {
      for (int m = 1; m <= 12; m++) {
        for (int d = 1; d <= 31; d++) {
          int expected;
          try {
            expected = day(y, m, d);
          } catch (DateTimeException e) {
            expected = Cells.NOT_A_DATE;
          }
          assertThat(date(two(d) + "/" + two(m) + "/" + y, flags)).as("%d-%d-%d", y, m, d).isEqualTo(expected);
          assertThat(flags[0]).isZero();
        }
      }
    }
  }

  @Test
  void impossibleDaysAndLeapYears() {
    int[] flags = new int[1];
    assertThat(date("31/02/2024", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("30/02/2024", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("29/02/2024", flags)).isEqualTo(day(2024, 2, 29));
    assertThat(date("29/02/2023", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("29/02/2000", flags)).isEqualTo(day(2000, 2, 29));
    assertThat(date("29/02/1900", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("31/04/2023", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("31/12/2200", flags)).isEqualTo(day(2200, 12, 31));
    assertThat(date("01/01/1850", flags)).isEqualTo(day(1850, 1, 1));
    assertThat(date("31/12/1849", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("01/01/2201", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("00/01/2020", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("01/00/2020", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("01/13/2020", flags)).isEqualTo(Cells.NOT_A_DATE);
    assertThat(date("32/01/2020", flags)).isEqualTo(Cells.NOT_A_DATE);
  }

  @Test
  void wrongShapesAreNotDatesAndToleratedShapesAreFlagged() {
    int[] flags = new int[1];
    for (String bad : new String[] {"01/02/23", "1/2/23", "01-02-2023", "2023/02/01", "0a/02/2023", "01/02/2o23",
        "01/02/2023 12:00", "01/02/2023x", "x", "01/02//2023", "2023-2-1"}) {
      assertThat(date(bad, flags)).as(bad).isEqualTo(Cells.NOT_A_DATE);
    }
    assertThat(date(" 01/02/2023 ", flags)).isEqualTo(day(2023, 2, 1));
    assertThat(flags[0]).isZero();
    for (String tolerated : new String[] {"1/2/2023", "01/2/2023", "2023-02-01", "01/02/2023 00:00", "2023-02-01 00:00:00"}) {
      assertThat(date(tolerated, flags)).as(tolerated).isEqualTo(day(2023, 2, 1));
      assertThat(flags[0]).as(tolerated).isEqualTo(Cells.DATE_FORM);
    }
    assertThat(date("2023-02-29", flags)).isEqualTo(Cells.NOT_A_DATE);
  }

  @Test
  void codesAreTrimmedUpperCasedAndSpreadsheetNumbersRead() {
    int[] flags = new int[1];
    assertThat(Cells.code("V2", flags)).isEqualTo("V2");
    assertThat(flags[0]).isZero();
    assertThat(Cells.code(" PR1 ", flags)).isEqualTo("PR1");
    assertThat(flags[0]).isZero();
    assertThat(Cells.code("", flags)).isEmpty();
    assertThat(Cells.code("v2", flags)).isEqualTo("V2");
    assertThat(flags[0]).isEqualTo(Cells.LOWER_CASE);
    flags[0] = 0;
    assertThat(Cells.code("1.0", flags)).isEqualTo("1");
    assertThat(flags[0]).isEqualTo(Cells.EXCEL_NUMBER);
    flags[0] = 0;
    assertThat(Cells.code("1.5", flags)).isEqualTo("1.5");
    assertThat(Cells.code("1.", flags)).isEqualTo("1.");
    assertThat(Cells.code(".0", flags)).isEqualTo(".0");
    assertThat(flags[0]).isZero();
  }

  private static int dmy(String cell) {
    byte[] b = ("," + cell + ",").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return Cells.dmy(b, 1, b.length - 1);
  }

  @Test
  void datesFromBytesAgreeWithTheTextPathOnEveryDayFrom1849To2201() {
    int[] flags = new int[1];
    for (int y = 1849; y <= 2201; y++) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          String cell = two(d) + "/" + two(m) + "/" + y;
          assertThat(dmy(cell)).as(cell).isEqualTo(date(cell, flags));
        }
      }
    }
  }

  @Test
  void datesFromBytesTakeOnlyTheDfeForm() {
    for (String cell : List.of("2020-01-01", "1/1/2020", "01/1/2020", "01/01/2020 00:00", " 01/01/2020",
        "01/01/2020 ", "", "01-01-2020", "0a/01/2020", "01/01/20x0", "é1/01/2020", "01/01/-020", "01/01/+020")) {
      assertThat(dmy(cell)).as(cell).isEqualTo(Cells.NOT_A_DATE);
    }
    assertThat(dmy("29/02/2024")).isEqualTo(day(2024, 2, 29));
    assertThat(dmy("29/02/1900")).isEqualTo(Cells.NOT_A_DATE);
    assertThat(dmy("29/02/2000")).isEqualTo(day(2000, 2, 29));
  }

  @Test
  void aDateWithAnyOneByteOutOfPlaceIsNotADate() {
    // The bytes are tested eight at a time: every byte position, with bytes just outside the digits
    // (':' is '9' + 1, '/' is '0' - 1), separators, spaces, controls and non-ASCII bytes.
    byte[] good = "17/08/2021".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bad = {'/', ':', '.', '-', ' ', 0, 0x7F, (byte) 0x80, (byte) 0xB0, (byte) 0xAF, (byte) 0xFF, 'a', 'O', '\\'};
    for (int at = 0; at < good.length; at++) {
      for (byte x : bad) {
        if (good[at] == '/' && x == '/') {
          continue;
        }
        byte[] b = java.util.Arrays.copyOf(good, good.length);
        b[at] = at == 2 || at == 5 ? (byte) (x == '/' ? '1' : x) : x;
        assertThat(Cells.dmy(b, 0, b.length)).as("byte %d = %02x", at, b[at] & 0xFF).isEqualTo(Cells.NOT_A_DATE);
      }
    }
    assertThat(Cells.dmy(good, 0, good.length)).isEqualTo(day(2021, 8, 17));
  }
}
