package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.math.BigInt;

/** The clustering's parts: bucket links against MLlib's join, components of a link list, topic vector helpers, options. */
class StoryClusteringTest {

  @Test
  void componentsTakeTheSmallestIdAcrossAChain() {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);
    Dataset<Row> links =
        spark.createDataFrame(
            List.of(RowFactory.create("c", "d"), RowFactory.create("b", "c"), RowFactory.create("a", "b"),
                RowFactory.create("x", "y")),
            schema);
    Map<String, String> labels = new TreeMap<>();
    for (Row r : StoryComponents.of(links, StoryClustering.Options.defaults().maxIterations()).collectAsList()) {
      labels.put(r.getString(0), r.getString(1));
    }
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"), labels);
  }

  /**
   * A chain of 400 links (far longer than the 50 rounds allowed) is one story, and Spark's size estimate of the rounds'
   * plans stays bounded ({@link StoryComponentsTest} has the shuffled chains and the union-find oracle).
   */
  @Test
  void aChainLongerThanTheRoundLimitIsOneStory() {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);
    List<Row> chain = new java.util.ArrayList<>();
    for (int i = 400; i > 0; i--) {
      chain.add(RowFactory.create(String.format("n%03d", i), String.format("n%03d", i - 1)));
    }
    int maxIterations = StoryClustering.Options.defaults().maxIterations();
    assertTrue(maxIterations < 400, "the chain must be longer than the round limit: " + maxIterations);
    Dataset<Row> components = StoryComponents.of(spark.createDataFrame(chain, schema), maxIterations);
    // Spark's size estimate stays bounded over the rounds (it used to square with every round: SPARK-52163).
    BigInt estimate = components.queryExecution().optimizedPlan().stats().sizeInBytes();
    assertTrue(estimate.bitLength() <= 64, "estimated size after the rounds: " + estimate.bitLength() + " bits");
    List<Row> labels = components.collectAsList();
    assertEquals(401, labels.size());
    assertEquals(Set.of("n000"), new TreeSet<>(labels.stream().map(r -> r.getString(1)).toList()));
  }

  /**
   * The oracle of {@link BucketLinks#of}: where every bucket is small enough to be compared whole, its links are
   * exactly the pairs MLlib's {@code approxSimilarityJoin} finds under the same threshold. Vectors come in families (a
   * base set of 20 indices and variants that swap a few), so links exist within families and some buckets are shared
   * across.
   */
  @Test
  void bucketLinksEqualApproxSimilarityJoinWhereBucketsAreSmall() {
    Dataset<Row> vectors = families(25, 6, 0);
    MinHashLSHModel model = lsh(vectors, 6);
    Dataset<Row> hashed = model.transform(vectors);
    Set<String> oracle = new TreeSet<>();
    for (Row r : model.approxSimilarityJoin(vectors, vectors, 0.5, "d").toDF()
        .select(col("datasetA.id"), col("datasetB.id")).collectAsList()) {
      if (r.getString(0).compareTo(r.getString(1)) < 0) {
        oracle.add(r.getString(0) + " " + r.getString(1));
      }
    }
    Set<String> links = new TreeSet<>();
    for (Row r : BucketLinks.of(hashed, "h", 1000,
        (x, y) -> StoryVectors.jaccard(x.getAs("v"), y.getAs("v")) > 0.5).collectAsList()) {
      links.add(r.getString(0) + " " + r.getString(1));
    }
    assertTrue(oracle.size() > 25, "the fixture has links within its families: " + oracle.size());
    assertEquals(oracle, links);
  }

  /**
   * A bucket of 300 identical articles (boilerplate, a wire story reprinted everywhere) costs at most {@code
   * bucketPeers} comparisons per article and table, and its articles still form one story.
   */
  @Test
  void aLargeBucketIsAChainOfBoundedLength() {
    Dataset<Row> vectors = families(1, 0, 300);
    MinHashLSHModel model = lsh(vectors, 4);
    Dataset<Row> links = BucketLinks.of(model.transform(vectors), "h", 3, (x, y) -> true);
    long found = links.count();
    assertTrue(found <= 301L * 3 * 4, "at most 3 peers per article and table: " + found);
    assertTrue(found < 301L * 300 / 2 / 10, "far fewer than all pairs: " + found);
    List<Row> labels = StoryComponents.of(links, StoryClustering.Options.defaults().maxIterations()).collectAsList();
    assertEquals(301, labels.size());
    assertEquals(Set.of("f000-base"), new TreeSet<>(labels.stream().map(r -> r.getString(1)).toList()));
  }

  private static MinHashLSHModel lsh(Dataset<Row> vectors, int tables) {
    return new MinHashLSH().setInputCol("v").setOutputCol("h").setNumHashTables(tables).setSeed(3).fit(vectors);
  }

  /**
   * {@code id, v}: {@code families} base vectors of 20 random indices out of 400, each with {@code variants} variants
   * that replace one to six of its indices and {@code copies} exact copies.
   */
  private static Dataset<Row> families(int families, int variants, int copies) {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int f = 0; f < families; f++) {
      TreeSet<Integer> base = new TreeSet<>();
      while (base.size() < 20) {
        base.add(random.nextInt(400));
      }
      rows.add(RowFactory.create(String.format("f%03d-base", f), binary(base)));
      for (int v = 0; v < variants; v++) {
        List<Integer> kept = new ArrayList<>(base);
        Collections.shuffle(kept, random);
        TreeSet<Integer> variant = new TreeSet<>(kept.subList(1 + random.nextInt(6), kept.size()));
        while (variant.size() < 20) {
          variant.add(random.nextInt(400));
        }
        rows.add(RowFactory.create(String.format("f%03d-v%02d", f, v), binary(variant)));
      }
      for (int c = 0; c < copies; c++) {
        rows.add(RowFactory.create(String.format("f%03d-c%03d", f, c), binary(base)));
      }
    }
    StructType schema =
        new StructType().add("id", DataTypes.StringType, false).add("v", SQLDataTypes.VectorType(), false);
    return SparkTestSession.get().createDataFrame(rows, schema);
  }

  private static Vector binary(TreeSet<Integer> indices) {
    int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
    double[] ones = new double[idx.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(400, idx, ones);
  }

  @Test
  void topicHelpers() {
    Vector w = Vectors.sparse(10, new int[] {1, 3, 5, 7}, new double[] {0.5, 0.1, 0.5, 0.9});
    assertEquals(Vectors.sparse(10, new int[] {1, 5, 7}, new double[] {1, 1, 1}), StoryVectors.topTerms(w, 3),
        "the three heaviest, ties to the smaller index");
    assertEquals(1.0, StoryVectors.cosine(w, w), 1e-12);
    assertEquals(0.0, StoryVectors.cosine(w, Vectors.sparse(10, new int[] {2}, new double[] {1})), 1e-12);
  }

  @Test
  void badOptionsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> new StoryClustering.Options(5, 1.5, 30, 0.05, 0.3, 3, 10, 20, 50, 20, 19L));
    assertEquals("copyJaccard must be in (0, 1], got 1.5", e.getMessage());
  }
}
