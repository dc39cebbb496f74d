package io.credence.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code credence} command line: parses arguments and hands each subcommand to its job. */
@Command(
    name = "credence",
    mixinStandardHelpOptions = true,
    versionProvider = CredenceCli.VersionProvider.class,
    description = "Per-outlet reliability scores from hedging and attribution cues in news articles.",
    subcommands = {ScoreCommand.class, SynthCommand.class, CalibrateCommand.class})
public final class CredenceCli implements Runnable {

  /** Exit code for bad usage: a missing or invalid option, a path that does not exist. */
  public static final int EXIT_USAGE = 2;

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
          if (ex instanceof IllegalArgumentException) {
            commandLine.getErr().println("credence: " + ex.getMessage());
            return EXIT_USAGE;
          }
          throw ex;
        });
    return cli.execute(args);
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
