package io.credence.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryComponents} against a plain-Java union-find on graphs made to be hard for label propagation: long
 * chains whose ids lie at random along them, and random graphs with self-links, repeated and reversed links.
 */
class StoryComponentsTest {

  private static final StructType LINKS =
      new StructType().add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false);

  /**
   * A chain of 2,000 links with its ids shuffled along it (the shape that label propagation with pointer jumping did
   * not settle in 50 rounds) is one story, labelled with its smallest id, within far fewer rounds than its length.
   */
  @Test
  void aLongChainWithShuffledIdsIsOneStory() {
    List<String> ids = ids(2001);
    Collections.shuffle(ids, new Random(5));
    List<Row> links = new ArrayList<>();
    for (int i = 0; i + 1 < ids.size(); i++) {
      links.add(i % 2 == 0 ? RowFactory.create(ids.get(i), ids.get(i + 1)) : RowFactory.create(ids.get(i + 1), ids.get(i)));
    }
    Map<String, String> labels = components(links, 20);
    assertEquals(oracle(links), labels);
    assertEquals(Set.of("v00000"), new HashSet<>(labels.values()));
  }

  /**
   * Random graphs of 1,500 ids over several seeds and densities (from many small stories to one giant one), with
   * self-links, repeated links and links given both ways: every id gets its component's smallest id.
   */
  @Test
  void randomGraphsMatchUnionFind() {
    int[] edgeCounts = {300, 900, 1400, 2500};
    for (int s = 0; s < edgeCounts.length; s++) {
      Random random = new Random(100 + s);
      List<String> ids = ids(1500);
      List<Row> links = new ArrayList<>();
      for (int e = 0; e < edgeCounts[s]; e++) {
        String a = ids.get(random.nextInt(ids.size()));
        String b = random.nextInt(50) == 0 ? a : ids.get(random.nextInt(ids.size()));
        links.add(RowFactory.create(a, b));
        if (random.nextInt(10) == 0) {
          links.add(random.nextBoolean() ? RowFactory.create(a, b) : RowFactory.create(b, a));
        }
      }
      Map<String, String> expected = oracle(links);
      long stories = expected.values().stream().distinct().count();
      assertTrue(stories > 1 || s == edgeCounts.length - 1, "seed " + s + " has several components: " + stories);
      assertEquals(expected, components(links, StoryClustering.Options.defaults().maxIterations()), "seed " + s);
    }
  }

  /** Out of rounds, every label is still an id of the article's own component (never another story's). */
  @Test
  void labelsStayWithinTheComponentWhenRoundsRunOut() {
    List<String> ids = ids(801);
    Collections.shuffle(ids, new Random(8));
    List<Row> links = new ArrayList<>();
    for (int i = 0; i + 1 < 400; i++) {
      links.add(RowFactory.create(ids.get(i), ids.get(i + 1)));
    }
    for (int i = 400; i + 1 < ids.size(); i++) {
      links.add(RowFactory.create(ids.get(i), ids.get(i + 1)));
    }
    Map<String, String> expected = oracle(links);
    Map<String, String> labels = components(links, 1);
    assertEquals(expected.keySet(), labels.keySet());
    for (Map.Entry<String, String> e : labels.entrySet()) {
      assertEquals(expected.get(e.getKey()), expected.get(e.getValue()), "label of " + e.getKey());
      assertTrue(e.getValue().compareTo(e.getKey()) <= 0, "a label is never larger than its id: " + e);
    }
  }

  private static Map<String, String> components(List<Row> links, int rounds) {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> labels = StoryComponents.of(spark.createDataFrame(links, LINKS), rounds);
    Map<String, String> out = new TreeMap<>();
    for (Row r : labels.collectAsList()) {
      assertEquals(null, out.put(r.getString(0), r.getString(1)), "one label per id: " + r);
    }
    return out;
  }

  /** The union-find oracle: each id of the links with its component's smallest id. */
  private static Map<String, String> oracle(List<Row> links) {
    Map<String, String> parent = new HashMap<>();
    for (Row r : links) {
      String a = find(parent, r.getString(0));
      String b = find(parent, r.getString(1));
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String v : new ArrayList<>(parent.keySet())) {
      out.put(v, find(parent, v));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String v) {
    String root = v;
    while (!parent.computeIfAbsent(root, k -> k).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("v%05d", i));
    }
    return ids;
  }
}
