package io.credence.scoring;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Aggregates scored articles into outlet scores: the mean article reliability shrunk toward the corpus mean by the
 * profile's prior (an outlet with few articles cannot get an extreme score), the article count and feature means.
 */
public final class OutletScorer {

  /** Prefix of the outlet-level mean of an article feature. */
  public static final String MEAN_PREFIX = "mean_";

  private final ScoringProfile profile;

  public OutletScorer(ScoringProfile profile) {
    this.profile = profile;
  }

  /**
   * {@code outlet, articles, reliability, reliability_unshrunk, mean_<feature>...}, one row per outlet. {@code
   * corpusMean} is the mean article reliability over the whole run.
   */
  public Dataset<Row> score(Dataset<Row> articles, List<String> featureColumns, double corpusMean) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(avg(col("reliability")).as("reliability_unshrunk"));
    for (String f : featureColumns) {
      aggs.add(avg(col(f)).as(MEAN_PREFIX + f));
    }
    Dataset<Row> grouped =
        articles.groupBy(col("outlet")).agg(count(lit(1)).cast("int").as("articles"), aggs.toArray(new Column[0]));
    double k = profile.outlet().priorArticles();
    Column n = col("articles").cast("double");
    Column shrunk = n.multiply(col("reliability_unshrunk")).plus(lit(k * corpusMean)).divide(n.plus(k));
    List<Column> out = new ArrayList<>();
    out.add(col("outlet"));
    out.add(col("articles"));
    out.add(shrunk.as("reliability"));
    out.add(col("reliability_unshrunk"));
    for (String f : featureColumns) {
      out.add(col(MEAN_PREFIX + f));
    }
    return grouped.select(out.toArray(new Column[0]));
  }
}
