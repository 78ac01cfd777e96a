package org.leavingcare.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints, for tests. */
record CliRunner(int exitCode, String out, String err) {

  static CliRunner run(String... args) {
    CommandLine cl = LeavingCareCommand.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRunner(code, out.toString(), err.toString());
  }
}
