package org.leavingcare.principles;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A checklist or Local Offer file could not be read: every problem found is listed at once, each
 * with its JSON path, so that the author can fix them in one pass.
 */
public final class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<DocumentProblem> problems;

  /**
   * An exception for a document with one or more problems.
   *
   * @param source the file name or other label of the document; not null
   * @param problems the problems, at least one; not null
   * @throws IllegalArgumentException if there are no problems
   */
  public InvalidDocumentException(String source, List<DocumentProblem> problems) {
    super(message(requireNonNull(source, "source"), problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid document needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append(" (fix them and run again):");
    for (DocumentProblem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /**
   * The document's label, as given to the reader.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Every problem found, in document order.
   *
   * @return the problems, never empty
   */
  public List<DocumentProblem> problems() {
    return problems;
  }
}
