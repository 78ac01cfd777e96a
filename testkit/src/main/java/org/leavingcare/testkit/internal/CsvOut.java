package org.leavingcare.testkit.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file row by row (UTF-8, no BOM, {@code \n} line ends), quoting a cell only when it
 * holds a comma, quote or line break. Counts the rows written.
 */
public final class CsvOut implements Closeable {

  private final BufferedWriter out;
  private long rows;

  private CsvOut(BufferedWriter out) {
    this.out = out;
  }

  /**
   * Creates the file (and its directory) and writes the header row.
   *
   * @param file the file
   * @param header the column names
   * @return the writer
   * @throws IOException if the file cannot be created
   */
  public static CsvOut create(Path file, String... header) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    CsvOut csv = new CsvOut(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    csv.line(header);
    csv.rows = 0;
    return csv;
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, in header order
   */
  public void row(String... cells) {
    line(cells);
    rows++;
  }

  private void line(String... cells) {
    try {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(escape(cells[i]));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Quotes a cell for CSV if it needs it.
   *
   * @param cell the text
   * @return the cell as written
   */
  public static String escape(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /**
   * Rows written after the header.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
