package io.credence.cli;

import io.credence.ingest.InputFormat;
import io.credence.io.RunManifest;
import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence score}: parses options, starts Spark and calls {@link ScoreJob#run}. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score articles: write article_features, cue_evidence, outlet_scores, rejected and _runs.")
final class ScoreCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Articles: a file, directory or glob.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto|jsonl|csv|parquet|text (default: ${DEFAULT-VALUE}, decided from the path).")
  String format;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Partition to write (default: today, UTC).")
  String runDate;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON (default: the shipped one).")
  Path profile;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, used only when spark-submit or configuration gives none (default: local[*]).")
  String master;

  @Override
  public Integer call() {
    ScoreOptions options =
        ScoreOptions.builder()
            .input(input)
            .output(output)
            .format(InputFormat.parse(format))
            .runDate(parseDate(runDate, "--run-date"))
            .profile(profile)
            .build();
    SparkSession spark = Sessions.create("credence score", master);
    try {
      RunManifest manifest = ScoreJob.run(spark, options);
      System.out.println(manifest.toJson());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Parses an option's ISO date, naming the option and the value when it is not one; null stays null. */
  static LocalDate parseDate(String value, String option) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " '" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
