package io.credence.cli;

import io.credence.io.InputMissingException;
import io.credence.io.RunLockedException;
import io.credence.job.Failures;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code credence} command line: parses arguments and hands each subcommand to its job. */
@Command(
    name = "credence",
    mixinStandardHelpOptions = true,
    versionProvider = CredenceCli.VersionProvider.class,
    description = "Per-outlet reliability scores from hedging and attribution cues in news articles.",
    subcommands = {
      ScoreCommand.class, BackfillCommand.class, ReportCommand.class, SynthCommand.class, CalibrateCommand.class
    })
public final class CredenceCli implements Runnable {

  /** Exit code for a failed run (nothing of it was committed; {@code _runs} records the error). */
  public static final int EXIT_FAILURE = 1;

  /** Exit code for bad usage: a missing or invalid option, a profile that does not exist. */
  public static final int EXIT_USAGE = 2;

  /** Exit code when another run holds the output's lock; this run did nothing. */
  public static final int EXIT_LOCKED = 3;

  /** Exit code when the input does not exist or holds no file; nothing was read or written. */
  public static final int EXIT_INPUT_MISSING = 4;

  /**
   * Exit code for an empty night: it committed (its rejected rows and run record are there), but it scored no article
   * or left no outlet in the window, so its outlet scores are empty; a warning on standard error says which.
   */
  public static final int EXIT_EMPTY = 5;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.err, true), args);
  }

  /**
   * Runs the command line with errors going to {@code err}. Bad usage prints one line and returns {@link #EXIT_USAGE};
   * any other failure prints its stack trace, then one line naming the failure, and returns {@link #EXIT_FAILURE}.
   */
  public static int execute(PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new CredenceCli());
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("credence: " + oneLine(ex.getMessage()) + " (run with --help for usage)");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
    return cli.execute(args);
  }

  /**
   * Prints a command's failure to {@code err} and returns its exit code: one line for usage, lock and missing-input
   * errors; the stack trace and then one line naming the failure for any other.
   */
  static int report(Exception ex, PrintWriter err) {
    int code = exitCode(ex);
    if (code == EXIT_FAILURE) {
      ex.printStackTrace(err);
      err.println("credence: failed: " + Failures.sentence(ex));
    } else {
      err.println("credence: " + oneLine(String.valueOf(ex.getMessage())));
    }
    return code;
  }

  /** The exit code for a command that threw {@code ex}. */
  static int exitCode(Throwable ex) {
    if (ex instanceof RunLockedException) {
      return EXIT_LOCKED;
    }
    if (ex instanceof InputMissingException) {
      return EXIT_INPUT_MISSING;
    }
    if (ex instanceof UsageException) {
      return EXIT_USAGE;
    }
    return EXIT_FAILURE;
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version recorded at build time. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"credence " + io.credence.job.Version.current()};
    }
  }
}
