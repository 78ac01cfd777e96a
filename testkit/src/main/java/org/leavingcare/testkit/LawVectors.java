package org.leavingcare.testkit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leavingcare.caserecord.CaseRecord;
import org.leavingcare.caserecord.CaseRecordReader;
import org.leavingcare.caserecord.CaseRecordResult;
import org.leavingcare.caserecord.RecordError;

/**
 * Loads law-vector files (LAW.md §15: a JSON array of case records, one record, or JSON Lines),
 * such as the shared vectors bundled here ({@link #bundled()}), a council's own, or the
 * {@code truth/case-records.jsonl} the 903 generator writes.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("vectors")
 * void matchesTheAgreedOutcome(LawVector v) {
 *   assertThat(v.assess(EnglandRules.standard())).matches(v);
 * }
 * static List<LawVector> vectors() { return LawVectors.bundled(); }
 * }</pre>
 */
public final class LawVectors {

  private static final String BUNDLED = "/org/leavingcare/testkit/law-vectors.json";

  private LawVectors() {}

  /**
   * The 41 shared vectors of LAW.md (law-vectors.json), as shipped with this testkit.
   *
   * @return the vectors, in file order
   */
  public static List<LawVector> bundled() {
    try (InputStream in = LawVectors.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("law-vectors.json is missing from the testkit jar: this is a bug");
      }
      return load(in, "law-vectors.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a vector file.
   *
   * @param file the file (UTF-8)
   * @return the vectors, in file order
   * @throws IllegalArgumentException if a record is invalid or has no {@code expected} member,
   *     naming each such record and what is wrong
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<LawVector> load(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read law-vector file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads vectors from a stream.
   *
   * @param in the JSON text (UTF-8), read to the end but not closed
   * @param source the file name, for messages
   * @return the vectors, in order
   * @throws IllegalArgumentException if a record is invalid or has no {@code expected} member
   */
  public static List<LawVector> load(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    List<LawVector> vectors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (CaseRecordResult r : CaseRecordReader.readAll(in, source)) {
      if (r instanceof RecordError e) {
        problems.add("record " + e.displayId() + " (line " + e.line() + "): " + e.problems());
      } else {
        CaseRecord c = (CaseRecord) r;
        if (c.expected().isEmpty()) {
          problems.add("record " + c.displayId() + " has no \"expected\" member, so it is a case record, not a vector");
        } else {
          vectors.add(new LawVector(c, c.expected().get()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(source + " is not a valid law-vector file (LAW.md §15); fix these records:\n  "
          + String.join("\n  ", problems));
    }
    return List.copyOf(vectors);
  }
}
