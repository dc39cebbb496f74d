package io.credence.cli;

import io.credence.job.SynthJob;
import io.credence.job.SynthOptions;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence synth}: writes a synthetic corpus with planted per-outlet cue rates and its ground truth. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = "Write synthetic JSONL articles with planted per-outlet cue rates, and outlets.csv (ground truth).")
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
    LocalDate start = ScoreCommand.parseDate(startDate, "--start-date");
    long written =
        SynthJob.run(new SynthOptions(outlets, articlesPerOutlet, seed, output, start, days, articlesPerFile));
    System.out.println("wrote " + written + " articles and outlets.csv to " + output);
    return 0;
  }
}
