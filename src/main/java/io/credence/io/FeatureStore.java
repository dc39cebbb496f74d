package io.credence.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The article feature store: {@code article_features/run_date=R/published_date=P/}, every night's scored articles kept
 * by the night that delivered them and the date they were published. A window view takes, for each article id, the
 * row of its latest delivery (latest night wins; a re-delivered article replaces its earlier row, wherever that was
 * published) and keeps it when its published date falls in the window.
 */
public final class FeatureStore {

  /** The partition column that holds an article's published date. */
  public static final String PUBLISHED_DATE = "published_date";

  /** The partition column that holds the night that delivered an article. */
  public static final String RUN_DATE = "run_date";

  private static final String RANK = "_rank";

  private final SparkSession spark;
  private final Path table;

  public FeatureStore(SparkSession spark, Path outputRoot) {
    this.spark = spark;
    this.table = new Path(outputRoot, RunOutput.ARTICLE_FEATURES);
  }

  /** The published-date partition column for a feature or evidence row with a {@code published} date. */
  public static Column publishedDate() {
    return col("published").as(PUBLISHED_DATE);
  }

  /**
   * The window of {@code days} days ending at {@code runDate}: the latest delivery of each article among the committed
   * nights before {@code runDate} and {@code tonight} (the night's own rows, with {@link #PUBLISHED_DATE}), kept when
   * published in the window. Columns: {@code tonight}'s plus {@link #RUN_DATE}. Committed nights after {@code runDate}
   * are ignored, so re-running a night gives the rows it gave the first time.
   */
  public Dataset<Row> window(LocalDate runDate, int days, Dataset<Row> tonight) {
    Preconditions.checkArgument(days >= 1, "Window must be at least 1 day, got %s", days);
    LocalDate start = runDate.minusDays(days - 1L);
    StructType schema = tonight.schema().add(RUN_DATE, DataTypes.DateType, true);
    Map<LocalDate, List<LocalDate>> nights = committedNightsBefore(runDate);
    LocalDate earliest = runDate;
    for (Map.Entry<LocalDate, List<LocalDate>> night : nights.entrySet()) {
      if (night.getValue().stream().anyMatch(p -> !p.isBefore(start) && !p.isAfter(runDate))) {
        earliest = night.getKey();
        break;
      }
    }
    List<String> paths = new ArrayList<>();
    for (LocalDate night : nights.keySet()) {
      if (!night.isBefore(earliest)) {
        paths.add(new Path(table, RUN_DATE + "=" + night).toString());
      }
    }
    Column inWindow =
        col(PUBLISHED_DATE)
            .geq(lit(java.sql.Date.valueOf(start)))
            .and(col(PUBLISHED_DATE).leq(lit(java.sql.Date.valueOf(runDate))));
    Dataset<Row> delivered = tonight.withColumn(RUN_DATE, lit(java.sql.Date.valueOf(runDate)));
    if (paths.isEmpty()) {
      // No earlier night in reach: tonight's ids are already unique (the validator rejects duplicate ids).
      return delivered.where(inWindow);
    }
    Dataset<Row> stored =
        spark.read()
            .schema(schema)
            .option("basePath", table.toString())
            .parquet(paths.toArray(new String[0]))
            .select(Arrays.stream(schema.fieldNames()).map(f -> col(f)).toArray(Column[]::new));
    return latestDeliveries(stored.unionByName(delivered)).where(inWindow);
  }

  /**
   * Of {@code delivered}, the rows of several nights stacked (with {@link #RUN_DATE}), each article id's row of its
   * latest delivery: the latest night wins, wherever the article was published then.
   */
  public static Dataset<Row> latestDeliveries(Dataset<Row> delivered) {
    // Each night holds an id at most once (the validator rejects duplicate ids), so the latest night decides alone.
    return delivered
        .withColumn(RANK, row_number().over(Window.partitionBy(col("id")).orderBy(col(RUN_DATE).desc())))
        .where(col(RANK).equalTo(1))
        .drop(RANK);
  }

  /** Committed nights before {@code runDate}, oldest first, each with its published-date partitions. */
  Map<LocalDate, List<LocalDate>> committedNightsBefore(LocalDate runDate) {
    Map<LocalDate, List<LocalDate>> nights = new TreeMap<>();
    try {
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(table)) {
        return nights;
      }
      for (FileStatus night : fs.listStatus(table)) {
        LocalDate date = partitionValue(night, RUN_DATE);
        if (date == null || !date.isBefore(runDate)) {
          continue;
        }
        List<LocalDate> published = new ArrayList<>();
        for (FileStatus p : fs.listStatus(night.getPath())) {
          LocalDate d = partitionValue(p, PUBLISHED_DATE);
          if (d != null) {
            published.add(d);
          }
        }
        nights.put(date, published);
      }
      return nights;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the feature store " + table, e);
    }
  }

  private static LocalDate partitionValue(FileStatus st, String column) {
    String name = st.getPath().getName();
    if (!st.isDirectory() || !name.startsWith(column + "=")) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(column.length() + 1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
