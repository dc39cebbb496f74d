package io.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunHistory;
import io.credence.io.RunRecord;
import io.credence.job.ScoreJob;
import io.credence.job.ScoreOptions;
import io.credence.testing.FaultyFileSystem;
import io.credence.testing.FaultyOutputTest;
import io.credence.testing.OutputTrees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the output (issue 16): the Parquet write fails inside a Spark task, which reaches the job as
 * Spark's checked {@code SparkException}. The attempt must still end as a {@code failed} row naming the root cause,
 * with no staging area, no active marker and no lock left, exit code 1, and a last stderr line of one sentence.
 */
class FullDiskTest extends FaultyOutputTest {

  static final LocalDate NIGHT = LocalDate.of(2022, 7, 15);
  private static ScoreOptions night(String output) {
    return ScoreOptions.builder().input("data/sample").output(output).runDate(NIGHT).build();
  }

  @Test
  void aFullDiskEndsAsAFailedRunWithItsRootCause(@TempDir Path dir) throws Exception {
    FaultyFileSystem.quota(Long.MAX_VALUE);
    ScoreJob.run(spark, night(FaultyFileSystem.uri(dir.resolve("probe"))));
    long cleanNight = FaultyFileSystem.used();
    assertTrue(cleanNight > 10_000, "a night writes more than a few run records: " + cleanNight);

    Path out = dir.resolve("out");
    FaultyFileSystem.quota(cleanNight / 2);
    Throwable thrown = assertThrows(Throwable.class, () -> ScoreJob.run(spark, night(FaultyFileSystem.uri(out))));
    FaultyFileSystem.reset();

    List<RunRecord> runs = new RunHistory(new org.apache.hadoop.fs.Path(out.toString()), conf).readAll();
    assertEquals(1, runs.size(), runs.toString());
    RunRecord failed = runs.get(0);
    assertEquals(RunRecord.FAILED, failed.status());
    assertTrue(failed.error().startsWith("No space left on device (java.io.IOException)"), failed.error());
    assertTrue(failed.finished() != null);
    OutputTrees.assertClean(out, "a full disk");
    assertFalse(Files.exists(out.resolve("_runs/_manifests/" + NIGHT + ".json")));

    assertInstanceOf(Exception.class, thrown);
    assertEquals(CredenceCli.EXIT_FAILURE, CredenceCli.exitCode(thrown));
    StringWriter err = new StringWriter();
    CredenceCli.report((Exception) thrown, new PrintWriter(err, true));
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.size() > 1, "the stack trace goes above the last line");
    assertEquals("credence: failed: No space left on device (java.io.IOException)", lines.get(lines.size() - 1));

    ScoreJob.run(spark, night(FaultyFileSystem.uri(out)));
    assertTrue(Files.exists(out.resolve("_runs/_manifests/" + NIGHT + ".json")), "the lock was released");
  }
}
