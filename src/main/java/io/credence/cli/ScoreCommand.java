package io.credence.cli;

import io.credence.ingest.InputFormat;
import io.credence.io.InputPaths;
import io.credence.io.RunManifest;
import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credence score}: parses options, starts Spark and calls {@link ScoreJob#run}. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score one night: write article_features, cue_evidence, outlet_scores, rejected and _runs.")
final class ScoreCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Articles: a file, directory or glob.")
  String input;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Partition to write (default: today, UTC).")
  String runDate;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    ScoreOptions options = UsageException.check(this::options);
    SparkSession spark = Sessions.create("credence score", run.master.url);
    try {
      RunManifest manifest = ScoreJob.run(spark, options);
      System.out.println(manifest.toJson());
      System.out.flush();
      if (!run.quiet) {
        Summaries.print(spark, options.output(), options.runDate(), System.err);
      }
      return EmptyNight.exitCode(manifest, System.err);
    } finally {
      spark.stop();
    }
  }

  /** The options, checked before Spark starts: any problem with them is bad usage. */
  private ScoreOptions options() {
    ScoreOptions options =
        run.apply(ScoreOptions.builder())
            .input(input)
            .runDate(parseDate(runDate, "--run-date"))
            .build();
    List<String> files = InputPaths.resolve(input, Sessions.hadoopConfiguration());
    UsageChecks.checkPaths(options.input(), options.output());
    UsageChecks.checkWritable(options.output());
    if (options.format() == InputFormat.AUTO) {
      // Before Spark starts: an input whose format cannot be told is bad usage, not a failed night. The job is given
      // the format found, so it does not list and detect again.
      options = options.toBuilder().format(InputFormat.detect(options.input(), files)).build();
    }
    try {
      ScoreJob.profile(options);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalArgumentException(
          e.getMessage() + "; fix the profile file, or omit --profile to use the shipped default", e);
    }
    return options;
  }

  /** Parses an option's ISO date, naming the option and the value when it is not one; null stays null. */
  static LocalDate parseDate(String value, String option) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. " + option + " 2022-07-15");
    }
  }
}
