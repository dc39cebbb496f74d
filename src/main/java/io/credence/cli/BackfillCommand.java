package io.credence.cli;

import io.credence.job.BackfillJob;
import io.credence.job.BackfillOptions;
import io.credence.job.ScoreOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credence backfill}: runs {@code score} for every night of a range, in order, with one Spark session. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = "Score a range of nights in date order, skipping committed nights unless --force.")
final class BackfillCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First night.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last night (inclusive).")
  String to;

  @Option(
      names = "--input-pattern",
      required = true,
      paramLabel = "PATTERN",
      description = "Each night's input; {date} stands for the night, e.g. 'in/{date}/*.jsonl'.")
  String inputPattern;

  @Option(names = "--force", description = "Re-run nights that are already committed.")
  boolean force;

  @Option(
      names = "--skip-missing",
      description = "Record a night whose input is missing as skipped in _runs and go on (default: stop, exit 4).")
  boolean skipMissing;

  @Mixin RunOptions run;

  @Override
  public Integer call() throws Exception {
    BackfillOptions options = UsageException.check(this::options);
    SparkSession spark = Sessions.create("credence backfill", run.master.url);
    try {
      List<BackfillJob.Night> nights =
          BackfillJob.run(spark, options, night -> System.out.println(night.describe()));
      BackfillJob.Night last = nights.get(nights.size() - 1);
      if (last.failure() != null) {
        System.err.println("credence: backfill stopped at " + last.date() + "; later nights were not run");
        throw last.failure();
      }
      // The last night may be missing (--skip-missing): summarise the last one that is committed, if any.
      LocalDate committed = BackfillJob.lastCommitted(nights);
      if (!run.quiet && committed != null) {
        Summaries.print(spark, options.night(committed).output(), committed, System.err);
      }
      int code = 0;
      for (BackfillJob.Night night : nights) {
        if (night.manifest() != null && EmptyNight.exitCode(night.manifest(), System.err) != 0) {
          code = CredenceCli.EXIT_EMPTY;
        }
      }
      return code;
    } finally {
      spark.stop();
    }
  }

  /** The options, checked before Spark starts: any problem with them is bad usage. */
  private BackfillOptions options() {
    ScoreOptions shared = run.apply(ScoreOptions.builder()).input(inputPattern).build();
    BackfillOptions options =
        new BackfillOptions(
            ScoreCommand.parseDate(from, "--from"), ScoreCommand.parseDate(to, "--to"), inputPattern, force, skipMissing,
            shared);
    UsageChecks.checkWritable(run.output);
    return options;
  }
}
