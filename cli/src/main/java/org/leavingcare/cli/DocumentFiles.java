package org.leavingcare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.leavingcare.principles.InvalidDocumentException;

/**
 * File handling shared by the {@code principles} and {@code local-offer} commands: reading an
 * input file with a clear error, writing a result to a file or stdout, and the as-of date.
 */
final class DocumentFiles {

  private DocumentFiles() {}

  /** The zone whose calendar date is "today" for an as-of date left out: England's. */
  static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserFacingException(file + ": no such file; check the path.", ExitCodes.INPUT_UNUSABLE, e);
    } catch (IOException e) {
      throw new UserFacingException(file + ": cannot be read (" + e.getClass().getSimpleName()
          + "); check that it is a readable file.", ExitCodes.INPUT_UNUSABLE, e);
    }
  }

  static UserFacingException invalid(InvalidDocumentException e) {
    return new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE, e);
  }

  static LocalDate asOf(Optional<String> text) {
    if (text.isEmpty()) {
      return LocalDate.now(ENGLAND);
    }
    try {
      return LocalDate.parse(text.get());
    } catch (DateTimeParseException e) {
      throw new UserFacingException("--as-of '" + text.get() + "' is not a date; write it as yyyy-mm-dd.",
          ExitCodes.USAGE, e);
    }
  }

  /**
   * Writes text to a file (creating its directory) or, with no file, to the command's output.
   *
   * @return a line saying where it went, or empty when written to stdout
   */
  static Optional<String> write(String text, Optional<Path> out, PrintWriter stdout) {
    if (out.isEmpty()) {
      stdout.print(text);
      stdout.flush();
      return Optional.empty();
    }
    Path file = out.get();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException(file + ": cannot be written (" + e.getClass().getSimpleName()
          + "); check the directory exists and is writable.", ExitCodes.INPUT_UNUSABLE, e);
    }
    return Optional.of("Wrote " + file);
  }
}
