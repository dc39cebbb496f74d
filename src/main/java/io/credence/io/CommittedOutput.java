package io.credence.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads what an output directory holds for its committed nights only (a night whose manifest exists, see {@link
 * RunOutput}): the manifests, each night's partitions of the tables, the window's evidence and the run history. It
 * reads the Parquet files with the columns they carry, so columns that later versions add are picked up as they come.
 */
public final class CommittedOutput {

  private static final String JSON = ".json";

  private final SparkSession spark;
  private final Path root;
  private final Configuration conf;
  private final Map<LocalDate, Dataset<Row>> latestArticles = new HashMap<>();
  private List<LocalDate> nights;

  public CommittedOutput(SparkSession spark, String outputDir) {
    this(spark, outputDir, spark.sparkContext().hadoopConfiguration());
  }

  private CommittedOutput(SparkSession spark, String outputDir, Configuration conf) {
    Preconditions.checkArgument(outputDir != null && !outputDir.isBlank(), "Output directory must not be empty");
    this.spark = spark;
    this.root = new Path(outputDir);
    this.conf = conf;
  }

  /**
   * {@link #night(LocalDate)} of {@code outputDir} without a Spark session (only the manifests' names are listed), so
   * that a command can check the night it was asked for before Spark starts.
   */
  public static LocalDate committedNight(String outputDir, LocalDate night, Configuration conf) {
    return new CommittedOutput(null, outputDir, conf).night(night);
  }

  /** The output directory. */
  public Path root() {
    return root;
  }

  /** The committed nights, oldest first (the manifests are listed once, on the first call). */
  public List<LocalDate> nights() {
    if (nights == null) {
      nights = Collections.unmodifiableList(listNights());
    }
    return nights;
  }

  private List<LocalDate> listNights() {
    Path dir = RunManifest.directory(root);
    List<LocalDate> nights = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) {
        return nights;
      }
      for (FileStatus st : fs.listStatus(dir)) {
        String name = st.getPath().getName();
        if (st.isFile() && name.endsWith(JSON) && !name.startsWith(".")) {
          try {
            nights.add(LocalDate.parse(name.substring(0, name.length() - JSON.length())));
          } catch (DateTimeParseException e) {
            // not a manifest of this layout
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the run manifests in " + dir, e);
    }
    nights.sort(null);
    return nights;
  }

  /**
   * {@code night} when it is committed, the latest committed night when it is null; fails with a message that says
   * what to do when the output holds no committed night or not that one.
   */
  public LocalDate night(LocalDate night) {
    List<LocalDate> nights = nights();
    Preconditions.checkArgument(
        !nights.isEmpty(),
        "'%s' holds no committed night (no %s): give the --output of a score run, e.g. jobs/credence score"
            + " --input data/sample --output out --run-date 2022-07-15",
        root,
        RunManifest.location(root, "<run_date>"));
    if (night == null) {
      return nights.get(nights.size() - 1);
    }
    Preconditions.checkArgument(
        nights.contains(night),
        "'%s' has no committed night %s: its committed nights are %s",
        root,
        night,
        nights.size() > 10
            ? nights.subList(0, 5) + " ... " + nights.subList(nights.size() - 5, nights.size())
            : nights);
    return night;
  }

  /** The manifest of a committed night. */
  public RunManifest manifest(LocalDate night) {
    return RunManifest.read(root, night.toString(), conf);
  }

  /** Where {@code table}'s partition of {@code night} lives. */
  public Path partition(String table, LocalDate night) {
    return RunOutput.partition(root, table, night.toString());
  }

  /** One night's rows of a table with one partition per night ({@code outlet_scores}, {@code rejected}). */
  public Dataset<Row> night(String table, LocalDate night) {
    Path p = partition(table, night);
    return exists(p)
        ? spark.read().parquet(p.toString()).withColumn(FeatureStore.RUN_DATE, lit(java.sql.Date.valueOf(night)))
        : null;
  }

  /** Every committed night's {@code outlet_scores} up to {@code last}, with {@link FeatureStore#RUN_DATE}. */
  public Dataset<Row> outletScoresUpTo(LocalDate last) {
    return upTo(RunOutput.OUTLET_SCORES, last);
  }

  /**
   * The rows of a table partitioned by night and published date ({@code article_features}, {@code cue_evidence}) that
   * make up the window of {@code night}, as the feature store defines it: for each article id the rows of its latest
   * delivery among the committed nights up to {@code night} (decided on {@code article_features}, which holds every
   * scored article, so a re-delivery without cues hides the earlier delivery's evidence), kept when that delivery was
   * published from {@code windowStart} to {@code night}. Null when the table holds none of those nights.
   */
  public Dataset<Row> window(String table, LocalDate night, LocalDate windowStart) {
    Dataset<Row> latest = latestArticles(night);
    if (latest == null) {
      return null;
    }
    Dataset<Row> rows;
    if (table.equals(RunOutput.ARTICLE_FEATURES)) {
      rows = latest;
    } else {
      rows = upTo(table, night);
      if (rows == null) {
        return null;
      }
      Dataset<Row> deliveries =
          latest.select(col("id").as("_latest_id"), col(FeatureStore.RUN_DATE).as("_latest_night"));
      rows =
          rows.join(
                  deliveries,
                  rows.col("id").equalTo(deliveries.col("_latest_id"))
                      .and(rows.col(FeatureStore.RUN_DATE).equalTo(deliveries.col("_latest_night"))))
              .drop("_latest_id", "_latest_night");
    }
    return rows.where(
        col(FeatureStore.PUBLISHED_DATE).between(java.sql.Date.valueOf(windowStart), java.sql.Date.valueOf(night)));
  }

  /**
   * Each article's row of its latest delivery among the committed nights up to {@code night} (null when there are
   * none); read once per night and instance, as a report asks for it for the evidence and for the articles.
   */
  private Dataset<Row> latestArticles(LocalDate night) {
    if (!latestArticles.containsKey(night)) {
      Dataset<Row> articles = upTo(RunOutput.ARTICLE_FEATURES, night);
      latestArticles.put(night, articles == null ? null : FeatureStore.latestDeliveries(articles));
    }
    return latestArticles.get(night);
  }

  /** Every committed night's partitions of {@code table} up to {@code night}, or null when there are none. */
  private Dataset<Row> upTo(String table, LocalDate night) {
    List<String> paths = new ArrayList<>();
    for (LocalDate n : nights()) {
      Path p = partition(table, n);
      if (!n.isAfter(night) && exists(p)) {
        paths.add(p.toString());
      }
    }
    if (paths.isEmpty()) {
      return null;
    }
    return spark.read()
        .option("basePath", new Path(root, table).toString())
        .option("mergeSchema", "true")
        .parquet(paths.toArray(new String[0]));
  }

  /** Every recorded run attempt, oldest first. */
  public List<RunRecord> attempts() {
    return new RunHistory(root, conf).readAll();
  }

  private boolean exists(Path p) {
    try {
      return p.getFileSystem(conf).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + p, e);
    }
  }
}
