package org.leavingcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every run of {@code ./leavingcare} starts a JVM with the options in {@code cli/jvm.options}: one
 * this Java does not accept, or one that prints a warning, would break or clutter every run. The
 * options are given to the Java running this test, with {@code -version}.
 */
class JvmOptionsTest {

  /** The file's options: one per line, '#' to the end of a line a comment. */
  static List<String> options() throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("jvm.options"), StandardCharsets.UTF_8)) {
      int hash = line.indexOf('#');
      String option = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!option.isEmpty()) {
        options.add(option);
      }
    }
    return options;
  }

  @Test
  void thisJavaStartsWithTheLaunchersOptionsSilentlyAndWithTheQuickCompilerOnly() throws Exception {
    List<String> options = options();
    assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC").allMatch(o -> o.startsWith("-"));
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(options);
    command.add("-XX:+PrintFlagsFinal");
    command.add("-version");
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(err, StandardCharsets.UTF_8)).isZero();
    String flags = new String(out, StandardCharsets.UTF_8);
    assertThat(flags).containsPattern("TieredStopAtLevel\\s+= 1 ").containsPattern("UseParallelGC\\s+= true ");
    // -version writes its three lines to stderr; nothing else may (a warning would reach every run).
    assertThat(new String(err, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())).hasSize(3)
        .allMatch(l -> !l.contains("warning") && !l.contains("Unrecognized"));
  }
}
