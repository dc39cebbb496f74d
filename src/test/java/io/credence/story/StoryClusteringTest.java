package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credence.testing.SparkTestSession;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The clustering's parts: components of a link list, the topic vector helpers, option checks. */
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
    for (Row r : new StoryClustering(StoryClustering.Options.defaults()).components(links).collectAsList()) {
      labels.put(r.getString(0), r.getString(1));
    }
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"), labels);
  }

  @Test
  void topicHelpers() {
    Vector w = Vectors.sparse(10, new int[] {1, 3, 5, 7}, new double[] {0.5, 0.1, 0.5, 0.9});
    assertEquals(Vectors.sparse(10, new int[] {1, 5, 7}, new double[] {1, 1, 1}), StoryClustering.topTerms(w, 3),
        "the three heaviest, ties to the smaller index");
    assertEquals(1.0, StoryClustering.cosine(w, w), 1e-12);
    assertEquals(0.0, StoryClustering.cosine(w, Vectors.sparse(10, new int[] {2}, new double[] {1})), 1e-12);
  }

  @Test
  void badOptionsNameTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> new StoryClustering.Options(5, 1.5, 30, 0.05, 0.3, 3, 10, 20, 50, 19L));
    assertEquals("copyJaccard must be in (0, 1], got 1.5", e.getMessage());
  }
}
