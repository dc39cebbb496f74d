package io.credence.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts the records read and the ids that more than one record claims, in one pass over the input that carries
 * ids only, never text. The count is the run's independent "read" figure; the repeated ids tell the validator which
 * few records need the duplicate check, so the rest never cross the network.
 */
public final class IdCensus {

  /** The column holding a record's id (given, or derived from url and text). */
  static final String ID = "_census_id";

  private final Dataset<Row> read;
  private long records = -1;
  private long repeatedIds = -1;

  private IdCensus(Dataset<Row> read) {
    this.read = read;
  }

  /** A census of {@code read} (rows as {@link ArticleReader} returns them); runs when first asked for a figure. */
  public static IdCensus of(Dataset<Row> read) {
    return new IdCensus(read);
  }

  /** Records read, corrupt ones included. */
  public long records() {
    take();
    return records;
  }

  /** Distinct ids claimed by more than one record (whatever their validity). */
  public long repeatedIds() {
    take();
    return repeatedIds;
  }

  /** The ids claimed by more than one record, one row each in column {@link #ID}; recomputed from the input. */
  Dataset<Row> repeated() {
    return perId().where(col(ID).isNotNull().and(col("records").gt(1))).select(col(ID));
  }

  private Dataset<Row> perId() {
    int partitions =
        Math.max(1, Math.min(read.rdd().getNumPartitions(), read.sparkSession().sparkContext().defaultParallelism()));
    return read.select(ArticleValidator.recordId().as(ID))
        .repartition(partitions, col(ID))
        .groupBy(col(ID))
        .agg(count(lit(1)).as("records"));
  }

  private void take() {
    if (records >= 0) {
      return;
    }
    Row totals =
        perId()
            .agg(
                coalesce(sum(col("records")), lit(0L)),
                coalesce(sum(when(col(ID).isNotNull().and(col("records").gt(1)), 1L).otherwise(0L)), lit(0L)))
            .first();
    records = totals.getLong(0);
    repeatedIds = totals.getLong(1);
  }
}
