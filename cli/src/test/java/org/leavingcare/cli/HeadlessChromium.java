package org.leavingcare.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code chromium} headless on a local file, isolated from the network and from any
 * profile: a fresh user-data directory per run, no first-run, sync, component updates or
 * background networking. {@code LEAVINGCARE_CHROMIUM} may name the binary; otherwise
 * {@code chromium}, {@code chromium-browser} or {@code google-chrome} is looked up on the PATH.
 */
final class HeadlessChromium {

  /** What a run printed: the standard output (the DOM, for --dump-dom) and the log on stderr. */
  record Run(int exitCode, String stdout, String stderr) {}

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  static Optional<HeadlessChromium> find() {
    String configured = System.getenv("LEAVINGCARE_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? Optional.of(new HeadlessChromium(p)) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(new HeadlessChromium(p));
        }
      }
    }
    return Optional.empty();
  }

  /** Loads the page and runs Chromium with the given extra arguments (for example --dump-dom). */
  Run run(Path page, Path workDir, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
        "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = workDir.resolve("stdout-" + System.nanoTime() + ".txt");
    Path err = workDir.resolve("stderr-" + System.nanoTime() + ".txt");
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("chromium did not finish within 60 s on " + page);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
