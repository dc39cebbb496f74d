package io.credence.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The nightly history of {@code outlet_scores}: every night is kept, and each compares itself with a week before. */
public final class OutletHistory {

  /** The column with the change of {@code reliability} against the committed night 7 days earlier. */
  public static final String DELTA_7D = "delta_7d";

  private static final String PREVIOUS = "_previous_reliability";

  private final SparkSession spark;
  private final Path table;

  public OutletHistory(SparkSession spark, Path outputRoot) {
    this.spark = spark;
    this.table = new Path(outputRoot, RunOutput.OUTLET_SCORES);
  }

  /**
   * {@code scores} (one row per outlet for {@code runDate}) with {@link #DELTA_7D}: its reliability minus the
   * outlet's reliability on {@code runDate - 7}, null when that night or the outlet in it is missing.
   */
  public Dataset<Row> withDelta7d(Dataset<Row> scores, LocalDate runDate) {
    Path previous = new Path(table, FeatureStore.RUN_DATE + "=" + runDate.minusDays(7));
    boolean exists;
    try {
      exists = previous.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(previous);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + previous, e);
    }
    if (!exists) {
      return scores.withColumn(DELTA_7D, lit(null).cast(DataTypes.DoubleType));
    }
    StructType schema =
        new StructType().add("outlet", DataTypes.StringType).add("reliability", DataTypes.DoubleType);
    Dataset<Row> before =
        spark.read()
            .schema(schema)
            .parquet(previous.toString())
            .select(col("outlet").as("_previous_outlet"), col("reliability").as(PREVIOUS));
    return scores
        .join(before, scores.col("outlet").equalTo(before.col("_previous_outlet")), "left")
        .withColumn(DELTA_7D, col("reliability").minus(col(PREVIOUS)))
        .drop("_previous_outlet", PREVIOUS);
  }
}
