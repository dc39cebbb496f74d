package io.credence.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's outputs under an output directory. Each table is staged under {@code _staging/<attempt_id>/}; the commit
 * first writes {@code _staging/<attempt_id>/_COMMIT} (the decision: from here on the run counts as done), then swaps
 * each table's {@code run_date=YYYY-MM-DD} partition by rename, then writes the run's manifest last. A run killed
 * before the marker leaves only staging (removed by the next run); one killed during the swap is completed by the next
 * run from the marker ({@link #recover}), so a night is either absent, its earlier version, or complete.
 */
public final class RunOutput {

  public static final String ARTICLE_FEATURES = "article_features";
  public static final String OUTLET_SCORES = "outlet_scores";
  public static final String CUE_EVIDENCE = "cue_evidence";
  public static final String REJECTED = "rejected";
  public static final String STORIES = "stories";
  public static final String STORY_EVIDENCE = "story_evidence";
  public static final String RUNS = "_runs";
  /** Under {@code _runs/}: the JSON manifest of each committed night, written last by its commit. */
  public static final String MANIFESTS = "_manifests";
  static final String STAGING = "_staging";
  static final String COMMIT_MARKER = "_COMMIT";
  static final String REPLACED = "_replaced";

  private static final Logger LOG = LoggerFactory.getLogger(RunOutput.class);

  /** What the commit marker holds: everything needed to finish the commit without the process that started it. */
  record Commit(
      List<String> tables,
      RunManifest manifest,
      RunRecord record) {}

  private final SparkSession spark;
  private final Path root;
  private final LocalDate runDate;
  private final Path staging;
  private final List<String> staged = new ArrayList<>();

  public RunOutput(SparkSession spark, String outputDir, LocalDate runDate, String attemptId) {
    Preconditions.checkArgument(outputDir != null && !outputDir.isBlank(), "Output directory must not be empty");
    this.spark = spark;
    this.root = new Path(outputDir);
    this.runDate = runDate;
    this.staging = new Path(new Path(root, STAGING), attemptId);
  }

  /**
   * Writes {@code rows} as Parquet into the staging area for {@code table}, partitioned by {@code partitionColumns}
   * (none: flat); returns the staged row count.
   */
  public long stage(String table, Dataset<Row> rows, String... partitionColumns) {
    Path target = new Path(staging, table);
    rows.write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .partitionBy(partitionColumns)
        .parquet(target.toString());
    if (!staged.contains(table)) {
      staged.add(table);
    }
    return staged(table, rows.schema()).count();
  }

  /** Reads back a staged table with its declared schema (partition columns included). */
  public Dataset<Row> staged(String table, StructType schema) {
    return spark.read().schema(schema).parquet(new Path(staging, table).toString());
  }

  /**
   * Commits every staged table: writes the commit marker, swaps the partitions, writes the manifest (replacing the
   * night's earlier one) and records {@code succeeded} in {@code history}.
   */
  public void commit(RunManifest manifest, RunRecord succeeded, RunHistory history) {
    Configuration conf = conf();
    try {
      FileSystem fs = fs();
      Path marker = new Path(staging, COMMIT_MARKER);
      Path tmp = new Path(staging, "." + COMMIT_MARKER + ".tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(new ObjectMapper().writeValueAsBytes(new Commit(List.copyOf(staged), manifest, succeeded)));
      }
      if (!fs.rename(tmp, marker)) {
        throw new IOException("Cannot write the commit marker " + marker);
      }
      finish(fs, conf, root, staging, new Commit(List.copyOf(staged), manifest, succeeded), history);
    } catch (IOException e) {
      throw new UncheckedIOException("Committing the run for " + runDate + " failed", e);
    }
  }

  private static void finish(
      FileSystem fs, Configuration conf, Path root, Path staging, Commit commit, RunHistory history)
      throws IOException {
    fs.delete(RunManifest.location(root, commit.manifest().runDate()), false);
    for (String table : commit.tables()) {
      Path from = new Path(staging, table);
      if (!fs.exists(from)) {
        continue;
      }
      Path target = partition(root, table, commit.manifest().runDate());
      if (fs.exists(target)) {
        Path replaced = new Path(new Path(staging, REPLACED), table);
        fs.delete(replaced, true);
        fs.mkdirs(replaced.getParent());
        if (!fs.rename(target, replaced)) {
          throw new IOException("Cannot move the previous partition " + target + " aside");
        }
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(from, target)) {
        throw new IOException("Cannot move " + from + " to " + target);
      }
    }
    commit.manifest().write(root, conf);
    history.finish(commit.record());
    removeStaging(fs, staging);
  }

  private static void removeStaging(FileSystem fs, Path staging) throws IOException {
    fs.delete(staging, true);
    Path parent = staging.getParent();
    FileStatus[] left = fs.exists(parent) ? fs.listStatus(parent) : null;
    if (left != null && left.length == 0) {
      fs.delete(parent, false);
    }
  }

  /**
   * Removes this run's staging area, unless its commit marker was written (then the next run completes the commit
   * from it). Returns whether the staging area was removed.
   */
  public boolean abort() {
    try {
      FileSystem fs = fs();
      if (fs.exists(new Path(staging, COMMIT_MARKER))) {
        return false;
      }
      removeStaging(fs, staging);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove staging area " + staging, e);
    }
  }

  /**
   * Cleans up after interrupted runs: completes every commit whose marker was written (recording it as succeeded,
   * recovered by {@code byAttempt}) and removes every other staging area. Returns the attempts whose commit it
   * completed. Call only while holding the output's lock.
   */
  public static List<String> recover(Path root, Configuration conf, RunHistory history, String byAttempt) {
    List<String> completed = new ArrayList<>();
    Path stagingRoot = new Path(root, STAGING);
    try {
      FileSystem fs = stagingRoot.getFileSystem(conf);
      if (!fs.exists(stagingRoot)) {
        return completed;
      }
      for (FileStatus st : fs.listStatus(stagingRoot)) {
        Path dir = st.getPath();
        Path marker = new Path(dir, COMMIT_MARKER);
        if (fs.exists(marker)) {
          Commit commit;
          try (InputStream in = fs.open(marker)) {
            commit = new ObjectMapper().readValue(in, Commit.class);
          }
          LOG.warn("Completing the interrupted commit of {} for {}", dir.getName(), commit.manifest().runDate());
          finish(fs, conf, root, dir, new Commit(commit.tables(), commit.manifest(),
              commit.record().recoveredBy(byAttempt)), history);
          completed.add(commit.record().attemptId());
        } else {
          LOG.warn("Removing the staging area of the interrupted attempt {}", dir.getName());
          removeStaging(fs, dir);
        }
      }
      return completed;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot recover interrupted runs under " + stagingRoot, e);
    }
  }

  /** Whether {@code date} has a committed night under {@code root} (its manifest, written last, exists). */
  public static boolean isCommitted(Path root, Configuration conf, LocalDate date) {
    Path manifest = RunManifest.location(root, date.toString());
    try {
      return manifest.getFileSystem(conf).exists(manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + manifest, e);
    }
  }

  static Path partition(Path root, String table, String runDate) {
    return new Path(new Path(root, table), "run_date=" + runDate);
  }

  /** The output directory. */
  public Path root() {
    return root;
  }

  private Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  FileSystem fs() throws IOException {
    return root.getFileSystem(conf());
  }
}
