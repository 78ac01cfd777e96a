package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavingcare.publish.Cell;
import org.leavingcare.publish.Report;
import org.leavingcare.publish.ReportTable;
import org.leavingcare.publish.Section;

class ReportFilesTest {

  private static final Report REPORT = Report.builder("Test report")
      .section(Section.builder("Counts").add(ReportTable.builder("counts", "Counts").columns("n")
          .row("a", Cell.count(12)).row("b", Cell.count(2)).build()).build())
      .build();

  @Test
  void severalFormatsGoIntoTheDirectoryWithOneFileEach(@TempDir Path dir) throws Exception {
    List<Path> files = ReportFiles.write(REPORT, EnumSet.allOf(ReportFormat.class), dir.resolve("out"), "summary");

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("summary.html", "summary.md", "summary.xlsx", "summary.csv", "summary.json");
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).contains("<h1>Test report</h1>").contains("[c]");
    assertThat(Files.readAllBytes(files.get(2))).startsWith(new byte[] {'P', 'K'});
    assertThat(Files.readString(files.get(3), StandardCharsets.UTF_8)).startsWith("\uFEFF\"table_id\"");
  }

  @Test
  void oneFormatMayNameTheFile(@TempDir Path dir) throws Exception {
    List<Path> files = ReportFiles.write(REPORT, List.of(ReportFormat.JSON), dir.resolve("r.json"), "summary");

    assertThat(files).containsExactly(dir.resolve("r.json"));
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).contains("\"format\" : \"leavingcare-report/1\"");
  }

  @Test
  void anUnwritablePlaceSaysWhatToDo(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");

    assertThatThrownBy(() -> ReportFiles.write(REPORT, List.of(ReportFormat.HTML, ReportFormat.MD),
        blocker.resolve("sub"), "summary"))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("choose another --out");
  }
}
