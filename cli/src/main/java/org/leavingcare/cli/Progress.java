package org.leavingcare.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for long work, written to stderr only when stderr is a terminal; silent otherwise, so
 * pipes, files and CI logs stay clean. Not thread-safe: report from the thread doing the work.
 */
public final class Progress implements AutoCloseable {

  private final PrintStream out;
  private final String task;
  private final boolean enabled;
  private long lastPrintNanos;
  private boolean printed;

  private Progress(PrintStream out, String task, boolean enabled) {
    this.out = out;
    this.task = task;
    this.enabled = enabled;
  }

  /**
   * Progress for a task, shown on stderr when the process is attached to a terminal.
   *
   * @param task what is being done, for example {@code "reading episodes"}
   * @return the progress reporter
   */
  public static Progress onTerminal(String task) {
    return new Progress(System.err, task, System.console() != null);
  }

  /**
   * Progress that is never shown.
   *
   * @return a silent reporter
   */
  public static Progress silent() {
    return new Progress(System.err, "", false);
  }

  /**
   * Reports how many items are done, at most about five times a second.
   *
   * @param done items done so far
   */
  public void update(long done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (printed && now - lastPrintNanos < 200_000_000L) {
      return;
    }
    lastPrintNanos = now;
    printed = true;
    out.print(String.format(Locale.ROOT, "\r%s: %,d", task, done));
    out.flush();
  }

  /** Ends the progress line, if one was shown. */
  @Override
  public void close() {
    if (enabled && printed) {
      out.print("\r\033[K");
      out.flush();
    }
  }
}
