package io.credence.cli;

import io.credence.ingest.InputFormat;
import io.credence.job.ScoreOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that scores nights shares ({@code score}, {@code backfill}); see {@link ScoreOptions}. */
final class RunOptions {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto|jsonl|csv|parquet|text (default: ${DEFAULT-VALUE}, decided from the path).")
  String format;

  @Option(names = "--profile", paramLabel = "FILE", description = "Scoring profile JSON (default: the shipped one).")
  Path profile;

  @Option(
      names = "--window-days",
      paramLabel = "N",
      description = "Days of published articles the outlet scores cover, ending at the run date (default: 30).")
  Integer windowDays;

  @Option(
      names = "--stale-lock-minutes",
      paramLabel = "N",
      description = "Take over another run's lock after this many minutes (default: 360).")
  Long staleLockMinutes;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, used only when spark-submit or configuration gives none (default: local[*]).")
  String master;

  /** {@code builder} with these options set. */
  ScoreOptions.Builder apply(ScoreOptions.Builder builder) {
    return builder
        .output(output)
        .format(InputFormat.parse(format))
        .profile(profile)
        .windowDays(windowDays)
        .staleLockMinutes(staleLockMinutes);
  }
}
