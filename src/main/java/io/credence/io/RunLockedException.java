package io.credence.io;

/** Another run holds the output directory's lock; this run did nothing. */
public final class RunLockedException extends RuntimeException {

  public RunLockedException(String message) {
    super(message);
  }
}
