package org.leavingcare.bench.fuzz;

import java.util.List;

/**
 * Runs a reader on fuzzed input and lets only its documented input errors through: any other
 * exception or error (a {@code NullPointerException}, an {@code IndexOutOfBoundsException}, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError}) propagates and Jazzer reports it as a
 * finding, with the input that caused it.
 */
final class Documented {

  private Documented() {}

  /** A reader's work on one input. */
  interface Work {
    void run() throws Exception;
  }

  static void onlyThese(List<Class<? extends Exception>> documented, Work work) throws Exception {
    try {
      work.run();
    } catch (Exception e) {
      for (Class<? extends Exception> c : documented) {
        if (c.isInstance(e)) {
          if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("a documented input error must say what is wrong", e);
          }
          return;
        }
      }
      throw e;
    }
  }
}
