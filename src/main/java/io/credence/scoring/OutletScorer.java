package io.credence.scoring;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Turns scored articles into outlet scores. Articles are aggregated on the calibrated logit scale ({@code offset +
 * slope · s}, see {@link ArticleScorer#calibratedLogit}), where the profile's link was fitted on outlet means: the
 * outlet's mean logit is shrunk toward the corpus mean by empirical Bayes (normal-normal model, prior strength
 * estimated from the corpus and never below the profile's {@code prior_articles}), given an analytic interval, and
 * only then mapped to 0-100 by {@code 100 · sigmoid}, which is monotone, so the interval still covers the estimate.
 * Then a band, and the three features that move the outlet most against the corpus. Everything is a lazy Dataset
 * transformation: the corpus statistics are window aggregates over the outlets.
 */
public final class OutletScorer {

  /** Prefix of the outlet-level mean of an article feature. */
  public static final String MEAN_PREFIX = "mean_";

  /** Number of explanations in {@code top_drivers}. */
  public static final int DRIVERS = 3;

  /**
   * Within-outlet variance of article logits (sd 1, about 20 points around the middle of the scale) assumed when a run
   * has too few articles to estimate it.
   */
  static final double FALLBACK_VARIANCE = 1.0;

  /** Floor of the between-outlet variance: with none detectable, every outlet is shrunk (almost) to the mean. */
  static final double MIN_BETWEEN_VARIANCE = 1e-6;

  private final ScoringProfile profile;

  public OutletScorer(ScoringProfile profile) {
    this.profile = profile;
  }

  /**
   * {@code outlet, articles, reliability, reliability_low, reliability_high, band, top_drivers, reliability_unshrunk,
   * mean_<feature>...}, one row per outlet of {@code articles} (which needs {@code outlet}, the profile's features and
   * {@code featureColumns}). The corpus is {@code
   * articles} itself: its outlets define the mean the scores are shrunk toward and the drivers are compared with.
   */
  public Dataset<Row> score(Dataset<Row> articles, List<String> featureColumns) {
    List<ScoringProfile.Feature> features = profile.features();
    Dataset<Row> scored = articles.withColumn("_logit", ArticleScorer.calibratedLogit(profile));

    List<Column> aggs = new ArrayList<>();
    aggs.add(avg(col("_logit")).as("_mean_logit"));
    aggs.add(var_samp(col("_logit")).as("_within_var"));
    for (int i = 0; i < features.size(); i++) {
      ScoringProfile.Feature f = features.get(i);
      aggs.add(avg(ArticleScorer.contribution(f)).as("_logit_" + i));
      aggs.add(avg(col(f.name()).cast("double")).as("_raw_" + i));
    }
    for (String f : featureColumns) {
      aggs.add(avg(col(f)).as(MEAN_PREFIX + f));
    }
    Dataset<Row> outlets =
        scored.groupBy(col("outlet")).agg(count(lit(1)).cast("int").as("articles"), aggs.toArray(new Column[0]));

    Column n = col("articles").cast("double");
    Column df = n.minus(1.0);
    // Corpus statistics over all outlets (one group, summed in outlet order so a re-run adds alike), in the same pass.
    WindowSpec all =
        Window.partitionBy(lit("corpus"))
            .orderBy(col("outlet"))
            .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column sumDf = sum(df).over(all);
    Dataset<Row> withCorpus =
        outlets
            .withColumn("_corpus_mean", avg(col("_mean_logit")).over(all))
            .withColumn("_between_var_raw", var_samp(col("_mean_logit")).over(all))
            .withColumn(
                "_pooled_var",
                when(sumDf.gt(0), sum(df.multiply(coalesce(col("_within_var"), lit(0.0)))).over(all).divide(sumDf)))
            .withColumn("_mean_inverse_n", avg(lit(1.0).divide(n)).over(all));
    for (int i = 0; i < features.size(); i++) {
      withCorpus =
          withCorpus
              .withColumn("_corpus_logit_" + i, avg(col("_logit_" + i)).over(all))
              .withColumn("_corpus_raw_" + i, avg(col("_raw_" + i)).over(all));
    }

    double floor = profile.outlet().priorArticles();
    Column pooled = col("_pooled_var");
    Column s2 = coalesce(pooled, col("_between_var_raw"), lit(FALLBACK_VARIANCE));
    Column tau2 =
        greatest(
            coalesce(col("_between_var_raw"), lit(0.0)).minus(s2.multiply(col("_mean_inverse_n"))),
            lit(MIN_BETWEEN_VARIANCE));
    Column k = when(pooled.isNull(), lit(floor)).otherwise(greatest(lit(floor), pooled.divide(tau2)));
    Column shrunk = n.multiply(col("_mean_logit")).plus(k.multiply(col("_corpus_mean"))).divide(n.plus(k));
    Column outletVar =
        when(df.plus(k).gt(0), df.multiply(coalesce(col("_within_var"), lit(0.0))).plus(k.multiply(s2)).divide(df.plus(k)))
            .otherwise(s2);
    double z = new NormalDistribution().inverseCumulativeProbability((1 + profile.outlet().intervalOrDefault()) / 2);
    Column halfWidth = sqrt(outletVar.divide(n.plus(k))).multiply(z);

    List<Column> out = new ArrayList<>();
    out.add(col("outlet"));
    out.add(col("articles"));
    out.add(ArticleScorer.toReliability(col("_shrunk")).as("reliability"));
    out.add(ArticleScorer.toReliability(col("_shrunk").minus(col("_half_width"))).as("reliability_low"));
    out.add(ArticleScorer.toReliability(col("_shrunk").plus(col("_half_width"))).as("reliability_high"));
    out.add(band(ArticleScorer.toReliability(col("_shrunk")), col("articles")).as("band"));
    out.add(drivers(features).as("top_drivers"));
    out.add(ArticleScorer.toReliability(col("_mean_logit")).as("reliability_unshrunk"));
    for (String f : featureColumns) {
      out.add(col(MEAN_PREFIX + f));
    }
    return withCorpus
        .withColumn("_shrunk", shrunk.cast("double"))
        .withColumn("_half_width", halfWidth)
        .select(out.toArray(new Column[0]));
  }

  /** The profile's band for a score, or {@code insufficient} below the minimum number of articles. */
  Column band(Column reliability, Column articles) {
    List<ScoringProfile.Band> bands = profile.bands();
    Column band = lit(bands.get(bands.size() - 1).band());
    for (int i = bands.size() - 2; i >= 0; i--) {
      band = when(reliability.geq(bands.get(i).min()), lit(bands.get(i).band())).otherwise(band);
    }
    return when(articles.lt(profile.outlet().minArticlesOrDefault()), lit(ScoringProfile.INSUFFICIENT))
        .otherwise(band);
  }

  /**
   * The features whose mean logit contribution differs most from the corpus's, largest first, each as {@code "+ label
   * 2.1x corpus"}: {@code +} when the difference raises the score, the ratio of the outlet's raw mean to the corpus's.
   */
  private static Column drivers(List<ScoringProfile.Feature> features) {
    List<Column> entries = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      Column delta = col("_logit_" + i).minus(col("_corpus_logit_" + i));
      Column corpusRaw = col("_corpus_raw_" + i);
      Column ratio =
          when(corpusRaw.gt(0), format_string("%.1fx corpus", coalesce(col("_raw_" + i), lit(0.0)).divide(corpusRaw)))
              .otherwise(lit("(corpus has none)"));
      Column text = format_string("%s %s %s", when(delta.geq(0), lit("+")).otherwise(lit("-")),
          lit(features.get(i).displayLabel()), ratio);
      entries.add(struct(abs(delta).as("size"), text.as("text")));
    }
    Column sorted = sort_array(array(entries.toArray(new Column[0])), false);
    return slice(sorted, 1, Math.min(DRIVERS, entries.size())).getField("text");
  }
}
