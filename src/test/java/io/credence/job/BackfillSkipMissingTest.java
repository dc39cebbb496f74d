package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunHistory;
import io.credence.io.RunRecord;
import io.credence.testing.NightlyFixtures;
import io.credence.testing.SparkTestSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backfill --skip-missing}: a night without input is recorded as skipped in {@code _runs}, the rest run. */
class BackfillSkipMissingTest {

  static final LocalDate D1 = LocalDate.of(2024, 3, 1);
  static final LocalDate D2 = D1.plusDays(1);

  @Test
  void aMissingNightIsRecordedAndTheBackfillGoesOn(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("in");
    NightlyFixtures.write(in, D2, NightlyFixtures.fourNights(D1).get(D1));
    Path out = dir.resolve("out");
    String pattern = in + "/{date}/*.jsonl";
    ScoreOptions shared = ScoreOptions.builder().input(pattern).output(out.toString()).build();

    List<BackfillJob.Night> stopped =
        BackfillJob.run(spark, new BackfillOptions(D1, D2, pattern, false, false, shared), n -> {});
    assertEquals(List.of("failed"), stopped.stream().map(BackfillJob.Night::status).toList());

    List<BackfillJob.Night> nights =
        BackfillJob.run(spark, new BackfillOptions(D1, D2, pattern, false, true, shared), n -> {});
    assertEquals(List.of("missing", "committed"), nights.stream().map(BackfillJob.Night::status).toList());
    assertTrue(nights.get(0).describe().contains("input missing"), nights.get(0).describe());
    List<RunRecord> runs =
        new RunHistory(new org.apache.hadoop.fs.Path(out.toString()), spark.sparkContext().hadoopConfiguration())
            .readAll();
    List<RunRecord> first = runs.stream().filter(r -> r.runDate().equals(D1.toString())).toList();
    assertEquals(List.of(RunRecord.SKIPPED), first.stream().map(RunRecord::status).toList(), runs.toString());
    assertTrue(first.get(0).error() != null && !first.get(0).error().isBlank());

    // The summary at the end shows the last committed night, never a missing one after it.
    assertEquals(D2, BackfillJob.lastCommitted(nights));
    List<BackfillJob.Night> endsMissing =
        BackfillJob.run(spark, new BackfillOptions(D2, D2.plusDays(1), pattern, false, true, shared), n -> {});
    assertEquals(List.of("skipped", "missing"), endsMissing.stream().map(BackfillJob.Night::status).toList());
    assertEquals(D2, BackfillJob.lastCommitted(endsMissing));
    assertNull(BackfillJob.lastCommitted(stopped));
  }
}
