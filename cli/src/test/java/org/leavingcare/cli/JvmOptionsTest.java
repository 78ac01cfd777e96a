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
 * options are given to the Java running this test, with {@code -version}. The launcher adds
 * {@code LEAVINGCARE_JAVA_OPTS} to them through {@code cli/jvm.sh}'s {@code leavingcare_jvm_with},
 * run here by bash.
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
    String flags = startsSilently(options);
    assertThat(flags).containsPattern("TieredStopAtLevel\\s+= 1 ").containsPattern("UseParallelGC\\s+= true ");
  }

  @Test
  void optionsFromTheEnvironmentComeLastAndReplaceTheCollectorTheyName() throws Exception {
    assertThat(withExtra("-Xmx4g -Dleavingcare.x=1")).containsSubsequence(options()).endsWith("-Xmx4g", "-Dleavingcare.x=1");
    List<String> g1 = withExtra("-XX:+UseG1GC");
    assertThat(g1).contains("-XX:+UseG1GC", "-XX:MaxNewSize=128m").doesNotContain("-XX:+UseParallelGC");
    assertThat(startsSilently(g1)).containsPattern("UseG1GC\\s+= true ");
    assertThat(withExtra("")).isEqualTo(options());
  }

  @Test
  void aSmallHeapFromTheEnvironmentDropsTheYoungCapSoTheJvmDoesNotWarnAtEveryRun() throws Exception {
    for (String small : List.of("-Xmx64m", "-Xmx383m", "-XX:MaxHeapSize=100000000", "-Xmx65536k")) {
      List<String> merged = withExtra(small);
      assertThat(merged).as(small).noneMatch(o -> o.startsWith("-XX:MaxNewSize")).contains("-XX:+UseParallelGC");
      startsSilently(merged);
    }
    assertThat(withExtra("-Xmx384m")).contains("-XX:MaxNewSize=128m");
    assertThat(withExtra("-Xmx1g")).contains("-XX:MaxNewSize=128m");
    // What dropping the cap avoids:
    List<String> capped = new ArrayList<>(options());
    capped.add("-Xmx64m");
    assertThat(stderrOf(capped)).anyMatch(l -> l.contains("MaxNewSize"));
  }

  /** The options {@code leavingcare_jvm_with EXTRA} makes of the file's, run by bash. */
  private static List<String> withExtra(String extra) throws Exception {
    String script = ". ./jvm.sh; leavingcare_jvm_options; leavingcare_jvm_with \"$1\"; printf '%s\\n' \"${LEAVINGCARE_JVM[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", script, "bash", extra).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  /** Starts this Java with the options and {@code -version}: it must succeed and print nothing more; returns its flags. */
  private static String startsSilently(List<String> options) throws Exception {
    List<String> command = new ArrayList<>(options);
    command.add("-XX:+PrintFlagsFinal");
    String[] outAndErr = run(command);
    // -version writes its three lines to stderr; nothing else may (a warning would reach every run).
    assertThat(outAndErr[1].lines().filter(l -> !l.isBlank())).as(String.join(" ", options)).hasSize(3)
        .allMatch(l -> !l.contains("warning") && !l.contains("Unrecognized"));
    return outAndErr[0];
  }

  private static List<String> stderrOf(List<String> options) throws Exception {
    return run(new ArrayList<>(options))[1].lines().toList();
  }

  /** This Java with the options and {@code -version}: its stdout and stderr; it must exit 0. */
  private static String[] run(List<String> options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(options);
    command.add("-version");
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String errText = new String(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(errText).isZero();
    return new String[] {new String(out, StandardCharsets.UTF_8), errText};
  }
}
