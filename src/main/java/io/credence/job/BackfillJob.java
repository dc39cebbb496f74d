package io.credence.job;

import io.credence.io.InputMissingException;
import io.credence.io.RunHistory;
import io.credence.io.RunLock;
import io.credence.io.RunManifest;
import io.credence.io.RunRecord;
import java.time.Instant;
import java.util.UUID;
import io.credence.io.RunOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code backfill} job: runs {@link ScoreJob} for each night of a range in date order, so that every night's
 * window sees the nights before it, skipping nights already committed unless forced, and stopping at the first night
 * that fails. A night whose input is missing fails too, unless {@link BackfillOptions#skipMissing()}: then it is
 * recorded as skipped in {@code _runs} and the backfill goes on.
 */
public final class BackfillJob {

  /**
   * What happened to one night: {@code committed}, {@code skipped} (already committed), {@code missing} (its input is
   * missing, and the backfill skips such nights) or {@code failed}.
   */
  public record Night(LocalDate date, String status, RunManifest manifest, Exception failure) {

    public static final String COMMITTED = "committed";
    public static final String SKIPPED = "skipped";
    /** The night's input is missing and {@code --skip-missing} was given: recorded in {@code _runs}, not run. */
    public static final String MISSING = "missing";
    public static final String FAILED = "failed";

    /** One line for an operator. */
    public String describe() {
      return switch (status) {
        case COMMITTED -> String.format(
            "%s committed: read %d, scored %d, rejected %d, outlets %d",
            date, manifest.counts().read(), manifest.counts().scored(), manifest.counts().rejected(),
            manifest.outlets());
        case SKIPPED -> date + " skipped: already committed (use --force to re-run)";
        case MISSING -> date + " skipped: input missing (recorded in _runs as skipped)";
        default -> date + " failed: " + Failures.sentence(failure);
      };
    }
  }

  private BackfillJob() {}

  /** A {@code skipped} row in {@code _runs} for a night whose input is missing. */
  private static void recordSkipped(SparkSession spark, ScoreOptions night, InputMissingException e) {
    String now = Instant.now().toString();
    String attemptId = "skipped-" + UUID.randomUUID().toString().substring(0, 8);
    RunLock.Holder me = RunLock.Holder.current(night.runDate().toString(), attemptId);
    new RunHistory(new Path(night.output()), spark.sparkContext().hadoopConfiguration())
        .record(
            new RunRecord(
                attemptId, night.runDate().toString(), RunRecord.SKIPPED, now, now, null, null, null, null,
                night.windowDays(), null, null, Version.current(), night.input(), null, me.host(), me.pid(),
                e.getMessage(), null));
  }

  /**
   * The latest of {@code nights} that is committed (run tonight, or skipped as already committed), i.e. that has a
   * summary to show; null when there is none (every night missing, or the first one failed).
   */
  public static LocalDate lastCommitted(List<Night> nights) {
    LocalDate last = null;
    for (Night n : nights) {
      if (Night.COMMITTED.equals(n.status()) || Night.SKIPPED.equals(n.status())) {
        last = n.date();
      }
    }
    return last;
  }

  /** Runs the nights; returns one {@link Night} per night attempted, the last one failed if the backfill stopped. */
  public static List<Night> run(SparkSession spark, BackfillOptions options, Consumer<Night> progress) {
    List<Night> nights = new ArrayList<>();
    for (LocalDate date = options.from(); !date.isAfter(options.to()); date = date.plusDays(1)) {
      ScoreOptions night = options.night(date);
      Night result;
      if (!options.force()
          && RunOutput.isCommitted(new Path(night.output()), spark.sparkContext().hadoopConfiguration(), date)) {
        result = new Night(date, Night.SKIPPED, null, null);
      } else {
        try {
          result = new Night(date, Night.COMMITTED, ScoreJob.run(spark, night), null);
        } catch (InputMissingException e) {
          if (!options.skipMissing()) {
            result = new Night(date, Night.FAILED, null, e);
          } else {
            recordSkipped(spark, night, e);
            result = new Night(date, Night.MISSING, null, null);
          }
        } catch (Exception e) {
          // Exception, not RuntimeException: Spark's checked SparkException reaches here undeclared.
          result = new Night(date, Night.FAILED, null, e);
        }
      }
      nights.add(result);
      progress.accept(result);
      if (result.failure() != null) {
        break;
      }
    }
    return nights;
  }
}
