package io.credence.story;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The candidate pairs of {@link StoryClustering}'s links: articles that share a MinHash bucket, compared in bounded
 * chains so that a bucket costs O(size · bucketPeers) however large it is.
 */
final class BucketLinks {

  private BucketLinks() {}

  /** Whether two candidate rows (of the hashed Dataset, hash column dropped) are linked. */
  interface PairTest extends java.io.Serializable {
    boolean linked(Row x, Row y);
  }

  /**
   * {@code a, b} (a &lt; b): the pairs of {@code hashed} (a {@code MinHashLSHModel}'s output, with {@code id} and the
   * model's output column {@code hashes}) that share a bucket of some hash table and pass {@code test}, each pair once.
   * Within a bucket the articles are ordered by a hash of their id and the table, and each meets the {@code peers}
   * ({@link StoryClustering.Options#bucketPeers}) after it: all pairs of a small bucket (what {@code
   * approxSimilarityJoin} compares), a bounded chain through a large one. Only articles in a bucket with another carry
   * their vectors through the shuffle, and a task holds the vectors of {@code peers} rows at a time however large the
   * bucket.
   */
  static Dataset<Row> of(Dataset<Row> unhashed, String hashes, int peers, PairTest test) {
    // Hashed once: the buckets and the vectors they carry are read from the same rows.
    Dataset<Row> hashed = unhashed.localCheckpoint(true);
    Dataset<Row> members =
        hashed.select(col("id"), posexplode(col(hashes)).as(new String[] {"hash_table", "hash"}))
            .select(col("id"), col("hash_table"), vector_to_array(col("hash"), "float64").getItem(0).as("bucket"));
    Dataset<Row> shared =
        members
            .withColumn("shared", count(lit(1)).over(Window.partitionBy(col("hash_table"), col("bucket"))))
            .where(col("shared").geq(2))
            .select(col("id"), col("hash_table"), col("bucket"), xxhash64(col("id"), col("hash_table")).as("order"));
    Dataset<Row> rows = shared.join(hashed.drop(hashes), "id");
    StructType schema = rows.schema();
    int table = schema.fieldIndex("hash_table");
    int bucket = schema.fieldIndex("bucket");
    StructType pairSchema =
        new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);
    MapPartitionsFunction<Row, Row> chain =
        sorted -> {
          List<Row> out = new ArrayList<>();
          java.util.ArrayDeque<Row> recent = new java.util.ArrayDeque<>(peers);
          while (sorted.hasNext()) {
            Row r = sorted.next();
            Row last = recent.peekLast();
            if (last != null && (last.getInt(table) != r.getInt(table) || last.getDouble(bucket) != r.getDouble(bucket))) {
              recent.clear();
            }
            String id = r.getAs("id");
            for (Row earlier : recent) {
              if (test.linked(earlier, r)) {
                String other = earlier.getAs("id");
                out.add(id.compareTo(other) < 0 ? RowFactory.create(id, other) : RowFactory.create(other, id));
              }
            }
            if (recent.size() == peers) {
              recent.removeFirst();
            }
            recent.addLast(r);
          }
          return out.iterator();
        };
    return rows.repartition(col("hash_table"), col("bucket"))
        .sortWithinPartitions(col("hash_table"), col("bucket"), col("order"), col("id"))
        .mapPartitions(chain, Encoders.row(pairSchema))
        .distinct();
  }
}
