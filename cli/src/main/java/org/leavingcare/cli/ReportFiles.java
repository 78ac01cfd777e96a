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
    List<ReportFormat> distinct = distinct(formats);
    boolean intoDirectory = distinct.size() > 1 || Files.isDirectory(out)
        || out.getFileName() != null && !out.getFileName().toString().contains(".");
    return intoDirectory ? writeInto(report, distinct, out, baseName) : writeFile(report, distinct.get(0), out);
  }

  /**
   * Writes the report in each format into a directory, as {@code BASENAME.EXTENSION}.
   *
   * @param report the report
   * @param formats the formats, at least one; repeats are ignored
   * @param dir the directory, created if missing
   * @param baseName the file name without extension
   * @return the files written
   * @throws UserFacingException if a file cannot be written
   */
  static List<Path> writeInto(Report report, Collection<ReportFormat> formats, Path dir, String baseName) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (ReportFormat f : distinct(formats)) {
        Path file = dir.resolve(baseName + "." + f.extension());
        Files.write(file, f.render(report));
        written.add(file);
      }
    } catch (IOException e) {
      throw unwritable(dir, e);
    }
    return written;
  }

  /**
   * Writes the report in one format to a file.
   *
   * @param report the report
   * @param format the format
   * @param file the file; its directory is created if missing
   * @return the file, in a list
   * @throws UserFacingException if the file cannot be written
   */
  static List<Path> writeFile(Report report, ReportFormat format, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, format.render(report));
    } catch (IOException e) {
      throw unwritable(file, e);
    }
    return List.of(file);
  }

  private static List<ReportFormat> distinct(Collection<ReportFormat> formats) {
    List<ReportFormat> distinct = new ArrayList<>(new LinkedHashSet<>(formats));
    if (distinct.isEmpty()) {
      throw new UserFacingException("Choose at least one --format (html, md, xlsx, csv or json).", ExitCodes.USAGE);
    }
    return distinct;
  }

  private static UserFacingException unwritable(Path out, IOException e) {
    return new UserFacingException("Could not write the report to " + out + " (" + e.getClass().getSimpleName()
        + "). Check that the directory exists and is writable, or choose another --out.",
        ExitCodes.INPUT_UNUSABLE, e);
  }
}
