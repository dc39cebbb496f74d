package io.credence.cli;

import java.util.function.Supplier;

/**
 * Bad usage: what the user typed is wrong (an option, a path, a file an option names), and the message says the fix.
 * The command line exits {@link CredenceCli#EXIT_USAGE} with that one line and no stack trace. Only the commands'
 * own checks raise it, before or around the job's run; an {@link IllegalArgumentException} from inside a run is a
 * failure (exit {@link CredenceCli#EXIT_FAILURE}, with its stack trace), since its cause is not known to be the user's.
 */
public final class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }

  private UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Runs a check of the user's input: an {@link IllegalArgumentException} from it is bad usage, with its message. */
  static <T> T check(Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
