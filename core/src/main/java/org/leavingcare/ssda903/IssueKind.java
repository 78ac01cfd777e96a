package org.leavingcare.ssda903;

/**
 * Why a {@link ReadIssue} was raised. Each kind carries the advice printed with it: what to check
 * or change in the source system.
 */
public enum IssueKind {
  /** The file could not be opened or read. */
  FILE_UNREADABLE("Check that the file exists and can be read."),
  /** The file is not UTF-8 text (for example UTF-16, or a spreadsheet). */
  NOT_UTF8("Re-save the file as 'CSV UTF-8' (or export it again as UTF-8)."),
  /** The file has no header row. */
  EMPTY_FILE("Export the table again; a 903 CSV starts with its header row."),
  /** The header row matches no 903 table. */
  UNRECOGNISED_HEADERS("A 903 CSV is recognised by its column headers: use the DfE column names exactly (SSDA903.md section 3)."),
  /** A column appears twice in the header row. */
  DUPLICATE_COLUMN("Remove the repeated column."),
  /** Columns that are not part of the table were ignored. */
  EXTRA_COLUMNS_IGNORED("Nothing to do unless the column was meant to be a 903 column with a misspelt name."),
  /** The table is recognised but the cohort report does not use it; its rows are counted, not read. */
  TABLE_NOT_USED("Nothing to do: this table is not needed for the cohort report."),
  /** The XML file is not a 903 export or is malformed. */
  MALFORMED_XML("Export the return again as XML; the root element must be EXPSSDA903."),
  /** A row has more or fewer cells than the header row. */
  WRONG_NUMBER_OF_CELLS("Check the row for an unquoted comma or a missing cell."),
  /** A required cell is blank. */
  MISSING_VALUE("Fill in the value in the source system and export again."),
  /** A date is not a real dd/mm/yyyy date. */
  INVALID_DATE("Write dates as dd/mm/yyyy, for example 01/04/2023."),
  /** A date in ISO or unpadded form was accepted. */
  DATE_FORMAT_NORMALISED("Nothing to do; the DfE format is dd/mm/yyyy."),
  /** A code is not in the DfE list for the field in any year concerned. */
  UNKNOWN_CODE("Use a code from the DfE list for this column and year (SSDA903.md section 4)."),
  /** A code valid in an earlier year only (retired since, or introduced later). */
  CODE_NOT_VALID_THIS_YEAR("Check the code against this year's DfE list; it was accepted because it was valid when the episode started or in an earlier year."),
  /** A code that regional pipelines add, not a DfE code. */
  NON_DFE_CODE("Accepted as 'not recorded'; the DfE return will need a DfE code."),
  /** A lower-case code was upper-cased. */
  LOWER_CASE_NORMALISED("Nothing to do; codes are upper case in the DfE specification."),
  /** A number written by a spreadsheet as 1.0 was read as 1. */
  EXCEL_NUMBER_NORMALISED("Nothing to do; save the column as text to avoid it."),
  /** The same child appears twice in a one-row-per-child table. */
  DUPLICATE_CHILD("Keep one row per child; the first row was used."),
  /** The same child has different dates of birth in two rows or tables. */
  DATE_OF_BIRTH_CONFLICT("Correct the date of birth so that every table agrees with Header."),
  /** The child has rows in other tables but not in Header. */
  CHILD_NOT_IN_HEADER("Every child in the return needs a Header row."),
  /** An episode ends before it starts. */
  END_BEFORE_START("Check DECOM and DEC; an episode ends (DEC) on or after the day it starts (DECOM)."),
  /** A date (an episode's start or end, a review, a birth) is after the end of the collection year. */
  DATE_AFTER_YEAR_END("Check the date, or the collection year given to the reader."),
  /** An episode has DEC without REC, or REC without DEC. */
  DEC_AND_REC_DISAGREE("Give both the date and the reason the episode ceased, or neither (DfE rule 148)."),
  /** The same episode (child and DECOM) came from more than one file; one version was kept. */
  DUPLICATE_EPISODE_MERGED("Nothing to do when several years' files are read together."),
  /** An open episode followed by a later one was closed on the day the next started. */
  OPEN_EPISODE_CLOSED("Check the episode's DEC in the year it ended (an old file still showed it open)."),
  /** Episodes of a child overlap; the law engine merges overlapping time. */
  OVERLAPPING_EPISODES("Check DECOM and DEC of the overlapping episodes (DfE rule 501)."),
  /** IN_TOUCH, ACTIV and ACCOM are partly blank (DfE rule 153). */
  OC3_PARTLY_BLANK("Fill in all three OC3 values or none."),
  /** IN_TOUCH contradicts ACTIV or ACCOM (DfE rules 344, 345). */
  OC3_INCONSISTENT("With IN_TOUCH DIED or RHOM, ACTIV and ACCOM must be 0; with YES neither may be 0.");

  private final String advice;

  IssueKind(String advice) {
    this.advice = advice;
  }

  /**
   * What to do about an issue of this kind.
   *
   * @return one or two sentences of advice
   */
  public String advice() {
    return advice;
  }
}
