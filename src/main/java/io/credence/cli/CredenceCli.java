package io.credence.cli;

import io.credence.io.InputMissingException;
import io.credence.io.RunLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code credence} command line: parses arguments and hands each subcommand to its job. */
@Command(
    name = "credence",
    mixinStandardHelpOptions = true,
    versionProvider = CredenceCli.VersionProvider.class,
    description = "Per-outlet reliability scores from hedging and attribution cues in news articles.",
    subcommands = {ScoreCommand.class, BackfillCommand.class, SynthCommand.class, CalibrateCommand.class})
public final class CredenceCli implements Runnable {

  /** Exit code for a failed run (nothing of it was committed; {@code _runs} records the error). */
  public static final int EXIT_FAILURE = 1;

  /** Exit code for bad usage: a missing or invalid option, a profile that does not exist. */
  public static final int EXIT_USAGE = 2;

  /** Exit code when another run holds the output's lock; this run did nothing. */
  public static final int EXIT_LOCKED = 3;

  /** Exit code when the input does not exist or holds no file; nothing was read or written. */
  public static final int EXIT_INPUT_MISSING = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new CredenceCli());
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("credence: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Run with --help for usage.");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          int code = exitCode(ex);
          if (code == EXIT_FAILURE) {
            throw ex;
          }
          commandLine.getErr().println("credence: " + ex.getMessage());
          return code;
        });
    return cli.execute(args);
  }

  /** The exit code for a command that threw {@code ex}. */
  static int exitCode(Throwable ex) {
    if (ex instanceof RunLockedException) {
      return EXIT_LOCKED;
    }
    if (ex instanceof InputMissingException) {
      return EXIT_INPUT_MISSING;
    }
    if (ex instanceof IllegalArgumentException) {
      return EXIT_USAGE;
    }
    return EXIT_FAILURE;
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
