package io.credence.story;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stories of {@link StoryClustering}: the connected components of its links. */
final class StoryComponents {

  /** Logs as the clustering stage it belongs to, as before it was a class of its own. */
  private static final Logger LOG = LoggerFactory.getLogger(StoryClustering.class);

  private StoryComponents() {}

  /**
   * {@code v, label}: each article with a link and the smallest id of its connected component, by label propagation
   * with shortcuts until no label changes. Each round an article takes the smallest label among itself and its
   * neighbours, then the label of its label (pointer jumping). A label is always an id of the same component and never
   * grows, so the fixed point is the component's smallest id. The jump settles a chain whose ids fall along it in
   * about log n rounds instead of n, but the 100,000-article news bench window still did not settle in 50 rounds
   * with it (on 7249f96), probably because its ids lie at random along long chains, where the jump helps little. A rounds bound of
   * O(log^2 n) needs another algorithm (large-star / small-star, Kiveris et al. 2014), not built.
   */
  static Dataset<Row> of(Dataset<Row> links, int maxIterations) {
    Dataset<Row> edges =
        checkpoint(links.select(col("a").as("v"), col("b").as("n"))
            .union(links.select(col("b").as("v"), col("a").as("n"))));
    Dataset<Row> labels = checkpoint(edges.groupBy(col("v")).agg(least(col("v"), min(col("n"))).as("label")));
    for (int round = 1; round <= maxIterations; round++) {
      Dataset<Row> neighbour = labels.select(col("v").as("n"), col("label").as("nl"));
      Dataset<Row> stepped =
          checkpoint(edges.join(neighbour, "n")
              .groupBy(col("v"))
              .agg(min(col("nl")).as("m"))
              .join(labels, "v")
              .select(col("v"), least(col("label"), col("m")).as("label")));
      Dataset<Row> next =
          checkpoint(stepped
              .join(
                  stepped.select(col("v").as("lv"), col("label").as("ll")),
                  col("label").equalTo(col("lv")),
                  "left")
              .select(col("v"), least(col("label"), coalesce(col("ll"), col("label"))).as("label")));
      long changed =
          next.join(labels.select(col("v"), col("label").as("old")), "v")
              .where(col("label").notEqual(col("old")))
              .count();
      labels = next;
      if (changed == 0) {
        LOG.info("Story components settled in {} rounds", round);
        return labels;
      }
    }
    LOG.warn(
        "Story components did not settle in {} rounds: some stories may be split (a chain of links that long is"
            + " unusual; check for near-identical boilerplate articles)",
        maxIterations);
    return labels;
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
