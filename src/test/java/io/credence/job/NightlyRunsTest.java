package io.credence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.io.RunHistory;
import io.credence.io.RunLock;
import io.credence.io.RunManifest;
import io.credence.io.RunRecord;
import io.credence.testing.NightlyFixtures;
import io.credence.testing.NightlyFixtures.Article;
import io.credence.testing.SparkTest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly operation end to end: three nights by backfill, a re-run of the middle night, a fourth night killed in a
 * child JVM while it writes, and a night a week after the first; checks windows against a from-scratch run, re-run
 * identity, what the kill left, delta_7d and the run history.
 */
class NightlyRunsTest extends SparkTest {

  static final LocalDate D1 = LocalDate.of(2024, 3, 1);
  static final LocalDate D2 = D1.plusDays(1);
  static final LocalDate D3 = D1.plusDays(2);
  static final LocalDate D4 = D1.plusDays(3);
  static final LocalDate D8 = D1.plusDays(7);
  static final int WINDOW = 2;
  static final List<String> TABLES = List.of("article_features", "cue_evidence", "rejected", "outlet_scores");
  @Test
  void nightsAreWindowedIdempotentAtomicAndRecorded(@TempDir Path in, @TempDir Path work) throws Exception {
    Map<LocalDate, List<Article>> nights = NightlyFixtures.fourNights(D1);
    for (Map.Entry<LocalDate, List<Article>> night : nights.entrySet()) {
      NightlyFixtures.write(in, night.getKey(), night.getValue());
    }
    Path out = work.resolve("out");
    String pattern = in + "/{date}/*.jsonl";

    List<BackfillJob.Night> backfill = BackfillJob.run(spark, backfill(out, pattern, D1, D3, false), n -> {});
    assertEquals(
        List.of("committed", "committed", "committed"),
        backfill.stream().map(BackfillJob.Night::status).toList());
    assertEquals(RunManifest.Counts.of(10, 10, 0), backfill.get(0).manifest().counts());

    // The window of D3 equals a from-scratch run over the articles that window holds.
    List<Article> expected = NightlyFixtures.window(nights, D3, WINDOW);
    assertTrue(expected.stream().anyMatch(a -> a.id().equals("early")), "fixture: early article in the window");
    assertFalse(expected.stream().anyMatch(a -> a.id().equals("n1-0")), "fixture: n1-0 moved out of the window");
    Path scratchIn = NightlyFixtures.write(work.resolve("scratch-in"), D3, expected);
    ScoreJob.run(
        spark,
        ScoreOptions.builder()
            .input(scratchIn.toString())
            .output(work.resolve("scratch").toString())
            .runDate(D3)
            .windowDays(WINDOW)
            .build());
    Map<String, Row> windowed = byOutlet(table(out, "outlet_scores", D3));
    Map<String, Row> scratch = byOutlet(table(work.resolve("scratch"), "outlet_scores", D3));
    assertEquals(scratch.keySet(), windowed.keySet());
    assertEquals(
        expected.size(),
        windowed.values().stream().mapToInt(r -> r.<Integer>getAs("articles")).sum(),
        "each article of the window counted once");
    for (String outlet : scratch.keySet()) {
      assertSameScores(scratch.get(outlet), windowed.get(outlet));
    }

    // Re-running the middle night gives the same rows; re-running the range skips committed nights.
    Map<String, List<String>> before = snapshot(out, D2);
    Map<String, List<String>> d3Before = snapshot(out, D3);
    BackfillJob.run(spark, backfill(out, pattern, D2, D2, true), n -> {});
    assertEquals(before, snapshot(out, D2));
    assertEquals(d3Before, snapshot(out, D3));
    assertEquals(
        List.of("skipped", "skipped", "skipped"),
        BackfillJob.run(spark, backfill(out, pattern, D1, D3, false), n -> {}).stream()
            .map(BackfillJob.Night::status)
            .toList());

    // A fourth night killed while it writes leaves the earlier nights as they were and nothing of itself.
    Map<String, List<String>> d1Before = snapshot(out, D1);
    Path staging = out.resolve("_staging");
    Process child = startChildScore(in.resolve(D4.toString()), out, D4, work.resolve("child.log"));
    boolean staged = waitForStagingWrite(staging, child);
    child.destroyForcibly();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "killed child did not end");
    assertTrue(staged, "the child ended before it staged anything; see " + work.resolve("child.log"));
    assertNotEquals(0, child.exitValue());
    assertTrue(Files.exists(out.resolve(RunLock.FILE)), "the killed run's lock is left behind");
    boolean committed = Files.exists(out.resolve("_runs/_manifests/" + D4 + ".json"));
    if (committed) {
      // The kill came after the commit: the night must then be complete.
      for (String t : TABLES) {
        assertTrue(Files.isDirectory(out.resolve(t).resolve("run_date=" + D4)), t);
      }
    } else {
      for (String t : TABLES) {
        assertFalse(Files.exists(out.resolve(t).resolve("run_date=" + D4)), "half-written " + t);
      }
    }
    assertEquals(d1Before, snapshot(out, D1));
    assertEquals(before, snapshot(out, D2));
    assertEquals(d3Before, snapshot(out, D3));

    // A night a week after the first takes over the dead run's lock, cleans up after it, and compares with D1.
    List<Article> week = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String outlet = List.of("careful.example", "hedgy.example", "loaded.example").get(i % 3);
      week.add(NightlyFixtures.article("w-" + i, outlet, D8, 100 + i));
    }
    Path weekIn = NightlyFixtures.write(in, D8, week);
    ScoreJob.run(
        spark, ScoreOptions.builder().input(weekIn.toString()).output(out.toString()).runDate(D8).windowDays(WINDOW)
            .build());
    assertFalse(Files.exists(staging), "staging left behind");
    assertFalse(Files.exists(out.resolve(RunLock.FILE)), "lock left behind");
    Map<String, Row> d1 = byOutlet(table(out, "outlet_scores", D1));
    for (Map.Entry<String, Row> e : byOutlet(table(out, "outlet_scores", D8)).entrySet()) {
      double expectedDelta = e.getValue().<Double>getAs("reliability") - d1.get(e.getKey()).<Double>getAs("reliability");
      assertEquals(expectedDelta, e.getValue().<Double>getAs("delta_7d"), 1e-12, e.getKey());
    }
    for (Row r : table(out, "outlet_scores", D3).collectAsList()) {
      assertNull(r.getAs("delta_7d"));
      assertEquals(WINDOW, (int) r.<Integer>getAs("window_days"));
    }

    // _runs records every attempt, and reads as a Parquet table.
    List<RunRecord> runs = new RunHistory(new org.apache.hadoop.fs.Path(out.toString()), conf()).readAll();
    List<String> summary = runs.stream().map(r -> r.runDate() + " " + r.status()).toList();
    String d4Status = committed ? "succeeded" : "failed";
    assertEquals(
        List.of(
            D1 + " succeeded", D2 + " succeeded", D2 + " succeeded", D3 + " succeeded", D4 + " " + d4Status,
            D8 + " succeeded"),
        summary);
    RunRecord killed = runs.get(4);
    RunRecord week8 = runs.get(5);
    if (!committed) {
      assertTrue(killed.error().startsWith("interrupted"), killed.error());
      assertEquals(week8.attemptId(), killed.recoveredBy());
    }
    assertEquals(10L, runs.get(0).read());
    assertEquals(1, runs.get(0).inputPaths().size());
    assertTrue(runs.get(0).inputPaths().get(0).endsWith(D1 + "/articles.jsonl"), runs.get(0).inputPaths().toString());
    Dataset<Row> history = spark.read().parquet(out.resolve("_runs").toString());
    StructType schema = history.schema();
    assertEquals(DataTypes.DateType, schema.apply("run_date").dataType());
    assertEquals(DataTypes.TimestampType, schema.apply("started").dataType());
    assertEquals(DataTypes.createArrayType(DataTypes.StringType, true), schema.apply("input_paths").dataType());
    assertEquals(6, history.count());
    assertEquals(1, history.where("status = 'succeeded' and run_date = '" + D8 + "'").count());
  }

  private static BackfillOptions backfill(Path out, String pattern, LocalDate from, LocalDate to, boolean force) {
    ScoreOptions shared = ScoreOptions.builder().input(pattern).output(out.toString()).windowDays(WINDOW).build();
    return new BackfillOptions(from, to, pattern, force, shared);
  }

  private static void assertSameScores(Row expected, Row actual) {
    for (String f : expected.schema().fieldNames()) {
      Object e = expected.getAs(f);
      Object a = actual.getAs(f);
      if (e instanceof Double d) {
        assertNotNull(a, f);
        assertEquals(d, (Double) a, 1e-9 * Math.max(1.0, Math.abs(d)), f + " of " + expected.getAs("outlet"));
      } else if (!f.equals("delta_7d")) {
        assertEquals(e, a, f);
      }
    }
  }

  private static Dataset<Row> table(Path out, String name, LocalDate date) {
    return spark.read().parquet(out.resolve(name).toString()).where("run_date = '" + date + "'");
  }

  private static Map<String, Row> byOutlet(Dataset<Row> scores) {
    return scores.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("outlet"), r -> r));
  }

  /** Every table's rows of {@code date}, each row as text (doubles in full), sorted. */
  private static Map<String, List<String>> snapshot(Path out, LocalDate date) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String t : TABLES) {
      Dataset<Row> rows = table(out, t, date);
      String[] cols = rows.columns();
      Arrays.sort(cols);
      tables.put(
          t,
          rows.selectExpr(cols).collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return tables;
  }

  private static org.apache.hadoop.conf.Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  /** Starts {@code credence score} for one night in a child JVM with this test's classpath. */
  private static Process startChildScore(Path input, Path out, LocalDate date, Path log) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(
        List.of(
            "-Dspark.ui.enabled=false", "-Dspark.sql.shuffle.partitions=2", "-Dspark.driver.host=127.0.0.1",
            "-cp", System.getProperty("java.class.path"), "io.credence.cli.CredenceCli",
            "score", "--input", input.toString(), "--output", out.toString(), "--run-date", date.toString(),
            "--window-days", String.valueOf(WINDOW), "--master", "local[2]"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** Waits until the child has started writing a staged table (true), or has ended (false). */
  private static boolean waitForStagingWrite(Path staging, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (child.isAlive() && System.nanoTime() < deadline) {
      if (Files.isDirectory(staging)) {
        try (Stream<Path> attempts = Files.list(staging)) {
          if (attempts.anyMatch(a -> Files.isDirectory(a.resolve("article_features")))) {
            return true;
          }
        } catch (java.nio.file.NoSuchFileException e) {
          // the staging area went away between the two calls: keep watching
        }
      }
      Thread.sleep(10);
    }
    return false;
  }

}
