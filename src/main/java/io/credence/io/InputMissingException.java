package io.credence.io;

/** The run's input does not exist or holds no file; nothing was read and nothing was written. */
public final class InputMissingException extends RuntimeException {

  public InputMissingException(String message) {
    super(message);
  }
}
