package io.credence.story;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories of {@link StoryClustering}: the connected components of its links, by the alternating large-star and
 * small-star operations of Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014).
 *
 * <p>The links are kept as edges {@code c, p} from a larger id to a smaller one. Both operations keep every component
 * connected and only ever link an id to a smaller id of its own component; the graph settles into one star per
 * component, its centre the component's smallest id and every other id linked to it alone. The paper bounds the rounds
 * by O(log² n) whatever the order of the ids along a chain (label propagation needs as many rounds as the longest
 * path, and pointer jumping helped only where ids fall in order along it: the 100,000-article news bench on 7249f96
 * did not settle in 50 rounds with it).
 */
final class StoryComponents {

  /** Logs as the clustering stage it belongs to, as before it was a class of its own. */
  private static final Logger LOG = LoggerFactory.getLogger(StoryClustering.class);

  private StoryComponents() {}

  /**
   * {@code v, label}: each article of {@code links} ({@code a, b}, ids of one type) with the smallest id of its
   * connected component, after at most {@code maxRounds} rounds of one large star and one small star each. If the
   * rounds run out first (logged as a warning), each article's label is the smallest id it is linked to so far: an id
   * of its component, but a component may then carry more than one label.
   */
  static Dataset<Row> of(Dataset<Row> links, int maxRounds) {
    // The links are computed once (they come from the MinHash joins); vertices and edges both read this checkpoint.
    Dataset<Row> found = checkpoint(links.select(col("a"), col("b")));
    Dataset<Row> vertices = found.select(col("a").as("v")).union(found.select(col("b").as("v"))).distinct();
    Dataset<Row> edges =
        checkpoint(found
            .where(col("a").notEqual(col("b")))
            .select(greatest(col("a"), col("b")).as("c"), least(col("a"), col("b")).as("p"))
            .distinct());
    for (int round = 1; round <= maxRounds; round++) {
      edges = checkpoint(smallStar(largeStar(edges)));
      if (stars(edges)) {
        LOG.info("Story components settled in {} rounds", round);
        return labels(vertices, edges);
      }
    }
    LOG.warn(
        "Story components did not settle in {} rounds: some stories may be split (raise maxIterations; the rounds"
            + " grow with the log of the largest story's size, so this is unusual)",
        maxRounds);
    return labels(vertices, edges);
  }

  /**
   * Large star: every id {@code u} links each of its larger neighbours to the smallest id among {@code u} and its
   * neighbours (its own edges to smaller ids are left to them).
   */
  static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> neighbours =
        edges.select(col("c").as("u"), col("p").as("n")).union(edges.select(col("p").as("u"), col("c").as("n")));
    Dataset<Row> smallest = neighbours.groupBy(col("u")).agg(least(col("u"), min(col("n"))).as("m"));
    return neighbours
        .join(smallest, "u")
        .where(col("n").gt(col("u")))
        .select(col("n").as("c"), col("m").as("p"))
        .distinct();
  }

  /**
   * Small star: every id {@code c} and each of its smaller neighbours are linked to the smallest of those neighbours
   * (which then carries no edge to itself).
   */
  static Dataset<Row> smallStar(Dataset<Row> edges) {
    Dataset<Row> smallest = edges.groupBy(col("c")).agg(min(col("p")).as("m"));
    return smallest
        .select(col("c"), col("m").as("p"))
        .union(edges.join(smallest, "c").where(col("p").notEqual(col("m"))).select(col("p").as("c"), col("m").as("p")))
        .distinct();
  }

  /** Whether the edges are stars: every id linked to one smaller id, and no id that others link to linked onward. */
  static boolean stars(Dataset<Row> edges) {
    boolean oneParent = edges.groupBy(col("c")).agg(count("*").as("k")).where(col("k").gt(1)).isEmpty();
    return oneParent
        && edges.select(col("p")).distinct().join(edges.select(col("c")), col("p").equalTo(col("c"))).isEmpty();
  }

  private static Dataset<Row> labels(Dataset<Row> vertices, Dataset<Row> edges) {
    Dataset<Row> parent = edges.groupBy(col("c")).agg(min(col("p")).as("p"));
    return checkpoint(vertices
        .join(parent, vertices.col("v").equalTo(parent.col("c")), "left")
        .select(col("v"), coalesce(col("p"), col("v")).as("label")));
  }

  /**
   * A local checkpoint of {@code rows} that forgets the size Spark estimated for the plan it came from. Spark 3.5's
   * checkpoint keeps the optimised plan's estimate, and a join's estimate is the product of its sides' (SPARK-52163,
   * uncapped), so with each round a join of the last round's checkpoint with itself, the estimate's digits doubled
   * every round: at 100,000 news articles the driver spent its time multiplying BigIntegers
   * ({@code SizeInBytesOnlyStatsPlanVisitor.visitJoin}) between rounds. Built again from its rows, the checkpoint is
   * estimated at Spark's default size, the same every round.
   */
  static Dataset<Row> checkpoint(Dataset<Row> rows) {
    Dataset<Row> kept = rows.localCheckpoint(true);
    return kept.sparkSession().createDataFrame(kept.rdd(), kept.schema());
  }
}
