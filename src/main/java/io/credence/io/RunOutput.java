package io.credence.io;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * One run's outputs under an output directory: each table is staged under {@code _staging/} and, once every table
 * is written, moved into {@code <table>/run_date=YYYY-MM-DD/}, replacing that date's partition and nothing else.
 */
public final class RunOutput {

  public static final String ARTICLE_FEATURES = "article_features";
  public static final String OUTLET_SCORES = "outlet_scores";
  public static final String CUE_EVIDENCE = "cue_evidence";
  public static final String REJECTED = "rejected";
  public static final String RUNS = "_runs";
  static final String STAGING = "_staging";

  private final SparkSession spark;
  private final Path root;
  private final LocalDate runDate;
  private final Path staging;
  private final List<String> staged = new ArrayList<>();

  public RunOutput(SparkSession spark, String outputDir, LocalDate runDate) {
    Preconditions.checkArgument(outputDir != null && !outputDir.isBlank(), "Output directory must not be empty");
    this.spark = spark;
    this.root = new Path(outputDir);
    this.runDate = runDate;
    this.staging = new Path(new Path(root, STAGING), runDate + "-" + UUID.randomUUID());
  }

  /** Writes {@code rows} as Parquet into the staging area for {@code table}; returns the staged row count. */
  public long stage(String table, Dataset<Row> rows) {
    Path target = new Path(staging, table);
    rows.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(target.toString());
    staged.add(table);
    return spark.read().parquet(target.toString()).count();
  }

  /** Moves every staged table into its {@code run_date} partition, replacing an earlier run of the same date. */
  public void commit() {
    try {
      FileSystem fs = fs();
      for (String table : staged) {
        Path partition = partition(table);
        fs.mkdirs(partition.getParent());
        if (fs.exists(partition) && !fs.delete(partition, true)) {
          throw new IOException("Cannot remove the previous partition " + partition);
        }
        if (!fs.rename(new Path(staging, table), partition)) {
          throw new IOException("Cannot move " + new Path(staging, table) + " to " + partition);
        }
      }
      abort();
    } catch (IOException e) {
      throw new UncheckedIOException("Committing the run for " + runDate + " failed", e);
    }
  }

  /** Removes this run's staging area. */
  public void abort() {
    try {
      FileSystem fs = fs();
      fs.delete(staging, true);
      Path parent = staging.getParent();
      if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
        fs.delete(parent, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove staging area " + staging, e);
    }
  }

  /** The final location of {@code table}'s partition for this run date. */
  public Path partition(String table) {
    return new Path(new Path(root, table), "run_date=" + runDate);
  }

  /** The output directory. */
  public Path root() {
    return root;
  }

  FileSystem fs() throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    return root.getFileSystem(conf);
  }
}
