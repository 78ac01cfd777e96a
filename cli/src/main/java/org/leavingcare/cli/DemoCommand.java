package org.leavingcare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare demo}: the whole pipeline on bundled, synthetic sample data.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on bundled synthetic sample data and prints what it found.",
      "Report files are written to the output directory."
    })
final class DemoCommand implements Callable<Integer> {

  /** The demo's sections, in the order they run. */
  static final List<DemoSection> SECTIONS = List.of(
      new AboutSection(),
      new AssessSection(),
      new LocalOfferDemoSection(),
      new CohortSection(),
      new ConsultationDemoSection());

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-output",
      description = "Directory for the reports (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(outputDir);
    out.println("leavingcare " + VersionProvider.version() + " demo (all data is synthetic)");
    for (DemoSection section : SECTIONS) {
      out.println();
      out.println("== " + section.title() + " ==");
      section.run(out, outputDir);
    }
    out.println();
    out.println("Reports written to " + outputDir.toAbsolutePath().normalize());
    out.flush();
    return ExitCodes.OK;
  }

  /** The first section: what the library is and which parts the demo runs. */
  static final class AboutSection implements DemoSection {
    @Override
    public String title() {
      return "About";
    }

    @Override
    public void run(PrintWriter out, Path outputDir) {
      out.println("The demo runs " + (SECTIONS.size() - 1) + " further section(s) on bundled synthetic data.");
    }
  }
}
