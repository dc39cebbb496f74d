package io.credence.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash windows of a commit, laid out on disk as a killed process leaves them, and what the next run's recovery
 * makes of them.
 */
class RunRecoveryTest {

  final Configuration conf = new Configuration();

  private static RunRecord running(String attempt, String date) {
    return new RunRecord(
        attempt, date, RunRecord.RUNNING, "2024-03-04T02:00:00Z", null, null, null, null, null, 30, "default",
        "abc", "0.1.0", "in/" + date, List.of("file:/in/" + date + "/a.jsonl"), "host", 42L, null, null);
  }

  private static RunManifest manifest(String attempt, String date) {
    return new RunManifest(
        date, attempt, "succeeded", "0.1.0", "in", "jsonl", "default", "abc", "2024-03-04T02:00:00Z",
        "2024-03-04T02:05:00Z", RunManifest.Counts.of(3, 3, 0), Map.of(), 2, 30, Map.of());
  }

  private static void partition(Path out, String table, String date, String content) throws Exception {
    Path dir = Files.createDirectories(out.resolve(table).resolve("run_date=" + date));
    Files.writeString(dir.resolve("part-0.parquet"), content);
  }

  @Test
  void commitKilledMidSwapIsCompletedAndRecordedAsSucceeded(@TempDir Path out) throws Exception {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(out.toString());
    RunHistory history = new RunHistory(root, conf);
    RunRecord run = running("a1", "2024-03-04");
    history.start(run);
    partition(out, "article_features", "2024-03-04", "old features");
    partition(out, "outlet_scores", "2024-03-04", "old scores");
    Files.createDirectories(out.resolve("_runs/_manifests"));
    Files.writeString(out.resolve("_runs/_manifests/2024-03-04.json"), "{}");
    // Killed after the marker, with article_features swapped and outlet_scores moved aside but not replaced.
    Path staging = Files.createDirectories(out.resolve("_staging/a1"));
    RunRecord done = run.counted(3, 3, 0, 2).ended(RunRecord.SUCCEEDED, "2024-03-04T02:05:00Z", null);
    Files.write(
        staging.resolve("_COMMIT"),
        new ObjectMapper()
            .writeValueAsBytes(
                new RunOutput.Commit(
                    List.of("article_features", "outlet_scores", "rejected"), manifest("a1", "2024-03-04"), done)));
    Files.delete(out.resolve("_runs/_manifests/2024-03-04.json"));
    Files.createDirectories(out.resolve("article_features/run_date=2024-03-04"));
    Files.writeString(out.resolve("article_features/run_date=2024-03-04/part-0.parquet"), "new features");
    Files.createDirectories(staging.resolve("_replaced"));
    Files.move(out.resolve("outlet_scores/run_date=2024-03-04"), staging.resolve("_replaced/outlet_scores"));
    Files.createDirectories(staging.resolve("outlet_scores"));
    Files.writeString(staging.resolve("outlet_scores/part-0.parquet"), "new scores");
    Files.createDirectories(staging.resolve("rejected"));
    Files.writeString(staging.resolve("rejected/part-0.parquet"), "new rejects");

    assertEquals(List.of("a1"), RunOutput.recover(root, conf, history, "b2"));
    assertEquals(List.of(), history.closeInterrupted("b2"));

    assertEquals("new features", Files.readString(out.resolve("article_features/run_date=2024-03-04/part-0.parquet")));
    assertEquals("new scores", Files.readString(out.resolve("outlet_scores/run_date=2024-03-04/part-0.parquet")));
    assertEquals("new rejects", Files.readString(out.resolve("rejected/run_date=2024-03-04/part-0.parquet")));
    assertFalse(Files.exists(out.resolve("_staging")));
    assertTrue(RunOutput.isCommitted(root, conf, java.time.LocalDate.parse("2024-03-04")));
    RunRecord recorded = history.readAll().get(0);
    assertEquals(RunRecord.SUCCEEDED, recorded.status());
    assertEquals("b2", recorded.recoveredBy());
    assertEquals(3L, recorded.scored());
  }

  @Test
  void attemptKilledBeforeTheMarkerLeavesTheEarlierNightAndIsRecordedAsFailed(@TempDir Path out) throws Exception {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(out.toString());
    RunHistory history = new RunHistory(root, conf);
    partition(out, "outlet_scores", "2024-03-04", "earlier run");
    history.start(running("a1", "2024-03-04"));
    Path staging = Files.createDirectories(out.resolve("_staging/a1/outlet_scores"));
    Files.writeString(staging.resolve("part-0.parquet"), "half");

    assertEquals(List.of(), RunOutput.recover(root, conf, history, "b2"));
    assertEquals(List.of("a1"), history.closeInterrupted("b2"));

    assertFalse(Files.exists(out.resolve("_staging")));
    assertEquals("earlier run", Files.readString(out.resolve("outlet_scores/run_date=2024-03-04/part-0.parquet")));
    RunRecord recorded = history.readAll().get(0);
    assertEquals(RunRecord.FAILED, recorded.status());
    assertTrue(recorded.error().startsWith("interrupted"), recorded.error());
    assertNull(recorded.finished());
    assertEquals(List.of("file:/in/2024-03-04/a.jsonl"), recorded.inputPaths());
    assertEquals(30, recorded.windowDays());
  }

  @Test
  void recordRoundTripsThroughParquet(@TempDir Path out) {
    RunHistory history = new RunHistory(new org.apache.hadoop.fs.Path(out.toString()), conf);
    RunRecord r =
        running("a9", "2024-03-05")
            .counted(10, 8, 2, 3)
            .ended(RunRecord.FAILED, Instant.parse("2024-03-05T02:03:04.123456Z").toString(), "boom");
    history.record(r);
    assertEquals(List.of(r), history.readAll());
  }
}
