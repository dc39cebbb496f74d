package io.credence.cli;

import io.credence.job.ScoreOptions;
import io.credence.job.SynthJob;
import io.credence.job.SynthOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence synth}: writes a synthetic corpus with planted per-outlet cue rates and its ground truth. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = "Write synthetic JSONL articles with planted per-outlet cue rates, and " + SynthJob.TRUTH_FILE
        + " (ground truth); score reads the directory as it is.")
final class SynthCommand implements Callable<Integer> {

  @Option(names = "--outlets", defaultValue = "" + SynthOptions.OUTLETS_DEFAULT, description = "Outlets (default: ${DEFAULT-VALUE}).")
  int outlets;

  @Option(
      names = "--articles-per-outlet",
      defaultValue = "" + SynthOptions.ARTICLES_PER_OUTLET_DEFAULT,
      description = "Articles per outlet (default: ${DEFAULT-VALUE}).")
  int articlesPerOutlet;

  @Option(names = "--seed", defaultValue = "" + SynthOptions.SEED_DEFAULT, description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to write.")
  String output;

  @Option(
      names = "--start-date",
      defaultValue = SynthOptions.START_DATE_DEFAULT,
      description = "First published date (default: ${DEFAULT-VALUE}).")
  String startDate;

  @Option(
      names = "--days",
      defaultValue = "" + SynthOptions.DAYS_DEFAULT,
      description = "Days the published dates spread over (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--articles-per-file",
      defaultValue = "" + SynthOptions.ARTICLES_PER_FILE_DEFAULT,
      description = "Articles per JSONL file (default: ${DEFAULT-VALUE}).")
  int articlesPerFile;

  @Override
  public Integer call() {
    SynthOptions options =
        UsageException.check(
            () ->
                new SynthOptions(
                    outlets, articlesPerOutlet, seed, output, ScoreCommand.parseDate(startDate, "--start-date"), days,
                    articlesPerFile));
    long written = SynthJob.run(options);
    System.out.println(nextStep(options, written));
    return 0;
  }

  /** What was written, and the score command that puts every article of it in the window. */
  static String nextStep(SynthOptions options, long written) {
    String window = options.days() > ScoreOptions.WINDOW_DAYS_DEFAULT ? " --window-days " + options.days() : "";
    return String.format(
        java.util.Locale.ROOT,
        "wrote %,d articles to %s (ground truth: %s)%nscore them with: jobs/credence score --input %s --output OUT"
            + " --run-date %s%s%n(the articles are published %s to %s; without --run-date the run date is today and"
            + " they fall outside the %d-day window)",
        written, options.output(), SynthJob.TRUTH_FILE, options.output(), SynthJob.lastPublished(options), window,
        options.startDate(), SynthJob.lastPublished(options), ScoreOptions.WINDOW_DAYS_DEFAULT);
  }
}
