package org.leavingcare.consultation.themes;

import static java.util.Objects.requireNonNull;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Codes assigned by people, read from a CSV file, to override the automatic codes answer by answer
 * ({@link ThemeCoding#withManualCodes}). Bad rows are reported with row, column and value and left
 * out; good rows are kept; rows with neither themes nor a coder are not codes (an exported coding
 * not yet reviewed) and are counted as skipped; nothing is dropped silently ({@link #rowsRead()} =
 * accepted + rejected + skipped).
 *
 * <p>Columns (header row required, names in any case and order; other columns are ignored):
 * <ul>
 *   <li>{@code respondent_id}: the respondent, as in the responses file;</li>
 *   <li>{@code question_id}: the free-text question;</li>
 *   <li>{@code themes}: theme ids of that question's codebook section, separated by {@code ;} —
 *       empty to record that no theme applies;</li>
 *   <li>{@code coder}: who coded it (required with themes, recorded with the codes).</li>
 * </ul>
 */
public final class ManualCodes {

  /** The columns a manual-codes file must have. */
  public static final List<String> COLUMNS = List.of("respondent_id", "question_id", "themes", "coder");

  private final List<ManualCode> codes;
  private final List<InputProblem> problems;
  private final int rowsRead;
  private final int rowsSkipped;

  private ManualCodes(List<ManualCode> codes, List<InputProblem> problems, int rowsRead, int rowsSkipped) {
    this.codes = List.copyOf(codes);
    this.problems = List.copyOf(problems);
    this.rowsRead = rowsRead;
    this.rowsSkipped = rowsSkipped;
  }

  /**
   * Reads manual codes, checking each row against the answers and codebook of a coding.
   *
   * @param csv the CSV text; not closed
   * @param fileName the file's name, for messages
   * @param coding the coding the codes will override
   * @return the accepted codes and the rejected rows' problems
   * @throws ThemeInputException if the file is not CSV or lacks a required column
   * @throws IOException if reading fails
   */
  public static ManualCodes read(Reader csv, String fileName, ThemeCoding coding) throws ThemeInputException, IOException {
    requireNonNull(csv, "csv");
    requireNonNull(fileName, "fileName");
    requireNonNull(coding, "coding");
    List<String[]> rows;
    try (CSVReader reader = new CSVReader(csv)) {
      rows = reader.readAll();
    } catch (CsvException e) {
      throw new ThemeInputException(List.of(new InputProblem(fileName, "row " + e.getLineNumber(), "",
          "not valid CSV (" + e.getMessage() + "); check quoting in that row")));
    }
    if (rows.isEmpty()) {
      throw new ThemeInputException(List.of(new InputProblem(fileName, "row 1", "",
          "the file is empty; it needs a header row: " + String.join(",", COLUMNS))));
    }
    Map<String, Integer> index = new HashMap<>();
    String[] header = rows.get(0);
    for (int i = 0; i < header.length; i++) {
      index.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
    }
    List<InputProblem> missing = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!index.containsKey(c)) {
        missing.add(new InputProblem(fileName, "row 1 (header)", c, "required column is missing; the header needs "
            + String.join(",", COLUMNS)));
      }
    }
    if (!missing.isEmpty()) {
      throw new ThemeInputException(missing);
    }

    List<ManualCode> codes = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int read = 0;
    int skipped = 0;
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      if (row.length == 1 && row[0].isBlank()) {
        continue;
      }
      read++;
      int rowNumber = r + 1;
      String respondent = cell(row, index.get("respondent_id"));
      String question = cell(row, index.get("question_id"));
      String themes = cell(row, index.get("themes"));
      String coder = cell(row, index.get("coder"));
      if (coder.isEmpty() && themes.isEmpty()) {
        skipped++;
        continue;
      }
      List<InputProblem> rowProblems = new ArrayList<>();
      if (respondent.isEmpty()) {
        rowProblems.add(problem(fileName, rowNumber, "respondent_id", "", "missing; give the respondent's id as in the responses file"));
      }
      if (question.isEmpty()) {
        rowProblems.add(problem(fileName, rowNumber, "question_id", "", "missing; give the free-text question's id"));
      }
      if (coder.isEmpty()) {
        rowProblems.add(problem(fileName, rowNumber, "coder", "", "missing; say who coded this answer"));
      }
      if (!respondent.isEmpty() && !question.isEmpty() && coding.answer(respondent, question).isEmpty()) {
        rowProblems.add(problem(fileName, rowNumber, "respondent_id", respondent,
            "respondent has no free-text answer to question '" + question + "'; check both ids"));
      }
      Set<String> themeIds = new LinkedHashSet<>();
      if (!question.isEmpty()) {
        QuestionCodebook section = coding.codebook().forQuestion(question).orElse(null);
        for (String t : themes.split(";", -1)) {
          String id = t.strip();
          if (id.isEmpty()) {
            continue;
          }
          if (section == null || section.theme(id).isEmpty()) {
            rowProblems.add(problem(fileName, rowNumber, "themes", id, "not a theme of the codebook for question '" + question
                + "'; use ids from the codebook, separated by ';'"));
          } else {
            themeIds.add(id);
          }
        }
      }
      if (rowProblems.isEmpty() && !seen.add(respondent + "\u0000" + question)) {
        rowProblems.add(problem(fileName, rowNumber, "respondent_id", respondent,
            "a second row for this respondent and question '" + question + "'; keep one row per answer"));
      }
      if (rowProblems.isEmpty()) {
        codes.add(new ManualCode(respondent, question, List.copyOf(themeIds), coder, rowNumber));
      } else {
        problems.addAll(rowProblems);
      }
    }
    return new ManualCodes(codes, problems, read, skipped);
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i].strip() : "";
  }

  private static InputProblem problem(String file, int row, String column, String value, String message) {
    return new InputProblem(file, "row " + row + ", column " + column, value, message);
  }

  /**
   * The accepted codes, in file order.
   *
   * @return an unmodifiable list
   */
  public List<ManualCode> codes() {
    return codes;
  }

  /**
   * What was wrong with each rejected row, in file order (a row may have several problems).
   *
   * @return an unmodifiable list
   */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * Data rows read (blank lines not counted).
   *
   * @return rows read
   */
  public int rowsRead() {
    return rowsRead;
  }

  /**
   * Rows accepted.
   *
   * @return the number of codes
   */
  public int rowsAccepted() {
    return codes.size();
  }

  /**
   * Rows with neither themes nor a coder: not reviewed, so not codes.
   *
   * @return rows skipped
   */
  public int rowsSkipped() {
    return rowsSkipped;
  }

  /**
   * Rows rejected.
   *
   * @return rows read minus rows accepted and skipped
   */
  public int rowsRejected() {
    return rowsRead - codes.size() - rowsSkipped;
  }
}
