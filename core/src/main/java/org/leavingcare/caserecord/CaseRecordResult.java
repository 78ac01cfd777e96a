package org.leavingcare.caserecord;

/**
 * What reading one case record gives: a valid {@link CaseRecord} or a {@link RecordError}. Nothing
 * is dropped: every input record yields exactly one result, in input order.
 */
public sealed interface CaseRecordResult permits CaseRecord, RecordError {

  /**
   * The record's position in its input, from 1.
   *
   * @return the record number
   */
  long number();

  /**
   * The id to report the record under: its {@code id} member, or {@code "#"} and its number.
   *
   * @return the display id
   */
  String displayId();
}
