package org.leavingcare.caserecord;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One case record as read from its container, not yet decoded: either a line of JSON Lines text
 * or an already parsed JSON value. {@link #decode()} is thread-safe, so a reader can hand raw
 * records to several threads.
 */
public final class RawRecord {

  private final long number;
  private final long line;
  private final @Nullable String text;
  private final @Nullable JsonNode tree;

  private RawRecord(long number, long line, @Nullable String text, @Nullable JsonNode tree) {
    this.number = number;
    this.line = line;
    this.text = text;
    this.tree = tree;
  }

  static RawRecord ofText(long number, long line, String text) {
    return new RawRecord(number, line, requireNonNull(text, "text"), null);
  }

  static RawRecord ofTree(long number, long line, JsonNode tree) {
    return new RawRecord(number, line, null, requireNonNull(tree, "tree"));
  }

  /**
   * Returns the record's position in its input, from 1.
   *
   * @return the record's position in its input, from 1
   */
  public long number() {
    return number;
  }

  /**
   * Returns the input line where the record starts, from 1 (0 if unknown).
   *
   * @return the input line where the record starts, from 1 (0 if unknown)
   */
  public long line() {
    return line;
  }

  /**
   * Parses (if needed) and decodes the record.
   *
   * @return the case record, or an error naming each problem
   */
  public CaseRecordResult decode() {
    return decode(Optional.empty());
  }

  /**
   * Parses (if needed) and decodes the record, assessing it on {@code asOf} instead of its own
   * {@code assessmentDate}.
   *
   * @param asOf the date to use instead of the record's, if any
   * @return the case record, or an error naming each problem
   */
  public CaseRecordResult decode(Optional<java.time.LocalDate> asOf) {
    if (tree != null) {
      return CaseRecordDecoder.decode(tree, number, line, asOf);
    }
    return CaseRecordDecoder.decodeText(requireNonNull(text, "text"), number, line, asOf);
  }
}
