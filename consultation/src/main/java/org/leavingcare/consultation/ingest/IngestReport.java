package org.leavingcare.consultation.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What happened when a response file was read: every row is accounted for
 * ({@code rowsRead = rowsAccepted + rowsRejected}), and every rejected row or cell is listed with
 * its row, column, value and reason.
 *
 * @param file the file name (no directories, so no personal paths leak into reports)
 * @param encoding the character encoding used: {@code UTF-8}, {@code UTF-8 (BOM)},
 *     {@code windows-1252} (detected when the file is not valid UTF-8), or {@code UTF-16LE/BE (BOM)}
 * @param rowsRead response rows read (the header and blank lines are not counted)
 * @param rowsAccepted rows used in the analysis
 * @param rowsRejected rows set aside entirely
 * @param cellsRejected cells set aside in accepted rows (the respondent counts as not answering
 *     that question, or not choosing that option)
 * @param blankRows empty lines skipped
 * @param careExperienceNotStated accepted rows whose care-experience cell was empty (counted as
 *     not care-experienced)
 * @param rejections every rejection, in row order
 */
public record IngestReport(String file, String encoding, long rowsRead, long rowsAccepted, long rowsRejected,
    long cellsRejected, long blankRows, long careExperienceNotStated, List<Rejection> rejections) {

  /**
   * Checks the counts reconcile and copies the list.
   *
   * @throws IllegalArgumentException if read is not accepted + rejected
   */
  public IngestReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(encoding, "encoding");
    rejections = List.copyOf(rejections);
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalArgumentException("rows read (" + rowsRead + ") must equal accepted (" + rowsAccepted
          + ") plus rejected (" + rowsRejected + "): this is a bug");
    }
  }

  /**
   * Whether anything was rejected (a row or a cell).
   *
   * @return true if some input was set aside
   */
  public boolean hasRejections() {
    return rowsRejected > 0 || cellsRejected > 0;
  }

  /**
   * A one-line summary, for example
   * "responses.csv (UTF-8): 160 rows read, 158 accepted, 2 rejected; 3 cells set aside".
   *
   * @return the summary
   */
  public String summary() {
    return file + " (" + encoding + "): " + rowsRead + " rows read, " + rowsAccepted + " accepted, " + rowsRejected
        + " rejected; " + cellsRejected + (cellsRejected == 1 ? " cell" : " cells") + " set aside";
  }
}
