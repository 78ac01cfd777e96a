package org.leavingcare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.leavingcare.publish.Report;

/**
 * Writes a report in one or more {@link ReportFormat}s, for every command that publishes one.
 * With one format, {@code --out} may name the file; with several, or when {@code --out} is an
 * existing directory, it names a directory and each file is {@code BASENAME.EXTENSION}.
 */
final class ReportFiles {

  private ReportFiles() {}

  /**
   * Writes the report and returns the files written, in format order.
   *
   * @param report the report
   * @param formats the formats, at least one; repeats are ignored
   * @param out a file (one format) or a directory
   * @param baseName the file name without extension used inside a directory
   * @return the files written
   * @throws UserFacingException if a file cannot be written
   */
  static List<Path> write(Report report, Collection<ReportFormat> formats, Path out, String baseName) {
    List<ReportFormat> distinct = new ArrayList<>(new LinkedHashSet<>(formats));
    if (distinct.isEmpty()) {
      throw new UserFacingException("Choose at least one --format (html, md, xlsx, csv or json).", ExitCodes.USAGE);
    }
    boolean intoDirectory = distinct.size() > 1 || Files.isDirectory(out)
        || out.getFileName() != null && !out.getFileName().toString().contains(".");
    List<Path> written = new ArrayList<>();
    try {
      if (intoDirectory) {
        Files.createDirectories(out);
      } else if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      for (ReportFormat f : distinct) {
        Path file = intoDirectory ? out.resolve(baseName + "." + f.extension()) : out;
        Files.write(file, f.render(report));
        written.add(file);
      }
    } catch (IOException e) {
      throw new UserFacingException("Could not write the report to " + out + " (" + e.getClass().getSimpleName()
          + "). Check that the directory exists and is writable, or choose another --out.",
          ExitCodes.INPUT_UNUSABLE, e);
    }
    return written;
  }
}
