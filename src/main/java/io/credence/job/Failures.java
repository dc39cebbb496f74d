package io.credence.job;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operator reads about a failure: its root cause as one line, and the whole chain for {@code _runs}. Spark
 * wraps a task's failure in a {@code SparkException} whose message holds the task's stack trace; the root cause ("No
 * space left on device") is at the end of the cause chain.
 */
public final class Failures {

  /** Longest {@code error} kept in {@code _runs}. */
  static final int ERROR_LIMIT = 4000;

  /** Longest root-cause message in the one-line summary. */
  private static final int SENTENCE_LIMIT = 400;

  private Failures() {}

  /** The deepest cause of {@code e} (itself when it has none); cycles end the walk. */
  public static Throwable rootCause(Throwable e) {
    List<Throwable> chain = chain(e);
    return chain.get(chain.size() - 1);
  }

  /**
   * One line naming the root cause: its message's first line, then its class, e.g. {@code No space left on device
   * (java.io.IOException)}. When {@code e} is its own root cause, just its message.
   */
  public static String sentence(Throwable e) {
    Throwable root = rootCause(e);
    String message = firstLine(root.getMessage());
    if (root == e && message != null) {
      return message;
    }
    String name = root.getClass().getName();
    return message == null ? name : message + " (" + name + ")";
  }

  /**
   * What {@code _runs.error} holds: the root-cause sentence, then the chain of exceptions (class and first line of
   * each message), at most {@link #ERROR_LIMIT} characters.
   */
  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(sentence(e));
    List<Throwable> chain = chain(e);
    for (int i = 0; i < chain.size(); i++) {
      Throwable t = chain.get(i);
      b.append(i == 0 ? " | " : "; caused by ").append(t.getClass().getSimpleName());
      String m = firstLine(t.getMessage());
      if (m != null) {
        b.append(": ").append(m);
      }
    }
    return b.length() > ERROR_LIMIT ? b.substring(0, ERROR_LIMIT) : b.toString();
  }

  /** {@code e} and its causes, outermost first, up to the first cause that is already in the chain (a cycle). */
  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    if (nl >= 0) {
      line = line.substring(0, nl).strip();
    }
    line = line.replaceAll("\\s+", " ");
    return line.length() > SENTENCE_LIMIT ? line.substring(0, SENTENCE_LIMIT) + "..." : line;
  }
}
