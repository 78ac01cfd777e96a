package org.leavingcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.leavingcare.consultation.themes.Codebook;
import org.leavingcare.consultation.themes.QuestionCodebook;
import org.leavingcare.consultation.themes.ThemeInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leavingcare consultation codebook}: the theme codebook for free-text answers (format in
 * the Javadoc of {@link Codebook}).
 */
@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    description = "Theme codebooks for free-text answers: print a template to start from, or check one.",
    subcommands = {CodebookCommand.Template.class, CodebookCommand.Check.class})
final class CodebookCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose template or check.");
  }

  /** {@code codebook template}: the starter codebook for Local Offer consultations, or a blank one. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the starter codebook for Local Offer consultations: eleven themes (PA support, housing, money,",
        "mental health, information, education and work, relationships, being listened to, praise, travel and",
        "leisure, equality and identity), each with phrases, patterns and exclusions and mapped to Local Offer",
        "areas and corporate parenting principles. Copy it, list your questions, adapt the phrases to a sample",
        "of answers, then check it with 'leavingcare consultation codebook check'.",
        "With --blank, prints an empty template with one example theme instead."
      })
  static final class Template implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--blank", description = "Print a blank template instead of the starter codebook.")
    boolean blank;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write to this file instead of standard output.")
    Optional<Path> out;

    @Override
    public Integer call() throws IOException {
      String json = blank ? Codebook.blankTemplateJson() : Codebook.starterJson();
      if (out.isPresent()) {
        Files.writeString(out.get(), json, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("wrote " + out.get().toAbsolutePath().normalize());
      } else {
        PrintWriter w = spec.commandLine().getOut();
        w.print(json);
        w.flush();
      }
      return ExitCodes.OK;
    }
  }

  /** {@code codebook check FILE}: reads a codebook and reports every problem, or what it holds. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a codebook: valid JSON, known fields, theme ids, phrases and regular expressions, Local Offer",
        "areas and principles, and that no question is in two sections. Lists every problem with where it is;",
        "exit code 3 if there is any."
      })
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "The codebook to check.")
    Path file;

    @Override
    public Integer call() throws IOException {
      Codebook book;
      try (InputStream in = Files.newInputStream(file)) {
        book = Codebook.parse(in, String.valueOf(file.getFileName()));
      } catch (NoSuchFileException e) {
        throw new UserFacingException("codebook " + file + " not found; give the path of a codebook JSON file "
            + "(start from 'leavingcare consultation codebook template')", ExitCodes.INPUT_UNUSABLE);
      } catch (ThemeInputException e) {
        throw new UserFacingException(e.getMessage(), ExitCodes.INPUT_UNUSABLE);
      }
      PrintWriter out = spec.commandLine().getOut();
      int themes = book.sections().stream().mapToInt(s -> s.themes().size()).sum();
      out.println("codebook " + book.id() + " v" + book.version() + ": " + book.sections().size() + " section(s), "
          + themes + " theme(s); no problems found");
      for (QuestionCodebook s : book.sections()) {
        out.println("  questions " + String.join(", ", s.questions()) + ": "
            + s.themes().stream().map(t -> t.id()).collect(Collectors.joining(", ")));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
